import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema } from 'graphql-yoga';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { createServer } from '../src/server.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
let slowEntered = deferred();
let slowRelease = deferred();

// A stand-in schema: these tests are about the server's plumbing (routes, masking, the cost
// extension), not PowerOffice data; test/server-emulator.test.ts runs the real schema.
interface Ctx {
  tracker: { requests: number; cacheHits: number };
}
const schema = createSchema<Ctx>({
  typeDefs: /* GraphQL */ `
    type Query {
      ok: String!
      notFound: String
      rateLimited: String
      bug: String
      spend(requests: Int!, cacheHits: Int!): Int!
      slow: String!
    }
  `,
  resolvers: {
    Query: {
      ok: () => 'ok',
      notFound: () => {
        throw new PowerOfficeError('NOT_FOUND', 'The customer does not exist.', {
          status: 404,
          upstreamSummary: 'secret-upstream-body Customer 42 not in tenant',
        });
      },
      rateLimited: () => {
        throw new PowerOfficeError('RATE_LIMITED', 'PowerOffice asked us to slow down.', {
          status: 429,
          retryAfterSeconds: 7,
        });
      },
      bug: () => {
        throw new Error('database password is hunter2');
      },
      slow: async () => {
        slowEntered.resolve();
        await slowRelease.promise;
        return 'finished';
      },
      spend: (_root, args: { requests: number; cacheHits: number }, ctx) => {
        ctx.tracker.requests += args.requests;
        ctx.tracker.cacheHits += args.cacheHits;
        return ctx.tracker.requests;
      },
    },
  },
});

let emulator: EmulatorHandle;
let goodClient: PowerOfficeClient;
let badClient: PowerOfficeClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'tiny' });
  const config = withSandbox(loadConfig({}), emulator).powerOffice;
  goodClient = createClient(config);
  // A client key the emulator has never issued: the token endpoint refuses it.
  badClient = createClient({ ...config, clientKey: '00000000-0000-4000-8000-000000000000' });
});

afterAll(async () => {
  await goodClient?.close();
  await badClient?.close();
  await emulator?.stop();
});

function build(options: { exposeCost?: boolean; client?: PowerOfficeClient } = {}) {
  const client = options.client ?? goodClient;
  return createServer({
    schema,
    context: (): Ctx => ({ tracker: { requests: 0, cacheHits: 0 } }),
    client,
    config: { exposeCost: options.exposeCost ?? false },
    logger: pino({ level: 'silent' }),
  });
}

