/**
 * `npm run build`: the production build. esbuild bundles `src/main.ts` with its dependencies into
 * one minified ES module, `dist/src/main.js`, for Node 20. The sandbox's emulator is a separate
 * chunk under `dist/src/chunks/`, imported only when no PowerOffice keys are set, so a deployed
 * server never loads it.
 *
 * Why a bundle rather than `tsc`'s one file per module: node keeps every module it loads (its
 * source text, module record and scope), and the server loads some 700 of them, most from
 * node_modules. One minified module idles about 12 MB lower (105 → 93 MB RSS in the bench;
 * bench/analysis.md). Names are minified too: nothing may depend on a class's or function's
 * `name` (our error classes set `name` themselves; see `src/logging.ts` and `tracingEnabled`).
 *
 * Left in node_modules and read at run time: GraphiQL's files (`src/graphiql/assets.ts`) and
 * ioredis (`src/poweroffice/redis.ts`, required only when REDIS_URL is set). pino's transports
 * (worker threads started from files of their own) would not work from the bundle; the server
 * writes JSON lines to stdout and uses none (`src/logging.ts`).
 *
 * Types are not checked here; `npm run typecheck` (part of `npm test`) does that.
 * `dist/meta.json` is esbuild's record of which inputs went into which output.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './node-bundle.js';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);

rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: fileURLToPath(root),
  entryPoints: ['src/main.ts'],
  outdir: 'dist/src',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  ...NODE_BUNDLE,
  splitting: true,
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  metafile: true,
  // graphql-jit's serializer compiler, never called (see the stub's comment).
  alias: { 'fast-json-stringify': './scripts/stubs/fast-json-stringify.cjs' },
});
writeFileSync(new URL('meta.json', dist), JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
for (const [file, out] of outputs) {
  console.log(`${file}  ${(out.bytes / 1024).toFixed(0)} KB`);
}
