import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { facadeEnv } from '../bench/lib/emulator.js';
import { ConfigError, DEFAULT_CORS_ALLOW_HEADERS, loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { DEFAULT_GRAPHIQL_QUERY } from '../src/graphiql/default-query.js';
import { bearerToken, digestApiKey, matchesApiKey } from '../src/plugins/client-auth.js';
import { createMaskError } from '../src/plugins/errors.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer, type ServerConfig } from '../src/server.js';

// Every digest comparison goes through this spy (a pass-through), so the unit test below can
// see that keys are compared with `timingSafeEqual` on equal-length digests.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const crypto = await import('node:crypto');

const KEY_A = 'test-key-A-0123456789abcdefghijklmnopqrstuv';
const KEY_B = 'test-key-B-zyxwvutsrqponmlkjihgfedcba9876543';
// One character off KEY_A: same length, same prefix.
const NEAR_MISS = 'test-key-A-0123456789abcdefghijklmnopqrstuw';

let emulator: EmulatorHandle;
let client: PowerOfficeClient;
const logLines: string[] = [];
const servers: AppServer[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'tiny' });
  // No cross-request cache: a request the server lets through always reaches the emulator, so
  // a count of 0 means the server refused it, not that a cache answered.
  client = createClient(
    withSandbox(loadConfig({ POWEROFFICE_CACHE_TTL_MS: '0' }), emulator).powerOffice,
  );
});

afterAll(async () => {
  for (const server of servers) await server.close(100);
  await client?.close();
  await emulator?.stop();
});

/** A real server over loopback HTTP, logging everything (trace) into `logLines`. */
async function listen(config: Partial<ServerConfig> = {}): Promise<string> {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const server = createServer({
    client,
    config: { exposeCost: true, ...config },
    logger: pino({ level: 'trace' }, sink),
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}

/** `data.customers.nodes` of an answer, or undefined. */
function customerNodes(body: GraphQLBody): unknown[] | undefined {
  return (body.data?.customers as { nodes?: unknown[] } | undefined)?.nodes;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  base: string,
  query: string,
  options: { key?: string; authorization?: string; variables?: Record<string, unknown> } = {},
): Promise<{ status: number; headers: Headers; body: GraphQLBody }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.authorization) headers.authorization = options.authorization;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody };
}

const SMALL = '{ customers(first: 2) { totalCount nodes { name } } }';

