import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import { startEmulator } from '../src/emulator/index.js';
import { createClient } from '../src/poweroffice/client.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { createServer } from '../src/server.js';
import { type GqlResponse, type Harness, startHarness } from './graph-harness.js';

// The operation response cache (src/plugins/response-cache.ts), through the real server over
// loopback against the emulator: what a hit costs upstream, what invalidates it, who shares it.

const QUERY = /* GraphQL */ `
  query Point($code: Long!) {
    customer(code: $code) { name invoices(first: 3) { nodes { invoiceNo } } }
  }
`;

type Point = { customer: { name: string; invoices: { nodes: unknown[] } } };

/**
 * `n` identical queries for `code` sent at once while every upstream call takes `latencyMs`,
 * and `meanwhile` run while they are in flight; latency back to 0 afterwards.
 */
async function together(
  h: Harness,
  n: number,
  latencyMs: number,
  code: number,
  meanwhile?: () => Promise<void>,
): Promise<GqlResponse<Point>[]> {
  h.emulator.configure({ latency: { fixedMs: latencyMs, jitterMs: 0 } });
  try {
    const running = Array.from({ length: n }, () => h.gql<Point>(QUERY, { code }));
    await meanwhile?.();
    return await Promise.all(running);
  } finally {
    h.emulator.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
  }
}

describe('operation cache', () => {
  let h: Harness;
  let code: number;
  beforeAll(async () => {
    h = await startHarness({
      env: { POWEROFFICE_REPLICA_LAG_MS: '300', POWEROFFICE_RETRY_ATTEMPTS: '1' },
    });
    code = h.emulator.rows('Customer')[0]?.code as number;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers a repeated query with no upstream call and reports requests: 0', async () => {
    h.client.clearCache();
    h.emulator.reset();
    const cold = await h.gql<Point>(QUERY, { code });
    expect(cold.errors).toBeUndefined();
    expect(cold.extensions?.poweroffice?.requests).toBe(2);
    const getHits = h.client.stats().cacheHits;

    h.emulator.reset();
    const warm = await h.gql<Point>(QUERY, { code });
    expect(warm.data).toEqual(cold.data);
    expect(warm.extensions?.poweroffice).toEqual({ requests: 0, cacheHits: 2 });
    expect(h.upstream()).toHaveLength(0);
    // Not even the GET cache was asked: execution did not run.
    expect(h.client.stats().cacheHits).toBe(getHits);
    // Other variables are another entry.
    const other = h.emulator.rows('Customer')[1]?.code as number;
    expect((await h.gql<Point>(QUERY, { code: other })).extensions?.poweroffice?.requests).toBe(2);
  });

  it('a mutation of a resource the query read invalidates it; reads in the lag window are not kept', async () => {
    h.client.clearCache();
    await h.gql<Point>(QUERY, { code });
    const id = (await h.gql<{ customer: { id: string } }>(`{ customer(code: ${code}) { id } }`))
      .data?.customer.id;
    const updated = await h.gql<{ updateCustomer: { __typename: string } }>(
      /* GraphQL */ `
        mutation ($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) { __typename }
        }
      `,
      { input: { id, data: { name: 'Endret Via Cache Test AS' } } },
    );
    expect(updated.data?.updateCustomer.__typename).toBe('UpdateCustomerPayload');

    // Inside the 300 ms lag window: answered (read-your-writes), never from or into the cache.
    h.emulator.reset();
    const first = await h.gql<Point>(QUERY, { code });
    expect(first.data?.customer.name).toBe('Endret Via Cache Test AS');
    const second = await h.gql<Point>(QUERY, { code });
    expect(second.extensions?.poweroffice?.requests).toBeGreaterThan(0);

    // After the window: one more execution fills the cache, the next is a hit.
    await new Promise((r) => setTimeout(r, 350));
    h.emulator.reset();
    const refill = await h.gql<Point>(QUERY, { code });
    expect(refill.extensions?.poweroffice?.requests).toBeGreaterThan(0);
    const hit = await h.gql<Point>(QUERY, { code });
    expect(hit.extensions?.poweroffice?.requests).toBe(0);
    expect(hit.data?.customer.name).toBe('Endret Via Cache Test AS');
  });

  it('identical queries in flight execute once; the others wait for its answer', async () => {
    h.client.clearCache();
    h.emulator.reset();
    const before = h.client.stats();
    const answers = await together(h, 8, 30, code);
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(h.upstream()).toHaveLength(2);
    // One execution: two GETs, none shared in flight or answered by the GET cache.
    const after = h.client.stats();
    expect(after.inflightShares - before.inflightShares).toBe(0);
    expect(after.cacheHits - before.cacheHits).toBe(0);
    expect(answers.filter((a) => a.extensions?.poweroffice?.requests === 0)).toHaveLength(7);
  });

  it('does not cache a result with errors', async () => {
    h.client.clearCache();
    h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0, methods: ['GET'] } });
    let failed: GqlResponse<Point>;
    try {
      failed = await h.gql<Point>(QUERY, { code });
    } finally {
      h.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
    }
    expect(failed.errors?.length).toBeGreaterThan(0);
    h.emulator.reset();
    const again = await h.gql<Point>(QUERY, { code });
    expect(again.errors).toBeUndefined();
    expect(h.upstream().length).toBeGreaterThan(0);
  });
});

