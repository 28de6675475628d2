/** Starting the systems under test: the facade, the raw path and the Mesh peer gateway. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SystemKind } from '../scenarios.js';
import { type EmulatorProc, facadeEnv } from './emulator.js';
import { type Proc, startProc, waitForHttp, waitForReadyLine } from './procs.js';

export interface System {
  /** Name in the report, e.g. `facade (cold)`. */
  readonly name: string;
  readonly kind: SystemKind;
  readonly url: string;
  readonly proc: Proc;
  /** Headers every request to this system carries (the facade's client API key). */
  readonly headers?: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * How the probes (`ab.ts`, `perf.ts`, `gc.ts`, `heap.ts`) run a facade: cross-request cache
 * off, rate limit lifted, pinned to core 1 as the raw path they start beside it is.
 */
export const PROBE_FACADE = { cacheTtlMs: 0, ratePerSecond: 1_000_000, core: 1 } as const;

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PEERS = fileURLToPath(new URL('../peers/', import.meta.url));
export const OUT = fileURLToPath(new URL('../.out/', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface FacadeOptions {
  readonly name: string;
  /** Cross-request cache TTL; 0 disables it (the cold runs). */
  readonly cacheTtlMs: number;
  /** Facade's own upstream limiter; undefined keeps the production default (50/s). */
  readonly ratePerSecond?: number;
  readonly core?: number;
  readonly cpuProf?: boolean;
  /** Node flags before the script. Default: those of `npm start` (`startFlags()`). */
  readonly nodeArgs?: readonly string[];
  /** Run `src/main.ts` under tsx instead of the compiled build (for comparisons). */
  readonly fromSource?: boolean;
  /** Another checkout's root whose `dist/` to run (A/B against an earlier build). */
  readonly root?: string;
  /** Extra environment variables (A/B comparisons of a setting). */
  readonly env?: Readonly<Record<string, string>>;
}

/** The node flags `npm start` passes (package.json), so the bench runs what production runs. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((arg) => arg.startsWith('--'));
}

let built: Promise<void> | undefined;

/**
 * Compiles the facade once per bench run (`npm run build`, incremental), so every facade started
 * afterwards runs the JavaScript that production runs.
 */
export function buildFacade(): Promise<void> {
  built ??= (async () => {
    const p = startProc({ name: 'npm run build', cmd: 'npm', args: ['run', 'build'], cwd: ROOT });
    const code = await new Promise<number | null>((r) => p.child.once('exit', r));
    if (code !== 0) throw new Error(`npm run build failed\n${p.output()}`);
  })();
  return built;
}

/**
 * The facade as `npm start` runs it in production: keys set, POWEROFFICE_ENV=production, with
 * the API and token URLs pointing at the emulator. Started from the compiled build with `node
 * <npm start's flags> dist/src/main.js` (what `npm start` runs after building), so the pid
 * measured is the server.
 */
/**
 * The environment a bench facade runs with: production mode against the emulator on `port`, its
 * cross-request cache TTL, its limiter's rate (when given), warnings only, no client auth. Also
 * the GraphQL floor's in-process facade (`FLOOR_WITH_FACADE`).
 */
export function benchFacadeEnv(
  emu: Pick<EmulatorProc, 'url' | 'tokenUrl' | 'keys'>,
  port: number,
  o: { readonly cacheTtlMs: number; readonly ratePerSecond?: number },
): Record<string, string> {
  return {
    ...facadeEnv(emu),
    NODE_ENV: 'production',
    POWEROFFICE_CACHE_TTL_MS: String(o.cacheTtlMs),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    EXPOSE_COST: 'false',
    // The load generator sends no API key; the bench measures the facade, not its auth.
    FACADE_AUTH: 'none',
    ...(o.ratePerSecond !== undefined
      ? {
          POWEROFFICE_RATE_LIMIT: String(o.ratePerSecond),
          POWEROFFICE_RATE_BURST: String(Math.max(10, Math.round(o.ratePerSecond))),
        }
      : {}),
  };
}

export async function startFacade(emu: EmulatorProc, o: FacadeOptions): Promise<System> {
  if (!o.fromSource) await buildFacade();
  const port = await freePort();
  const apiKey = randomBytes(24).toString('hex');
  const env: NodeJS.ProcessEnv = { ...benchFacadeEnv(emu, port, o), ...o.env };
  const args: string[] = [...(o.nodeArgs ?? startFlags())];
  if (o.cpuProf) args.push('--cpu-prof', `--cpu-prof-dir=${OUT}profiles`);
  args.push(...(o.fromSource ? ['--import', 'tsx', 'src/main.ts'] : ['dist/src/main.js']));
  const proc = startProc({
    name: o.name,
    cmd: process.execPath,
    args,
    env,
    cwd: o.root ?? ROOT,
    ...(o.core !== undefined ? { core: o.core } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(proc, `${url}/healthz`);
  return {
    name: o.name,
    kind: 'facade',
    url,
    proc,
    headers: { authorization: `Bearer ${apiKey}` },
    stop: () => proc.stop(),
  };
}

/**
 * The facade as the probes (`perf.ts`, `gc.ts`, `heap.ts`) run it: `PROBE_FACADE`, with npm
 * start's node flags and then `extraArgs` (a trace, a profiler's map, a snapshot signal).
 */
export function startProbeFacade(emu: EmulatorProc, extraArgs: readonly string[]): Promise<System> {
  return startFacade(emu, {
    name: 'facade',
    ...PROBE_FACADE,
    nodeArgs: [...startFlags(), ...extraArgs],
  });
}

export function startRaw(
  emu: EmulatorProc,
  core?: number,
  nodeArgs: readonly string[] = [],
): Promise<System> {
  return startBaseline(emu, 'raw path', 'raw', 'bench/raw-path.ts', core, nodeArgs);
}

/**
 * The GraphQL floor (`bench/graphql-floor.ts`): graphql-jit over the raw path's upstream calls,
 * answering the facade's own s2 and s3 documents.
 */
export function startFloor(
  emu: Pick<EmulatorProc, 'url' | 'tokenUrl' | 'keys'>,
  core?: number,
  nodeArgs: readonly string[] = [],
  withFacade = false,
): Promise<System> {
  return startBaseline(
    emu,
    withFacade ? 'graphql floor, facade loaded' : 'graphql floor',
    'facade',
    'bench/graphql-floor.ts',
    core,
    nodeArgs,
    withFacade ? { FLOOR_WITH_FACADE: '1' } : {},
  );
}

/** A hand-written baseline server script under tsx, with the emulator's address and keys. */
async function startBaseline(
  emu: Pick<EmulatorProc, 'url' | 'tokenUrl' | 'keys'>,
  name: string,
  kind: SystemKind,
  script: string,
  core: number | undefined,
  nodeArgs: readonly string[],
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<System> {
  const proc = startProc({
    name,
    cmd: process.execPath,
    args: [...nodeArgs, '--import', 'tsx', script],
    cwd: ROOT,
    env: {
      RAW_PORT: '0',
      FLOOR_PORT: '0',
      UPSTREAM_URL: emu.url,
      TOKEN_URL: emu.tokenUrl,
      APP_KEY: emu.keys.applicationKey,
      CLIENT_KEY: emu.keys.clientKey,
      ...extraEnv,
    },
    ...(core !== undefined ? { core } : {}),
  });
  const ready = await waitForReadyLine(proc);
  const url = `http://127.0.0.1:${ready.port}`;
  return { name, kind, url, proc, stop: () => proc.stop() };
}

const bin = (name: string) => `${PEERS}node_modules/.bin/${name}`;

/** Installs the peer gateway into bench/peers (not a project dependency) when missing. */
export async function ensurePeers(): Promise<void> {
  if (existsSync(bin('hive-gateway')) && existsSync(bin('mesh-compose'))) return;
  console.log('installing the peer gateway into bench/peers (npm install --prefix bench/peers)…');
  const p = startProc({
    name: 'npm install',
    cmd: 'npm',
    args: ['install', '--prefix', PEERS, '--no-audit', '--no-fund'],
    cwd: ROOT,
  });
  const code = await new Promise<number | null>((r) => p.child.once('exit', r));
  if (code !== 0) throw new Error(`npm install --prefix bench/peers failed\n${p.output()}`);
}

/** Composes the supergraph from the emulator's own OpenAPI description. */
export async function composeMesh(emu: EmulatorProc): Promise<string> {
  const output = `${OUT}supergraph.graphql`;
  const p = startProc({
    name: 'mesh-compose',
    cmd: bin('mesh-compose'),
    args: ['-o', output],
    cwd: PEERS,
    env: {
      BENCH_OPENAPI_SOURCE: `${emu.url}/__emulator/openapi.json`,
      BENCH_UPSTREAM_URL: emu.url,
    },
  });
  const code = await new Promise<number | null>((r) => p.child.once('exit', r));
  if (code !== 0) throw new Error(`mesh-compose failed\n${p.output()}`);
  return output;
}

/**
 * Hive Gateway serving the composed supergraph. Authentication: a static bearer token issued by
 * the emulator with a long lifetime, passed in the environment and interpolated by the gateway
 * (Mesh has no client-credentials flow for REST sources).
 */
export async function startMesh(
  emu: EmulatorProc,
  supergraph: string,
  o: { name: string; tuned: boolean; core?: number },
): Promise<System> {
  const port = await freePort();
  const token = await emu.call<string>('issueToken', { lifetimeSeconds: 7 * 24 * 3600 });
  const args = [
    `${PEERS}node_modules/@graphql-hive/gateway/dist/bin.js`,
    'supergraph',
    supergraph,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
  ];
  if (o.tuned) args.push('--config-path', `${PEERS}gateway.tuned.config.ts`);
  const proc = startProc({
    name: o.name,
    cmd: process.execPath,
    args,
    cwd: PEERS,
    env: { BENCH_UPSTREAM_TOKEN: token, NODE_ENV: 'production' },
    ...(o.core !== undefined ? { core: o.core } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(proc, `${url}/healthcheck`);
  return { name: o.name, kind: 'mesh', url, proc, stop: () => proc.stop() };
}
