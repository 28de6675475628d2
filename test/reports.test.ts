import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { createServer } from '../src/server.js';
import { gid, useHarness } from './graph-harness.js';

// The books behind the reports (accounting.md §11–§16) hold the accounting identities over the
// seed and after writes made through the graph; report pages equal the emulator's rows; a
// relation costs one upstream call per level and date range.

type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: 'tiny', seed: 11, sendDelayMs: 50, replicaLagMs: 0 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0', POWEROFFICE_REPLICA_LAG_MS: '0' },
});
const FAR = '2100-12-31';
const cents = (x: unknown) => Math.round((x as number) * 100);
const sum = (xs: readonly unknown[]) => xs.reduce<number>((s, x) => s + cents(x), 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function gql<T = Row>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await h.gql<T>(query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data as T;
}

/** The trial balance at `date` through the graph, by account code (in øre). */
async function trialBalance(date: string): Promise<Map<number, number>> {
  const data = await gql<{ trialBalance: { nodes: Row[]; pageInfo: { hasNextPage: boolean } } }>(
    `query ($d: Date) { trialBalance(date: $d, first: 100) {
        nodes { accountCode balance } pageInfo { hasNextPage } } }`,
    { d: date },
  );
  expect(data.trialBalance.pageInfo.hasNextPage).toBe(false);
  return new Map(data.trialBalance.nodes.map((n) => [n.accountCode as number, cents(n.balance)]));
}

/** Every account transaction of a range and account, page by page through the graph. */
async function transactions(from: string, to: string, account: number): Promise<Row[]> {
  const out: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { accountTransactions: { nodes: Row[]; pageInfo: Row } } = await gql(
      `query ($f: Date!, $t: Date!, $a: Long!, $after: String) {
        accountTransactions(fromDate: $f, toDate: $t, where: { accountCode: { eq: $a } },
            first: 50, after: $after) {
          nodes { databaseId amount date customerAccountNo }
          pageInfo { hasNextPage endCursor } } }`,
      { f: from, t: to, a: account, after },
    );
    out.push(...data.accountTransactions.nodes);
    if (!data.accountTransactions.pageInfo.hasNextPage) return out;
    after = data.accountTransactions.pageInfo.endCursor as string;
  }
}

/** Sent invoices' remaining balances by customer code, as the emulator stores them (øre). */
function openInvoices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const inv of h.emulator.rows('OutgoingInvoice')) {
    if ((inv.status as number) < 2 || inv.customerCode == null) continue;
    const code = inv.customerCode as number;
    out.set(code, (out.get(code) ?? 0) + cents(inv.balance ?? 0));
  }
  return out;
}

