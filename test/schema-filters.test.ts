import { describe, expect, it } from 'vitest';
import { filterOf, useHarness } from './graph-harness.js';

// Every operator and combinator of `where`, checked two ways: the `$filter` the emulator
// received, and the rows returned against a direct filter of the emulator's data.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { scale: { customers: 60, invoicesPerCustomer: 2, products: 15 }, seed: 3 },
  // Every case must reach the emulator: no cross-request cache between cases.
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const instant = (v: unknown) => Date.parse(String(v).replace(/\s(?=[+-])/, ''));

interface Case {
  readonly name: string;
  readonly where: Record<string, unknown>;
  readonly filter: string;
  readonly match: (row: Row) => boolean;
  /** Whether the seeded data must contain at least one match (keeps the case meaningful). */
  readonly some?: boolean;
}

const customerCases: Case[] = [
  {
    name: 'string eq',
    where: { name: { eq: 'Myr Renhold DA' } },
    filter: "(Name eq 'Myr Renhold DA')",
    match: (r) => r.name === 'Myr Renhold DA',
    some: true,
  },
  {
    name: 'string ne',
    where: { name: { ne: 'Myr Renhold DA' } },
    filter: "(Name ne 'Myr Renhold DA')",
    match: (r) => r.name !== 'Myr Renhold DA',
    some: true,
  },
  {
    name: 'string in',
    where: { name: { in: ['Myr Renhold DA', 'Stein Reklame AS', 'Nobody AS'] } },
    filter: "(Name eq 'Myr Renhold DA' or Name eq 'Stein Reklame AS' or Name eq 'Nobody AS')",
    match: (r) => ['Myr Renhold DA', 'Stein Reklame AS', 'Nobody AS'].includes(String(r.name)),
    some: true,
  },
  {
    name: 'startsWith',
    where: { name: { startsWith: 'Tind' } },
    filter: "(startswith(Name,'Tind'))",
    match: (r) => String(r.name).startsWith('Tind'),
    some: true,
  },
  {
    name: 'endsWith',
    where: { name: { endsWith: ' DA' } },
    filter: "(endswith(Name,' DA'))",
    match: (r) => String(r.name).endsWith(' DA'),
    some: true,
  },
  {
    name: 'contains',
    where: { name: { contains: 'Data' } },
    filter: "(contains(Name,'Data'))",
    match: (r) => String(r.name).includes('Data'),
    some: true,
  },
  {
    name: 'contains, case-insensitive',
    where: { name: { contains: 'DATA', caseInsensitive: true } },
    filter: "(contains(tolower(Name),'data'))",
    match: (r) => String(r.name).toLowerCase().includes('data'),
    some: true,
  },
  {
    name: 'eq, case-insensitive',
    where: { name: { eq: 'MYR renhold da', caseInsensitive: true } },
    filter: "(tolower(Name) eq 'myr renhold da')",
    match: (r) => String(r.name).toLowerCase() === 'myr renhold da',
    some: true,
  },
  {
    name: 'startsWith + endsWith, case-insensitive, non-ASCII',
    where: { name: { startsWith: 'øST', endsWith: 'as', caseInsensitive: true } },
    filter: "(startswith(tolower(Name),'øst') and endswith(tolower(Name),'as'))",
    match: (r) =>
      String(r.name).toLowerCase().startsWith('øst') && String(r.name).toLowerCase().endsWith('as'),
  },
  {
    name: 'Long eq',
    where: { code: { eq: 10007 } },
    filter: '(Code eq 10007)',
    match: (r) => r.code === 10007,
    some: true,
  },
  {
    name: 'Long ne',
    where: { code: { ne: 10007 } },
    filter: '(Code ne 10007)',
    match: (r) => r.code !== 10007,
    some: true,
  },
  {
    name: 'Long gt / lte',
    where: { code: { gt: 10010, lte: 10020 } },
    filter: '(Code gt 10010 and Code le 10020)',
    match: (r) => Number(r.code) > 10010 && Number(r.code) <= 10020,
    some: true,
  },
  {
    name: 'Long gte / lt',
    where: { code: { gte: 10010, lt: 10020 } },
    filter: '(Code ge 10010 and Code lt 10020)',
    match: (r) => Number(r.code) >= 10010 && Number(r.code) < 10020,
    some: true,
  },
  {
    name: 'Long in',
    where: { code: { in: [10001, 10002, 99999] } },
    filter: '(Code eq 10001 or Code eq 10002 or Code eq 99999)',
    match: (r) => [10001, 10002, 99999].includes(Number(r.code)),
    some: true,
  },
  {
    name: 'Int gt',
    where: { paymentTerms: { gt: 14 } },
    filter: '(PaymentTerms gt 14)',
    match: (r) => (num(r.paymentTerms) ?? Number.NEGATIVE_INFINITY) > 14,
    some: true,
  },
  {
    name: 'Int in',
    where: { paymentTerms: { in: [10, 30] } },
    filter: '(PaymentTerms eq 10 or PaymentTerms eq 30)',
    match: (r) => r.paymentTerms === 10 || r.paymentTerms === 30,
  },
  {
    name: 'Date gte',
    where: { since: { gte: '2022-01-01' } },
    filter: "(Since ge DateTime'2022-01-01')",
    match: (r) => r.since != null && String(r.since) >= '2022-01-01',
    some: true,
  },
  {
    name: 'Date lt / ne',
    where: { since: { lt: '2022-01-01', ne: '2019-09-01' } },
    // One property's operators compile in a fixed order: eq, ne, gt, gte, lt, lte, in, ….
    filter: "(Since ne DateTime'2019-09-01' and Since lt DateTime'2022-01-01')",
    match: (r) =>
      r.since != null &&
      String(r.since) < '2022-01-01' &&
      !String(r.since).startsWith('2019-09-01'),
    some: true,
  },
  {
    name: 'DateTime lt',
    where: { lastChanged: { lt: '2025-01-01T00:00:00Z' } },
    filter: "(LastChanged lt DateTimeOffset'2025-01-01T00:00:00.000Z')",
    match: (r) => instant(r.lastChanged) < Date.parse('2025-01-01T00:00:00Z'),
    some: true,
  },
  {
    name: 'DateTime gt with an offset',
    where: { lastChanged: { gt: '2025-01-01T02:00:00+02:00' } },
    filter: "(LastChanged gt DateTimeOffset'2025-01-01T00:00:00.000Z')",
    match: (r) => instant(r.lastChanged) > Date.parse('2025-01-01T00:00:00Z'),
    some: true,
  },
  {
    name: 'Boolean eq',
    where: { isPerson: { eq: true } },
    filter: '(IsPerson eq true)',
    match: (r) => r.isPerson === true,
    some: true,
  },
  {
    name: 'Boolean ne',
    where: { isPerson: { ne: true } },
    filter: '(IsPerson ne true)',
    match: (r) => r.isPerson !== true,
    some: true,
  },
  {
    name: 'enum eq',
    where: { invoiceDeliveryType: { eq: 'EHF' } },
    filter: '(InvoiceDeliveryType eq 3)',
    match: (r) => r.invoiceDeliveryType === 3,
    some: true,
  },
  {
    name: 'enum in / ne',
    where: { invoiceDeliveryType: { in: ['PDF_BY_EMAIL', 'EFAKTURA'], ne: 'EFAKTURA' } },
    filter: '(InvoiceDeliveryType ne 6 and (InvoiceDeliveryType eq 1 or InvoiceDeliveryType eq 6))',
    match: (r) => r.invoiceDeliveryType === 1,
    some: true,
  },
  {
    name: 'isNull true',
    where: { firstName: { isNull: true } },
    filter: '(FirstName eq null)',
    match: (r) => r.firstName == null,
    some: true,
  },
  {
    name: 'isNull false',
    where: { departmentCode: { isNull: false } },
    filter: '(DepartmentCode ne null)',
    match: (r) => r.departmentCode != null,
    some: true,
  },
  {
    name: 'embedded address property',
    where: { mailAddress: { city: { eq: 'OSLO' } } },
    filter: "(MailAddress/City eq 'OSLO')",
    match: (r) => (r.mailAddress as Row | undefined)?.city === 'OSLO',
  },
  {
    name: 'embedded address, several properties and OR',
    where: {
      OR: [
        { mailAddress: { zipCode: { startsWith: '0' }, countryCode: { eq: 'NO' } } },
        { mailAddress: { city: { in: ['BERGEN', 'TROMSØ'] } } },
      ],
    },
    filter:
      "((MailAddress/CountryCode eq 'NO' and startswith(MailAddress/ZipCode,'0')) or (MailAddress/City eq 'BERGEN' or MailAddress/City eq 'TROMSØ'))",
    match: (r) => {
      const a = (r.mailAddress as Row | undefined) ?? {};
      return (
        (String(a.zipCode ?? '').startsWith('0') && a.countryCode === 'NO') ||
        ['BERGEN', 'TROMSØ'].includes(String(a.city))
      );
    },
    some: true,
  },
  {
    name: 'fields at one level are ANDed',
    where: { isPerson: { eq: false }, name: { endsWith: 'AS' } },
    filter: "(IsPerson eq false and endswith(Name,'AS'))",
    match: (r) => r.isPerson === false && String(r.name).endsWith('AS'),
    some: true,
  },
  {
    name: 'AND',
    where: { AND: [{ name: { startsWith: 'Tind' } }, { name: { endsWith: 'DA' } }] },
    filter: "(startswith(Name,'Tind') and endswith(Name,'DA'))",
    match: (r) => String(r.name).startsWith('Tind') && String(r.name).endsWith('DA'),
    some: true,
  },
  {
    name: 'OR',
    where: { OR: [{ name: { startsWith: 'Tind' } }, { code: { lt: 10003 } }] },
    filter: "(startswith(Name,'Tind') or Code lt 10003)",
    match: (r) => String(r.name).startsWith('Tind') || Number(r.code) < 10003,
    some: true,
  },
  {
    name: 'NOT',
    where: { NOT: { name: { contains: 'AS' } } },
    filter: "(not (contains(Name,'AS')))",
    match: (r) => !String(r.name).includes('AS'),
    some: true,
  },
  {
    name: 'nested AND / OR / NOT',
    where: {
      isPerson: { eq: false },
      OR: [
        { AND: [{ code: { gte: 10040 } }, { NOT: { name: { endsWith: 'AS' } } }] },
        { name: { in: ['Myr Renhold DA'] } },
      ],
    },
    // A level compiles in the (sorted) where type's order: AND, NOT, OR, then the properties.
    filter:
      "(((Code ge 10040 and not (endswith(Name,'AS'))) or Name eq 'Myr Renhold DA') and IsPerson eq false)",
    match: (r) =>
      r.isPerson === false &&
      ((Number(r.code) >= 10040 && !String(r.name).endsWith('AS')) || r.name === 'Myr Renhold DA'),
    some: true,
  },
  {
    name: 'an empty AND and an empty level constrain nothing',
    where: { AND: [], code: {} },
    filter: '',
    match: () => true,
    some: true,
  },
];

