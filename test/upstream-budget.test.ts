import { parse, ValidationContext } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FACADE_QUERIES, keyOf } from '../bench/scenarios.js';
import { loadConfig } from '../src/config.js';
import { DEFAULT_LIMITS, estimateUpstreamCalls } from '../src/plugins/limits.js';
import { schema } from '../src/schema/index.js';
import { gid, startHarness, useHarness } from './graph-harness.js';

// The upstream-call budget (issue 14): estimated from the `upstream` cost each generated field
// declares, refused before any PowerOffice call, and an upper bound of what runs.

const h = useHarness({
  emulator: { seed: 3, scale: { customers: 30, invoicesPerCustomer: 5, products: 20 } },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const estimate = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions[0];
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  const context = new ValidationContext(schema, document, schema.getTypeMap() as never, () => {});
  return estimateUpstreamCalls(context, operation, DEFAULT_LIMITS, variables);
};

const invoiceIds = (n: number) =>
  h.emulator
    .rows('OutgoingInvoice')
    .slice(0, n)
    .map((r) => gid('OutgoingInvoice', r.id));

const aliasedPages = (n: number, first: number) =>
  `{ ${Array.from(
    { length: n },
    (_, i) =>
      `a${i}: outgoingInvoices(first: ${first}, where: { invoiceNo: { gte: ${i * first} } }) { nodes { lines { description } } }`,
  ).join(' ')} }`;

describe('the upstream-call estimate', () => {
  it('prices each field from its generated cost: lists, batches, relations, details, ids', () => {
    expect(estimate('{ customers(first: 5) { nodes { code } } }')).toBe(1);
    // Relation: one batched call for the 5 parents, plus at most one per parent.
    expect(
      estimate('{ customers(first: 5) { nodes { invoices(first: 2) { totalCount } } } }'),
    ).toBe(1 + 1 + 5);
    // `lines` and a detail-only scalar of the same invoice share one GET per invoice.
    expect(estimate('{ outgoingInvoices(first: 10) { nodes { lines { description } } } }')).toBe(
      1 + 10,
    );
    // Forward references batch: 100 invoices' customers in ceil(100 / 50) calls.
    expect(estimate('{ outgoingInvoices(first: 100) { nodes { customer { name } } } }')).toBe(
      1 + 2,
    );
    expect(
      estimate('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] }),
    ).toBe(3);
    // Fragments cost what they would inline.
    expect(
      estimate(
        '{ outgoingInvoices(first: 4) { nodes { ...L } } } fragment L on OutgoingInvoice { lines { description } }',
      ),
    ).toBe(1 + 4);
  });

  it('bench s1 (65 real calls) is estimated at an upper bound well under the default', () => {
    const calls = estimate(FACADE_QUERIES.s1, { from: 10001 });
    expect(calls).toBeGreaterThanOrEqual(65);
    expect(calls).toBeLessThanOrEqual(DEFAULT_LIMITS.maxUpstreamCalls);
  });

  it('every connection, reference and lookup field of the schema declares its cost', () => {
    const missing: string[] = [];
    const nodeTypes = new Set(
      Object.values(schema.getTypeMap())
        .filter((t) => 'getInterfaces' in t && t.getInterfaces().some((i) => i.name === 'Node'))
        .map((t) => t.name),
    );
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__') || !('getInterfaces' in type)) {
        continue;
      }
      if (type.name === 'Mutation' || type.name.endsWith('Payload')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = String(field.type).replace(/[[\]!]/g, '');
        const loads = nodeTypes.has(named) || named.endsWith('Connection') || named === 'Node';
        if (loads && !field.extensions.upstream && !type.name.endsWith('Edge')) {
          if (!type.name.endsWith('Connection')) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('refusals, before any upstream call', () => {
  it('15 aliased invoice pages with lines: refused with the estimate', async () => {
    h.emulator.reset();
    const res = await h.gql(aliasedPages(15, 100));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_BUDGET_EXCEEDED',
      limit: 1000,
      estimate: 15 * 101,
    });
    expect(h.upstream()).toHaveLength(0);
  });

  it('nodes(ids:) above 100 ids is BAD_USER_INPUT, whether literal or variable', async () => {
    h.emulator.reset();
    const viaVariable = await h.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on OutgoingInvoice { invoiceNo } } }',
      { ids: invoiceIds(101) },
    );
    expect(viaVariable.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      max: 100,
    });
    const literal = `{ nodes(ids: [${invoiceIds(101)
      .map((i) => `"${i}"`)
      .join(',')}]) { id } }`;
    expect((await h.gql(literal)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.upstream()).toHaveLength(0);
  });

  it('a lower FACADE_MAX_UPSTREAM_CALLS refuses what the default lets through', async () => {
    const limits = loadConfig({ FACADE_MAX_UPSTREAM_CALLS: '21' }).limits;
    const tight = await startHarness({ emulator: { seed: 3, scale: 'tiny' }, server: { limits } });
    try {
      expect(estimate(aliasedPages(2, 10))).toBe(2 * 11);
      expect((await h.gql(aliasedPages(2, 10))).errors).toBeUndefined();
      tight.emulator.reset();
      const res = await tight.gql(aliasedPages(2, 10));
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_BUDGET_EXCEEDED',
        limit: 21,
        estimate: 22,
      });
      expect(tight.upstream()).toHaveLength(0);
    } finally {
      await tight.close();
    }
  });
});

describe('what is let through costs at most its estimate', () => {
  it('100 invoice ids: 100 GETs at most, answered', async () => {
    h.emulator.reset();
    const ids = invoiceIds(100);
    const query =
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on OutgoingInvoice { invoiceNo } } }';
    const res = await h.gql<{ nodes: unknown[] }>(query, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes.filter(Boolean)).toHaveLength(100);
    expect(h.upstream().length).toBeLessThanOrEqual(estimate(query, { ids }));
    expect(h.upstream().length).toBe(100);
  });

  it('bench s1 against the emulator stays within its estimate', async () => {
    h.emulator.reset();
    const vars = keyOf(
      {
        customerCodes: h.emulator.rows('Customer').map((c) => c.code as number),
        firstOrderDate: '2000-01-01',
        lastOrderDate: '2100-01-01',
      },
      's1',
      0,
    );
    const res = await h.gql(FACADE_QUERIES.s1, vars);
    expect(res.errors).toBeUndefined();
    expect(h.upstream().length).toBeLessThanOrEqual(estimate(FACADE_QUERIES.s1, vars));
  });
});