/** Checks the identities that must hold whatever was written. */
async function identities(): Promise<void> {
  const days = [
    ...new Set(
      h.emulator
        .rows('AccountTransaction')
        .map((t) => String(t.date).slice(0, 10))
        .sort(),
    ),
  ];
  const first = days[0] as string;
  const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const dates = [dayBefore, first, days[Math.floor(days.length / 3)], days.at(-1), FAR];
  for (const d of dates) {
    const tb = await trialBalance(d as string);
    // The trial balance sums to zero at every date.
    expect(
      [...tb.values()].reduce((s, x) => s + x, 0),
      `trial balance at ${d}`,
    ).toBe(0);
  }
  expect((await trialBalance(dayBefore)).size).toBe(0);

  // A customer's ledger balance equals its open invoices (the seed matches every payment).
  h.emulator.reset();
  const data = await gql<{ customers: { nodes: Row[] } }>(
    `query ($t: Date!) { customers(first: 100) { nodes {
        code balance(toDate: $t) { balance }
        ledger(toDate: $t, first: 100) { totalCount nodes { balance } } } } }`,
    { t: FAR },
  );
  const calls = h.upstream().map((r) => r.resource);
  expect(calls.sort()).toEqual(['Customer', 'CustomerBalance', 'CustomerLedgerEntry']);
  const open = openInvoices();
  const customers = data.customers.nodes;
  expect(customers.length).toBeGreaterThan(5);
  expect([...open.values()].some((v) => v !== 0)).toBe(true);
  for (const c of customers) {
    const expected = open.get(c.code as number) ?? 0;
    expect(cents((c.balance as Row).balance), `customer ${c.code}`).toBe(expected);
    const ledger = c.ledger as { nodes: Row[] };
    expect(sum(ledger.nodes.map((n) => n.balance))).toBe(expected);
  }

  // An account's transactions add up to its balance change, page by page.
  const mid = days[Math.floor(days.length / 2)] as string;
  const [tbMid, tbEnd] = [await trialBalance(mid), await trialBalance(FAR)];
  for (const account of [1500, 1920, 2400, 3000]) {
    const rows = await transactions(
      new Date(Date.parse(`${mid}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      FAR,
      account,
    );
    const change = (tbEnd.get(account) ?? 0) - (tbMid.get(account) ?? 0);
    expect(sum(rows.map((r) => r.amount)), `account ${account}`).toBe(change);
  }
}

describe('the books: identities over the seed', () => {
  it('hold: trial balance zero at every date, ledgers equal open invoices, transactions equal balance changes', async () => {
    await identities();
  });

  it('report pages equal the emulator rows: every transaction of a range once, in pages', async () => {
    const all = h.emulator.rows('AccountTransaction').filter((t) => t.accountCode === 1500);
    expect(all.length).toBeGreaterThan(50); // more than one page of 50
    const paged = await transactions('2000-01-01', FAR, 1500);
    expect(paged.map((r) => r.databaseId)).toEqual(
      all.map((r) => r.id).sort((a, b) => Number(a) - Number(b)),
    );
    for (const r of paged) {
      const row = all.find((t) => t.id === r.databaseId) as Row;
      expect([r.amount, r.customerAccountNo]).toEqual([row.amount, row.customerAccountNo]);
    }
  });

  it('batches a relation per date range: one call per level and range', async () => {
    h.emulator.reset();
    const data = await gql<{ customers: { nodes: Row[] } }>(
      `{ customers(first: 20) { nodes { code
          early: ledger(toDate: "2025-06-30", first: 5) { totalCount }
          late: ledger(toDate: "${FAR}", first: 5) { totalCount }
          again: ledger(toDate: "${FAR}", first: 5) { totalCount } } } }`,
    );
    const ledgerCalls = h.upstream().filter((r) => r.resource === 'CustomerLedgerEntry');
    expect(ledgerCalls).toHaveLength(2);
    const dates = ledgerCalls.map((r) => new URLSearchParams(r.query).get('toDate')).sort();
    expect(dates).toEqual(['2025-06-30', FAR]);
    for (const c of data.customers.nodes) {
      expect((c.again as Row).totalCount).toBe((c.late as Row).totalCount);
      const expected = h.emulator
        .rows('CustomerLedgerEntry')
        .filter((e) => e.customerCode === c.code && String(e.postingDate) <= '2025-06-30')
        .filter((e) => e.matchId == null || String(e.matchDate).slice(0, 10) > '2025-06-30');
      expect((c.early as Row).totalCount).toBe(expected.length);
    }
  });

  it("a ledger entry's matched entries: its match group, one call per distinct group", async () => {
    h.emulator.reset();
    const data = await gql<{ customerLedger: { nodes: Row[] } }>(
      `{ customerLedger(fromDate: "2000-01-01", toDate: "${FAR}", first: 60) {
          nodes { databaseId matchId matchedEntries { databaseId matchId amount } } } }`,
    );
    const nodes = data.customerLedger.nodes;
    const groups = new Set(nodes.map((n) => n.matchId).filter((m) => m != null));
    expect(groups.size).toBeGreaterThan(1);
    for (const n of nodes) {
      const matched = n.matchedEntries as Row[];
      if (n.matchId == null) {
        expect(matched).toEqual([]);
        continue;
      }
      const stored = h.emulator.rows('CustomerLedgerEntry').filter((e) => e.matchId === n.matchId);
      expect(matched.map((m) => m.databaseId).sort()).toEqual(stored.map((e) => e.id).sort());
      expect(matched.map((m) => m.databaseId)).toContain(n.databaseId);
      // A match group sums to zero (accounting.md §12: matching needs a zero sum).
      expect(sum(matched.map((m) => m.amount))).toBe(0);
    }
    const calls = h.upstream().filter((r) => r.resource === 'CustomerLedgerEntry');
    expect(calls).toHaveLength(1 + groups.size);
  });

  it("GeneralLedgerAccount.transactions: an account's entries of a range, one call per level", async () => {
    const from = '2025-01-01';
    h.emulator.reset();
    const data = await gql<{ generalLedgerAccounts: { nodes: Row[] } }>(
      `query ($f: Date!, $t: Date!) {
        generalLedgerAccounts(where: { code: { in: [1500, 1920, 2400, 3000, 2700] } }, first: 10) {
          nodes { code transactions(fromDate: $f, toDate: $t, first: 100) {
            totalCount nodes { amount account { code } } } } } }`,
      { f: from, t: FAR },
    );
    const calls = h.upstream().map((r) => r.resource);
    expect(calls.sort()).toEqual(['AccountTransaction', 'GeneralLedgerAccount']);
    const dayBefore = '2024-12-31';
    const [before, end] = [await trialBalance(dayBefore), await trialBalance(FAR)];
    expect(data.generalLedgerAccounts.nodes).toHaveLength(5);
    for (const a of data.generalLedgerAccounts.nodes) {
      const tx = a.transactions as { totalCount: number; nodes: Row[] };
      const stored = h.emulator
        .rows('AccountTransaction')
        .filter((t) => t.accountCode === a.code && String(t.date) >= from);
      expect(tx.totalCount).toBe(stored.length);
      expect(tx.nodes.every((n) => (n.account as Row).code === a.code)).toBe(true);
      if (stored.length <= 100) {
        const change = (end.get(a.code as number) ?? 0) - (before.get(a.code as number) ?? 0);
        expect(sum(tx.nodes.map((n) => n.amount)), `account ${a.code}`).toBe(change);
      }
    }
  });

  it('refuses a missing required date before any upstream call', async () => {
    h.emulator.reset();
    const res = await h.gql('{ accountTransactions(fromDate: "2025-01-01") { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/toDate/);
    const ledger = await h.gql(
      '{ customers(first: 2) { nodes { ledger(first: 2) { totalCount } } } }',
    );
    expect(ledger.errors?.[0]?.message).toMatch(/toDate/);
    expect(h.upstream()).toHaveLength(0);
  });

  it('counts vouchers per type (Usage) as the books hold them', async () => {
    const data = await gql<{ usage: { nodes: Row[] } }>(
      `{ usage(fromDate: "2000-01-01", toDate: "${FAR}", first: 100) { nodes { voucherType count } } }`,
    );
    const invoices = h.emulator
      .rows('OutgoingInvoice')
      .filter((i) => (i.status as number) >= 2 && i.relatedDocumentNo == null).length;
    const row = data.usage.nodes.find((n) => n.voucherType === 'OUTGOING_INVOICE');
    expect(row?.count).toBe(invoices);
  });
});

const NODE = `query ($id: ID!) { node(id: $id) { ... on OutgoingInvoice {
  status invoiceNo documentNo balance totalAmount customerCode } } }`;
const SEND = `mutation ($id: ID!) { r: sendOutgoingInvoice(input: { invoiceId: $id }) { __typename } }`;

async function sendAndWait(id: string): Promise<Row> {
  expect((await gql<{ r: Row }>(SEND, { id })).r.__typename).toBe('SendOutgoingInvoicePayload');
  const deadline = Date.now() + 5_000;
  for (;;) {
    const node = (await gql<{ node: Row }>(NODE, { id })).node;
    if (node.status === 'SENT' || Date.now() > deadline) return node;
    await sleep(50);
  }
}

describe('the books after writes through the graph', () => {
  it('a sent invoice and its credit note post; matching them pays both; unmatching reopens them', async () => {
    const productCode = h.emulator.rows('Product')[0]?.code as string;
    const customer = (await h.client.save(CustomerResource, {
      name: 'Bokføringstest AS',
      emailAddress: 'faktura@bokforingstest.no',
    })) as Row;
    const draft = (await h.client.save(OutgoingInvoiceResource, {
      customerCode: customer.code as number,
      outgoingInvoiceLines: [{ lineType: 0, productCode, quantity: 3 } as never],
    })) as Row;
    const sent = await sendAndWait(gid('OutgoingInvoice', draft.id));
    expect(sent.status).toBe('SENT');
    expect(cents(sent.balance)).toBe(cents(sent.totalAmount));
    await identities();

    const credit = (await h.client.save(OutgoingInvoiceResource, {
      customerCode: customer.code as number,
      relatedDocumentNo: String(sent.documentNo),
      outgoingInvoiceLines: [{ lineType: 0, productCode, quantity: -3 } as never],
    })) as Row;
    const creditSent = await sendAndWait(gid('OutgoingInvoice', credit.id));
    expect(cents(creditSent.totalAmount)).toBe(-cents(sent.totalAmount));
    await identities();

    const ledger = await gql<{ customerLedger: { nodes: Row[] } }>(
      `query ($t: Date!, $c: Long!) { customerLedger(toDate: $t, where: { customerCode: { eq: $c } }, first: 10) {
          nodes { databaseId documentNo balance voucherType } } }`,
      { t: FAR, c: customer.code },
    );
    const entries = ledger.customerLedger.nodes;
    expect(entries.map((e) => e.voucherType).sort()).toEqual([
      'OUTGOING_CREDIT_NOTE',
      'OUTGOING_INVOICE',
    ]);
    const ids = entries.map((e) => e.databaseId);

    // One entry alone does not balance: a typed refusal, nothing changed.
    const lone = await gql<{ r: Row }>(
      `mutation ($ids: [Long!]!) { r: matchCustomerLedgerEntries(input: { matchDate: "${FAR}", entryIds: $ids }) {
          __typename ... on UserError { message } } }`,
      { ids: ids.slice(0, 1) },
    );
    expect(lone.r.__typename).toBe('ValidationError');

    h.emulator.reset();
    const matched = await gql<{ r: Row }>(
      `mutation ($ids: [Long!]!, $d: Date!) { r: matchCustomerLedgerEntries(input: { matchDate: $d, entryIds: $ids }) {
          __typename ... on MatchCustomerLedgerEntriesPayload { customerLedgerMatch { entryIds } } } }`,
      { ids, d: new Date().toISOString().slice(0, 10) },
    );
    expect(matched.r).toEqual({
      __typename: 'MatchCustomerLedgerEntriesPayload',
      customerLedgerMatch: { entryIds: ids },
    });
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /Reporting/CustomerLedger/MatchEntries',
    ]);
    for (const id of [draft.id, credit.id]) {
      const node = (await gql<{ node: Row }>(NODE, { id: gid('OutgoingInvoice', id) })).node;
      expect([node.status, node.balance]).toEqual(['PAID', 0]);
    }
    const group = h.emulator
      .rows('CustomerLedgerEntry')
      .filter((e) => e.customerCode === customer.code);
    const matchId = group[0]?.matchId;
    expect(group.every((e) => e.matchId === matchId && e.balance === 0)).toBe(true);
    const byMatch = await gql<{ customerLedgerMatch: { nodes: Row[] } }>(
      `query ($m: Long!) { customerLedgerMatch(matchId: $m, first: 10) { nodes { databaseId } } }`,
      { m: matchId },
    );
    expect(byMatch.customerLedgerMatch.nodes.map((n) => n.databaseId).sort()).toEqual(
      [...ids].sort(),
    );
    await identities();

    const unmatched = await gql<{ r: Row }>(
      `mutation ($ids: [Long!]!) { r: unmatchCustomerLedgerEntries(input: { matchDate: "${FAR}", entryIds: $ids }) {
          __typename } }`,
      { ids: ids.slice(0, 1) },
    );
    expect(unmatched.r.__typename).toBe('UnmatchCustomerLedgerEntriesPayload');
    const reopened = (await gql<{ node: Row }>(NODE, { id: gid('OutgoingInvoice', draft.id) }))
      .node;
    expect([reopened.status, cents(reopened.balance)]).toEqual(['SENT', cents(sent.totalAmount)]);
    await identities();
  });
});

describe('row caps (accounting.md §0: 50 000 / 20 000 / 5 000)', () => {
  it('a report asked past its cap answers in pages, never past the cap in one request', async () => {
    // The documented caps are too large for seeded data: the emulator's knob and the facade's
    // matching setting lower AccountTransactions' to 7.
    const cap = 7;
    h.emulator.configure({ maxRows: { AccountTransaction: cap } });
    const server = createServer({
      client: h.client,
      config: { exposeCost: true },
      logger: pino({ level: 'silent' }),
      context: createContext(h.client, { maxRows: { AccountTransaction: cap } }),
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = server.httpServer.address() as AddressInfo;
    try {
      const ask = async (after: string | null) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            query: `query ($after: String) { accountTransactions(fromDate: "2000-01-01", toDate: "${FAR}",
                where: { accountCode: { eq: 1920 } }, first: 20, after: $after) {
                totalCount nodes { databaseId } pageInfo { hasNextPage endCursor } } }`,
            variables: { after },
          }),
        });
        const body = (await res.json()) as {
          data?: { accountTransactions: { totalCount: number; nodes: Row[]; pageInfo: Row } };
          errors?: unknown[];
        };
        expect(body.errors).toBeUndefined();
        return body.data?.accountTransactions as {
          totalCount: number;
          nodes: Row[];
          pageInfo: Row;
        };
      };
      h.emulator.reset();
      const stored = h.emulator.rows('AccountTransaction').filter((t) => t.accountCode === 1920);
      expect(stored.length).toBeGreaterThan(2 * cap);
      const seen: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const page = await ask(after);
        expect(page.nodes.length).toBeLessThanOrEqual(cap);
        expect(page.totalCount).toBe(stored.length);
        seen.push(...page.nodes.map((n) => n.databaseId));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor as string;
      }
      expect(seen).toEqual(stored.map((t) => t.id).sort((a, b) => Number(a) - Number(b)));
      const tops = h.upstream().map((r) => Number(new URLSearchParams(r.query).get('$top')));
      expect(tops.every((t) => t <= cap)).toBe(true);
      // Unpaged, the route refuses what is over its cap rather than cutting it short.
      const unpaged = await fetch(
        `${h.emulator.url}/Reporting/AccountTransactions?fromDate=2000-01-01&toDate=${FAR}`,
        { headers: { authorization: `Bearer ${h.emulator.issueToken()}` } },
      );
      expect(await unpaged.json()).toMatchObject({
        success: false,
        validation: { exception: 'OData' },
      });
    } finally {
      h.emulator.configure({ maxRows: {} });
      await server.close(100);
    }
  });
});
