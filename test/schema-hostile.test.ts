import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { filterOf, useHarness } from './graph-harness.js';

// Hostile filter values reach PowerOffice as escaped literals and come back as correct results;
// paging mistakes are validation errors with a code, before any upstream call.

const h = useHarness({
  emulator: { scale: { customers: 30, invoicesPerCustomer: 1, products: 5 }, seed: 11 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const TRICKY_NAME = "O'Brien & Søn (AS) eq 'x' or 1 eq 1 / ? # % + ,";

beforeAll(async () => {
  await h.client.save(CustomerResource, { name: TRICKY_NAME });
});

const QUERY = /* GraphQL */ `
  query ($where: CustomerWhere) {
    customers(first: 100, where: $where) { totalCount nodes { code name } }
  }
`;

interface Data {
  customers: { totalCount: number; nodes: { code: number; name: string }[] };
}

const hostile: { name: string; where: Record<string, unknown>; expectNames: string[] }[] = [
  { name: 'a quote', where: { name: { eq: "Myr'" } }, expectNames: [] },
  { name: 'an injected clause', where: { name: { eq: "x' or Name ne 'y" } }, expectNames: [] },
  {
    name: 'OData keywords',
    where: { name: { contains: ' and not eq null or ' } },
    expectNames: [],
  },
  { name: 'a parenthesis', where: { name: { startsWith: "') or (1 eq 1" } }, expectNames: [] },
  { name: 'URL specials', where: { name: { contains: '&$top=1&$filter=' } }, expectNames: [] },
  { name: 'unicode', where: { name: { contains: 'Ærøskøbing ✓ 😀 𝔘' } }, expectNames: [] },
  {
    name: 'unicode, case-insensitive',
    where: { name: { eq: 'ÅÆØ', caseInsensitive: true } },
    expectNames: [],
  },
  { name: 'a long string', where: { name: { contains: 'x'.repeat(1500) } }, expectNames: [] },
  {
    name: 'the tricky name, exactly',
    where: { name: { eq: TRICKY_NAME } },
    expectNames: [TRICKY_NAME],
  },
  {
    name: 'the tricky name, by a hostile fragment',
    where: { name: { contains: "(AS) eq 'x' or 1", caseInsensitive: true } },
    expectNames: [TRICKY_NAME],
  },
  { name: 'an empty string', where: { name: { startsWith: '' } }, expectNames: ['*'] },
];

describe('hostile filter values', () => {
  it.each(hostile)('$name', async (c) => {
    h.emulator.reset();
    const res = await h.gql<Data>(QUERY, { where: c.where });
    expect(res.errors).toBeUndefined();
    const calls = h.upstream();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.status).toBe(200);
    const names = (res.data as Data).customers.nodes.map((n) => n.name);
    if (c.expectNames[0] === '*') {
      expect(names).toHaveLength(h.emulator.rows('Customer').length);
    } else {
      expect(names).toEqual(c.expectNames);
    }
    // The literal went out quoted, with every quote doubled.
    expect(filterOf(calls[0] as never)).toMatch(/'.*'/);
  });
});

function codeOf(res: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return res.errors?.[0]?.extensions?.code;
}

describe('validation errors', () => {
  const cases: {
    name: string;
    query: string;
    variables?: Record<string, unknown>;
    message: RegExp;
  }[] = [
    {
      name: 'first above the cap',
      query: '{ customers(first: 101) { totalCount } }',
      message: /at most 100/,
    },
    {
      name: 'last above the cap',
      query: '{ customers(last: 1000) { totalCount } }',
      message: /at most 100/,
    },
    {
      name: 'negative first',
      query: '{ customers(first: -1) { totalCount } }',
      message: /negative/,
    },
    {
      name: 'first and last',
      query: '{ customers(first: 1, last: 1) { totalCount } }',
      message: /either/,
    },
    {
      name: 'a garbage cursor',
      query: '{ customers(after: "garbage") { totalCount } }',
      message: /not a valid cursor/,
    },
    {
      name: 'a cursor with a bad offset',
      query: `{ customers(after: "${Buffer.from('cursor:-5').toString('base64')}") { totalCount } }`,
      message: /not a valid cursor/,
    },
    {
      name: 'a cursor of another encoding',
      query: `{ customers(before: "${Buffer.from('arrayconnection:3').toString('base64')}") { totalCount } }`,
      message: /not a valid cursor/,
    },
    {
      name: 'an empty in',
      query: '{ customers(where: { code: { in: [] } }) { totalCount } }',
      message: /at least one value/,
    },
    {
      name: 'an empty OR',
      query: '{ customers(where: { OR: [] }) { totalCount } }',
      message: /at least one entry/,
    },
    {
      name: 'NOT of nothing',
      query: '{ customers(where: { NOT: {} }) { totalCount } }',
      message: /matches nothing/,
    },
    {
      name: 'too many in values',
      query: `{ customers(where: { code: { in: [${Array.from({ length: 101 }, (_, i) => i).join(',')}] } }) { totalCount } }`,
      message: /at most 100 values/,
    },
    {
      name: 'a filter too long for a URL',
      query: '{ customers(where: $w) { totalCount } }'.replace(
        '$w',
        `{ name: { contains: "${'ø'.repeat(1200)}" } }`,
      ),
      message: /too long/,
    },
    {
      name: 'a malformed global id',
      query: '{ node(id: "%%%") { id } }',
      message: /not a valid global id/,
    },
    {
      name: 'a global id with a bad number',
      query: `{ node(id: "${Buffer.from('Customer:abc').toString('base64')}") { id } }`,
      message: /not a PowerOffice id/,
    },
    {
      name: 'a relation page above the cap',
      query: '{ customers(first: 1) { nodes { invoices(first: 500) { totalCount } } } }',
      message: /at most 100/,
    },
  ];

  it.each(cases)('$name', async (c) => {
    h.emulator.reset();
    const res = await h.gql(c.query, c.variables);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(c.message);
    if (c.name !== 'a relation page above the cap') expect(h.upstream()).toEqual([]);
  });

  it('rejects a Long outside the safe integer range and a malformed Date', async () => {
    const big = await h.gql('{ customer(code: 99999999999999999999) { code } }');
    expect(big.errors?.[0]?.message).toMatch(/Long/);
    const date = await h.gql(
      '{ customers(where: { since: { gte: "2024-02-30" } }) { totalCount } }',
    );
    expect(date.errors?.[0]?.message).toMatch(/Date/);
  });
});

describe('paging', () => {
  const PAGE = /* GraphQL */ `
    query ($first: Int, $after: String, $last: Int, $before: String) {
      customers(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { code } }
      }
    }
  `;
  interface PageData {
    customers: {
      totalCount: number;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      edges: { cursor: string; node: { code: number } }[];
    };
  }
  const allCodes = () =>
    [...h.emulator.rows('Customer')].sort((a, b) => Number(a.id) - Number(b.id)).map((r) => r.code);

  it('walks forward with first/after and backward with last/before over the same rows', async () => {
    const all = allCodes();
    const forward: unknown[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: { data?: PageData | null } = await h.gql<PageData>(PAGE, { first: 7, after });
      const page = (res.data as PageData).customers;
      forward.push(...page.edges.map((e) => e.node.code));
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);

    const backward: unknown[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: { data?: PageData | null } = await h.gql<PageData>(PAGE, { last: 7, before });
      const page = (res.data as PageData).customers;
      backward.unshift(...page.edges.map((e) => e.node.code));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('reads the last rows of a list in one request, in reverse order upstream', async () => {
    h.emulator.reset();
    const res = await h.gql<PageData>(PAGE, { last: 3 });
    const page = (res.data as PageData).customers;
    expect(page.edges.map((e) => e.node.code)).toEqual(allCodes().slice(-3));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const calls = h.upstream();
    expect(calls).toHaveLength(1);
    const q = new URLSearchParams(calls[0]?.query);
    expect(q.get('$orderby')).toBe('Id desc');
    expect(q.get('$top')).toBe('3');
  });

  it('pages between two cursors', async () => {
    const first = (await h.gql<PageData>(PAGE, { first: 10 })).data as PageData;
    const after = first.customers.edges[2]?.cursor;
    const before = first.customers.edges[8]?.cursor;
    const mid = (await h.gql<PageData>(PAGE, { first: 50, after, before })).data as PageData;
    expect(mid.customers.edges.map((e) => e.node.code)).toEqual(allCodes().slice(3, 8));
    const tail = (await h.gql<PageData>(PAGE, { last: 2, after, before })).data as PageData;
    expect(tail.customers.edges.map((e) => e.node.code)).toEqual(allCodes().slice(6, 8));
  });

  it('answers first: 0 with the count only, and pages past the end with no rows', async () => {
    const none = (await h.gql<PageData>(PAGE, { first: 0 })).data as PageData;
    expect(none.customers.edges).toEqual([]);
    expect(none.customers.totalCount).toBe(allCodes().length);
    expect(none.customers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = ((await h.gql<PageData>(PAGE, { last: 1 })).data as PageData).customers;
    const past = (await h.gql<PageData>(PAGE, { first: 2, after: last.pageInfo.endCursor }))
      .data as PageData;
    expect(past.customers.edges).toEqual([]);
    expect(past.customers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('defaults to 20 rows', async () => {
    const res = (await h.gql<PageData>(PAGE, {})).data as PageData;
    expect(res.customers.edges).toHaveLength(20);
  });
});
