import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RuleContext, save } from '../src/emulator/rules.js';
import { generateSeed } from '../src/emulator/seed.js';
import { Store } from '../src/emulator/store.js';
import {
  accountCode,
  classifyCode,
  codeFieldName,
  LEDGER_ACCOUNT,
} from '../src/poweroffice/resources/account-code.js';
import { bankAccountProblem } from '../src/poweroffice/resources/client-bank-account.js';
import { f } from '../src/poweroffice/resources/fields.js';
import { codeFieldsOf, graphResources } from '../src/poweroffice/resources/registry.js';
import { defineResource } from '../src/poweroffice/resources/resource.js';
import { rootListName } from '../src/schema/resource-type.js';
import { call } from './emulator-support.js';
import { gid, type Harness, startHarness, useHarness } from './graph-harness.js';

// accounting.md §1 (GeneralLedgerAccount), §2 (SubledgerNumberSeries), §6 (ClientBankAccount),
// core-and-sales.md B14 (`/VatCode/chartofaccount/{accountCode}`), relations.md §3.6 (codes
// that are a ledger account or a sub-ledger account). Real emulator over loopback, real Yoga
// server, cache off: every load reaches the emulator and is counted.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { scale: 'tiny', seed: 11, rateLimit: false },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

async function run<T = Row>(query: string, variables?: Record<string, unknown>) {
  h.emulator.reset();
  const res = await h.gql<T>(query, variables);
  expect(res.errors, query).toBeUndefined();
  return { data: res.data as T, upstream: h.upstream() };
}

const calls = (upstream: readonly { resource: string; kind: string }[]) =>
  upstream.map((r) => `${r.resource}.${r.kind}`).sort();

describe('reads equal the emulator rows', () => {
  it('generalLedgerAccounts, subledgerNumberSeries and clientBankAccounts', async () => {
    const { data, upstream } = await run<Record<string, { nodes: Row[] }>>(`{
      generalLedgerAccounts(first: 100) { nodes { databaseId code name vatCode departmentCode projectCode isActive } }
      subledgerNumberSeries(first: 100) { nodes { databaseId type fromInclusive toInclusive generalLedgerAccountCode } }
      clientBankAccounts(first: 100) { nodes { databaseId code generalLedgerAccountCode isCurrentAccount } }
    }`);
    expect(upstream).toHaveLength(3);
    const accounts = h.emulator.rows('GeneralLedgerAccount');
    expect(data.generalLedgerAccounts?.nodes.map((n) => [n.databaseId, n.code, n.name])).toEqual(
      accounts.map((a) => [a.id, a.code, a.name]),
    );
    const series = h.emulator.rows('SubledgerNumberSeries');
    expect(
      data.subledgerNumberSeries?.nodes.map((n) => [n.fromInclusive, n.toInclusive]).sort(),
    ).toEqual(series.map((s) => [s.fromInclusive, s.toInclusive]).sort());
    expect(data.clientBankAccounts?.nodes.map((n) => n.code)).toEqual(
      h.emulator.rows('ClientBankAccount').map((b) => b.code),
    );
  });

  it('the seed: accounts from the chart, series that hold every seeded party code', () => {
    const accounts = h.emulator.rows('GeneralLedgerAccount');
    for (const a of accounts) expect(a.code as number).toBeGreaterThanOrEqual(1000);
    for (const a of accounts) expect(a.code as number).toBeLessThanOrEqual(9999);
    const series = h.emulator.rows('SubledgerNumberSeries');
    const kinds: Record<string, number> = { Customer: 1, Supplier: 2, Employee: 3 };
    for (const [table, type] of Object.entries(kinds)) {
      for (const party of h.emulator.rows(table)) {
        const holders = series.filter(
          (s) =>
            (party.code as number) >= (s.fromInclusive as number) &&
            (party.code as number) <= (s.toInclusive as number),
        );
        expect(
          holders.map((s) => s.type),
          `${table} ${String(party.code)}`,
        ).toEqual([type]);
      }
    }
    // Control accounts exist; no series overlaps the ledger range.
    const codes = new Set(accounts.map((a) => a.code));
    for (const s of series) {
      expect(codes.has(s.generalLedgerAccountCode)).toBe(true);
      const from = s.fromInclusive as number;
      const to = s.toInclusive as number;
      expect(to < 1000 || from > 9999).toBe(true);
    }
  });
});

