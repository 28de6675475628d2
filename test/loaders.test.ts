import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { mapBounded, Semaphore } from '../src/loaders/batch-results.js';
import { createLoaders } from '../src/loaders/index.js';
import type { PowerOfficeClient } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { costOf, gid, useHarness } from './graph-harness.js';

// The per-request loaders against the emulator: batches, key order, null and Error slots,
// priming from lists, deduplicated and bounded invoice details, and no sharing across requests.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { scale: { customers: 40, invoicesPerCustomer: 2, products: 10 }, seed: 9 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const tracker = () => ({ requests: 0, cacheHits: 0 });

/** The harness's client with one method replaced; `wrap` gets the real one, bound. */
function clientWith<M extends 'list' | 'get'>(
  method: M,
  wrap: (real: PowerOfficeClient[M]) => PowerOfficeClient[M],
): PowerOfficeClient {
  const replaced = wrap(h.client[method].bind(h.client) as PowerOfficeClient[M]);
  return new Proxy(h.client, {
    get: (target, prop, receiver) =>
      prop === method ? replaced : Reflect.get(target, prop, receiver),
  });
}

describe('createLoaders', () => {
  it('answers by-key loads in key order, null for unknown keys, in one request', async () => {
    const loaders = createLoaders(h.client, tracker());
    h.emulator.reset();
    const rows = await loaders
      .byKey(CustomerResource, 'code')
      .loadMany([10003, 99999, 10001, 10003]);
    expect(rows.map((r) => (r && !(r instanceof Error) ? r.code : r))).toEqual([
      10003,
      null,
      10001,
      10003,
    ]);
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1 });
    // A row fetched by code also answers by id, without another request.
    const byId = await loaders.byKey(CustomerResource, 'id').load(Number((rows[0] as Row).id));
    expect(byId).toBe(rows[0]);
    expect(h.upstream()).toHaveLength(1);
  });

  it('primes a by-key loader made after the rows came, and one made before', async () => {
    const loaders = createLoaders(h.client, tracker());
    const [a, b] = h.emulator.rows('Customer') as Row[];
    const byCode = loaders.byKey(CustomerResource, 'code');
    // The by-code loader exists; the by-id one is made only after both primes.
    loaders.prime(CustomerResource, [a as Row]);
    loaders.prime(CustomerResource, [{ ...(a as Row), name: 'later copy' }, b as Row]);
    h.emulator.reset();
    expect(await byCode.load(Number(a?.code))).toBe(a);
    const byId = loaders.byKey(CustomerResource, 'id');
    // The first row primed for a key answers it, as DataLoader's own priming would.
    expect(await byId.load(Number(a?.id))).toBe(a);
    expect(await byId.load(Number(b?.id))).toBe(b);
    expect(h.upstream()).toHaveLength(0);
  });

  it('reads a row again after an action on it, even when its by-id loader was not made yet', async () => {
    const loaders = createLoaders(h.client, tracker());
    const row = h.emulator.rows('Customer')[0] as Row;
    loaders.prime(CustomerResource, [{ ...row, name: 'stale' }]);
    loaders.afterAction(CustomerResource, Number(row.id));
    h.emulator.reset();
    const read = (await loaders.byKey(CustomerResource, 'id').load(Number(row.id))) as Row;
    expect(read.name).toBe(row.name);
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1 });
  });

  it('splits a batch into URL-sized chunks and still returns key order', async () => {
    const codes = h.emulator
      .rows('Customer')
      .map((r) => Number(r.code))
      .reverse();
    const loaders = createLoaders(h.client, tracker(), { maxUrlLength: 300 });
    h.emulator.reset();
    const rows = await loaders.byKey(CustomerResource, 'code').loadMany(codes);
    expect(rows.map((r) => (r as Row).code)).toEqual(codes);
    const lists = h.upstream();
    expect(lists.length).toBeGreaterThan(1);
    for (const r of lists) expect(r.path.length + r.query.length + 1).toBeLessThanOrEqual(300);
  });

  it('puts the error of a failed chunk on its keys only', async () => {
    // A client whose second list call fails: the other chunk's keys still resolve.
    let calls = 0;
    const flaky = clientWith('list', (list) => (...args) => {
      calls += 1;
      if (calls === 2) {
        return Promise.reject(new PowerOfficeError('UPSTREAM_UNAVAILABLE', 'down'));
      }
      return list(...args);
    });
    const codes = h.emulator.rows('Customer').map((r) => Number(r.code));
    const loaders = createLoaders(flaky, tracker(), { maxUrlLength: 300 });
    const rows = await loaders.byKey(CustomerResource, 'code').loadMany(codes);
    const failed = rows.filter((r) => r instanceof PowerOfficeError);
    const found = rows.filter((r) => r && !(r instanceof Error));
    expect(failed.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(0);
    expect(failed.length + found.length).toBe(codes.length);
  });

  it('puts the error of a batch of one chunk on each of its keys, by key and by relation', async () => {
    const down = clientWith(
      'list',
      () => () => Promise.reject(new PowerOfficeError('UPSTREAM_UNAVAILABLE', 'down')),
    );
    const codes = h.emulator
      .rows('Customer')
      .slice(0, 3)
      .map((r) => Number(r.code));
    const loaders = createLoaders(down, tracker());
    const byKey = await loaders.byKey(CustomerResource, 'code').loadMany(codes);
    const related = await loaders
      .related(OutgoingInvoiceResource, 'customerCode', {})
      .loadMany(codes);
    const pages = await loaders
      .relatedPage(OutgoingInvoiceResource, 'customerCode', { rowsPerParent: 2 })
      .loadMany([...codes, codes[0] as number]);
    const one = await loaders
      .relatedPage(OutgoingInvoiceResource, 'customerCode', { rowsPerParent: 1 })
      .load(codes[0] as number)
      .catch((e: unknown) => e);
    for (const r of [...byKey, ...related, ...pages, one]) {
      expect(r).toBeInstanceOf(PowerOfficeError);
    }
  });

  it('groups a reverse relation per key, one request for every parent', async () => {
    const loaders = createLoaders(h.client, tracker());
    const codes = [10001, 10002, 99999];
    h.emulator.reset();
    const groups = await Promise.all(
      codes.map((c) => loaders.related(OutgoingInvoiceResource, 'customerCode', {}).load(c)),
    );
    const invoices = h.emulator.rows('OutgoingInvoice');
    for (const [i, code] of codes.entries()) {
      expect(new Set(groups[i]?.map((g) => g.id))).toEqual(
        new Set(invoices.filter((r) => r.customerCode === code).map((r) => r.id)),
      );
    }
    expect(costOf(h.upstream())).toEqual({ 'OutgoingInvoice.list': 1 });
    // Different arguments are a different batch; the same arguments are memoised.
    const filtered = loaders.related(OutgoingInvoiceResource, 'customerCode', {
      filter: { op: 'eq', field: 'status', value: 3 },
    });
    await Promise.all([
      filtered.load(10001),
      loaders.related(OutgoingInvoiceResource, 'customerCode', {}).load(10001),
    ]);
    expect(costOf(h.upstream())).toEqual({ 'OutgoingInvoice.list': 2 });
  });

  it('pages a relation past the row cap of the list route', async () => {
    // PowerOffice caps /OutgoingInvoice/List at 10 000 rows; here the emulator and the loaders
    // both use a cap of 7, so the 12–14 invoices of 6 customers take two pages.
    h.emulator.configure({ maxRows: { OutgoingInvoice: 7 } });
    try {
      const loaders = createLoaders(h.client, tracker(), { maxRows: { OutgoingInvoice: 7 } });
      const codes = [10001, 10002, 10003, 10004, 10005, 10006];
      h.emulator.reset();
      const groups = await Promise.all(
        codes.map((c) => loaders.related(OutgoingInvoiceResource, 'customerCode', {}).load(c)),
      );
      const stored = h.emulator
        .rows('OutgoingInvoice')
        .filter((i) => codes.includes(i.customerCode as number));
      expect(stored.length).toBeGreaterThan(7);
      expect(stored.length).toBeLessThanOrEqual(14);
      expect(groups.flat()).toHaveLength(stored.length);
      const pages = h.upstream().map((r) => new URLSearchParams(r.query));
      expect(pages.map((q) => [q.get('$top'), q.get('$skip')])).toEqual([
        ['7', null],
        ['7', '7'],
      ]);
      expect(pages.every((q) => q.get('$orderby') === 'Id asc')).toBe(true);
    } finally {
      h.emulator.configure({ maxRows: {} });
    }
  });

  it('fetches invoice details one GET each, deduplicated, at most 8 at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting = clientWith('get', (get) => async (...args) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await get(...args);
      } finally {
        inFlight -= 1;
      }
    });
    const ids = h.emulator
      .rows('OutgoingInvoice')
      .slice(0, 30)
      .map((r) => String(r.id));
    const loaders = createLoaders(counting, tracker());
    h.emulator.reset();
    const wanted = [...ids.slice(0, 20), ids[0] as string, (ids[1] as string).toUpperCase()];
    const firstBatch = loaders.detail(OutgoingInvoiceResource).loadMany(wanted);
    // A second batch while the first is in flight: the bound covers both together.
    await new Promise((resolve) => setImmediate(resolve));
    const secondBatch = loaders.detail(OutgoingInvoiceResource).loadMany(ids.slice(20));
    const full = [...(await firstBatch), ...(await secondBatch)];
    expect(full.map((f) => (f as Row).id)).toEqual([
      ...ids.slice(0, 20),
      ids[0],
      ids[1],
      ...ids.slice(20),
    ]);
    expect(full.every((f) => Array.isArray((f as Row).outgoingInvoiceLines))).toBe(true);
    expect(costOf(h.upstream())).toEqual({ 'OutgoingInvoice.get': 30 });
    expect(peak).toBeLessThanOrEqual(8);
    expect(peak).toBeGreaterThan(1);
  });
});