describe('client authentication', () => {
  let base: string;
  beforeAll(async () => {
    base = await listen({ apiKeys: [KEY_A, KEY_B] });
  });

  it.each([
    ['no Authorization header', {}],
    ['a near-miss key', { key: NEAR_MISS }],
    ['a short wrong key', { key: 'nope' }],
    ['the right key without the Bearer scheme', { authorization: KEY_A }],
    ['the right key as Basic credentials', { authorization: `Basic ${KEY_A}` }],
  ])('answers 401 to %s, names no key and calls nothing upstream', async (_name, options) => {
    emulator.reset();
    const { status, headers, body } = await post(base, SMALL, options);
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body).toEqual({
      errors: [
        {
          message: 'Authentication required: send `Authorization: Bearer <API key>`.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(emulator.count()).toBe(0);
  });

  it('guards GET with a query too', async () => {
    emulator.reset();
    const url = `${base}/graphql?query=${encodeURIComponent(SMALL)}`;
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(401);
    expect(emulator.count()).toBe(0);
    // A GET also needs a header a cross-site page cannot send without a preflight (CSRF).
    const ok = await fetch(url, {
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${KEY_B}`,
        'graphql-preflight': '1',
      },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as GraphQLBody).data).toBeTruthy();
  });

  it('guards every other spelling of the endpoint', async () => {
    for (const path of ['/graphql/', '/GRAPHQL', '/graphql?x=1', '/other']) {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SMALL }),
      });
      expect(res.status, path).toBe(401);
    }
  });

  it('answers 200 with data to either configured key', async () => {
    for (const key of [KEY_A, KEY_B]) {
      emulator.reset();
      const { status, body } = await post(base, SMALL, { key });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(customerNodes(body)).toHaveLength(2);
      expect(emulator.count()).toBeGreaterThan(0);
    }
    // Scheme names are case-insensitive (RFC 9110).
    const lower = await post(base, SMALL, { authorization: `bearer ${KEY_A}` });
    expect(lower.status).toBe(200);
  });

  it('leaves GraphiQL, its assets, the health routes and the redirect open', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/graphiql/assets/yoga-graphiql.umd.js');
    expect((await fetch(`${base}/graphiql/assets/graphiql.css`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/`, { redirect: 'manual' })).status).toBe(302);
  });

  it('never writes a key, right or wrong, into the log', async () => {
    // The requests above ran with every log level on; run one more failing and one passing.
    await post(base, '{ nope }', { key: KEY_A });
    await post(base, SMALL, { key: NEAR_MISS });
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      for (const secret of [KEY_A, KEY_B, NEAR_MISS]) expect(line).not.toContain(secret);
    }
  });
});

describe('key comparison', () => {
  it('hashes both sides and compares every key with timingSafeEqual', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    const digests = [KEY_A, KEY_B].map(digestApiKey);
    for (const [presented, expected] of [
      [KEY_A, true],
      [KEY_B, true],
      [NEAR_MISS, false],
      ['x', false],
      ['', false],
    ] as const) {
      spy.mockClear();
      expect(matchesApiKey(presented, digests)).toBe(expected);
      // No early exit on a match, and equal 32-byte inputs whatever was presented.
      expect(spy).toHaveBeenCalledTimes(2);
      for (const [a, b] of spy.mock.calls) {
        expect((a as Buffer).length).toBe(32);
        expect((b as Buffer).length).toBe(32);
      }
    }
  });

  it('reads only a Bearer token', () => {
    expect(bearerToken(`Bearer ${KEY_A}`)).toBe(KEY_A);
    expect(bearerToken(`bearer  ${KEY_A} `)).toBe(KEY_A);
    expect(bearerToken(null)).toBeUndefined();
    expect(bearerToken(`Basic ${KEY_A}`)).toBeUndefined();
    expect(bearerToken(`Bearer ${KEY_A} extra`)).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
  });
});