describe("a party's sub-ledger number series, derived from the ranges (relations.md §1.2)", () => {
  it('customers, suppliers and employees: the series of their kind holding the code, one list', async () => {
    const { data, upstream } = await run<Record<string, { nodes: Row[] }>>(`{
      customers(first: 100) { nodes { code subledgerNumberSeries { databaseId } } }
      suppliers(first: 100) { nodes { code subledgerNumberSeries { databaseId } } }
      employees(first: 100) { nodes { code subledgerNumberSeries { databaseId } } }
    }`);
    const series = h.emulator.rows('SubledgerNumberSeries');
    const expected = (type: number, code: unknown) =>
      series.find(
        (s) =>
          s.type === type &&
          (code as number) >= (s.fromInclusive as number) &&
          (code as number) <= (s.toInclusive as number),
      )?.id;
    for (const [list, type] of [
      ['customers', 1],
      ['suppliers', 2],
      ['employees', 3],
    ] as const) {
      const nodes = data[list]?.nodes ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) {
        const want = expected(type, n.code);
        expect(want, `${list} ${String(n.code)}`).toBeDefined();
        expect((n.subledgerNumberSeries as Row | null)?.databaseId).toBe(want);
      }
    }
    expect(calls(upstream)).toEqual(
      ['Customer.list', 'Employee.list', 'SubledgerNumberSeries.list', 'Supplier.list'].sort(),
    );
  });
});

describe('a create naming its series gets the next code of that series (accounting.md §2)', () => {
  it('customers and suppliers; a series of another kind or an unknown one is refused', async () => {
    const token = h.emulator.issueToken();
    const series = h.emulator.rows('SubledgerNumberSeries');
    const ofType = (type: number) => series.find((s) => s.type === type) as Row;
    const inRange = (table: string, s: Row) =>
      h.emulator
        .rows(table)
        .map((r) => r.code as number)
        .filter((c) => c >= (s.fromInclusive as number) && c <= (s.toInclusive as number));
    for (const [table, type] of [
      ['Customer', 1],
      ['Supplier', 2],
    ] as const) {
      const s = ofType(type);
      const want = Math.max(s.fromInclusive as number, ...inRange(table, s).map((c) => c + 1));
      const res = await call(h.emulator, token, 'POST', `/${table}`, {
        name: `Serie ${table} AS`,
        subledgerNumberSeriesId: s.id,
      });
      expect((res.body as { data: Row }).data.code).toBe(want);
    }
    const wrong = await call(h.emulator, token, 'POST', '/Customer', {
      name: 'Feil serie AS',
      subledgerNumberSeriesId: ofType(2).id,
    });
    const unknown = await call(h.emulator, token, 'POST', '/Customer', {
      name: 'Ukjent serie AS',
      subledgerNumberSeriesId: '00000000-0000-4000-a000-000000000000',
    });
    for (const res of [wrong, unknown]) {
      expect((res.body as Row).success).toBe(false);
      expect(Object.keys(((res.body as Row).validation as Row).fields as Row)).toEqual([
        'subledgerNumberSeriesId',
      ]);
    }
  });
});

