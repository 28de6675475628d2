/**
 * Keeps V8's young generation at its smallest while the server starts, and lets it grow once it
 * serves. Imported first by `main.ts`, before any module that builds the schema.
 *
 * Why: building the ~700-type schema allocates tens of MB that all survive, and V8 answers
 * survivors by doubling the new space up to `--max-semi-space-size`, where it then stays, idle,
 * as 2 × that size of resident memory (bench/analysis.md: 32 MB at 16 MB semi-spaces). A larger
 * young generation is what a busy facade wants (fewer scavenges copying the operations in
 * flight), and start-up is the one phase that grows it for nothing. V8 reads the growth factor
 * each time it grows the new space, so holding it at 1 during start-up keeps the new space at
 * 1–4 MB; `releaseYoungGeneration()` restores the configured factor, and the first load grows the
 * space as far as `--max-semi-space-size` allows. The same flag on the command line does not do
 * this (measured: with `--semi-space-growth-factor=1` start-up still grows the new space to
 * 32 MB), so it is set from here, once the heap exists. `test/young-generation.test.ts` checks
 * both halves on the node that runs the tests, `test/build.test.ts` the server's new space.
 */
import { setFlagsFromString } from 'node:v8';

const FLAG = '--semi-space-growth-factor';

/** The factor the process was started with (V8's default is 2). */
function configuredFactor(): number {
  for (const source of [process.execArgv, (process.env.NODE_OPTIONS ?? '').split(/\s+/)]) {
    for (const arg of source) {
      if (arg.startsWith(`${FLAG}=`)) {
        const n = Number(arg.slice(FLAG.length + 1));
        if (Number.isInteger(n) && n >= 2) return n;
      }
    }
  }
  return 2;
}

let held = false;

/** Stops the new space from growing (start-up). Idempotent. */
export function holdYoungGeneration(): void {
  if (held) return;
  held = true;
  setFlagsFromString(`${FLAG}=1`);
}

/** Lets the new space grow again by the configured factor (the server is serving). */
export function releaseYoungGeneration(): void {
  if (!held) return;
  held = false;
  setFlagsFromString(`${FLAG}=${configuredFactor()}`);
}

holdYoungGeneration();
