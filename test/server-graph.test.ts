import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { DEFAULT_GRAPHIQL_QUERY } from '../src/graphiql/default-query.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer } from '../src/server.js';

// The real schema, context and client against an in-process emulator, through yoga.fetch.

interface Line {
  description: string | null;
  product: { code: string; name: string; group: { name: string } | null } | null;
}
interface DefaultQueryResult {
  data?: {
    customers: {
      totalCount: number;
      nodes: Array<{
        code: number;
        name: string;
        invoices: { nodes: Array<{ invoiceNo: number | null; lines: Line[] | null }> } | null;
      }>;
    };
  };
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: { poweroffice?: { requests: number; cacheHits: number } };
}

let emulator: EmulatorHandle;
let client: PowerOfficeClient;
let server: AppServer;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'demo' });
  const config = withSandbox(loadConfig({}), emulator);
  client = createClient(config.powerOffice);
  server = createServer({ client, config, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.close();
  await client?.close();
  await emulator?.stop();
});

beforeEach(() => {
  emulator.configure({ faults: { rate: 0, kinds: ['503'], hangMs: 0 } });
});

async function run(query: string, variables?: Record<string, unknown>) {
  const res = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as DefaultQueryResult;
}

/** API calls the emulator answered (token requests are not part of an operation's cost). */
const apiCalls = () => emulator.requests().filter((r) => r.kind !== 'token').length;

describe('the GraphiQL default query on seeded data', () => {
  it('walks customer → invoices → lines → product → group', async () => {
    const body = await run(DEFAULT_GRAPHIQL_QUERY);
    expect(body.errors).toBeUndefined();
    const customers = body.data?.customers.nodes ?? [];
    expect(customers).toHaveLength(3);
    expect(body.data?.customers.totalCount).toBeGreaterThan(3);
    const lines = customers.flatMap((c) => c.invoices?.nodes ?? []).flatMap((i) => i.lines ?? []);
    expect(lines.length).toBeGreaterThan(0);
    const withProduct = lines.filter((l) => l.product !== null);
    expect(withProduct.length).toBeGreaterThan(0);
    expect(withProduct.some((l) => l.product?.group?.name)).toBe(true);
  });
});

describe('extensions.poweroffice', () => {
  it("equals the emulator's request log for that operation", async () => {
    // A query no other test runs, so nothing of it is in the client's cache yet.
    const query = /* GraphQL */ `
      {
        customers(first: 4, orderBy: [{ field: NAME, direction: DESC }]) {
          nodes { name invoices(first: 1) { nodes { invoiceNo lines { product { name } } } } }
        }
      }
    `;
    // Obtain the token first, so the count below is only this operation's API calls.
    await client.checkAuth();
    emulator.reset();
    const first = await run(query);
    expect(first.errors).toBeUndefined();
    const cost = first.extensions?.poweroffice;
    expect(cost?.requests).toBe(apiCalls());
    expect(cost?.requests).toBeGreaterThan(0);

    // The same operation again is served from the client's cross-request cache.
    emulator.reset();
    const second = await run(query);
    expect(second.extensions?.poweroffice?.requests).toBe(apiCalls());
    expect(second.extensions?.poweroffice?.cacheHits).toBeGreaterThan(0);
    expect(second.data).toEqual(first.data);
  });
});

describe('upstream failures in GraphQL responses', () => {
  it('carry the client error code, not the upstream body', async () => {
    emulator.configure({ faults: { rate: 1, kinds: ['503'], hangMs: 0 } });
    const body = await run(
      '{ products(first: 2, orderBy: [{ field: NAME, direction: DESC }]) { nodes { name } } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(body.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    expect(JSON.stringify(body)).not.toContain(emulator.keys.clientKey);
  });
});