describe('account codes (relations.md §3.6): ledger account or sub-ledger account', () => {
  const codesOf = () => ({
    account: h.emulator.rows('GeneralLedgerAccount')[3]?.code as number,
    customer: h.emulator.rows('Customer')[2]?.code as number,
    supplier: h.emulator.rows('Supplier')[1]?.code as number,
    employee: h.emulator.rows('Employee')[1]?.code as number,
  });
  const lookup = (alias: string, code: number) =>
    `${alias}: ledgerAccount(code: ${code}) { __typename
      ... on GeneralLedgerAccount { databaseId } ... on Customer { databaseId }
      ... on Supplier { databaseId } ... on Employee { databaseId } }`;

  it('resolves each code to its type, one call per member type and one for the series', async () => {
    const c = codesOf();
    const second = h.emulator.rows('Customer')[5]?.code as number;
    const { data, upstream } = await run<Record<string, Row | null>>(`{
      ${lookup('a', c.account)} ${lookup('b', c.customer)} ${lookup('c', c.supplier)}
      ${lookup('d', c.employee)} ${lookup('e', second)} ${lookup('none', 999_999)}
    }`);
    const idOf = (table: string, code: number) =>
      h.emulator.rows(table).find((r) => r.code === code)?.id;
    expect(data.a).toEqual({
      __typename: 'GeneralLedgerAccount',
      databaseId: idOf('GeneralLedgerAccount', c.account),
    });
    expect(data.b).toEqual({ __typename: 'Customer', databaseId: idOf('Customer', c.customer) });
    expect(data.c).toEqual({ __typename: 'Supplier', databaseId: idOf('Supplier', c.supplier) });
    expect(data.d).toEqual({ __typename: 'Employee', databaseId: idOf('Employee', c.employee) });
    expect(data.e).toEqual({ __typename: 'Customer', databaseId: idOf('Customer', second) });
    expect(data.none).toBeNull();
    // Two customers in one batch; 999 999 is in no series and costs nothing.
    expect(calls(upstream)).toEqual(
      [
        'Customer.list',
        'Employee.list',
        'GeneralLedgerAccount.list',
        'Supplier.list',
        'SubledgerNumberSeries.list',
      ].sort(),
    );
  });

  it('codes in the ledger range need no series call', async () => {
    const [a, b] = h.emulator.rows('GeneralLedgerAccount');
    const { data, upstream } = await run<Record<string, Row | null>>(
      `{ ${lookup('a', a?.code as number)} ${lookup('b', b?.code as number)} }`,
    );
    expect([data.a?.databaseId, data.b?.databaseId]).toEqual([a?.id, b?.id]);
    expect(calls(upstream)).toEqual(['GeneralLedgerAccount.list']);
  });

  it('classifies by the fixed range first, then by the series rows', () => {
    const series = [
      { type: 1, fromInclusive: 10_000, toInclusive: 19_999 },
      { type: 3, fromInclusive: 1, toInclusive: 999 },
    ];
    expect(classifyCode(LEDGER_ACCOUNT, 1920, series)?.resource).toBe('GeneralLedgerAccount');
    expect(classifyCode(LEDGER_ACCOUNT, 10_001, series)?.resource).toBe('Customer');
    expect(classifyCode(LEDGER_ACCOUNT, 7, series)?.resource).toBe('Employee');
    expect(classifyCode(LEDGER_ACCOUNT, 20_001, series)).toBeNull();
  });

  it('the emulator refuses a save whose account code names no row', () => {
    // A holder declared as other branches declare theirs (voucher lines, bank transfers).
    const Holder = defineResource({
      name: 'AccountCodeHolder',
      path: '/AccountCodeHolder',
      idKind: 'long',
      fields: {
        id: f.long('Id.', { readOnly: true }),
        accountNo: accountCode('An account code.', { description: 'The account.' }),
      },
      privilege: 'AccountCodeHolder',
      operations: { list: true, get: true, save: true, delete: true },
    });
    const store = new Store();
    const seed = generateSeed({ seed: 3, scale: 'tiny', anchorMs: Date.UTC(2026, 0, 1) });
    for (const [name, rows] of Object.entries(seed.tables)) {
      rows.forEach((r, i) => {
        store.table(name).put(String(r.id ?? i), r);
      });
    }
    let n = 0;
    const ctx: RuleContext = { store, now: Date.now(), newGuid: () => `g${n++}` };
    const customer = seed.tables.Customer?.[0]?.code as number;
    for (const ok of [1920, customer, seed.tables.Employee?.[0]?.code as number]) {
      expect(save(ctx, Holder, { accountNo: ok }).ok, String(ok)).toBe(true);
    }
    for (const bad of [1234, 999_999, 10_000 + 5_000]) {
      const out = save(ctx, Holder, { accountNo: bad });
      expect(out.ok, String(bad)).toBe(false);
      if (!out.ok) expect(Object.keys(out.validation.fields ?? {})).toEqual(['accountNo']);
    }
  });
});

