import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../src/emulator/index.js';
import { DEFAULT_RELATION_BATCH_ROWS } from '../src/loaders/index.js';
import { filterOf, useHarness } from './graph-harness.js';

// Relation pages read a bounded number of rows (issue 14): a batch reads at most
// DEFAULT_RELATION_BATCH_ROWS rows, and when the parents have more, each parent reads only its
// page with `$top`, its `count` giving `totalCount`. Real server, emulator over loopback.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { seed: 21, scale: { customers: 8, invoicesPerCustomer: 400, products: 10 } },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

/** Rows and bytes the recorded list requests answered, by replaying them. */
async function volume(requests: readonly RecordedRequest[]) {
  const token = h.emulator.issueToken();
  let rows = 0;
  let bytes = 0;
  for (const r of requests) {
    const res = await fetch(`${new URL(h.emulator.url).origin}${r.path}?${r.query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await res.text();
    bytes += text.length;
    const data = (JSON.parse(text) as { data?: unknown }).data;
    rows += Array.isArray(data) ? data.length : 0;
  }
  return { rows, bytes };
}

const invoicesOf = (code: unknown) =>
  h.emulator.rows('OutgoingInvoice').filter((i) => i.customerCode === code) as Row[];

describe('relation pages', () => {
  it('customers(first: 5) { invoices(first: 1) { totalCount } } reads a bounded number of rows', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      customers: { nodes: { code: number; invoices: { totalCount: number; nodes: Row[] } }[] };
    }>(
      `{ customers(first: 5, orderBy: [{ field: CODE, direction: ASC }]) {
          nodes { code invoices(first: 1) { totalCount nodes { databaseId } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const customers = res.data?.customers.nodes ?? [];
    expect(customers).toHaveLength(5);
    for (const c of customers) {
      const all = invoicesOf(c.code).sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(c.invoices.totalCount).toBe(all.length);
      expect(c.invoices.nodes.map((n) => n.databaseId)).toEqual([all[0]?.id]);
    }
    const lists = h.upstream().filter((r) => r.resource === 'OutgoingInvoice');
    // One bounded batch for the five parents, then one `$top=1` read per parent.
    expect(lists).toHaveLength(1 + 5);
    expect(lists.slice(1).every((r) => new URLSearchParams(r.query).get('$top') === '1')).toBe(
      true,
    );
    const { rows } = await volume(lists);
    expect(rows).toBeLessThanOrEqual(DEFAULT_RELATION_BATCH_ROWS + 5);
    expect(rows).toBeLessThan(5 * 400);
  });

  it('one parent reads only its page: one call with $top = first, totalCount from its count', async () => {
    h.emulator.reset();
    const code = (h.emulator.rows('Customer')[0] as Row).code;
    const res = await h.gql<{
      customer: { invoices: { totalCount: number; nodes: Row[] } };
    }>(
      `query ($code: Long!) { customer(code: $code) {
          invoices(first: 3) { totalCount nodes { databaseId } } } }`,
      { code },
    );
    expect(res.errors).toBeUndefined();
    const all = invoicesOf(code).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(all.length).toBeGreaterThan(3);
    expect(res.data?.customer.invoices.totalCount).toBe(all.length);
    expect(res.data?.customer.invoices.nodes.map((n) => n.databaseId)).toEqual(
      all.slice(0, 3).map((i) => i.id),
    );
    const lists = h.upstream().filter((r) => r.resource === 'OutgoingInvoice');
    expect(lists).toHaveLength(1);
    expect(new URLSearchParams(lists[0]?.query).get('$top')).toBe('3');
    expect((await volume(lists)).rows).toBe(3);
  });

  it('parents whose rows fit one batch cost one call, pages and counts exact', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      customers: { nodes: { code: number; invoices: { totalCount: number; nodes: Row[] } }[] };
    }>(
      `{ customers(first: 2, orderBy: [{ field: CODE, direction: ASC }]) {
          nodes { code invoices(first: 3, where: { invoiceNo: { lt: 0 } }) { totalCount nodes { databaseId } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(h.upstream().filter((r) => r.resource === 'OutgoingInvoice')).toHaveLength(1);
    for (const c of res.data?.customers.nodes ?? []) expect(c.invoices.totalCount).toBe(0);
  });

  it('last: reads the reversed order per parent, not every row', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      customers: { nodes: { code: number; invoices: { totalCount: number; nodes: Row[] } }[] };
    }>(
      `{ customers(first: 3, orderBy: [{ field: CODE, direction: ASC }]) {
          nodes { code invoices(last: 2) { totalCount nodes { databaseId } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const c of res.data?.customers.nodes ?? []) {
      const all = invoicesOf(c.code).sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(c.invoices.nodes.map((n) => n.databaseId)).toEqual(all.slice(-2).map((i) => i.id));
      expect(c.invoices.totalCount).toBe(all.length);
    }
    const { rows } = await volume(h.upstream().filter((r) => r.resource === 'OutgoingInvoice'));
    expect(rows).toBeLessThanOrEqual(DEFAULT_RELATION_BATCH_ROWS + 3 * 2);
  });
});

describe('a relation `where` with a long `in` list', () => {
  it('45 invoice ids in a relation filter answer like the root list, never an unexpected error', async () => {
    const customer = h.emulator.rows('Customer')[0] as Row;
    const ids = invoicesOf(customer.code)
      .slice(0, 45)
      .map((i) => String(i.id));
    const where = `{ id: { in: [${ids.map((i) => `"${i}"`).join(',')}] } }`;
    h.emulator.reset();
    const res = await h.gql<{
      customers: { nodes: { code: number; invoices: { totalCount: number } }[] };
      outgoingInvoices: { totalCount: number };
    }>(
      `{ customers(first: 3, orderBy: [{ field: CODE, direction: ASC }]) {
           nodes { code invoices(where: ${where}) { totalCount } } }
         outgoingInvoices(where: ${where}) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.outgoingInvoices.totalCount).toBe(45);
    const counts = res.data?.customers.nodes.map((c) => c.invoices.totalCount);
    expect(counts).toEqual([45, 0, 0]);
    // The parents' keys still go in as few requests as the URL allows (here one key each).
    const keyed = h.upstream().filter((r) => /CustomerCode/.test(filterOf(r) ?? ''));
    expect(keyed.length).toBeGreaterThanOrEqual(1);
    expect(keyed.length).toBeLessThanOrEqual(3);
  });
});