const CUSTOMERS = /* GraphQL */ `
  query ($where: CustomerWhere) {
    customers(first: 100, where: $where) {
      totalCount
      nodes { code }
    }
  }
`;

interface CodesData {
  customers: { totalCount: number; nodes: { code: number }[] };
}

describe('Customer where', () => {
  it.each(customerCases)('$name', async (c) => {
    h.emulator.reset();
    const res = await h.gql<CodesData>(CUSTOMERS, { where: c.where });
    expect(res.errors).toBeUndefined();
    const lists = h.upstream().filter((r) => r.resource === 'Customer' && r.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(filterOf(lists[0] as never) ?? '').toBe(c.filter);

    const want = h.emulator
      .rows('Customer')
      .filter(c.match)
      .map((r) => Number(r.code))
      .sort((a, b) => a - b);
    const got = (res.data as CodesData).customers.nodes.map((n) => n.code);
    expect(got).toEqual(want);
    expect((res.data as CodesData).customers.totalCount).toBe(want.length);
    if (c.some) expect(want.length).toBeGreaterThan(0);
  });
});

const invoiceCases: Case[] = [
  {
    name: 'invoice status enum',
    where: { status: { eq: 'PAID' } },
    filter: '(Status eq 3)',
    match: (r) => r.status === 3,
    some: true,
  },
  {
    name: 'invoice amount range and customer',
    where: { totalAmount: { gte: 10000.5 }, customerCode: { in: [10001, 10002, 10003] } },
    filter:
      '((CustomerCode eq 10001 or CustomerCode eq 10002 or CustomerCode eq 10003) and TotalAmount ge 10000.5)',
    match: (r) =>
      Number(r.totalAmount) >= 10000.5 && [10001, 10002, 10003].includes(Number(r.customerCode)),
    some: true,
  },
];

const INVOICES = /* GraphQL */ `
  query ($where: OutgoingInvoiceWhere) {
    outgoingInvoices(first: 100, where: $where, orderBy: [{ field: ORDER_NO }]) {
      totalCount
      nodes { databaseId orderNo }
    }
  }
`;

interface InvoiceData {
  outgoingInvoices: { totalCount: number; nodes: { databaseId: string; orderNo: number }[] };
}

describe('OutgoingInvoice where', () => {
  it.each(invoiceCases)('$name', async (c) => {
    h.emulator.reset();
    const res = await h.gql<InvoiceData>(INVOICES, { where: c.where });
    expect(res.errors).toBeUndefined();
    const [list] = h.upstream().filter((r) => r.resource === 'OutgoingInvoice');
    expect(filterOf(list as never)).toBe(c.filter);
    expect(new URLSearchParams(list?.query).get('$orderby')).toBe('OrderNo asc,Id asc');
    const want = h.emulator
      .rows('OutgoingInvoice')
      .filter(c.match)
      .map((r) => Number(r.orderNo))
      .sort((a, b) => a - b);
    expect((res.data as InvoiceData).outgoingInvoices.nodes.map((n) => n.orderNo)).toEqual(want);
    if (c.some) expect(want.length).toBeGreaterThan(0);
  });

  it('filters on a GUID', async () => {
    const target = h.emulator.rows('OutgoingInvoice')[5] as Row;
    h.emulator.reset();
    const res = await h.gql<InvoiceData>(INVOICES, {
      where: { id: { eq: String(target.id).toUpperCase() } },
    });
    expect(res.errors).toBeUndefined();
    const [list] = h.upstream();
    expect(filterOf(list as never)).toBe(`(Id eq ${String(target.id).toLowerCase()})`);
    expect((res.data as InvoiceData).outgoingInvoices.nodes.map((n) => n.databaseId)).toEqual([
      target.id,
    ]);
  });
});

describe('orderBy', () => {
  it('sorts upstream by the given keys, then by id', async () => {
    h.emulator.reset();
    const res = await h.gql<{ customers: { nodes: { code: number; name: string }[] } }>(
      /* GraphQL */ `
        {
          customers(first: 100, orderBy: [{ field: IS_PERSON, direction: DESC }, { field: NAME }]) {
            nodes { code name }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    const [list] = h.upstream();
    expect(new URLSearchParams(list?.query).get('$orderby')).toBe('IsPerson desc,Name asc,Id asc');
    const rows = [...h.emulator.rows('Customer')];
    const want = rows
      .sort(
        (a, b) =>
          Number(b.isPerson === true) - Number(a.isPerson === true) ||
          (String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0) ||
          Number(a.id) - Number(b.id),
      )
      .map((r) => r.code);
    expect(res.data?.customers.nodes.map((n) => n.code)).toEqual(want);
    expect(str(res.data?.customers.nodes[0]?.name)).not.toBeNull();
  });
});