describe('every account-code field resolves to the row its code names', () => {
  // Walks the registry: each top-level `accountCode` field of a listed, writable resource. Four
  // rows get a code of each kind (upserted over loopback), then the root list reads the forward
  // field: the list, the series once, and one batched call per member type.
  const cases = graphResources
    .filter((r) => r.graph?.list && r.operations.save && !r.parent)
    .flatMap((spec) => codeFieldsOf(spec.fields).map((use) => ({ spec, use })));
  it('covers the declared ones (salary lines)', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const { spec, use } of cases) {
    const name = codeFieldName(use.key, use.spec.as);
    it(`${spec.name}.${use.key} → ${spec.name}.${name}`, async () => {
      const token = h.emulator.issueToken();
      const locked = spec.lockedWhen?.field;
      const rows = h.emulator
        .rows(spec.name)
        .filter((r) => !locked || r[locked] !== true)
        .slice(0, 4);
      expect(rows.length, 'the seed has rows to update').toBe(4);
      const codes = [
        h.emulator.rows('GeneralLedgerAccount')[0]?.code,
        h.emulator.rows('Customer')[0]?.code,
        h.emulator.rows('Supplier')[0]?.code,
        h.emulator.rows('Employee')[0]?.code,
      ] as number[];
      const kinds = ['GeneralLedgerAccount', 'Customer', 'Supplier', 'Employee'];
      // A create-only resource (BankTransfer, accounting.md §5) gets new rows copied from the
      // seeded ones; the others are updated in place.
      const readOnly = Object.keys(spec.fields).filter((k) => spec.fields[k]?.readOnly);
      for (const [i, row] of rows.entries()) {
        const copy = Object.fromEntries(
          Object.entries(row).filter(
            // A copy is a new transfer: not the original's id or unique import reference.
            ([k]) => k !== 'id' && k !== 'externalImportReference' && !readOnly.includes(k),
          ),
        );
        const body = spec.createOnly
          ? { ...copy, [use.key]: codes[i] }
          : { id: row.id, [use.key]: codes[i] };
        const res = await call(h.emulator, token, 'POST', spec.path, body);
        expect((res.body as Row).success, JSON.stringify(res.body)).toBe(true);
        if (spec.createOnly) rows[i] = ((res.body as Row).data as Row) ?? row;
      }
      const list = rootListName(spec);
      const { data, upstream } = await run<Record<string, { nodes: Row[] }>>(
        `{ ${list}(first: 100) { nodes { databaseId ${name} { __typename
          ... on GeneralLedgerAccount { code } ... on Customer { code }
          ... on Supplier { code } ... on Employee { code } } } } }`,
      );
      const byId = new Map((data[list]?.nodes ?? []).map((n) => [n.databaseId, n[name] as Row]));
      rows.forEach((row, i) => {
        expect(byId.get(row.id), `${String(row.id)}`).toEqual({
          __typename: kinds[i],
          code: codes[i],
        });
      });
      const got = calls(upstream);
      expect(got.filter((c) => c === `${spec.name}.list`)).toHaveLength(1);
      expect(got.filter((c) => c === 'SubledgerNumberSeries.list')).toHaveLength(1);
      for (const kind of kinds) expect(got.filter((c) => c === `${kind}.list`)).toHaveLength(1);
      expect(got).toHaveLength(6);
      // A code naming nothing is refused on save (relations.md §3.6, DECISIONS.md).
      const bad = await call(
        h.emulator,
        token,
        'POST',
        spec.path,
        spec.createOnly
          ? { ...(rows[0] as Row), id: undefined, [use.key]: 999_999 }
          : { id: rows[0]?.id, [use.key]: 999_999 },
      );
      expect(Object.keys(((bad.body as Row).validation as Row)?.fields as Row)).toEqual([use.key]);
    });
  }
});

