import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, type RecordedRequest, startEmulator } from '../src/emulator/index.js';
import { DEFAULT_GRAPHIQL_QUERY } from '../src/graphiql/default-query.js';
import { createMetrics, type Metrics } from '../src/metrics.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer, type ServerConfig } from '../src/server.js';
import { fastPathSince } from './graph-harness.js';

// /metrics through the real server over loopback, the real client and the emulator: every
// upstream counter must move by exactly what the emulator saw.

/** One sample of the text format: `name{label="value",…} number`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m?.[1] || m[3] === undefined) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[l[1] as string] = l[2] as string;
    }
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** Sum of the samples of `name` whose labels include `where`. */
function total(samples: Sample[], name: string, where: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/** Per label value of `label`, the sum of `name` (e.g. upstream requests by resource). */
function byLabel(samples: Sample[], name: string, label: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of samples) {
    const key = s.labels[label];
    if (s.name !== name || key === undefined) continue;
    out[key] = (out[key] ?? 0) + s.value;
  }
  return out;
}

/** `after - before`, per key, dropping zeros. */
function diff(after: Record<string, number>, before: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after))
    if (v - (before[k] ?? 0) !== 0) out[k] = v - (before[k] ?? 0);
  return out;
}

/** The emulator's API requests per first path segment (what the client labels `resource`). */
function upstreamByResource(requests: readonly RecordedRequest[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) {
    if (r.kind === 'token') continue;
    const resource = r.path.replace(/^\/+/, '').split('/')[0] ?? '';
    out[resource] = (out[resource] ?? 0) + 1;
  }
  return out;
}

interface Stack {
  emulator: EmulatorHandle;
  client: PowerOfficeClient;
  server: AppServer;
  metrics: Metrics;
  origin: string;
  gql(query: string, headers?: Record<string, string>): Promise<{ errors?: unknown[] }>;
  scrape(headers?: Record<string, string>): Promise<Sample[]>;
  close(): Promise<void>;
}