describe('mapBounded', () => {
  it('answers in item order with an Error slot per failure, never more than the gate at once', async () => {
    const gate = new Semaphore(3);
    let inFlight = 0;
    let peak = 0;
    const started: number[] = [];
    const out = await mapBounded([5, 1, 4, 2, 3, 0, 6], gate, async (n) => {
      started.push(n);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      // Later items finish first: the answer still follows the items.
      await new Promise((resolve) => setTimeout(resolve, n));
      inFlight -= 1;
      if (n === 4) throw new Error('four failed');
      if (n === 2) throw 'two'; // not an Error: DataLoader needs one to fail the key
      return n * 10;
    });
    expect(started).toEqual([5, 1, 4, 2, 3, 0, 6]);
    expect(out.slice(0, 2)).toEqual([50, 10]);
    expect(out[2]).toBeInstanceOf(Error);
    expect((out[2] as Error).message).toBe('four failed');
    expect(out[3]).toBeInstanceOf(Error);
    expect((out[3] as Error).message).toBe('two');
    expect(out.slice(4)).toEqual([30, 0, 60]);
    expect(peak).toBe(3);
    // Every slot went back: the gate is whole again.
    expect([gate.tryAcquire(), gate.tryAcquire(), gate.tryAcquire(), gate.tryAcquire()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives a free slot to acquire at once, and a taken one at the next release', async () => {
    const gate = new Semaphore(1);
    await gate.acquire(); // free: taken without a release
    expect(gate.tryAcquire()).toBe(false);
    let second = false;
    const waiting = gate.acquire().then(() => {
      second = true;
    });
    await Promise.resolve();
    expect(second).toBe(false);
    gate.release();
    await waiting;
    expect(second).toBe(true);
    gate.release();
    expect(gate.tryAcquire()).toBe(true);
  });

  it('answers an empty batch with no call', async () => {
    let calls = 0;
    expect(
      await mapBounded([], new Semaphore(2), async () => {
        calls += 1;
      }),
    ).toEqual([]);
    expect(calls).toBe(0);
  });
});

describe('loaders in the schema', () => {
  it('never shares loaders between two requests', async () => {
    const seen: ReturnType<ReturnType<typeof createContext>>[] = [];
    const make = createContext(h.client);
    const a = make();
    const b = make();
    seen.push(a, b);
    expect(a.loaders).not.toBe(b.loaders);
    expect(a.loaders.byKey(CustomerResource, 'code')).not.toBe(
      b.loaders.byKey(CustomerResource, 'code'),
    );
    expect(a.tracker).not.toBe(b.tracker);
    // Within one request the same loader is handed out every time.
    expect(a.loaders.byKey(CustomerResource, 'code')).toBe(
      a.loaders.byKey(CustomerResource, 'code'),
    );
    expect(a.loaders.related(OutgoingInvoiceResource, 'customerCode', {})).toBe(
      a.loaders.related(OutgoingInvoiceResource, 'customerCode', {}),
    );

    // Over HTTP: two identical operations each pay their own upstream read (the client cache is
    // off here), so the second was not answered from the first one's loader memo.
    h.emulator.reset();
    const query = '{ customer(code: 10004) { name } }';
    const r1 = await h.gql(query);
    const r2 = await h.gql(query);
    expect(r1.data).toEqual(r2.data);
    expect(r1.extensions?.poweroffice?.requests).toBe(1);
    expect(r2.extensions?.poweroffice?.requests).toBe(1);
  });

  it('primes by-code loaders from list rows: a listed customer is not fetched again', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      customers: { nodes: { code: number; contactPersons: { customer: { code: number } }[] }[] };
    }>(/* GraphQL */ `
      {
        customers(first: 5) {
          nodes {
            code
            contactPersons { partyCustomerCode customer { code name } }
          }
        }
      }
    `);
    expect(res.errors).toBeUndefined();
    for (const c of res.data?.customers.nodes ?? []) {
      for (const p of c.contactPersons) expect(p.customer.code).toBe(c.code);
    }
    // Contact persons of all five customers in one request; their customers came from the list.
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1, 'PartyContactPerson.list': 1 });
  });

  it('deduplicates identical list pages within one operation', async () => {
    h.emulator.reset();
    const res = await h.gql(/* GraphQL */ `
      {
        a: customers(first: 3) { nodes { code } }
        b: customers(first: 3) { totalCount }
      }
    `);
    expect(res.errors).toBeUndefined();
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1 });
  });

  it('resolves node and nodes through the loaders', async () => {
    const rows = h.emulator.rows('Customer').slice(0, 3);
    const first = await h.gql<{ customers: { nodes: { id: string; code: number }[] } }>(
      '{ customers(first: 3) { nodes { id code } } }',
    );
    const ids = first.data?.customers.nodes.map((n) => n.id) ?? [];
    expect(ids[0]).toBe(gid('Customer', rows[0]?.id));
    h.emulator.reset();
    const res = await h.gql<{ nodes: ({ code: number } | null)[]; node: { code: number } }>(
      'query ($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { ... on Customer { code } } node(id: $one) { ... on Customer { code } } }',
      { ids: [...ids, Buffer.from('Customer:1').toString('base64')], one: ids[1] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toEqual([...rows.map((r) => ({ code: r.code })), null]);
    expect(res.data?.node).toEqual({ code: rows[1]?.code });
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1 });
  });

  it('finds an invoice by invoice number (list row) and by PowerOffice id (full invoice)', async () => {
    const row = h.emulator.rows('OutgoingInvoice').find((r) => r.invoiceNo != null) as Row;
    h.emulator.reset();
    const res = await h.gql<{
      byNo: { databaseId: string; lines: unknown[] };
      byId: { invoiceNo: number; customer: { code: number } };
    }>(
      `query ($no: Long!, $id: String!) {
        byNo: outgoingInvoice(invoiceNo: $no) { databaseId lines { productCode } }
        byId: outgoingInvoice(databaseId: $id) { invoiceNo customer { code } }
      }`,
      { no: row.invoiceNo, id: row.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.byNo.databaseId).toBe(row.id);
    expect(res.data?.byNo.lines).toHaveLength((row.outgoingInvoiceLines as unknown[]).length);
    expect(res.data?.byId).toEqual({
      invoiceNo: row.invoiceNo,
      customer: { code: row.customerCode },
    });
    // The detail for `lines` and for `byId` is the same invoice: one GET.
    expect(costOf(h.upstream())).toEqual({
      'OutgoingInvoice.list': 1,
      'OutgoingInvoice.get': 1,
      'Customer.list': 1,
    });
    const both = await h.gql('{ outgoingInvoice { invoiceNo } }');
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fetches a customer saved through the client on the next request', async () => {
    const saved = await h.client.save(CustomerResource, { name: 'Loader Test AS' });
    const res = await h.gql<{ customer: { name: string } }>(
      `{ customer(code: ${saved.code}) { name } }`,
    );
    expect(res.data?.customer.name).toBe('Loader Test AS');
  });
});
