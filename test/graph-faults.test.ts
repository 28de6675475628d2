import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { MemorySessionStore } from '../src/poweroffice/sessions/memory.js';
import type { StoredToken } from '../src/poweroffice/sessions/store.js';
import { type GqlResponse, type Harness, startHarness } from './graph-harness.js';

// Upstream faults in the middle of a nested query: the customers come from the client's cache,
// the invoice level fails. The failure surfaces as a typed error on each affected field, the
// rest of the data stays, and nothing secret reaches the response.

const SEED = { scale: { customers: 12, invoicesPerCustomer: 2, products: 5 }, seed: 5 } as const;

const CUSTOMERS = '{ customers(first: 5) { nodes { code name } } }';
const NESTED = /* GraphQL */ `
  {
    customers(first: 5) {
      nodes {
        code
        name
        invoices { totalCount nodes { invoiceNo } }
      }
    }
  }
`;

interface Data {
  customers: {
    nodes: {
      code: number;
      name: string;
      invoices: { totalCount: number; nodes: { invoiceNo: number }[] } | null;
    }[];
  };
}

/** Session store that hands out a damaged token once `damaged` is set. */
class DamagingStore extends MemorySessionStore {
  damaged = false;
  override async refresh(
    key: string,
    recheck: () => Promise<StoredToken | null>,
    fetch: () => Promise<StoredToken>,
  ): Promise<StoredToken> {
    const t = await super.refresh(key, recheck, fetch);
    return this.damaged ? { ...t, accessToken: `${t.accessToken}x` } : t;
  }
}

let h: Harness;
let store: DamagingStore;

beforeEach(async () => {
  store = new DamagingStore();
  h = await startHarness({
    emulator: SEED,
    sessionStore: store,
    env: {
      POWEROFFICE_RETRY_ATTEMPTS: '0',
      POWEROFFICE_MAX_RETRY_AFTER_S: '0',
      POWEROFFICE_TIMEOUT_MS: '400',
    },
  });
  // Cache the customer page, so that the faults below hit the invoice level only.
  const warm = await h.gql(CUSTOMERS);
  expect(warm.errors).toBeUndefined();
});
afterEach(async () => {
  await h.close();
});

function expectPartial(res: GqlResponse<Data>, code: string, secrets: string[]) {
  const data = res.data as Data;
  expect(data.customers.nodes).toHaveLength(5);
  for (const c of data.customers.nodes) {
    expect(c.name).toEqual(expect.any(String));
    expect(c.invoices).toBeNull();
  }
  expect(res.errors).toHaveLength(5);
  for (const [i, e] of (res.errors ?? []).entries()) {
    expect(e.extensions?.code).toBe(code);
    expect(e.path).toEqual(['customers', 'nodes', i, 'invoices']);
  }
  const text = JSON.stringify(res);
  for (const s of [...secrets, 'Bearer', 'eyJ', 'summary', 'validation', 'stack']) {
    expect(text).not.toContain(s);
  }
}

describe('upstream faults on a root field', () => {
  it('a failing root list is null with its error; the other root fields keep their data', async () => {
    // Customers are cached; products are not and hit the fault.
    h.emulator.configure({ faults: { rate: 1, kinds: ['503'], hangMs: 0 } });
    const res = await h.gql<{ customers: { nodes: unknown[] }; products: null }>(
      '{ customers(first: 5) { nodes { code name } } products(first: 5) { totalCount } }',
    );
    expect(res.data?.customers.nodes).toHaveLength(5);
    expect(res.data?.products).toBeNull();
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['products'], 'UPSTREAM_UNAVAILABLE'],
    ]);
  });
});

describe('upstream faults on a nested level', () => {
  it('5xx → UPSTREAM_UNAVAILABLE on the invoice fields, customers intact', async () => {
    h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0 } });
    const res = await h.gql<Data>(NESTED);
    expectPartial(res, 'UPSTREAM_UNAVAILABLE', [
      h.emulator.keys.clientKey,
      h.emulator.keys.applicationKey,
    ]);
  });

  it('429 → RATE_LIMITED with retryAfter, customers intact', async () => {
    h.emulator.configure({ rateLimit: { perSecond: 0.01, burst: 1 } });
    h.emulator.reset();
    // Spend the only token of the bucket on a call the cache cannot answer.
    await h.gql('{ vatCodes(first: 1) { totalCount } }');
    const res = await h.gql<Data>(NESTED);
    expectPartial(res, 'RATE_LIMITED', [h.emulator.keys.clientKey]);
    expect(res.errors?.[0]?.extensions?.retryAfter).toEqual(expect.any(Number));
  });

  it('a hanging upstream → TIMEOUT, customers intact', async () => {
    h.emulator.configure({ faults: { rate: 1, kinds: ['hang'], hangMs: 2000 } });
    const res = await h.gql<Data>(NESTED);
    expectPartial(res, 'TIMEOUT', [h.emulator.keys.clientKey]);
  });

  it('401 mid-query (token revoked, new token refused) → UNAUTHORIZED, customers intact', async () => {
    // Restart the emulator on the same port: its signing key changes, so the client's token is
    // now refused; the replacement token is damaged by the store, so the retry is refused too.
    const port = Number(new URL(h.emulator.url).port);
    await h.emulator.stop();
    let second: EmulatorHandle | undefined;
    try {
      second = await startEmulator({ ...SEED, port });
      store.damaged = true;
      const res = await h.gql<Data>(NESTED);
      expectPartial(res, 'UNAUTHORIZED', [second.keys.clientKey]);
      const invoiceCalls = second.requests().filter((r) => r.resource === 'OutgoingInvoice');
      expect(invoiceCalls.map((r) => r.status)).toEqual([401, 401]);
    } finally {
      await second?.stop();
    }
  });
});
