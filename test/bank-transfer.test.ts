import { describe, expect, it } from 'vitest';
import { DEMO_APPLICATION_KEY, DEMO_CLIENT_KEY } from '../src/emulator/index.js';
import { schema } from '../src/schema/index.js';
import { basic, call } from './emulator-support.js';
import { useHarness } from './graph-harness.js';

// Bank/BankTransfer (accounting.md §5): created and deleted, never changed; the required
// properties and a positive amount are checked before any upstream call; PowerOffice shows an
// integration only the transfers it created.

type Row = Record<string, unknown>;
const OTHER = { applicationKey: 'a0a0a0a0-0000-4000-a000-00000000000b', clientKey: 'other-key' };
const h = useHarness({
  emulator: {
    scale: 'tiny',
    seed: 3,
    clients: [{ applicationKey: DEMO_APPLICATION_KEY, clientKey: DEMO_CLIENT_KEY }, OTHER],
  },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

async function otherToken(): Promise<string> {
  const res = await fetch(h.emulator.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: basic(OTHER.applicationKey, OTHER.clientKey),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const CREATE = `mutation($input: CreateBankTransferInput!) {
  createBankTransfer(input: $input) {
    __typename
    ... on CreateBankTransferPayload { bankTransfer { id databaseId amount status description externalImportReference } }
    ... on ValidationError { fields { field message } }
  }
}`;

function validInput(tag: string): Row {
  const seeded = h.emulator.rows('BankTransfer')[0] as Row;
  return {
    description: `Husleie ${tag}`,
    receiverName: 'Gårdeier AS',
    receiverCountryCode: 'NO',
    payableBankAccount: seeded.payableBankAccount,
    amount: 12_500,
    balancingAccountNo: 6300,
    receivableBankAccountCode: '12061000002',
    receivableBankAccountCountryCode: 'NO',
    paymentMessage: `Leie ${tag}`,
  };
}

describe('bank transfers', () => {
  it('lists exactly the stored transfers, one upstream call', async () => {
    h.emulator.reset();
    const res = await h.gql<{ bankTransfers: { totalCount: number; nodes: Row[] } }>(
      '{ bankTransfers(first: 50) { totalCount nodes { databaseId amount receiverName status payableBankAccount } } }',
    );
    expect(res.errors).toBeUndefined();
    const stored = h.emulator.rows('BankTransfer');
    expect(res.data?.bankTransfers.totalCount).toBe(stored.length);
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      res.data?.bankTransfers.nodes.map((n) => [n.databaseId, n.amount, n.receiverName]).sort(byId),
    ).toEqual(stored.map((r) => [r.id, r.amount, r.receiverName]).sort(byId));
    expect(h.upstream().map((r) => `${r.resource}.${r.kind}`)).toEqual(['BankTransfer.list']);
  });

  it('a completed transfer is in the books: the receiver debited, the bank credited (§5, §11)', async () => {
    const done = h.emulator.rows('BankTransfer').filter((t) => t.status === 2);
    const waiting = h.emulator.rows('BankTransfer').filter((t) => t.status !== 2);
    expect(done.length).toBeGreaterThan(0);
    h.emulator.reset();
    const res = await h.gql<{ accountTransactions: { nodes: Row[] } }>(
      `{ accountTransactions(fromDate: "2000-01-01", toDate: "2100-12-31", first: 100,
          where: { bankTransferId: { isNull: false } }) {
          nodes { bankTransferId accountCode amount supplierAccountNo } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.accountTransactions.nodes ?? [];
    expect([...new Set(nodes.map((n) => n.bankTransferId))].sort()).toEqual(
      done.map((t) => t.id).sort(),
    );
    for (const t of done) {
      const lines = nodes.filter((n) => n.bankTransferId === t.id);
      expect(lines).toContainEqual({
        bankTransferId: t.id,
        accountCode: 2400,
        amount: t.amount,
        supplierAccountNo: t.balancingAccountNo,
      });
      expect(lines).toContainEqual({
        bankTransferId: t.id,
        accountCode: 1920,
        amount: -Number(t.amount),
        supplierAccountNo: null,
      });
    }
    expect(nodes.some((n) => waiting.some((t) => t.id === n.bankTransferId))).toBe(false);
  });

  it('has no update mutation (create-only) and the emulator refuses a POST with an id', async () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('createBankTransfer');
    expect(mutations).toContain('deleteBankTransfer');
    expect(mutations).not.toContain('updateBankTransfer');
    const first = h.emulator.rows('BankTransfer')[0] as Row;
    const res = await call(h.emulator, h.emulator.issueToken(), 'POST', '/Bank/BankTransfer', {
      id: first.id,
      description: 'endret',
    });
    expect(res.body.success).toBe(false);
    expect(h.emulator.rows('BankTransfer')[0]?.description).toBe(first.description);
  });

  it('refuses missing required properties and a non-positive amount before any upstream call', async () => {
    h.emulator.reset();
    const { receiverName: _n, balancingAccountNo: _b, ...noReceiver } = validInput('x');
    const res = await h.gql<{ createBankTransfer: { __typename: string; fields: Row[] } }>(CREATE, {
      input: { data: { ...noReceiver, amount: 0 } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createBankTransfer.__typename).toBe('ValidationError');
    expect(res.data?.createBankTransfer.fields.map((f) => f.field).sort()).toEqual([
      'input.data.amount',
      'input.data.balancingAccountNo',
      'input.data.receiverName',
    ]);
    expect(h.upstream()).toHaveLength(0);
    // The emulator enforces the same rules for callers that skip the facade.
    const direct = await call(h.emulator, h.emulator.issueToken(), 'POST', '/Bank/BankTransfer', {
      ...noReceiver,
      amount: -5,
    });
    expect(direct.body.success).toBe(false);
    expect(Object.keys(direct.body.validation.fields).sort()).toEqual([
      'amount',
      'balancingAccountNo',
      'receiverName',
    ]);
  });

  it('creates one (awaiting authorisation, with an idempotency key) and deletes it', async () => {
    const res = await h.gql<{ createBankTransfer: { __typename: string; bankTransfer: Row } }>(
      CREATE,
      { input: { data: validInput('a') } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createBankTransfer.__typename).toBe('CreateBankTransferPayload');
    const made = res.data?.createBankTransfer.bankTransfer as Row;
    expect(made).toMatchObject({ amount: 12_500, status: 'AWAITING_AUTHORIZATION' });
    expect(String(made.externalImportReference)).toMatch(/^gql-/);
    const stored = h.emulator.rows('BankTransfer').find((r) => r.id === made.databaseId);
    expect(stored?.description).toBe('Husleie a');
    const del = await h.gql<{ deleteBankTransfer: { __typename: string } }>(
      `mutation { deleteBankTransfer(id: "${String(made.id)}") { __typename } }`,
    );
    expect(del.data?.deleteBankTransfer.__typename).toBe('DeleteBankTransferPayload');
    expect(h.emulator.rows('BankTransfer').some((r) => r.id === made.databaseId)).toBe(false);
  });

  it("shows another integration none of this one's transfers, and this one none of its", async () => {
    const token = await otherToken();
    const mine = h.emulator.rows('BankTransfer')[0] as Row;
    const list = await call(h.emulator, token, 'GET', '/Bank/BankTransfer');
    expect(list.body).toMatchObject({ success: true, count: 0, data: [] });
    expect(
      (await call(h.emulator, token, 'GET', `/Bank/BankTransfer/${String(mine.id)}`)).status,
    ).toBe(404);
    expect(
      (await call(h.emulator, token, 'DELETE', `/Bank/BankTransfer/${String(mine.id)}`)).status,
    ).toBe(404);
    const theirs = await call(h.emulator, token, 'POST', '/Bank/BankTransfer', validInput('b'));
    expect(theirs.body.success).toBe(true);
    const again = await call(h.emulator, token, 'GET', '/Bank/BankTransfer');
    expect(again.body.data.map((r: Row) => r.id)).toEqual([theirs.body.data.id]);
    // The facade (the demo integration) does not see it.
    const res = await h.gql<{ bankTransfers: { nodes: Row[] } }>(
      '{ bankTransfers(first: 50) { nodes { databaseId } } }',
    );
    const ids = res.data?.bankTransfers.nodes.map((n) => n.databaseId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.body.data.id);
  });

  it("a key another integration's transfer holds is a conflict, not an unknown outcome (A9, §5)", async () => {
    const token = await otherToken();
    const theirs = await call(h.emulator, token, 'POST', '/Bank/BankTransfer', {
      ...validInput('c'),
      externalImportReference: 'delt-nokkel-1',
    });
    expect(theirs.body.success).toBe(true);
    h.emulator.reset();
    const res = await h.gql<{ createBankTransfer: { __typename: string } }>(
      `mutation($input: CreateBankTransferInput!) { createBankTransfer(input: $input) {
        __typename } }`,
      { input: { data: { ...validInput('d'), externalImportReference: 'delt-nokkel-1' } } },
    );
    // The key is taken by a record this integration cannot list: repeating would never help.
    expect(res.data?.createBankTransfer.__typename).toBe('ConflictError');
    expect(h.emulator.rows('BankTransfer').filter((r) => r.description === 'Husleie d')).toEqual(
      [],
    );
  });
});