describe('configuration', () => {
  const GUID_A = '11111111-2222-4333-8444-555555555555';
  const GUID_B = '66666666-7777-4888-8999-aaaaaaaaaaaa';
  const production = {
    POWEROFFICE_ENV: 'production',
    POWEROFFICE_APPLICATION_KEY: GUID_A,
    POWEROFFICE_CLIENT_KEY: GUID_B,
  };

  function problems(env: NodeJS.ProcessEnv): string {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('loadConfig accepted the environment');
  }

  it('refuses demo and production without FACADE_API_KEYS', () => {
    expect(problems(production)).toContain('FACADE_API_KEYS is required when POWEROFFICE_ENV');
    expect(problems({ ...production, POWEROFFICE_ENV: 'demo' })).toContain('FACADE_API_KEYS');
  });

  it('runs without client auth only when FACADE_AUTH=none says so', () => {
    const open = loadConfig({ ...production, FACADE_AUTH: 'none' });
    expect(open.apiKeys).toEqual([]);
    expect(open.authDisabled).toBe(true);
    expect(problems({ ...production, FACADE_AUTH: 'none', FACADE_API_KEYS: KEY_A })).toContain(
      'contradicts',
    );
  });

  it('reads the keys, and refuses short ones without echoing them', () => {
    const c = loadConfig({ ...production, FACADE_API_KEYS: ` ${KEY_A} , ${KEY_B},` });
    expect(c.apiKeys).toEqual([KEY_A, KEY_B]);
    expect(c.authDisabled).toBe(false);
    const message = problems({ ...production, FACADE_API_KEYS: `${KEY_A},short-secret-123` });
    expect(message).toContain('at least 32 characters');
    expect(message).not.toContain('short-secret-123');
    expect(message).not.toContain(KEY_A);
    const spaced = `${KEY_A.slice(0, 20)} ${KEY_A.slice(20)}`;
    expect(problems({ ...production, FACADE_API_KEYS: spaced })).toContain(
      'must not contain spaces',
    );
  });

  it('sandbox: auth off and CORS open by default, on when configured', () => {
    const sandbox = loadConfig({});
    expect(sandbox.apiKeys).toEqual([]);
    expect(sandbox.authDisabled).toBe(false);
    expect(sandbox.corsOrigins).toBe('*');
    const locked = loadConfig({ FACADE_API_KEYS: KEY_A, CORS_ORIGINS: 'http://localhost:5173' });
    expect(locked.apiKeys).toEqual([KEY_A]);
    expect(locked.corsOrigins).toEqual(['http://localhost:5173']);
    expect(problems({ FACADE_AUTH: 'keys' })).toContain('FACADE_API_KEYS is required');
  });

  it('CORS: no cross-origin access by default outside the sandbox; exact origins only', () => {
    const base = { ...production, FACADE_API_KEYS: KEY_A };
    expect(loadConfig(base).corsOrigins).toEqual([]);
    expect(
      loadConfig({ ...base, CORS_ORIGINS: 'https://app.example.com,https://b.example:8443' })
        .corsOrigins,
    ).toEqual(['https://app.example.com', 'https://b.example:8443']);
    expect(loadConfig({ ...base, CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    for (const bad of ['app.example.com', 'https://app.example.com/', 'https://a.example/x']) {
      expect(problems({ ...base, CORS_ORIGINS: bad })).toContain('CORS_ORIGINS');
    }
  });

  it('CORS_ALLOW_HEADERS and CORS_ALLOW_CREDENTIALS', () => {
    const base = { ...production, FACADE_API_KEYS: KEY_A };
    expect(loadConfig(base).corsAllowHeaders).toEqual(DEFAULT_CORS_ALLOW_HEADERS);
    expect(loadConfig(base).corsAllowCredentials).toBe(false);
    expect(
      loadConfig({ ...base, CORS_ALLOW_HEADERS: ' Authorization, content-type,X-Trace,,' })
        .corsAllowHeaders,
    ).toEqual(['authorization', 'content-type', 'x-trace']);
    for (const bad of ['x trace', 'a:b', ',']) {
      expect(problems({ ...base, CORS_ALLOW_HEADERS: bad })).toContain('CORS_ALLOW_HEADERS');
    }
    const app = { ...base, CORS_ORIGINS: 'https://app.example.com' };
    expect(loadConfig({ ...app, CORS_ALLOW_CREDENTIALS: 'true' }).corsAllowCredentials).toBe(true);
    for (const env of [
      { ...base, CORS_ALLOW_CREDENTIALS: 'true' },
      { ...base, CORS_ORIGINS: '*', CORS_ALLOW_CREDENTIALS: 'true' },
      { CORS_ALLOW_CREDENTIALS: 'true' },
    ]) {
      expect(problems(env)).toContain('CORS_ALLOW_CREDENTIALS=true needs CORS_ORIGINS');
    }
  });

  it('reads the operation limits', () => {
    expect(loadConfig({}).limits).toEqual({});
    expect(
      loadConfig({
        FACADE_MAX_DEPTH: '8',
        FACADE_MAX_ALIASES: '0',
        FACADE_MAX_ROOT_FIELDS: '5',
        FACADE_MAX_COST: '1000',
        FACADE_MAX_UPSTREAM_CALLS: '40',
      }).limits,
    ).toEqual({
      maxDepth: 8,
      maxAliases: 0,
      maxRootFields: 5,
      maxCost: 1000,
      maxUpstreamCalls: 40,
    });
    expect(problems({ FACADE_MAX_UPSTREAM_CALLS: '0' })).toContain(
      'FACADE_MAX_UPSTREAM_CALLS must be at least 1',
    );
    expect(problems({ FACADE_MAX_DEPTH: '0' })).toContain('FACADE_MAX_DEPTH must be at least 1');
    expect(problems({ FACADE_MAX_COST: 'lots' })).toContain('FACADE_MAX_COST must be a number');
  });
});

describe('npm start in production', () => {
  const ROOT = fileURLToPath(new URL('..', import.meta.url));
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  function start(extra: Record<string, string>) {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^(POWEROFFICE_|FACADE_|CORS_ORIGINS$|PORT$|HOST$|EXPOSE_COST$|LOG_LEVEL$)/.test(k)) {
        env[k] = v;
      }
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'trace',
        ...facadeEnv(emulator, extra),
      },
    });
    children.push(child);
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    // The exit code, or the signal that ended the process (a failed expectation then names it).
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? signal)),
    );
    return { child, output: () => out, exited };
  }

  it('refuses to start without FACADE_API_KEYS', async () => {
    const started = start({});
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('FACADE_API_KEYS is required when POWEROFFICE_ENV');
    expect(started.output()).not.toContain('GraphiQL:');
  }, 30_000);

  it('with keys: 401 without one, 200 with one, and no key in any output', async () => {
    const started = start({ FACADE_API_KEYS: `${KEY_A},${KEY_B}` });
    await expect
      .poll(() => started.output(), { timeout: 30_000, interval: 100 })
      .toMatch(/GraphiQL: http:\/\/\S+\/graphql/);
    const url = /GraphiQL: (http:\/\/\S+)\/graphql/.exec(started.output())?.[1] ?? '';
    expect((await post(url, SMALL)).status).toBe(401);
    expect((await post(url, SMALL, { key: NEAR_MISS })).status).toBe(401);
    const ok = await post(url, SMALL, { key: KEY_B });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toBeTruthy();
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    for (const secret of [KEY_A, KEY_B, NEAR_MISS]) {
      expect(started.output()).not.toContain(secret);
    }
  }, 60_000);

  it('with FACADE_AUTH=none: starts, and says loudly that anyone may use the books', async () => {
    const started = start({ FACADE_AUTH: 'none' });
    await expect
      .poll(() => started.output(), { timeout: 30_000, interval: 100 })
      .toMatch(/GraphiQL: http:\/\/\S+\/graphql/);
    expect(started.output()).toContain('client authentication is OFF');
    expect(started.output()).toMatch(/"level":40.*FACADE_AUTH=none/);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  }, 60_000);
});