describe('VAT codes allowed on an account (path-keyed, one call per distinct code)', () => {
  it('GeneralLedgerAccount.vatCodes equals the emulator route and holds the default code', async () => {
    const account = h.emulator.rows('GeneralLedgerAccount').find((a) => a.code === 3000) as Row;
    const { data, upstream } = await run<{ generalLedgerAccount: { vatCodes: Row[] } }>(
      `{ generalLedgerAccount(code: 3000) { vatCodes { code rate } } }`,
    );
    const direct = await call(
      h.emulator,
      h.emulator.issueToken(),
      'GET',
      '/VatCode/chartofaccount/3000',
    );
    const body = direct.body as { data: Row[] };
    expect(data.generalLedgerAccount.vatCodes.map((v) => v.code)).toEqual(
      body.data.map((v) => v.code),
    );
    expect(data.generalLedgerAccount.vatCodes.map((v) => v.code)).toContain(account.vatCode);
    expect(calls(upstream)).toEqual(['GeneralLedgerAccount.list', 'GeneralLedgerAccount.sublist']);
  });

  it('an unknown account code is 404', async () => {
    const res = await call(h.emulator, h.emulator.issueToken(), 'GET', '/VatCode/chartofaccount/1');
    expect(res.status).toBe(404);
  });

  it('products → sales account → vatCodes: one call per level, one per distinct code', async () => {
    const { data, upstream } = await run<{ products: { nodes: Row[] } }>(`{
      products(first: 100) { nodes { salesAccount salesLedgerAccount { code vatCodes { code } } } }
    }`);
    const nodes = data.products.nodes;
    for (const n of nodes) expect((n.salesLedgerAccount as Row).code).toBe(n.salesAccount);
    const distinct = new Set(nodes.map((n) => n.salesAccount)).size;
    expect(distinct).toBeGreaterThan(1);
    expect(distinct).toBeLessThan(nodes.length);
    const got = calls(upstream);
    expect(got.filter((c) => c === 'Product.list')).toHaveLength(1);
    expect(got.filter((c) => c === 'GeneralLedgerAccount.list')).toHaveLength(1);
    expect(got.filter((c) => c === 'GeneralLedgerAccount.sublist')).toHaveLength(distinct);
    expect(got).toHaveLength(2 + distinct);
  });
});

