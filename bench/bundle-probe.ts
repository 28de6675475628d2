/**
 * Runs an in-process probe as production runs the facade's code: `npx tsx bench/bundle-probe.ts
 * layer-cost.ts 1000 32 2 facade` bundles `bench/layer-cost.ts` with esbuild (packages left in
 * node_modules, as `npm run build` leaves none but bundles ours), then runs the bundle with the
 * node flags of `npm start` and the arguments after the probe's name.
 *
 * Why: tsx keeps function names by wrapping every function expression in `__name(fn, "name")`,
 * which defines a property on each closure as it is made. The facade makes closures per request
 * (callbacks, `then` handlers, batch functions), so under tsx the probes charged it for work the
 * minified build never does: s2 allocated 101.3 KB per operation in `layer-cost.ts` under tsx
 * and 92.8 KB bundled, on the same tree (bench/analysis.md). Compare figures within one way of
 * running only.
 *
 * The bundle is written to `bench/.out/` (git-ignored), one directory below `bench/` as the
 * probes' own modules are, so their paths relative to `import.meta.url` (the emulator's script,
 * the root) still hold.
 */
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/node-bundle.js';
import { OUT, ROOT, startFlags } from './lib/systems.js';

const [probe, ...args] = process.argv.slice(2);
if (!probe || !/^[\w-]+\.ts$/.test(probe)) {
  console.error('usage: npx tsx bench/bundle-probe.ts <probe>.ts [its arguments…]');
  process.exit(2);
}
const entry = fileURLToPath(new URL(probe, import.meta.url));
const outfile = `${OUT}probe-${basename(probe, '.ts')}.mjs`;
await build({
  absWorkingDir: ROOT,
  entryPoints: [entry],
  outfile,
  ...NODE_BUNDLE,
  // The packages stay in node_modules: the probe measures our code as the build bundles it.
  packages: 'external',
});
const child = spawn(process.execPath, [...startFlags(), outfile, ...args], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