describe('CORS', () => {
  const APP = 'https://app.example.com';
  const EVIL = 'https://evil.example';

  function preflight(base: string, origin: string) {
    return fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
  }

  it('an allow-list admits its origins and gives others no CORS headers', async () => {
    const base = await listen({ apiKeys: [KEY_A], corsOrigins: [APP, 'http://localhost:5173'] });
    const allowed = await preflight(base, APP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const denied = await preflight(base, EVIL);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();

    // The actual request: the allowed origin can read the answer, the other cannot.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        origin: APP,
        'content-type': 'application/json',
        authorization: `Bearer ${KEY_A}`,
      },
      body: JSON.stringify({ query: SMALL }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    const other = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json' },
      body: JSON.stringify({ query: SMALL }),
    });
    expect(other.status).toBe(401);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an empty list allows no cross-origin caller', async () => {
    const base = await listen({ corsOrigins: [] });
    for (const origin of [APP, EVIL]) {
      const res = await preflight(base, origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it("'*' (the sandbox default) answers any origin, without credentials", async () => {
    for (const corsOrigins of ['*', undefined] as const) {
      const base = await listen(corsOrigins ? { corsOrigins } : {});
      const res = await preflight(base, EVIL);
      expect(res.headers.get('access-control-allow-origin')).toBe(EVIL);
      // Yoga's default cors sent `true` here: any site could make credentialed calls.
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const headers = res.headers.get('access-control-allow-headers')?.split(', ');
      expect(headers).toEqual([...DEFAULT_CORS_ALLOW_HEADERS]);
      for (const name of ['traceparent', 'baggage', 'sentry-trace', 'graphql-preflight']) {
        expect(headers).toContain(name);
      }
      const actual = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { origin: EVIL, 'content-type': 'application/json' },
        body: JSON.stringify({ query: SMALL }),
      });
      expect(actual.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('allowed headers are configurable; credentials only when configured, for listed origins', async () => {
    const custom = await listen({
      corsOrigins: [APP],
      corsAllowHeaders: ['authorization', 'x-b3'],
    });
    const res = await preflight(custom, APP);
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, x-b3');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();

    const withCredentials = await listen({ corsOrigins: [APP], corsAllowCredentials: true });
    const allowed = await preflight(withCredentials, APP);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight(withCredentials, EVIL);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('CSRF: no operation from a cross-site simple request, in any auth mode', () => {
  const MUTATION = 'mutation { createProduct(input: { data: { name: "csrf" } }) { __typename } }';

  /** The simple requests a page on another site can send without a preflight. */
  function simpleRequests(base: string, query: string, headers: Record<string, string> = {}) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query }));
    form.set('map', '{}');
    return {
      'form-encoded POST': () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: new URLSearchParams({ query }).toString(),
        }),
      'text/plain POST': () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
          body: JSON.stringify({ query }),
        }),
      'multipart POST': () => fetch(`${base}/graphql`, { method: 'POST', headers, body: form }),
      GET: () =>
        fetch(`${base}/graphql?query=${encodeURIComponent(query)}`, {
          headers: { accept: 'application/json', ...headers },
        }),
    };
  }

  it.each([
    ['the sandbox (no keys)', {}, {}],
    ['FACADE_AUTH=none', {}, {}],
    ['keys, with a valid key', { apiKeys: [KEY_A] }, { authorization: `Bearer ${KEY_A}` }],
  ] as const)('%s: refused with 403 before anything runs', async (_mode, config, auth) => {
    const base = await listen(config);
    for (const query of [SMALL, MUTATION]) {
      for (const [name, send] of Object.entries(simpleRequests(base, query, auth))) {
        emulator.reset();
        const res = await send();
        expect(res.status, `${name} ${query}`).toBe(403);
        const body = (await res.json()) as GraphQLBody;
        expect(body.errors?.[0]?.extensions?.code).toBe('CSRF_PREFLIGHT_REQUIRED');
        expect(body.errors?.[0]?.message).toContain('graphql-preflight');
        expect(emulator.count(), name).toBe(0);
      }
    }
  });

  it('JSON POSTs, GraphiQL, and GETs with a preflight header or a JSON content type run', async () => {
    const base = await listen({});
    emulator.reset();
    const json = await post(base, SMALL);
    expect(json.status).toBe(200);
    expect(customerNodes(json.body)).toHaveLength(2);
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const url = `${base}/graphql?query=${encodeURIComponent(SMALL)}`;
    // GraphiQL's GET sends `content-type: application/json`; other clients send a header.
    const preflightForcing: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'graphql-preflight': '1' },
      { 'apollo-require-preflight': 'true' },
      { 'x-apollo-operation-name': 'Q' },
      { 'x-graphql-yoga-csrf': '1' },
    ];
    for (const header of preflightForcing) {
      const res = await fetch(url, { headers: { accept: 'application/json', ...header } });
      expect(res.status, JSON.stringify(header)).toBe(200);
      expect(customerNodes((await res.json()) as GraphQLBody)).toHaveLength(2);
    }
    // A form POST that carries a preflight header is no cross-site request: it runs.
    const form = await simpleRequests(base, SMALL, { 'graphql-preflight': '1' })[
      'form-encoded POST'
    ]();
    expect(form.status).toBe(200);
  });

  it('a GET never runs a mutation, whatever headers it carries', async () => {
    const base = await listen({});
    emulator.reset();
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent(MUTATION)}`, {
      headers: { accept: 'application/json', 'content-type': 'application/json' },
    });
    expect(res.status).toBe(405);
    const body = (await res.json()) as GraphQLBody;
    expect(body.errors?.[0]?.message).toMatch(/only perform a mutation operation from a POST/i);
    expect(emulator.count({ method: 'POST' })).toBe(0);
  });
});

describe('request body limit', () => {
  let base: string;
  beforeAll(async () => {
    base = await listen({ maxRequestBodyBytes: 2048 });
  });

  /** POSTs `body` with a Content-Length, or chunked (no length) when `chunked`. */
  async function send(
    body: string,
    chunked: boolean,
  ): Promise<{ status: number; body: GraphQLBody }> {
    const { request } = await import('node:http');
    return new Promise((resolve, reject) => {
      const req = request(
        `${base}/graphql`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      if (chunked) {
        // Several writes without a length: node sends them as chunks.
        for (let i = 0; i < body.length; i += 500) req.write(body.slice(i, i + 500));
        req.end();
      } else req.end(body);
    });
  }

  /** The SMALL query, padded with insignificant whitespace to `bytes` bytes of JSON. */
  const padded = (bytes: number) => {
    const text = JSON.stringify({ query: SMALL });
    return `${text.slice(0, -1)}${' '.repeat(bytes - text.length)}}`;
  };

  for (const chunked of [false, true]) {
    const how = chunked ? 'chunked' : 'with a Content-Length';
    it(`refuses a body over the limit ${how} with 413, before any upstream call`, async () => {
      emulator.reset();
      const res = await send(padded(2049), chunked);
      expect(res.status).toBe(413);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect(emulator.count()).toBe(0);
    });

    it(`runs a body at the limit ${how}`, async () => {
      const res = await send(padded(2048), chunked);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(customerNodes(res.body)).toHaveLength(2);
    });
  }
});

describe('operation limits', () => {
  let base: string;
  beforeAll(async () => {
    base = await listen({});
  });

  async function refused(query: string, code: string, variables?: Record<string, unknown>) {
    emulator.reset();
    const { body } = await post(base, query, variables ? { variables } : {});
    expect(body.data).toBeUndefined();
    const error = body.errors?.find((e) => e.extensions?.code === code);
    expect(error, JSON.stringify(body)).toBeDefined();
    expect(emulator.count()).toBe(0);
    return error as { message: string; extensions: { limit: number; found: number } };
  }

  it('refuses a query deeper than 12', async () => {
    // customer → invoices → nodes → customer …: 1 + 4 × 3 + 1 = 14 levels.
    let inner = 'name';
    for (let i = 0; i < 4; i += 1) inner = `invoices(first: 1) { nodes { customer { ${inner} } } }`;
    const deep = `{ customer(code: 10001) { ${inner} } }`;
    const error = await refused(deep, 'QUERY_TOO_DEEP');
    expect(error.extensions.limit).toBe(12);
    expect(error.extensions.found).toBe(14);
    expect(error.message).toMatch(/depth \d+; at most 12 allowed/);
  });

  it('refuses more than 15 aliases', async () => {
    const fields = Array.from(
      { length: 16 },
      (_, i) => `c${i}: customer(code: ${10001 + i}) { name }`,
    );
    const error = await refused(`{ ${fields.join(' ')} }`, 'TOO_MANY_ALIASES');
    expect(error.extensions).toMatchObject({ limit: 15, found: 16 });
  });

  it('refuses more root fields than allowed', async () => {
    const wide = await listen({ limits: { maxAliases: 100, maxRootFields: 5 } });
    const fields = Array.from(
      { length: 6 },
      (_, i) => `c${i}: customer(code: ${10001 + i}) { name }`,
    );
    emulator.reset();
    const { body } = await post(wide, `{ ${fields.join(' ')} }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ROOT_FIELDS',
      limit: 5,
      found: 6,
    });
    expect(emulator.count()).toBe(0);
  });

  it('refuses a query whose pages multiply past the cost limit', async () => {
    const query =
      '{ customers(first: 100) { nodes { invoices(first: 100) { nodes { lines { product { name } } } } } } }';
    const error = await refused(query, 'QUERY_TOO_COSTLY');
    expect(error.extensions.limit).toBe(20_000);
    // 1 + 100 × (1 + 1 + 100 × (1 + 1 + 20 × 1))
    expect(error.extensions.found).toBe(220_201);
    expect(error.message).toContain('smaller pages');
  });

  it('reads page sizes from variables, and a cached verdict never crosses page sizes', async () => {
    const query = `query Q($n: Int, $m: Int = 100) {
      customers(first: $n) { nodes { invoices(first: $m) { nodes { lines { product { name } } } } } }
    }`;
    await refused(query, 'QUERY_TOO_COSTLY', { n: 100 });
    emulator.reset();
    const small = await post(base, query, { variables: { n: 2, m: 2 } });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data?.customers).toBeTruthy();
    // The same document again with large pages: refused, not served from the cache.
    await refused(query, 'QUERY_TOO_COSTLY', { n: 100, m: 50 });
    // Absent `$n` is the default page size (20); the default `$m` (100) still applies.
    await refused(query, 'QUERY_TOO_COSTLY', {});
  });

  /**
   * `customer { invoices(first: 1) { nodes { customer … } } }` `hops` times, then `name` (and
   * with `extra` one more list): every object's selection in its own named fragment (colocated,
   * as Relay and Apollo write them), each page's in an inline fragment. Real depth
   * 1 + 3 × hops + 1 (+1 with `extra`).
   */
  function fragmentChain(hops: number, extra: boolean): string {
    const fragments: string[] = [];
    for (let i = 0; i < hops; i += 1) {
      fragments.push(
        `fragment Customer${i} on Customer { invoices(first: 1) { ... { nodes { ...Invoice${i} } } } }`,
        `fragment Invoice${i} on OutgoingInvoice { ... on OutgoingInvoice { customer { ...Customer${i + 1} } } }`,
      );
    }
    const leaf = extra ? 'invoices(first: 1) { totalCount }' : 'name';
    fragments.push(`fragment Customer${hops} on Customer { name ${leaf} }`);
    return `query Deep { customer(code: 10001) { ...Customer0 } }\n${fragments.join('\n')}`;
  }

  it('counts field depth only: fragments and inline fragments add no level', async () => {
    // Real depth 1 + 3 × 3 + 1 + 1 = 12 (the limit), written through 7 named and 6 inline
    // fragments; the old count (armor without flattenFragments) refused it as 32.
    emulator.reset();
    const { body } = await post(base, fragmentChain(3, true));
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data?.customer).toBeTruthy();
    expect(emulator.count()).toBeGreaterThan(0);
    // One level more through the same fragments: refused, and found is the field depth.
    let over = fragmentChain(3, true).replace('{ totalCount }', '{ nodes { invoiceNo } }');
    let error = await refused(over, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ limit: 12, found: 13 });
    over = fragmentChain(4, false);
    error = await refused(over, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ limit: 12, found: 14 });
  });

  it('counts fragments and does not charge introspection', async () => {
    const query = `
      fragment Lines on OutgoingInvoice { lines { product { name } } }
      { customers(first: 100) { nodes { invoices(first: 100) { nodes { ...Lines } } } } }`;
    await refused(query, 'QUERY_TOO_COSTLY');
    const introspection = await post(
      base,
      '{ __schema { types { name fields { name type { name ofType { name } } } } } }',
    );
    expect(introspection.body.errors).toBeUndefined();
  });

  it('lets the default GraphiQL query through', async () => {
    emulator.reset();
    const { status, body } = await post(base, DEFAULT_GRAPHIQL_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(customerNodes(body)?.length).toBeGreaterThan(0);
    expect(emulator.count()).toBeGreaterThan(0);
  });

  it('limits can be tightened per server', async () => {
    const strict = await listen({ limits: { maxCost: 10, maxDepth: 3 } });
    const { body } = await post(strict, SMALL.replace('first: 2', 'first: 50'));
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    const deep = await post(
      strict,
      '{ customers(first: 1) { nodes { invoices { totalCount } } } }',
    );
    expect(deep.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('client disconnects', () => {
  /** Parsed log lines written since `from` (an index into `logLines`). */
  const linesSince = (from: number) =>
    logLines.slice(from).map((l) => JSON.parse(l) as { level: number; msg: string });

  /**
   * Sends `SMALL` while every upstream call takes a second, aborts it once `running` has seen the
   * operation wait upstream (the emulator records a call only once it has answered), and checks
   * what either path must show: the mask's debug line for the disconnect, nothing logged at error
   * level, and no upstream call answered (the one it waited on was cut short).
   */
  async function abortWhileUpstream(base: string, running: (from: number) => Promise<void>) {
    emulator.reset();
    emulator.configure({ latency: { fixedMs: 1_000, jitterMs: 0 } });
    const from = logLines.length;
    try {
      const aborter = new AbortController();
      const answer = fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SMALL }),
        signal: aborter.signal,
      }).catch((error: unknown) => error);
      await running(from);
      aborter.abort();
      expect(await answer).toMatchObject({ name: 'AbortError' });
      await expect
        .poll(() => linesSince(from).map((l) => l.msg), { timeout: 5_000, interval: 20 })
        .toContain('client disconnected before the operation finished');
    } finally {
      emulator.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    }
    expect(linesSince(from).filter((l) => l.level >= 50)).toEqual([]);
    expect(emulator.requests().filter((r) => r.status === 200)).toEqual([]);
  }

  it('a client that aborts mid-request leaves a debug line, not an error', async () => {
    const base = await listen({});
    // 100 ms after Yoga has started the operation it is surely waiting upstream.
    await abortWhileUpstream(base, async (from) => {
      await expect
        .poll(() => linesSince(from).map((l) => l.msg), { timeout: 5_000, interval: 10 })
        .toContain('Processing GraphQL Parameters');
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
  });

  it('a client that aborts a hot query on the fast path cuts its upstream call too', async () => {
    const base = await listen({});
    // Twice through Yoga (admitted, then compiled): the third run is on the fast path.
    for (let run = 0; run < 2; run += 1)
      expect((await post(base, SMALL)).body.errors).toBeUndefined();
    // The fast path logs nothing before it runs: give it time to be waiting upstream. Its
    // aborted result is handed to Yoga, whose mask writes the same debug line.
    await abortWhileUpstream(base, () => new Promise((resolve) => setTimeout(resolve, 150)));
    // And the server answers the next request.
    expect((await post(base, SMALL)).body.errors).toBeUndefined();
  });

  it('the mask logs a disconnect at debug and anything else at error', () => {
    const lines: { level: number; msg: string; err?: { stack?: string } }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const mask = createMaskError(pino({ level: 'trace' }, sink));
    const reset = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    for (const error of [
      new DOMException('This operation was aborted', 'AbortError'),
      new GraphQLError('wrapped', { originalError: reset }),
      new Error('read failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
    ]) {
      mask(error, 'Unexpected error.');
    }
    mask(new Error('a real bug'), 'Unexpected error.');
    expect(lines.map((l) => l.level)).toEqual([20, 20, 20, 50]);
    expect(lines[3]?.err?.stack).toContain('a real bug');
  });
});

describe('malformed requests and slow bodies', () => {
  /** One raw HTTP/1.1 exchange over a socket: what node:http clients cannot send (a bad Host). */
  async function raw(
    base: string,
    text: string,
    waitMs = 2_000,
    untilHead = false,
  ): Promise<string> {
    const { connect } = await import('node:net');
    const url = new URL(base);
    return new Promise((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write(text));
      let answer = '';
      socket.on('data', (c: Buffer) => {
        answer += c.toString('latin1');
        if (untilHead && answer.includes('\r\n\r\n')) done();
      });
      const done = () => {
        socket.destroy();
        resolve(answer);
      };
      socket.on('end', done);
      setTimeout(done, waitMs);
    });
  }

  it('a malformed Host is a 400 with a typed error, never a stack trace', async () => {
    const base = await listen({ apiKeys: [KEY_A] });
    for (const host of ['[::1', 'a^b', 'a:99999']) {
      const answer = await raw(
        base,
        `GET /graphql HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(answer).toContain('BAD_REQUEST');
      expect(answer).not.toMatch(/at |node_modules|TypeError/);
    }
  });

  it('a POST without a valid key is refused at once, before its body arrives', async () => {
    const base = await listen({ apiKeys: [KEY_A] });
    const started = Date.now();
    // A small JSON POST (the fast path's size) that sends 10 of its 16 000 bytes, then stalls.
    const answer = await raw(
      base,
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 16000\r\n\r\n{"query":"',
      1_500,
      true,
    );
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