describe('GeneralLedgerAccount writes (accounting.md §1)', () => {
  const create = `mutation($data: GeneralLedgerAccountFields!) {
    r: createGeneralLedgerAccount(input: { data: $data }) {
      __typename
      ... on CreateGeneralLedgerAccountPayload { generalLedgerAccount { id databaseId code name vatCode } }
      ... on ValidationError { fields { field message } }
      ... on ConflictError { field }
    } }`;

  it('creates, updates by id and deletes an account', async () => {
    const { data } = await run<{ r: Row }>(create, {
      data: { code: 3990, name: 'Annen salgsinntekt', vatCode: '3' },
    });
    expect(data.r.__typename).toBe('CreateGeneralLedgerAccountPayload');
    const made = (data.r.generalLedgerAccount as Row) ?? {};
    const stored = h.emulator.rows('GeneralLedgerAccount').find((a) => a.id === made.databaseId);
    expect(stored).toMatchObject({ code: 3990, name: 'Annen salgsinntekt', vatCode: '3' });
    const updated = await run<{ r: Row }>(
      `mutation($id: ID!) { r: updateGeneralLedgerAccount(input: { id: $id, data: { name: "Omdøpt" } }) {
        __typename ... on UpdateGeneralLedgerAccountPayload { generalLedgerAccount { name code } } } }`,
      { id: made.id },
    );
    expect(updated.data.r).toMatchObject({
      __typename: 'UpdateGeneralLedgerAccountPayload',
      generalLedgerAccount: { name: 'Omdøpt', code: 3990 },
    });
    const deleted = await run<{ r: Row }>(
      'mutation($id: ID!) { r: deleteGeneralLedgerAccount(id: $id) { __typename } }',
      { id: made.id },
    );
    expect(deleted.data.r.__typename).toBe('DeleteGeneralLedgerAccountPayload');
    expect(h.emulator.rows('GeneralLedgerAccount').some((a) => a.id === made.databaseId)).toBe(
      false,
    );
  });

  it('refuses a code outside 1000–9999 or a missing name before any upstream call', async () => {
    for (const data of [
      { code: 999, name: 'For lav' },
      { code: 10_000, name: 'For høy' },
      { code: 3991 },
    ]) {
      const res = await run<{ r: Row }>(create, { data });
      expect(res.data.r.__typename).toBe('ValidationError');
      expect(res.upstream, JSON.stringify(data)).toHaveLength(0);
    }
  });

  it('the emulator refuses the same rules, and a code that exists', async () => {
    const token = h.emulator.issueToken();
    const post = (body: Row) => call(h.emulator, token, 'POST', '/GeneralLedgerAccount', body);
    const low = (await post({ code: 999, name: 'x' })).body as Row;
    expect(low.success).toBe(false);
    expect(Object.keys((low.validation as Row).fields as Row)).toEqual(['code']);
    const noName = (await post({ code: 3992 })).body as Row;
    expect(Object.keys((noName.validation as Row).fields as Row)).toEqual(['name']);
    const dup = await run<{ r: Row }>(create, { data: { code: 3000, name: 'Dobbel' } });
    expect(dup.data.r).toMatchObject({ __typename: 'ConflictError', field: 'input.data.code' });
  });

  it('refuses deleting an account a product sells on', async () => {
    const used = h.emulator.rows('Product')[0]?.salesAccount;
    const account = h.emulator.rows('GeneralLedgerAccount').find((a) => a.code === used) as Row;
    const id = gid('GeneralLedgerAccount', account.id);
    const { data } = await run<{ r: Row }>(
      'mutation($id: ID!) { r: deleteGeneralLedgerAccount(id: $id) { __typename } }',
      { id },
    );
    expect(data.r.__typename).not.toBe('DeleteGeneralLedgerAccountPayload');
    expect(h.emulator.rows('GeneralLedgerAccount').some((a) => a.id === account.id)).toBe(true);
  });
});

describe('ClientBankAccount writes (accounting.md §6)', () => {
  const create = `mutation($data: ClientBankAccountFields!) {
    r: createClientBankAccount(input: { data: $data }) {
      __typename
      ... on CreateClientBankAccountPayload { clientBankAccount { databaseId code hasOutgoingPaymentService generalLedgerAccount { code } } }
      ... on ValidationError { fields { field message } }
    } }`;

  it('checks the account number: MOD11 for 11 digits, mod 97 for an IBAN', () => {
    expect(bankAccountProblem('1503.40.21004')).toBeUndefined();
    expect(bankAccountProblem('15034021005')).toMatch(/check digit/);
    expect(bankAccountProblem('NO9386011117947')).toBeUndefined();
    expect(bankAccountProblem('NO9386011117948')).toMatch(/IBAN/);
    expect(bankAccountProblem('12345')).toMatch(/11 digits/);
  });

  it('refuses a bad number before any upstream call; creates a valid one on its account', async () => {
    const bad = await run<{ r: Row }>(create, {
      data: { code: '15034021005', generalLedgerAccountCode: 1920 },
    });
    expect(bad.data.r.__typename).toBe('ValidationError');
    expect(bad.upstream).toHaveLength(0);
    const good = await run<{ r: Row }>(create, {
      data: { code: 'NO9386011117947', generalLedgerAccountCode: 1920, countryCode: 'NO' },
    });
    expect(good.data.r).toMatchObject({
      __typename: 'CreateClientBankAccountPayload',
      clientBankAccount: {
        code: 'NO9386011117947',
        hasOutgoingPaymentService: false,
        generalLedgerAccount: { code: 1920 },
      },
    });
    const token = h.emulator.issueToken();
    const direct = await call(h.emulator, token, 'POST', '/Bank/ClientBankAccount', {
      code: '15034021005',
    });
    expect((direct.body as Row).success).toBe(false);
  });
});