async function startStack(
  config: Partial<ServerConfig> = {},
  metrics: Metrics = createMetrics(),
  emulator?: EmulatorHandle,
): Promise<Stack> {
  const emu = emulator ?? (await startEmulator({ port: 0, scale: 'tiny' }));
  const client = createClient(
    withSandbox(
      loadConfig({ POWEROFFICE_CACHE_TTL_MS: '60000', POWEROFFICE_MAX_RETRY_AFTER_S: '0' }),
      emu,
    ).powerOffice,
    { observer: metrics.observer },
  );
  const server = createServer({
    client,
    config: { exposeCost: false, ...config },
    logger: pino({ level: 'silent' }),
    metrics,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return {
    emulator: emu,
    client,
    server,
    metrics,
    origin,
    async gql(query, headers = {}) {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { errors?: unknown[] };
    },
    async scrape(headers = {}) {
      const res = await fetch(`${origin}/metrics`, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return parseMetrics(await res.text());
    },
    async close() {
      await server.close(100);
      await client.close();
      if (!emulator) await emu.stop();
    },
  };
}

const NESTED = DEFAULT_GRAPHIQL_QUERY; // query CustomersWithInvoices: five levels of the graph

describe('/metrics against the emulator', () => {
  let s: Stack;
  beforeAll(async () => {
    // The GET cache's counters: a repeated operation must reach it, not the operation cache.
    s = await startStack({ responseCache: false });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(() => {
    s.emulator.configure({ latency: { fixedMs: 0, jitterMs: 0 }, rateLimit: false });
    s.client.clearCache();
  });

  it('upstream, token, cache and limiter counters move by exactly what the emulator saw', async () => {
    s.emulator.reset();
    const before = await s.scrape();
    const cold = await s.gql(NESTED);
    expect(cold.errors).toBeUndefined();
    const mid = await s.scrape();
    const seen = s.emulator.requests();
    const api = seen.filter((r) => r.kind !== 'token');
    const tokens = seen.length - api.length;
    expect(api.length).toBeGreaterThanOrEqual(5);

    const upstream = 'poweroffice_upstream_requests_total';
    expect(diff(byLabel(mid, upstream, 'resource'), byLabel(before, upstream, 'resource'))).toEqual(
      upstreamByResource(seen),
    );
    expect(diff(byLabel(mid, upstream, 'status'), byLabel(before, upstream, 'status'))).toEqual({
      200: api.length,
    });
    expect(
      total(mid, 'poweroffice_token_fetches_total') -
        total(before, 'poweroffice_token_fetches_total'),
    ).toBe(tokens);
    // Every API and token request took a limiter slot, and each is observed once.
    expect(
      total(mid, 'poweroffice_limiter_wait_seconds_count') -
        total(before, 'poweroffice_limiter_wait_seconds_count'),
    ).toBe(seen.length);
    expect(
      total(mid, 'poweroffice_cache_misses_total') -
        total(before, 'poweroffice_cache_misses_total'),
    ).toBe(api.length);
    expect(
      total(mid, 'poweroffice_upstream_request_duration_seconds_count') -
        total(before, 'poweroffice_upstream_request_duration_seconds_count'),
    ).toBe(api.length);

    // The same operation again: all from the cross-request cache, nothing upstream.
    s.emulator.reset();
    expect((await s.gql(NESTED)).errors).toBeUndefined();
    const after = await s.scrape();
    expect(s.emulator.requests()).toHaveLength(0);
    expect(total(after, upstream)).toBe(total(mid, upstream));
    expect(
      diff(
        byLabel(after, 'poweroffice_cache_hits_total', 'resource'),
        byLabel(mid, 'poweroffice_cache_hits_total', 'resource'),
      ),
    ).toEqual(upstreamByResource(seen));

    const op = { operation: 'CustomersWithInvoices', outcome: 'ok' };
    expect(
      total(after, 'graphql_operations_total', op) - total(before, 'graphql_operations_total', op),
    ).toBe(2);
    expect(
      total(after, 'graphql_operation_duration_seconds_count', op) -
        total(before, 'graphql_operation_duration_seconds_count', op),
    ).toBe(2);
  });

  it('counts GETs that joined an identical request in flight', async () => {
    // Slow enough that the second operation's GETs find the first one's still in flight.
    s.emulator.configure({ latency: { fixedMs: 60, jitterMs: 0 } });
    s.emulator.reset();
    const before = await s.scrape();
    const results = await Promise.all([s.gql(NESTED), s.gql(NESTED)]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const after = await s.scrape();
    const api = s.emulator.requests().filter((r) => r.kind !== 'token');
    const d = (name: string) => total(after, name) - total(before, name);
    expect(d('poweroffice_upstream_requests_total')).toBe(api.length);
    expect(d('poweroffice_cache_misses_total')).toBe(api.length);
    expect(d('poweroffice_inflight_shared_total')).toBeGreaterThan(0);
    // The second operation asked for exactly what the first did: each of its GETs was shared
    // or (when the first's answer had landed already) a cache hit.
    expect(d('poweroffice_inflight_shared_total') + d('poweroffice_cache_hits_total')).toBe(
      api.length,
    );
  });

  it('labels anonymous, refused and failing operations', async () => {
    const before = await s.scrape();
    expect((await s.gql('{ customers(first: 1) { nodes { name } } }')).errors).toBeUndefined();
    // A syntax error, an unknown field and an operation over the cost limit: refused before
    // execution, nothing upstream.
    s.emulator.reset();
    expect((await s.gql('query Broken { customers(')).errors).toBeDefined();
    expect((await s.gql('query Invalid { noSuchField }')).errors).toBeDefined();
    const costly =
      'query Costly { customers(first: 100) { nodes { invoices(first: 100) { nodes { lines { product { name } } } } } } }';
    const refusedCostly = (await s.gql(costly)) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(refusedCostly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(s.emulator.requests()).toHaveLength(0);
    // A resolver error: a page larger than the schema allows.
    expect(
      (await s.gql('query TooBig { customers(first: 1000) { nodes { name } } }')).errors,
    ).toBeDefined();
    const after = await s.scrape();
    const d = (operation: string, outcome: string) =>
      total(after, 'graphql_operations_total', { operation, outcome }) -
      total(before, 'graphql_operations_total', { operation, outcome });
    expect(d('anonymous', 'ok')).toBe(1);
    expect(d('Broken', 'refused')).toBe(0); // the name of an unparsable document is unknown
    expect(d('anonymous', 'refused')).toBe(1);
    expect(d('Invalid', 'refused')).toBe(1);
    expect(d('Costly', 'refused')).toBe(1);
    expect(d('TooBig', 'error')).toBe(1);
  });

  it('counts operations the fast path answers or hands to Yoga once each, with their latency', async () => {
    const query = 'query FastCounted { customers(first: 2) { nodes { name } } }';
    // The first run admits the operation, the second compiles it: the next ones are fast.
    for (let run = 0; run < 2; run += 1) expect((await s.gql(query)).errors).toBeUndefined();
    const fast = fastPathSince(s.server);
    const before = await s.scrape();
    for (let run = 0; run < 3; run += 1) expect((await s.gql(query)).errors).toBeUndefined();
    // A run that fails upstream: run on the fast path, masked and counted by Yoga.
    s.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0 } });
    try {
      s.client.clearCache();
      expect((await s.gql(query)).errors).toBeDefined();
    } finally {
      s.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
    }
    const after = await s.scrape();
    expect(fastPathSince(s.server, fast)).toEqual({ served: 3, handedOver: 1 });
    const d = (name: string, outcome: string) =>
      total(after, name, { operation: 'FastCounted', outcome }) -
      total(before, name, { operation: 'FastCounted', outcome });
    expect(d('graphql_operations_total', 'ok')).toBe(3);
    expect(d('graphql_operations_total', 'error')).toBe(1);
    expect(d('graphql_operation_duration_seconds_count', 'ok')).toBe(3);
    expect(d('graphql_operation_duration_seconds_count', 'error')).toBe(1);
    expect(d('graphql_operation_duration_seconds_sum', 'ok')).toBeGreaterThan(0);
  });

  it('exposes the default process metrics', async () => {
    const samples = await s.scrape();
    expect(total(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(samples.some((x) => x.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  });
});

describe('/metrics label bounds and protection', () => {
  let emulator: EmulatorHandle;
  const stacks: Stack[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, scale: 'tiny' });
  });
  afterAll(async () => {
    for (const st of stacks) await st.close();
    await emulator?.stop();
  });

  it('counts 429s by resource, and the operation that failed on one as an error', async () => {
    // Its own stack: the client's limiter stays paused for the Retry-After the 429s asked for.
    const s = await startStack();
    stacks.push(s);
    await s.client.checkAuth(); // the token first, so the bucket below meets API calls only
    s.emulator.configure({ rateLimit: { perSecond: 0.1, burst: 1 } });
    s.emulator.reset();
    const before = await s.scrape();
    const result = await s.gql(NESTED);
    expect(result.errors).toBeDefined();
    const after = await s.scrape();
    const throttled = s.emulator.requests().filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    const d = (name: string, where: Record<string, string> = {}) =>
      total(after, name, where) - total(before, name, where);
    expect(d('poweroffice_upstream_throttled_total')).toBe(throttled.length);
    expect(d('poweroffice_upstream_requests_total', { status: '429' })).toBe(throttled.length);
    expect(
      d('graphql_operations_total', { operation: 'CustomersWithInvoices', outcome: 'error' }),
    ).toBe(1);
  });

  it('reports heavy queries running, waiting, and how many waited', async () => {
    // Its own stack and emulator: one heavy query at a time, upstream slowed down.
    const s = await startStack({ maxHeavyOperations: 1, responseCache: false });
    stacks.push(s);
    s.emulator.configure({ latency: { fixedMs: 100, jitterMs: 0 } });
    // Estimated at 1 list + 15 invoice GETs: heavy.
    const heavy = (name: string) =>
      `query ${name} { outgoingInvoices(first: 15) { nodes { invoiceNo lines { description } } } }`;
    const first = s.gql(heavy('First'));
    const gate = s.server.heavyOperations;
    if (!gate) throw new Error('the gate is on with a bound of one');
    while (gate.running === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = s.gql(heavy('Second'));
    while (gate.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const during = await s.scrape();
    expect(total(during, 'graphql_heavy_operations_running')).toBe(1);
    expect(total(during, 'graphql_heavy_operations_waiting')).toBe(1);
    expect(total(during, 'graphql_heavy_operations_waited_total')).toBe(1);
    const answers = await Promise.all([first, second]);
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    const after = await s.scrape();
    expect(total(after, 'graphql_heavy_operations_running')).toBe(0);
    expect(total(after, 'graphql_heavy_operations_waiting')).toBe(0);
    expect(total(after, 'graphql_heavy_operations_waited_total')).toBe(1);
  });

  it('caps distinct operation names, later names count as `other`', async () => {
    const st = await startStack(
      {},
      createMetrics({ maxOperationNames: 2, processMetrics: false }),
      emulator,
    );
    stacks.push(st);
    for (const name of ['One', 'Two', 'Three', 'Four', 'One']) {
      expect((await st.gql(`query ${name} { __typename }`)).errors).toBeUndefined();
    }
    const samples = await st.scrape();
    expect(byLabel(samples, 'graphql_operations_total', 'operation')).toEqual({
      One: 2,
      Two: 1,
      other: 2,
    });
  });

  const apiKey = 'k'.repeat(40);
  const metricsToken = 'm'.repeat(40);
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

  it('with client API keys: /metrics needs one of them; refused requests are counted', async () => {
    const st = await startStack({ apiKeys: [apiKey] }, createMetrics(), emulator);
    stacks.push(st);
    expect((await fetch(`${st.origin}/metrics`)).status).toBe(401);
    expect((await fetch(`${st.origin}/metrics`, { headers: bearer('x'.repeat(40)) })).status).toBe(
      401,
    );
    expect((await st.gql('{ __typename }')).errors).toBeDefined(); // no key: 401 from client auth
    expect((await st.gql('query Q { __typename }', bearer(apiKey))).errors).toBeUndefined();
    const samples = await st.scrape(bearer(apiKey));
    expect(
      total(samples, 'graphql_operations_total', { operation: 'unknown', outcome: 'refused' }),
    ).toBe(1);
    expect(total(samples, 'graphql_operations_total', { operation: 'Q', outcome: 'ok' })).toBe(1);
  });

  it('with METRICS_TOKEN: only that token, not the client keys; no secret in the output', async () => {
    const st = await startStack({ apiKeys: [apiKey], metricsToken }, createMetrics(), emulator);
    stacks.push(st);
    expect((await fetch(`${st.origin}/metrics`, { headers: bearer(apiKey) })).status).toBe(401);
    expect(
      (await st.gql('{ customers(first: 1) { nodes { name } } }', bearer(apiKey))).errors,
    ).toBeUndefined();
    const res = await fetch(`${st.origin}/metrics`, { headers: bearer(metricsToken) });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('poweroffice_upstream_requests_total{resource="Customer",status="200"}');
    for (const secret of [
      apiKey,
      metricsToken,
      emulator.keys.applicationKey,
      emulator.keys.clientKey,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('METRICS_TOKEN configuration', () => {
  it('is read as a secret: too short or with spaces is refused without echoing it', () => {
    const good = 'g'.repeat(32);
    expect(loadConfig({ METRICS_TOKEN: good }).metricsToken).toBe(good);
    expect(loadConfig({}).metricsToken).toBeUndefined();
    for (const bad of ['short-secret-value', `${'s'.repeat(20)} ${'s'.repeat(20)}`]) {
      let error: unknown;
      try {
        loadConfig({ METRICS_TOKEN: bad });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('METRICS_TOKEN');
      expect((error as ConfigError).message).not.toContain(bad);
    }
  });
});
