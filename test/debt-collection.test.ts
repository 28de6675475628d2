import { beforeAll, describe, expect, it } from 'vitest';
import { costOf, gid, useHarness } from './graph-harness.js';

// DebtCollection (accounting.md §8) through the real Yoga server over loopback, against the
// emulator: cases, their invoices and relations, the declared actions, read, sub-list and
// download, and the IsActiveDebtCollection gate.

type Row = Record<string, unknown>;
const KEY = 'd'.repeat(40);
const h = useHarness({
  emulator: { scale: 'tiny', seed: 5 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
  server: { apiKeys: [KEY] },
});
let base: string;

beforeAll(async () => {
  base = h.url.replace(/\/graphql$/, '');
});

async function gql<T>(query: string, variables?: Row) {
  h.emulator.reset();
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return { data: body.data as T, upstream: h.upstream() };
}

/** What the emulator holds for collectible invoices: sent, unpaid, overdue, in no case. */
function availableIds(): string[] {
  const taken = new Set(
    h.emulator.rows('DebtCollectionCase').flatMap((c) => (c.invoices as Row[]).map((i) => i.id)),
  );
  const today = Date.now();
  return h.emulator
    .rows('OutgoingInvoice')
    .filter(
      (i) =>
        i.status === 2 &&
        Number(i.balance) > 0 &&
        Date.parse(`${String(i.dueDate).slice(0, 10)}T00:00:00Z`) < today &&
        !taken.has(i.id),
    )
    .map((i) => String(i.id))
    .sort();
}

describe('debt collection', () => {
  it('reads the flag, the cases and their invoices with one upstream call per level', async () => {
    const { data, upstream } = await gql<{
      isActiveDebtCollection: boolean;
      debtCollectionCases: { nodes: Row[] };
    }>(`{
      isActiveDebtCollection
      debtCollectionCases(first: 20) {
        nodes { databaseId code status balanceAgency
          invoices { databaseId invoiceNo remainingAmount invoice { databaseId totalAmount } customer { code name } } }
      }
    }`);
    expect(data.isActiveDebtCollection).toBe(true);
    const stored = h.emulator.rows('DebtCollectionCase');
    expect(data.debtCollectionCases.nodes).toHaveLength(stored.length);
    for (const node of data.debtCollectionCases.nodes) {
      const row = stored.find((r) => r.id === node.databaseId) as Row;
      expect(node.code).toBe(row.code);
      const invoices = node.invoices as Row[];
      expect(invoices.map((i) => i.databaseId)).toEqual((row.invoices as Row[]).map((i) => i.id));
      for (const inv of invoices) {
        const outgoing = h.emulator.rows('OutgoingInvoice').find((o) => o.id === inv.databaseId);
        expect(inv.invoice).toEqual({
          databaseId: outgoing?.id,
          totalAmount: outgoing?.totalAmount,
        });
        expect((inv.customer as Row).code).toBe(outgoing?.customerCode);
      }
    }
    // The flag, the case list, one batch of invoices, one batch of customers.
    expect(costOf(upstream)).toEqual({
      'DebtCollectionCase.read': 1,
      'DebtCollectionCase.list': 1,
      'OutgoingInvoice.list': 1,
      'Customer.list': 1,
    });
  });

  it('lists the available invoices as the emulator computes them; matched items one call per invoice', async () => {
    const { data, upstream } = await gql<{ debtCollectionAvailableInvoices: { nodes: Row[] } }>(
      '{ debtCollectionAvailableInvoices(first: 100) { nodes { databaseId remainingAmount matchedItems { amount } } } }',
    );
    const nodes = data.debtCollectionAvailableInvoices.nodes;
    expect(nodes.map((n) => String(n.databaseId)).sort()).toEqual(availableIds());
    expect(nodes.length).toBeGreaterThan(0);
    // Unpaid invoices have nothing matched yet.
    expect(nodes.every((n) => (n.matchedItems as Row[]).length === 0)).toBe(true);
    expect(costOf(upstream)).toEqual({
      'DebtCollectionInvoice.list': 1,
      'DebtCollectionInvoice.sublist': nodes.length,
    });
    // The collected invoice of the closed case has its payment matched: the bank payment the
    // books matched with it (seed-books.ts), read from the customer ledger.
    const closed = h.emulator.rows('DebtCollectionCase').find((c) => c.status === 10) as Row;
    const collected = (closed.invoices as Row[])[0] as Row;
    const matched = await gql<{ debtCollectionMatchedItems: { nodes: Row[] } }>(
      '{ debtCollectionMatchedItems(first: 10, fromDateTime: "2000-01-01") { nodes { databaseId matchedItems { amount voucherType } } } }',
    );
    const withMatches = matched.data.debtCollectionMatchedItems.nodes.find(
      (n) => n.databaseId === closed.id,
    );
    expect(withMatches?.matchedItems).toEqual([
      { amount: -Number(collected.originalAmount), voucherType: 'BANK_JOURNAL' },
    ]);
  });

  it('downloads an invoice PDF through the facade, never exposing the token', async () => {
    const { data } = await gql<{ debtCollectionAvailableInvoices: { nodes: Row[] } }>(
      '{ debtCollectionAvailableInvoices(first: 1) { nodes { databaseId pdfUrl } } }',
    );
    const node = data.debtCollectionAvailableInvoices.nodes[0] as Row;
    expect(node.pdfUrl).toBe(`/files/DebtCollectionInvoice/pdf/${String(node.databaseId)}`);
    h.emulator.reset();
    const res = await fetch(`${base}${String(node.pdfUrl)}`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(bytes.toString('latin1')).toContain('Faktura');
    expect([...res.headers.keys()].join(' ')).not.toMatch(/authorization|token/i);
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /DebtCollection/GetInvoicePdf/${String(node.databaseId)}`,
    ]);
    // Without the client key: refused before any upstream call.
    h.emulator.reset();
    expect((await fetch(`${base}${String(node.pdfUrl)}`)).status).toBe(401);
    expect(h.upstream()).toHaveLength(0);
  });

  it('adds invoices to a case, refuses one already in a case, closes and merges cases', async () => {
    const open = h.emulator.rows('DebtCollectionCase').find((c) => c.status === 0) as Row;
    const closed = h.emulator.rows('DebtCollectionCase').find((c) => c.status === 10) as Row;
    const add = availableIds()[0] as string;
    const ADD = `mutation($input: AddInvoicesToDebtCollectionCaseInput!) {
      addInvoicesToDebtCollectionCase(input: $input) {
        __typename
        ... on AddInvoicesToDebtCollectionCasePayload { debtCollectionCase { databaseId invoices { databaseId } } }
        ... on ValidationError { fields { field message } }
      }
    }`;
    const ok = await gql<{ addInvoicesToDebtCollectionCase: Row }>(ADD, {
      input: { caseId: gid('DebtCollectionCase', open.id), invoiceIds: [add] },
    });
    const got = ok.data.addInvoicesToDebtCollectionCase;
    expect(got.__typename).toBe('AddInvoicesToDebtCollectionCasePayload');
    const ids = ((got.debtCollectionCase as Row).invoices as Row[]).map((i) => i.databaseId);
    expect(ids).toEqual([...(open.invoices as Row[]).map((i) => i.id), add]);
    expect(availableIds()).not.toContain(add);
    // The same invoice cannot go into another case.
    const twice = await gql<{ addInvoicesToDebtCollectionCase: Row }>(ADD, {
      input: { caseId: gid('DebtCollectionCase', closed.id), invoiceIds: [add] },
    });
    expect(twice.data.addInvoicesToDebtCollectionCase).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ field: 'input.invoiceIds[0]', message: 'The invoice is in another case.' }],
    });

    const status = await gql<{ updateDebtCollectionCaseStatus: Row }>(
      `mutation { updateDebtCollectionCaseStatus(input: { caseId: "${gid('DebtCollectionCase', open.id)}", statusText: "Betalingsoppfordring sendt", isCaseClosed: true, updatedBalanceAgency: 1234.5 }) {
        __typename ... on UpdateDebtCollectionCaseStatusPayload { debtCollectionCase { status balanceAgency } } } }`,
    );
    expect(status.data.updateDebtCollectionCaseStatus).toEqual({
      __typename: 'UpdateDebtCollectionCaseStatusPayload',
      debtCollectionCase: { status: 'CLOSED', balanceAgency: 1234.5 },
    });

    const before = h.emulator.rows('DebtCollectionCase').length;
    const merged = await gql<{ mergeDebtCollectionCases: Row }>(
      `mutation { mergeDebtCollectionCases(input: { caseNo: "S-1", caseIds: ["${String(open.id)}", "${String(closed.id)}"], externalCaseUrl: "https://inkasso.example/sak/S-1" }) {
        __typename ... on MergeDebtCollectionCasesPayload { debtCollectionCase { databaseId code status invoices { databaseId } } } } }`,
    );
    const mergedCase = (merged.data.mergeDebtCollectionCases as { debtCollectionCase: Row })
      .debtCollectionCase;
    expect(mergedCase.code).toBe('S-1');
    expect((mergedCase.invoices as Row[]).map((i) => i.databaseId)).toEqual([
      ...(open.invoices as Row[]).map((i) => i.id),
      add,
      ...(closed.invoices as Row[]).map((i) => i.id),
    ]);
    const after = h.emulator.rows('DebtCollectionCase');
    expect(after).toHaveLength(before - 1);
    expect(after.some((c) => c.id === open.id || c.id === closed.id)).toBe(false);
    h.emulator.resetData();
  });

  it('while debt collection is inactive, the flag says so and new cases and available invoices are refused', async () => {
    h.emulator.configure({ debtCollectionActive: false });
    try {
      const flag = await gql<{ isActiveDebtCollection: boolean }>('{ isActiveDebtCollection }');
      expect(flag.data.isActiveDebtCollection).toBe(false);
      const created = await gql<{ createDebtCollectionCase: Row }>(
        'mutation { createDebtCollectionCase(input: { data: { code: "X", balanceAgency: 0 } }) { __typename } }',
      );
      expect(created.data.createDebtCollectionCase.__typename).not.toBe(
        'CreateDebtCollectionCasePayload',
      );
      h.emulator.reset();
      const res = await fetch(h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify({
          query: '{ debtCollectionAvailableInvoices(first: 5) { nodes { databaseId } } }',
        }),
      });
      const body = (await res.json()) as { errors?: { extensions?: Row }[] };
      expect(body.errors?.[0]?.extensions?.code).toBeDefined();
    } finally {
      h.emulator.resetData();
    }
  });
});