describe('agriculture clients: code + agricultureDepartment is the key (accounting.md §1)', () => {
  let a: Harness;
  beforeAll(async () => {
    a = await startHarness({
      emulator: { scale: 'tiny', seed: 11, rateLimit: false, agricultureClient: true },
      env: { POWEROFFICE_CACHE_TTL_MS: '0' },
    });
  });
  afterAll(async () => {
    await a.close();
  });

  it('looks an account up by code and department, batched into one call', async () => {
    a.emulator.reset();
    const res = await a.gql<Record<string, Row | null>>(`{
      farming: generalLedgerAccount(code: 3000, agricultureDepartment: FARMING) { databaseId agricultureDepartment }
      forestry: generalLedgerAccount(code: 3000, agricultureDepartment: FORESTRY) { databaseId agricultureDepartment }
      fur: generalLedgerAccount(code: 3000, agricultureDepartment: FUR_ANIMALS) { databaseId }
    }`);
    expect(res.errors).toBeUndefined();
    const rows = a.emulator.rows('GeneralLedgerAccount').filter((r) => r.code === 3000);
    expect(rows).toHaveLength(2);
    const idOf = (dept: number) => rows.find((r) => r.agricultureDepartment === dept)?.id;
    expect(res.data?.farming).toEqual({ databaseId: idOf(20), agricultureDepartment: 'FARMING' });
    expect(res.data?.forestry).toEqual({
      databaseId: idOf(30),
      agricultureDepartment: 'FORESTRY',
    });
    expect(res.data?.fur).toBeNull();
    expect(a.upstream()).toHaveLength(1);
  });

  it('a reference that carries the department resolves by code + department', async () => {
    const token = a.emulator.issueToken();
    const [p1, p2] = a.emulator.rows('Product');
    for (const [p, dept] of [
      [p1, 20],
      [p2, 30],
    ] as const) {
      const res = await call(a.emulator, token, 'POST', '/Product', {
        id: p?.id,
        salesAccount: 3000,
        salesAccountAgricultureDepartment: dept,
      });
      expect((res.body as Row).success, JSON.stringify(res.body)).toBe(true);
    }
    a.emulator.reset();
    const res = await a.gql<{ products: { nodes: Row[] } }>(
      '{ products(first: 2) { nodes { databaseId salesLedgerAccount { databaseId agricultureDepartment } } } }',
    );
    expect(res.errors).toBeUndefined();
    const rows = a.emulator.rows('GeneralLedgerAccount').filter((r) => r.code === 3000);
    const idOf = (dept: number) => rows.find((r) => r.agricultureDepartment === dept)?.id;
    expect(res.data?.products.nodes).toEqual([
      {
        databaseId: p1?.id,
        salesLedgerAccount: { databaseId: idOf(20), agricultureDepartment: 'FARMING' },
      },
      {
        databaseId: p2?.id,
        salesLedgerAccount: { databaseId: idOf(30), agricultureDepartment: 'FORESTRY' },
      },
    ]);
    // The product list, then one call for both accounts.
    expect(a.upstream()).toHaveLength(2);
  });

  it('the same code is unique per department there, and per client elsewhere', async () => {
    const post = (harness: Harness, body: Row) =>
      call(harness.emulator, harness.emulator.issueToken(), 'POST', '/GeneralLedgerAccount', body);
    const again = (await post(a, { code: 3000, agricultureDepartment: 20, name: 'x' })).body as Row;
    expect((again.validation as Row | undefined)?.exception).toBe('ApiUniqueConstraint');
    const other = (await post(a, { code: 3000, agricultureDepartment: 90, name: 'Privat' }))
      .body as Row;
    expect(other.success).toBe(true);
    const plain = (await post(h, { code: 3000, agricultureDepartment: 90, name: 'Privat' }))
      .body as Row;
    expect((plain.validation as Row | undefined)?.exception).toBe('ApiUniqueConstraint');
  });
});
