import type { BuildOptions } from 'esbuild';

/**
 * The esbuild options every bundle of our code for node shares: `npm run build`
 * (scripts/build.ts) and the bench's in-process probes (bench/bundle-probe.ts). One ES module
 * for Node 20, and `require` made for the CommonJS packages inside it (they call it, for node's
 * built-ins among others). No `keepNames`: nothing may depend on a function's `name`.
 */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
} as const satisfies BuildOptions;
