import { describe, expect, it } from 'vitest';
import { chunkKeys } from '../src/poweroffice/batch.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { costOf, filterOf, useHarness } from './graph-harness.js';

// Relation batches across URL chunks, and relation arguments (where, orderBy, paging) applied
// per parent while still costing one list request per chunk.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { scale: { customers: 60, invoicesPerCustomer: 3, products: 10 }, seed: 17 },
  // A short URL limit, so 60 customer codes need several chunks.
  env: { POWEROFFICE_MAX_URL_LENGTH: '700', POWEROFFICE_CACHE_TTL_MS: '0' },
});

interface Data {
  customers: {
    nodes: {
      code: number;
      invoices: { totalCount: number; nodes: { totalAmount: number; status: string }[] };
    }[];
  };
}

describe('Customer.invoices over URL chunks', () => {
  it('costs one invoice list per chunk of customer codes, each URL within the limit', async () => {
    h.emulator.reset();
    const res = await h.gql<Data>(/* GraphQL */ `
      { customers(first: 60) { nodes { code invoices { totalCount nodes { totalAmount status } } } } }
    `);
    expect(res.errors).toBeUndefined();
    const nodes = (res.data as Data).customers.nodes;
    const chunks = chunkKeys(
      OutgoingInvoiceResource,
      'customerCode',
      nodes.map((n) => n.code),
      { maxUrlLength: 700, inOperator: h.client.config.odata.inOperator, reserve: 80 },
    );
    expect(chunks.length).toBeGreaterThan(1);
    const lists = h.upstream().filter((r) => r.resource === 'OutgoingInvoice');
    expect(lists).toHaveLength(chunks.length);
    for (const r of lists) expect(r.path.length + 1 + r.query.length).toBeLessThanOrEqual(700);
    const invoices = h.emulator.rows('OutgoingInvoice');
    for (const c of nodes) {
      expect(c.invoices.totalCount).toBe(invoices.filter((i) => i.customerCode === c.code).length);
    }
    expect(costOf(h.upstream())).toEqual({
      'Customer.list': 1,
      'OutgoingInvoice.list': chunks.length,
    });
  });

  it('applies where, orderBy and first per customer, still one request per chunk', async () => {
    h.emulator.reset();
    const res = await h.gql<Data>(/* GraphQL */ `
      {
        customers(first: 10) {
          nodes {
            code
            invoices(
              first: 1
              where: { status: { in: [PAID, SENT] } }
              orderBy: [{ field: TOTAL_AMOUNT, direction: DESC }]
            ) {
              totalCount
              nodes { totalAmount status }
            }
          }
        }
      }
    `);
    expect(res.errors).toBeUndefined();
    const lists = h.upstream().filter((r) => r.resource === 'OutgoingInvoice');
    expect(lists).toHaveLength(1);
    const q = new URLSearchParams(lists[0]?.query);
    expect(q.get('$orderby')).toBe('TotalAmount desc,Id asc');
    expect(filterOf(lists[0] as never)).toMatch(/and \(Status eq 3 or Status eq 2\)\)$/);
    const invoices = h.emulator.rows('OutgoingInvoice');
    for (const c of (res.data as Data).customers.nodes) {
      const mine = invoices
        .filter((i) => i.customerCode === c.code && (i.status === 3 || i.status === 2))
        .sort((a, b) => Number(b.totalAmount) - Number(a.totalAmount));
      expect(c.invoices.totalCount).toBe(mine.length);
      expect(c.invoices.nodes.map((n) => n.totalAmount)).toEqual(
        mine.slice(0, 1).map((i: Row) => i.totalAmount),
      );
    }
  });

  it('batches parents with the same arguments together and different arguments apart', async () => {
    h.emulator.reset();
    const res = await h.gql(/* GraphQL */ `
      {
        customers(first: 5) {
          nodes {
            paid: invoices(where: { status: { eq: PAID } }) { totalCount }
            open: invoices(where: { status: { eq: SENT } }) { totalCount }
            all: invoices { totalCount }
          }
        }
      }
    `);
    expect(res.errors).toBeUndefined();
    expect(costOf(h.upstream())).toEqual({ 'Customer.list': 1, 'OutgoingInvoice.list': 3 });
  });
});
