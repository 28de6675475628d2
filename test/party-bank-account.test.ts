import { describe, expect, it } from 'vitest';
import { call } from './emulator-support.js';
import { filterOf, gid, useHarness } from './graph-harness.js';

// PartyBankAccount (reference B6): the global read-only view, the writable routes under Customer,
// Supplier and Employee, and Employee.payroll/expenseBankAccountCode (B3: an account of *this*
// employee), through the real server against the emulator. Cache off: every read goes upstream.

type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: 'tiny', seed: 21 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
const api = (method: string, path: string, body?: unknown) =>
  call(h.emulator, h.emulator.issueToken(), method, path, body);

describe('reads', () => {
  it('the root list equals the emulator rows field by field, in one call', async () => {
    h.emulator.reset();
    const res = await h.gql<{ partyBankAccounts: { totalCount: number; nodes: Row[] } }>(
      `{ partyBankAccounts(first: 100, orderBy: [{ field: ID, direction: ASC }]) {
          totalCount nodes { databaseId partyId code bicSwift bankCode countryCode isActive lastChanged } } }`,
    );
    expect(res.errors).toBeUndefined();
    const stored = [...rows('PartyBankAccount')].sort((a, b) => Number(a.id) - Number(b.id));
    expect(res.data?.partyBankAccounts.totalCount).toBe(stored.length);
    const at = (n: Row) => ({ ...n, lastChanged: Date.parse(String(n.lastChanged)) });
    expect(res.data?.partyBankAccounts.nodes.map(at)).toEqual(
      stored.slice(0, 100).map((r) => ({
        databaseId: r.id,
        partyId: r.partyId,
        code: r.code,
        bicSwift: r.bicSwift ?? null,
        bankCode: r.bankCode ?? null,
        countryCode: r.countryCode ?? null,
        isActive: r.isActive ?? null,
        lastChanged: Date.parse(String(r.lastChanged)),
      })),
    );
    expect(h.upstream().map((r) => r.path)).toEqual(['/PartyBankAccount']);
  });

  it("employees' payroll and expense accounts: one batched call for all employees", async () => {
    h.emulator.reset();
    const res = await h.gql<{ employees: { nodes: Row[] } }>(
      `{ employees(first: 50) { nodes { databaseId payrollBankAccountCode expenseBankAccountCode
          payrollBankAccount { databaseId partyId code } expenseBankAccount { databaseId code }
          bankAccounts { databaseId } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.employees.nodes ?? [];
    expect(nodes.length).toBe(rows('Employee').length);
    for (const e of nodes) {
      const own = rows('PartyBankAccount').filter((a) => a.partyId === e.databaseId);
      const payroll = own.find((a) => a.code === e.payrollBankAccountCode);
      expect(payroll, 'every seeded employee has a salary account of their own').toBeDefined();
      expect(e.payrollBankAccount).toEqual({
        databaseId: payroll?.id,
        partyId: e.databaseId,
        code: payroll?.code,
      });
      expect((e.expenseBankAccount as Row).code).toBe(e.expenseBankAccountCode);
      expect((e.bankAccounts as Row[]).map((a) => a.databaseId)).toEqual(own.map((a) => a.id));
    }
    // The employees, then one list of their bank accounts by PartyId (shared by the three
    // fields: the same loader answers the forward fields and the reverse list).
    const calls = h.upstream();
    expect(calls.map((r) => r.path)).toEqual(['/Employee', '/PartyBankAccount']);
    expect(filterOf(calls[1] as (typeof calls)[number])).toMatch(/^\(?PartyId (in|eq)/);
  });

  it('a code is looked up among the employee’s own accounts only', async () => {
    const employee = rows('Employee')[0] as Row;
    const customer = rows('Customer').find((c) => c.vatNumber !== undefined) as Row;
    // The same account number under a customer (an IBAN may well repeat across parties).
    const added = await api('POST', `/Customer/${customer.id}/BankAccount`, {
      code: employee.payrollBankAccountCode,
    });
    expect(added.body.success).toBe(true);
    h.emulator.reset();
    const res = await h.gql<{ node: Row }>(
      `{ node(id: "${gid('Employee', employee.id)}") { ... on Employee { payrollBankAccount { partyId } } } }`,
    );
    expect(res.data?.node.payrollBankAccount).toEqual({ partyId: employee.id });
    await api('DELETE', `/Customer/${customer.id}/BankAccount/${added.body.data.id}`);
  });
});

describe('emulator rules', () => {
  it("refuses an employee's salary account that is not one of the employee's", async () => {
    const [first, second] = rows('Employee') as Row[];
    const other = await api('POST', '/Employee', {
      id: first?.id,
      payrollBankAccountCode: second?.payrollBankAccountCode,
    });
    expect(other.body.success).toBe(false);
    expect(Object.keys(other.body.validation.fields)).toEqual(['payrollBankAccountCode']);
    const own = await api('POST', '/Employee', {
      id: first?.id,
      expenseBankAccountCode: first?.payrollBankAccountCode,
    });
    expect(own.body.success).toBe(true);
  });

  it('the global list is read-only; a sub-route only shows its own party’s accounts', async () => {
    expect([404, 405]).toContain((await api('POST', '/PartyBankAccount', { code: '1' })).status);
    const supplier = rows('Supplier')[0] as Row;
    const listed = await api('GET', `/Supplier/${supplier.id}/BankAccount`);
    expect(listed.body.data.map((a: Row) => a.id)).toEqual(
      rows('PartyBankAccount')
        .filter((a) => a.partyId === supplier.id)
        .map((a) => a.id),
    );
    const foreign = rows('PartyBankAccount').find((a) => a.partyId !== supplier.id) as Row;
    expect((await api('GET', `/Supplier/${supplier.id}/BankAccount/${foreign.id}`)).status).toBe(
      404,
    );
  });
});

describe('mutations', () => {
  const CREATE = /* GraphQL */ `
    mutation ($input: CreatePartyBankAccountInput!) {
      r: createPartyBankAccount(input: $input) {
        __typename
        ... on CreatePartyBankAccountPayload { partyBankAccount { id databaseId partyId code } }
        ... on ValidationError { fields { field } }
      }
    }
  `;

  it('adds under an employee, updates and deletes at the employee path', async () => {
    const employee = rows('Employee')[2] as Row;
    h.emulator.reset();
    const created = await h.gql<{ r: { __typename: string; partyBankAccount?: Row } }>(CREATE, {
      input: {
        employeeId: gid('Employee', employee.id),
        data: { code: 'NO9386011117947', countryCode: 'NO' },
      },
    });
    expect(created.data?.r.__typename).toBe('CreatePartyBankAccountPayload');
    const account = created.data?.r.partyBankAccount as Row;
    expect(account.partyId).toBe(employee.id);
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /Employee/${employee.id}/BankAccount`,
    ]);
    expect(rows('PartyBankAccount').find((a) => a.id === account.databaseId)).toMatchObject({
      partyId: employee.id,
      code: 'NO9386011117947',
    });

    h.emulator.reset();
    const updated = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: updatePartyBankAccount(input: { id: "${account.id}", data: { bicSwift: "NDEANOKK" } }) { __typename } }`,
    );
    expect(updated.data?.r.__typename).toBe('UpdatePartyBankAccountPayload');
    expect(
      h
        .upstream()
        .filter((r) => r.method === 'POST')
        .map((r) => r.path),
    ).toEqual([`/Employee/${employee.id}/BankAccount`]);

    h.emulator.reset();
    const removed = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: deletePartyBankAccount(id: "${account.id}") { __typename } }`,
    );
    expect(removed.data?.r.__typename).toBe('DeletePartyBankAccountPayload');
    expect(h.upstream().filter((r) => r.method === 'DELETE')[0]?.path).toBe(
      `/Employee/${employee.id}/BankAccount/${account.databaseId}`,
    );
    expect(rows('PartyBankAccount').some((a) => a.id === account.databaseId)).toBe(false);
  });

  it("refuses deleting an employee's salary account (typed), and a create with two parents", async () => {
    const employee = rows('Employee')[1] as Row;
    const salary = rows('PartyBankAccount').find(
      (a) => a.partyId === employee.id && a.code === employee.payrollBankAccountCode,
    ) as Row;
    const res = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: deletePartyBankAccount(id: "${gid('PartyBankAccount', salary.id)}") { __typename } }`,
    );
    expect(res.data?.r.__typename).toBe('ConflictError');
    expect(rows('PartyBankAccount').some((a) => a.id === salary.id)).toBe(true);

    h.emulator.reset();
    const both = await h.gql<{ r: { __typename: string } }>(CREATE, {
      input: {
        employeeId: gid('Employee', employee.id),
        supplierId: gid('Supplier', (rows('Supplier')[0] as Row).id),
        data: { code: '15030000001' },
      },
    });
    expect(both.data?.r.__typename).toBe('ValidationError');
    expect(h.upstream()).toHaveLength(0);
  });
});
