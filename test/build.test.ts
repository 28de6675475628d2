import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { facadeEnv } from '../bench/lib/emulator.js';
import { startEmulator } from '../src/emulator/index.js';

// The production build: `npm run build` bundles the server into dist/src/main.js (scripts/build.ts),
// and `npm start` runs `node dist/src/main.js`. One build per file (about a second).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = 'dist/src/main.js';
/** `npm start`'s command line (package.json): node, its flags, the compiled entry point. */
const START = (
  JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } }
).scripts.start;

/** The environment without any PowerOffice or server variable of the machine running tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      !/^(POWEROFFICE_|PORT$|HOST$|EXPOSE_COST$|LOG_LEVEL$|NODE_ENV$|NODE_OPTIONS$|FACADE_|CORS_ORIGINS$|METRICS_)/.test(
        k,
      )
    )
      env[k] = v;
  }
  return { ...env, PORT: '0', ...extra };
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const children: Started[] = [];

function spawnLogged(
  cmd: string,
  args: string[],
  detached = false,
  env: Record<string, string> = {},
): Started {
  const child = spawn(cmd, args, { cwd: ROOT, env: cleanEnv(env), detached });
  let out = '';
  const add = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const started = { child, output: () => out, exited };
  children.push(started);
  return started;
}

async function graphiqlUrl(started: Started, timeout = 30_000): Promise<string> {
  await expect
    .poll(() => started.output(), { timeout, interval: 100 })
    .toMatch(/GraphiQL: http:\/\/\S+\/graphql/);
  const match = /GraphiQL: (http:\/\/\S+\/graphql)/.exec(started.output());
  if (!match?.[1]) throw new Error(`no GraphiQL URL in:\n${started.output()}`);
  return match[1];
}

async function query(url: string, text: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    data?: { customers: { totalCount: number; nodes: { name: string }[] } };
    errors?: unknown[];
  };
}

afterEach(() => {
  for (const s of children.splice(0)) {
    if (s.child.exitCode !== null || s.child.pid === undefined) continue;
    // A detached child leads its own process group (npm and the node it started).
    if (s.child.spawnargs[0] === 'npm') process.kill(-s.child.pid, 'SIGKILL');
    else s.child.kill('SIGKILL');
  }
});

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, env: cleanEnv() });
}, 90_000);

describe('the compiled build', () => {
  it('`npm run build` writes one module with the dependencies in it, and the emulator apart', () => {
    expect(existsSync(`${ROOT}${MAIN}`)).toBe(true);
    const meta = JSON.parse(readFileSync(`${ROOT}dist/meta.json`, 'utf8')) as {
      outputs: Record<
        string,
        { inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }
      >;
    };
    const main = meta.outputs[MAIN];
    if (!main) throw new Error(`no ${MAIN} in dist/meta.json`);
    const inputs = Object.keys(main.inputs);
    expect(inputs).toContain('src/server.ts');
    expect(inputs.some((f) => f.startsWith('node_modules/graphql-yoga/'))).toBe(true);
    // What main.js loads at start: itself and the chunks it imports statically (graphql is
    // shared with graphql-jit's chunk, so it is one of those).
    const atStart = [
      ...inputs,
      ...main.imports
        .filter((i) => i.kind === 'import-statement')
        .flatMap((i) => Object.keys(meta.outputs[i.path]?.inputs ?? {})),
    ];
    expect(atStart.some((f) => f.startsWith('node_modules/graphql/'))).toBe(true);
    // graphql-jit is a chunk loaded when the first query is compiled, without the serializer
    // compiler it never calls (scripts/stubs/fast-json-stringify.cjs stands in).
    expect(atStart.filter((f) => f.includes('graphql-jit'))).toEqual([]);
    const jit = Object.entries(meta.outputs).find(([, o]) =>
      Object.keys(o.inputs).some((f) => f.startsWith('node_modules/graphql-jit/')),
    );
    expect(main.imports).toContainEqual(
      expect.objectContaining({ path: jit?.[0], kind: 'dynamic-import' }),
    );
    const everything = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(everything.filter((f) => /node_modules\/(fast-json-stringify|ajv)\//.test(f))).toEqual(
      [],
    );
    // A deployed server never loads the emulator: it is a chunk main.js imports on demand.
    expect(inputs.filter((f) => f.startsWith('src/emulator/'))).toEqual([]);
    const [emulator, ...others] = Object.entries(meta.outputs).filter(
      ([, o]) => 'src/emulator/index.ts' in o.inputs,
    );
    expect(others).toEqual([]);
    expect(emulator?.[0]).toMatch(/^dist\/src\/chunks\//);
    expect(main.imports).toContainEqual(
      expect.objectContaining({ path: emulator?.[0], kind: 'dynamic-import' }),
    );
  });

  it('node dist/src/main.js serves the sandbox, GraphiQL and its assets, and stops on SIGTERM', async () => {
    expect(START).toMatch(new RegExp(`^node (--[\\w-]+=\\S+ )*${MAIN}$`));
    // As `npm start` runs it, without npm in between (SIGTERM reaches the server).
    const started = spawnLogged(process.execPath, START.split(' ').slice(1));
    const url = await graphiqlUrl(started);
    expect(started.output()).toContain('sandbox mode');
    // No SDK registered: no tracing plugin, no upstream spans. (pino's line may come after the
    // GraphiQL line that console.log printed later.)
    await expect.poll(() => started.output(), { timeout: 5_000 }).toContain('"tracing":false');
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);

    const body = await query(url, '{ customers(first: 2) { totalCount nodes { name } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.customers.nodes).toHaveLength(2);
    expect(body.data?.customers.totalCount).toBeGreaterThan(2);

    // Read from node_modules at run time, relative to the compiled module.
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('/graphiql/assets/yoga-graphiql.umd.js');
    const asset = await fetch(`${origin}/graphiql/assets/yoga-graphiql.umd.js`);
    expect(asset.status).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

    // prom-client from the build; the sandbox has no client keys, so /metrics is open.
    const metrics = await fetch(`${origin}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain(
      'poweroffice_upstream_requests_total{resource="Customer",status="200"} 1',
    );
    expect(text).toMatch(/graphql_operations_total\{operation="anonymous",outcome="ok"\} 1\n/);
    // npm start's 24 MB semi-spaces, yet a young generation of a few MB after start-up: it was held
    // at its smallest while the schema was built (src/young-generation.ts; 32 MB without).
    const newSpace = /nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)/.exec(text)?.[1];
    expect(START).toContain('--max-semi-space-size=24');
    expect(Number(newSpace)).toBeGreaterThan(0);
    expect(Number(newSpace)).toBeLessThanOrEqual(8 * 1024 * 1024);

    // A query's second run is compiled, with graphql-jit's chunk loaded from dist/ on demand.
    const hot = 'query Hot($n: Int!) { customers(first: $n) { nodes { name } } }';
    for (const n of [1, 2, 3]) {
      const answer = await query(url, hot, { n });
      expect(answer).toEqual({
        data: { customers: { nodes: expect.any(Array) } },
        extensions: expect.anything(),
      });
      expect(answer.data?.customers.nodes).toHaveLength(n);
    }

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain('"msg":"stopped"');
  }, 60_000);

  it('`npm start` builds and runs the compiled server', async () => {
    const started = spawnLogged('npm', ['start'], true);
    const url = await graphiqlUrl(started, 45_000);
    expect(started.output()).toContain('tsx scripts/build.ts');
    expect(started.output()).toContain(START);
    const body = await query(url, '{ customers(first: 1) { nodes { name } } }');
    expect(body.data?.customers.nodes).toHaveLength(1);
  }, 60_000);

  it('an SDK set up with --import traces the bundled server (its own copy of the API)', async () => {
    const started = spawnLogged(process.execPath, [
      '--import',
      './test/fixtures/otel-stderr.mjs',
      MAIN,
    ]);
    const url = await graphiqlUrl(started);
    const body = await query(url, 'query Two { customers(first: 2) { nodes { name } } }');
    expect(body.errors).toBeUndefined();
    // SpanKind: 1 server, 2 client.
    await expect.poll(() => started.output(), { timeout: 5_000 }).toContain('SPAN 1 query Two');
    expect(started.output()).toContain('SPAN 2 PowerOffice GET Customer');
    await expect.poll(() => started.output(), { timeout: 5_000 }).toContain('"tracing":true');
  }, 60_000);

  it('the bundle keeps its session in Redis (ioredis is loaded from node_modules at run time)', async () => {
    const emulator = await startEmulator({ port: 0, scale: 'tiny' });
    const prefix = `test-build-${process.pid}-${Date.now()}`;
    const redis = new Redis(inject('redisUrl'));
    try {
      const started = spawnLogged(process.execPath, [MAIN], false, {
        ...facadeEnv(emulator, {
          POWEROFFICE_ENV: 'sandbox',
          POWEROFFICE_SESSION_STORE: 'redis',
          POWEROFFICE_CACHE_SHARED: 'true',
          REDIS_URL: inject('redisUrl'),
          POWEROFFICE_SESSION_PREFIX: prefix,
        }),
      });
      const url = await graphiqlUrl(started);
      const body = await query(url, '{ customers(first: 1) { nodes { name } } }');
      expect(body.errors).toBeUndefined();
      expect(body.data?.customers.nodes).toHaveLength(1);
      expect(emulator.count({ kind: 'token' })).toBe(1);
      // The token the bundle fetched is in Redis, under the configured prefix.
      expect(await redis.keys(`${prefix}*`)).not.toEqual([]);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      await emulator.stop();
    }
  }, 60_000);
});