async function post(
  server: ReturnType<typeof build>,
  query: string,
): Promise<{ data?: unknown; errors?: Array<Record<string, unknown>>; extensions?: unknown }> {
  const res = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

describe('health routes', () => {
  it('/healthz answers 200 while running', async () => {
    const res = await build().yoga.fetch('http://localhost/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when a token can be obtained', async () => {
    const res = await build().yoga.fetch('http://localhost/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('/readyz answers 503 with the code only when the token fetch fails', async () => {
    const server = build({ client: badClient });
    const res = await server.yoga.fetch('http://localhost/readyz');
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      status: 'unavailable',
      code: 'INVALID_CLIENT',
      message: 'Cannot obtain a PowerOffice access token.',
    });
    expect(text).not.toContain('00000000-0000-4000');
  });

  it('/readyz is 503 when the upstream is down, and healthz stays 200', async () => {
    const down = await startEmulator({ port: 0, scale: 'tiny' });
    const config = withSandbox(loadConfig({}), down).powerOffice;
    await down.stop();
    const client = createClient({
      ...config,
      retry: { ...config.retry, attempts: 0 },
      timeouts: { requestMs: 2_000, tokenMs: 2_000 },
    });
    try {
      const server = build({ client });
      const ready = await server.yoga.fetch('http://localhost/readyz');
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { code: string }).code).toMatch(
        /UPSTREAM_UNAVAILABLE|TIMEOUT/,
      );
      expect((await server.yoga.fetch('http://localhost/healthz')).status).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('alternating /readyz and /healthz on one keep-alive connection: every answer intact', async () => {
    const server = build();
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = server.httpServer.address() as AddressInfo;
    // One socket, reused: a wrong Content-Length would hang a request or corrupt the next one.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const get = (path: string) =>
      new Promise<{ status: number; length: string | undefined; body: string }>(
        (resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (res) => {
            sockets.add(res.socket);
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                length: res.headers['content-length'],
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
            res.on('error', reject);
          });
          req.setTimeout(2_000, () => req.destroy(new Error(`${path} timed out`)));
          req.on('error', reject);
          req.end();
        },
      );
    try {
      for (let i = 0; i < 40; i += 1) {
        for (const [path, status] of [
          ['/readyz', 'ready'],
          ['/healthz', 'ok'],
        ] as const) {
          const res = await get(path);
          expect(res.status, `${path} #${i}`).toBe(200);
          expect(JSON.parse(res.body), `${path} #${i}`).toEqual({ status });
          expect(Number(res.length), `${path} #${i}`).toBe(Buffer.byteLength(res.body));
        }
      }
      expect(sockets.size).toBe(1);
    } finally {
      agent.destroy();
      await server.close(100);
    }
  });
});

describe('error masking', () => {
  it('maps a PowerOfficeError to its code and our message, without upstream words', async () => {
    const body = await post(build(), '{ notFound }');
    expect(body.data).toEqual({ notFound: null });
    expect(body.errors).toEqual([
      {
        message: 'The customer does not exist.',
        locations: [{ line: 1, column: 3 }],
        path: ['notFound'],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('secret-upstream-body');
  });

  it('carries retryAfter for RATE_LIMITED', async () => {
    const body = await post(build(), '{ rateLimited }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 7 });
  });

  it('masks unexpected errors', async () => {
    const body = await post(build(), '{ bug }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('lets validation errors through unchanged', async () => {
    const body = await post(build(), '{ nope }');
    expect(body.errors?.[0]?.message).toContain('Cannot query field "nope"');
  });
});

describe('extensions.poweroffice', () => {
  it('reports what this operation cost when enabled', async () => {
    const body = await post(build({ exposeCost: true }), '{ spend(requests: 3, cacheHits: 2) }');
    expect(body.extensions).toEqual({ poweroffice: { requests: 3, cacheHits: 2 } });
  });

  it('counts per request: two requests do not share a tracker', async () => {
    const server = build({ exposeCost: true });
    await post(server, '{ spend(requests: 5, cacheHits: 0) }');
    const second = await post(server, '{ spend(requests: 1, cacheHits: 1) }');
    expect(second.extensions).toEqual({ poweroffice: { requests: 1, cacheHits: 1 } });
  });

  it('is absent when disabled', async () => {
    const body = await post(build(), '{ spend(requests: 3, cacheHits: 2) }');
    expect(body.extensions).toBeUndefined();
  });
});

describe('GraphiQL page and assets', () => {
  it('serves GraphiQL to a browser with only same-origin asset URLs', async () => {
    const res = await build().yoga.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphiql/assets/yoga-graphiql.umd.js');
    expect(html).toContain('/graphiql/assets/graphiql.css');
    expect(html).toContain('customers(first: 3');
    // Every src/href on the page is a path on this server (or a data: URL).
    const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(\/|data:)/);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./);
  });

  it('serves the bundle files from node_modules', async () => {
    const server = build();
    for (const [path, type] of [
      ['yoga-graphiql.umd.js', 'text/javascript'],
      ['graphiql.css', 'text/css'],
      ['monacoeditorwork/graphql.worker..bundle.js', 'text/javascript'],
    ] as const) {
      const res = await server.yoga.fetch(`http://localhost/graphiql/assets/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('serves nothing outside its allow-list', async () => {
    const server = build();
    for (const path of ['../package.json', '..%2Fpackage.json', 'nope.js', '']) {
      const res = await server.yoga.fetch(`http://localhost/graphiql/assets/${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('redirects the bare origin to GraphiQL', async () => {
    const res = await build().yoga.fetch('http://localhost/', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphql');
  });
});

describe('close', () => {
  it('stops a listening server and lets an in-flight request finish', async () => {
    const server = build();
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const res = await fetch(`http://127.0.0.1:${address.port}/healthz`);
    expect(res.status).toBe(200);
    await server.close();
    expect(server.httpServer.listening).toBe(false);
    await expect(fetch(`http://127.0.0.1:${address.port}/healthz`)).rejects.toThrow();
  });

  it('drains: an operation in flight when close starts still gets its answer', async () => {
    slowEntered = deferred();
    slowRelease = deferred();
    const server = build();
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = server.httpServer.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow }' }),
    });
    await slowEntered.promise;
    const closed = server.close();
    // No new connections once closing has begun...
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    // ...but the running operation completes and close waits for it.
    slowRelease.resolve();
    const res = await inFlight;
    expect(await res.json()).toEqual({ data: { slow: 'finished' } });
    await closed;
    expect(server.httpServer.listening).toBe(false);
  });
});
