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

/**
 * The factor the process was started with, else V8's default of 2. (node refuses this flag in
 * NODE_OPTIONS, so only the command line can carry it.)
 */
function configuredFactor(): number {
  const arg = process.execArgv.findLast((a) => a.startsWith(`${FLAG}=`));
  const n = Number(arg?.slice(FLAG.length + 1));
  return Number.isInteger(n) && n >= 2 ? n : 2;
}

// Held from the moment this module is evaluated: main.ts imports it before the schema's modules.
setFlagsFromString(`${FLAG}=1`);

/** Lets the new space grow again by the configured factor (the server is serving). */
export function releaseYoungGeneration(): void {
  setFlagsFromString(`${FLAG}=${configuredFactor()}`);
}
