import { beforeAll, describe, expect, it } from 'vitest';
import { startFloor } from '../bench/lib/systems.js';
import {
  type Dataset,
  FACADE_QUERIES,
  keyOf,
  LIST,
  NESTED,
  POINT_INVOICES,
  requestFor,
  type ScenarioId,
} from '../bench/scenarios.js';
import { costOf, useHarness } from './graph-harness.js';

// The deterministic part of the benchmark (bench/run.ts): the exact GraphQL operations it sends,
// against the real server and emulator, must cost the minimum number of upstream calls, none on
// a warm cache, and 32 identical concurrent operations must cost what one costs. No timings.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: {
    seed: 42,
    anchorDate: '2026-01-01',
    scale: { customers: 60, invoicesPerCustomer: 10, products: 40 },
    // A little latency so concurrent operations really overlap upstream.
    latency: { fixedMs: 5, jitterMs: 0 },
  },
});
let d: Dataset;

beforeAll(async () => {
  const invoices = h.emulator.rows('OutgoingInvoice');
  const dates = invoices.map((i) => String(i.orderDate).slice(0, 10)).sort();
  d = {
    customerCodes: h.emulator
      .rows('Customer')
      .map((c) => c.code as number)
      .sort((a, b) => a - b),
    firstOrderDate: dates[0] as string,
    lastOrderDate: dates[dates.length - 1] as string,
  };
});

/** Runs scenario `s` with key `k` and returns the upstream calls it caused, per resource.kind. */
async function run(s: ScenarioId, k: number) {
  h.emulator.reset();
  const res = await h.gql(FACADE_QUERIES[s], keyOf(d, s, k));
  expect(res.errors).toBeUndefined();
  return { data: res.data, cost: costOf(h.upstream()), total: h.upstream().length };
}

/** What scenario 1 with key `k` needs upstream at least, derived from the emulator's rows. */
function nestedMinimum(k: number) {
  const { from } = keyOf(d, 's1', k) as { from: number };
  const customers = d.customerCodes.filter((c) => c >= from).slice(0, NESTED.customers);
  const invoices = h.emulator.rows('OutgoingInvoice') as Row[];
  const picked = customers.flatMap((code) =>
    invoices
      .filter((i) => i.customerCode === code)
      .sort(
        (a, b) =>
          String(b.orderDate).localeCompare(String(a.orderDate)) ||
          String(a.id).localeCompare(String(b.id)),
      )
      .slice(0, NESTED.invoicesPerCustomer),
  );
  return {
    // One list per level; invoice lines exist only on the full invoice: one GET per invoice.
    'Customer.list': 1,
    'OutgoingInvoice.list': 1,
    'OutgoingInvoice.get': picked.length,
    'Product.list': 1,
    'ProductGroup.list': 1,
  };
}

describe('bench scenarios: upstream calls per operation', () => {
  it('s1 nested costs one call per list level plus one GET per invoice, then 0 when warm', async () => {
    const cold = await run('s1', 1);
    expect(cold.cost).toEqual(nestedMinimum(1));
    const nodes = (cold.data as { customers: { nodes: Row[] } }).customers.nodes;
    expect(nodes).toHaveLength(NESTED.customers);

    const warm = await run('s1', 1);
    expect(warm.total).toBe(0);
    expect(warm.data).toEqual(cold.data);
  });

  it('s2 point lookup costs two calls, then 0 when warm', async () => {
    const cold = await run('s2', 3);
    expect(cold.cost).toEqual({ 'Customer.list': 1, 'OutgoingInvoice.list': 1 });
    const customer = (cold.data as { customer: { invoices: { nodes: Row[] } } }).customer;
    expect(customer.invoices.nodes.length).toBeLessThanOrEqual(POINT_INVOICES);
    expect((await run('s2', 3)).total).toBe(0);
  });

  it('s3 filtered, sorted, paged list costs one call, then 0 when warm', async () => {
    const cold = await run('s3', 2);
    expect(cold.cost).toEqual({ 'OutgoingInvoice.list': 1 });
    const list = (cold.data as { outgoingInvoices: { nodes: Row[] } }).outgoingInvoices;
    expect(list.nodes.length).toBeLessThanOrEqual(LIST.rows);
    expect((await run('s3', 2)).total).toBe(0);
  });

  it('s4: 32 identical nested queries at once cost what one costs', async () => {
    const k = 2;
    h.emulator.reset();
    const answers = await Promise.all(
      Array.from({ length: 32 }, () => h.gql(FACADE_QUERIES.s1, keyOf(d, 's1', k))),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(costOf(h.upstream())).toEqual(nestedMinimum(k));
  });
});

// The GraphQL floor (bench/graphql-floor.ts) is a baseline the facade's CPU is compared with: it
// must answer the facade's own s2 and s3 documents with the same rows, at the minimum calls.
describe('bench GraphQL floor', () => {
  it('answers s2 and s3 as the facade does, with 2 and 1 upstream calls', async () => {
    const floor = await startFloor(h.emulator);
    try {
      const pick = (rows: Row[], fields: string[]) =>
        rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));
      for (const [s, calls] of [
        ['s2', 2],
        ['s3', 1],
      ] as const) {
        const k = 3;
        h.emulator.reset();
        const request = requestFor('facade', d, s, k);
        const res = await fetch(`${floor.url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        expect(res.status).toBe(200);
        const answer = (await res.json()) as { data: Record<string, Row>; errors?: unknown };
        expect(answer.errors).toBeUndefined();
        expect(h.upstream()).toHaveLength(calls);
        const facade = (await run(s, k)).data as Record<string, Row>;
        if (s === 's2') {
          const [ours, theirs] = [answer.data.customer, facade.customer] as Row[];
          expect(ours?.code).toBe(theirs?.code);
          expect(ours?.name).toBe(theirs?.name);
          const nodes = (c: Row | undefined) =>
            (c?.invoices as { nodes: Row[] } | undefined)?.nodes ?? [];
          expect(nodes(ours)).toHaveLength(POINT_INVOICES);
          expect(pick(nodes(ours), ['invoiceNo', 'totalAmount'])).toEqual(
            pick(nodes(theirs), ['invoiceNo', 'totalAmount']),
          );
        } else {
          const [ours, theirs] = [answer.data.outgoingInvoices, facade.outgoingInvoices] as Row[];
          expect(ours?.totalCount).toBe(theirs?.totalCount);
          const fields = ['invoiceNo', 'customerCode', 'totalAmount'];
          const nodes = (c: Row | undefined) => (c?.nodes as Row[]) ?? [];
          expect(nodes(ours).length).toBeGreaterThan(0);
          expect(pick(nodes(ours), fields)).toEqual(pick(nodes(theirs), fields));
        }
      }
    } finally {
      await floor.stop();
    }
  });
});