describe('operation cache: an answer too old to store still goes to those who waited', () => {
  let h: Harness;
  beforeAll(async () => {
    // A TTL shorter than one execution: every answer is too old to store when it is done.
    h = await startHarness({ env: { POWEROFFICE_CACHE_TTL_MS: '150' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('identical queries in flight execute once, though the answer is not stored', async () => {
    const code = h.emulator.rows('Customer')[2]?.code as number;
    h.client.clearCache();
    h.emulator.reset();
    const answers = await together(h, 8, 200, code);
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    // One execution's two GETs, not one execution per waiter once the first is done.
    expect(h.upstream()).toHaveLength(2);
    expect(answers.filter((a) => a.extensions?.poweroffice?.requests === 0)).toHaveLength(7);
    // Nothing was stored: once the GET cache's entries are gone too, it executes in full again.
    await new Promise((r) => setTimeout(r, 200));
    h.emulator.reset();
    const again = await h.gql<Point>(QUERY, { code });
    expect(again.extensions?.poweroffice?.requests).toBe(2);
  });

  it('a write during the execution sends the waiters to execute themselves', async () => {
    const [first, second] = h.emulator.rows('Customer') as Array<{ code: number; id: number }>;
    h.emulator.reset();
    h.client.clearCache();
    // While they run (two GETs of 150 ms), another customer is written through the same
    // client (one POST, done before the second GET): the answer in flight may predate it.
    const answers = await together(h, 4, 150, first?.code as number, async () => {
      await new Promise((r) => setTimeout(r, 20));
      await h.client.save(CustomerResource, { ...second, name: 'Skrevet Under Kjøring AS' });
    });
    for (const a of answers) expect(a.errors).toBeUndefined();
    // The waiters did not take the first answer: they executed (sharing their GETs in flight),
    // so the customer was read upstream again after the write.
    const customerReads = h
      .upstream()
      .filter((r) => r.method === 'GET' && r.resource === 'Customer');
    expect(customerReads).toHaveLength(2);
  });
});

describe('operation cache and client identity', () => {
  const keys = ['a'.repeat(40), 'b'.repeat(40)];
  let stop: () => Promise<void>;
  let url: string;
  let stats: () => { cacheHits: number };

  beforeAll(async () => {
    const emulator = await startEmulator({ port: 0, scale: 'tiny' });
    const client = createClient(
      withSandbox(loadConfig({ POWEROFFICE_CACHE_TTL_MS: '60000' }), emulator).powerOffice,
    );
    const server = createServer({
      client,
      config: { exposeCost: true, apiKeys: keys },
      logger: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = server.httpServer.address() as AddressInfo;
    url = `http://127.0.0.1:${port}/graphql`;
    stats = () => client.stats();
    stop = async () => {
      await server.close(100);
      await client.close();
      await emulator.stop();
    };
  });
  afterAll(async () => {
    await stop?.();
  });

  const ask = async (key: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ customers(first: 2) { nodes { name } } }' }),
    });
    return (await res.json()) as GqlResponse<unknown>;
  };

  it('a hit answers as Yoga would: status, content type and body, for each Accept', async () => {
    const key = keys[0] as string;
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      const send = () =>
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${key}`,
            ...(accept ? { accept } : {}),
          },
          body: JSON.stringify({ query: `{ customers(first: 1) { nodes { name } } }` }),
        });
      const miss = await send();
      const missBody = (await miss.json()) as GqlResponse<unknown>;
      const hit = await send();
      const hitBody = (await hit.json()) as GqlResponse<unknown>;
      expect(hit.status).toBe(miss.status);
      expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));
      expect(hitBody.data).toEqual(missBody.data);
      expect(hitBody.extensions?.poweroffice?.requests).toBe(0);
    }
    // Without the key: refused, whatever is cached.
    const anon = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ customers(first: 1) { nodes { name } } }` }),
    });
    expect(anon.status).toBe(401);
  });

  it('different API keys do not share entries (the GET cache is still shared)', async () => {
    const [a, b] = keys as [string, string];
    expect((await ask(a)).extensions?.poweroffice?.requests).toBe(1);
    const before = stats().cacheHits;
    // Same document, another key: executed again, answered by the shared GET cache.
    const other = await ask(b);
    expect(other.extensions?.poweroffice).toEqual({ requests: 0, cacheHits: 1 });
    expect(stats().cacheHits).toBe(before + 1);
    // Each key's repeat is its own hit: nothing executes, the GET cache is not asked.
    await ask(a);
    await ask(b);
    expect(stats().cacheHits).toBe(before + 1);
  });
});
