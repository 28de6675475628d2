import { Writable } from 'node:stream';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, getIntrospectionQuery } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { fastPathSince, type GqlResponse, type Harness, startHarness } from './graph-harness.js';

// Hot queries run compiled by graphql-jit (src/plugins/compiled-execution.ts), and from their
// third run on the server's fast path (src/plugins/fast-path.ts). Two stacks on two emulators
// with the same seed, one with compiled execution (and so the fast path) off: every document
// below runs four times on each (on the second stack: the first run on the executor, the second
// compiled through Yoga, the next two on the fast path) and must give the same answer (data,
// errors with their locations and codes, cost) and the same upstream calls. The GET cache and the
// operation cache are off, so every run goes upstream.

const SEED = { scale: { customers: 10, invoicesPerCustomer: 3, products: 8 }, seed: 11 } as const;
const ENV = { POWEROFFICE_CACHE_TTL_MS: '0', POWEROFFICE_RETRY_ATTEMPTS: '0' };

/** The server's log lines (JSON), kept for the assertions on what was compiled. */
const lines: Record<string, unknown>[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
    done();
  },
});
const compiledLog = () =>
  lines.filter((l) => l.msg === 'query compiled').map((l) => l.operationName);
const keptLog = () =>
  lines.filter((l) => l.msg === 'query kept on the executor').map((l) => l.operationName);

let executor: Harness;
let compiled: Harness;
let codes: number[] = [];

beforeAll(async () => {
  [executor, compiled] = await Promise.all([
    startHarness({
      emulator: SEED,
      env: ENV,
      server: { compiledExecution: false, responseCache: false },
    }),
    startHarness({
      emulator: SEED,
      env: ENV,
      server: { responseCache: false },
      logger: pino({ level: 'debug' }, logSink),
    }),
  ]);
  codes = executor.emulator
    .rows('Customer')
    .map((r) => (r as { code: number }).code)
    .sort((a, b) => a - b);
});
afterAll(async () => {
  await Promise.all([executor?.close(), compiled?.close()]);
});

/** Upstream calls as method, path and decoded query, in the order sent. */
function calls(h: Harness): string[] {
  return h.upstream().map((r) => `${r.method} ${r.path}?${decodeURIComponent(r.query)}`);
}

/** An answer's data, which must be there. */
function dataOf<T>(answer: GqlResponse<Record<string, unknown>> | undefined): T {
  if (!answer?.data) throw new Error(`no data in ${JSON.stringify(answer)}`);
  return answer.data as T;
}

/** The compiled stack's fast-path counts since `before` (an earlier result of this call). */
const fastPath = (before?: { served: number; handedOver: number }) =>
  fastPathSince(compiled.server, before);

/**
 * Runs `query` with each set of variables four times on both stacks, asserting equal answers
 * and equal upstream calls run by run; returns the compiled stack's answers.
 */
async function same(
  query: string,
  variableSets: Record<string, unknown>[],
): Promise<GqlResponse<Record<string, unknown>>[]> {
  const answers: GqlResponse<Record<string, unknown>>[] = [];
  for (let run = 0; run < 4; run += 1) {
    for (const variables of variableSets) {
      executor.emulator.reset();
      compiled.emulator.reset();
      const a = await executor.gql(query, variables);
      const b = await compiled.gql(query, variables);
      expect(b, `run ${run + 1}, variables ${JSON.stringify(variables)}`).toEqual(a);
      // The same text too: fields in the selection's order, as the spec asks.
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      // Detail GETs go out in parallel: their order is not part of the contract.
      expect(calls(compiled).sort()).toEqual(calls(executor).sort());
      answers.push(b);
    }
  }
  return answers;
}

describe('a hot query runs compiled with the same answer and the same upstream calls', () => {
  it('the nested scenario: customers → invoices → lines → product → group', async () => {
    const before = compiledLog().length;
    const fast = fastPath();
    const answers = await same(
      `query Nested($from: Long!) {
        customers(first: 4, where: { code: { gte: $from } }, orderBy: [{ field: CODE, direction: ASC }]) {
          nodes {
            code
            name
            invoices(first: 2, orderBy: [{ field: ORDER_DATE, direction: DESC }]) {
              nodes {
                invoiceNo
                totalAmount
                lines { description quantity product { code name group { name } } }
              }
            }
          }
        }
      }`,
      [{ from: codes[0] }, { from: codes[4] }],
    );
    const first = dataOf<{
      customers: { nodes: { invoices: { nodes: { lines: unknown[] }[] } }[] };
    }>(answers[0]);
    expect(first.customers.nodes).toHaveLength(4);
    expect(
      first.customers.nodes.flatMap((c) => c.invoices.nodes.flatMap((i) => i.lines)).length,
    ).toBeGreaterThan(4);
    expect(answers[0]?.errors).toBeUndefined();
    // Compiled once, on its second run; its later runs reuse it, on the fast path.
    expect(compiledLog().slice(before)).toEqual(['Nested']);
    // Every run after the document's first two (the executor's, then the compiling one).
    expect(fastPath(fast)).toEqual({ served: 6, handedOver: 0 });
  });

  it('a page read as nodes, as edges and by its cursors, alone and together', async () => {
    // `nodes` has no resolver (the page holds its rows); edges and cursors are made when read.
    const fast = fastPath();
    const answers = await same(
      `query Pages($first: Int!) {
        nodesOnly: customers(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {
          nodes { code }
        }
        both: customers(first: $first, orderBy: [{ field: CODE, direction: DESC }]) {
          totalCount
          nodes { code }
          edges { cursor node { code invoices(first: 1) { edges { node { invoiceNo } } } } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
        cursorsOnly: customers(first: $first) { pageInfo { startCursor endCursor } }
      }`,
      [{ first: 3 }, { first: 1 }],
    );
    type Page = {
      nodes: { code: number }[];
      edges: { cursor: string; node: { code: number } }[];
      pageInfo: { startCursor: string; endCursor: string };
    };
    const data = dataOf<{ nodesOnly: Page; both: Page; cursorsOnly: Page }>(answers[0]);
    expect(data.nodesOnly.nodes.map((n) => n.code)).toEqual(codes.slice(0, 3));
    expect(data.both.edges.map((e) => e.node.code)).toEqual(data.both.nodes.map((n) => n.code));
    expect(data.both.pageInfo.startCursor).toBe(data.both.edges[0]?.cursor);
    expect(data.both.pageInfo.endCursor).toBe(data.both.edges[2]?.cursor);
    expect(data.cursorsOnly.pageInfo.startCursor).toEqual(expect.any(String));
    expect(fastPath(fast)).toEqual({ served: 6, handedOver: 0 });
  });

  it('fragments under @include and @skip, aliases, defaults and __typename', async () => {
    const fast = fastPath();
    const answers = await same(
      `query Shapes($withName: Boolean!, $skipInvoices: Boolean!, $first: Int = 3) {
        list: customers(first: $first, orderBy: [{ field: CODE, direction: DESC }]) {
          totalCount
          nodes {
            __typename
            ...Who @include(if: $withName)
            ... on Customer @skip(if: $skipInvoices) { invoices(first: 1) { nodes { invoiceNo } } }
            again: code
          }
        }
      }
      fragment Who on Customer { name code }`,
      [
        { withName: true, skipInvoices: false },
        { withName: false, skipInvoices: true },
        { withName: true, skipInvoices: true, first: 1 },
      ],
    );
    const shown = dataOf<{ list: { nodes: Record<string, unknown>[] } }>(answers[0]).list.nodes;
    expect(Object.keys(shown[0] ?? {}).sort()).toEqual([
      '__typename',
      'again',
      'code',
      'invoices',
      'name',
    ]);
    const hidden = dataOf<{ list: { nodes: Record<string, unknown>[] } }>(answers[1]).list.nodes;
    expect(Object.keys(hidden[0] ?? {}).sort()).toEqual(['__typename', 'again']);
    // The third set's page size was new: its first run went through Yoga's validation.
    expect(fastPath(fast)).toEqual({ served: 9, handedOver: 0 });
  });

  it('an interface field resolves the concrete type', async () => {
    const list = await executor.gql<{ customers: { nodes: { id: string }[] } }>(
      '{ customers(first: 2) { nodes { id } } }',
    );
    const ids = list.data?.customers.nodes.map((n) => n.id) ?? [];
    expect(ids).toHaveLength(2);
    const fast = fastPath();
    const answers = await same(
      'query Node($id: ID!) { node(id: $id) { __typename id ... on Customer { code name } } }',
      ids.map((id) => ({ id })),
    );
    expect(dataOf<{ node: { __typename: string } }>(answers[0]).node.__typename).toBe('Customer');
    expect(fastPath(fast)).toEqual({ served: 6, handedOver: 0 });
  });

  it('the introspection query GraphiQL and codegen send', async () => {
    const fast = fastPath();
    const answers = await same(getIntrospectionQuery({ specifiedByUrl: true }), [{}]);
    const types = dataOf<{ __schema: { types: unknown[] } }>(answers[0]).__schema.types;
    expect(types.length).toBeGreaterThan(300);
    expect(compiledLog()).toContain('IntrospectionQuery');
    expect(fastPath(fast)).toEqual({ served: 2, handedOver: 0 });
  });

  it('bad variables get the same errors once the query is compiled', async () => {
    const fast = fastPath();
    const answers = await same('query Point($code: Long!) { customer(code: $code) { name } }', [
      { code: codes[1] },
      { code: 'not a number' },
      {},
    ]);
    expect(answers[0]?.data).toEqual({ customer: { name: expect.any(String) } });
    expect(answers[1]?.errors?.[0]?.message).toContain('$code');
    expect(answers[2]?.errors?.[0]?.message).toContain('$code');
    // On the fast path, variables that do not coerce go to Yoga before anything runs.
    expect(fastPath(fast)).toEqual({ served: 3, handedOver: 7 });
  });

  it('upstream failures keep their code, path and locations', async () => {
    for (const h of [executor, compiled]) {
      h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0 } });
    }
    const fast = fastPath();
    try {
      const answers = await same(
        `query Failing {
          products(first: 2) { totalCount }
        }`,
        [{}],
      );
      expect(answers.at(-1)?.errors).toEqual([
        {
          message: expect.any(String),
          locations: [{ line: 2, column: 11 }],
          path: ['products'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ]);
      // Run on the fast path, then masked and written by Yoga from the fast path's result.
      expect(fastPath(fast)).toEqual({ served: 0, handedOver: 2 });
    } finally {
      for (const h of [executor, compiled]) {
        h.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
      }
    }
  });
});

describe('the schema for compiled queries', () => {
  it('a field that reads its own property has no resolver, so compiled code reads it inline', () => {
    const invoice = schema.getType('OutgoingInvoice') as GraphQLObjectType;
    const fields = invoice.getFields();
    // Scalars as PowerOffice sends them: graphql's default resolver dropped.
    for (const name of ['invoiceNo', 'orderDate', 'totalAmount', 'customerCode']) {
      expect(fields[name]?.resolve, name).toBeUndefined();
    }
    // Relations and enums (decoded) keep theirs.
    expect(fields.customer?.resolve).toBeTypeOf('function');
    expect(fields.status?.resolve).toBeTypeOf('function');
    let without = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type instanceof GraphQLObjectType && !type.name.startsWith('__')) {
        for (const field of Object.values(type.getFields())) if (!field.resolve) without += 1;
      }
    }
    expect(without).toBeGreaterThan(800);
  });
});

describe('what stays on the executor', () => {
  it('a variable of a recursive input type is not given to graphql-jit', async () => {
    // graphql-jit unrolls such a type's coercion until the stack overflows, which took seconds
    // of a blocked event loop: the plugin does not try.
    const before = keptLog().length;
    const fast = fastPath();
    const started = performance.now();
    const answers = await same(
      'query Either($w: CustomerWhere) { customers(first: 5, where: $w) { nodes { code } } }',
      [{ w: { OR: [{ code: { eq: codes[2] } }, { code: { eq: codes[3] } }] } }],
    );
    expect(dataOf<{ customers: { nodes: unknown[] } }>(answers[0]).customers.nodes).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Decided once, on the second run.
    expect(keptLog().slice(before)).toEqual(['Either']);
    expect(compiledLog()).not.toContain('Either');
    // Not compiled, so never on the fast path.
    expect(fastPath(fast)).toEqual({ served: 0, handedOver: 0 });
  });

  it('a mutation is never compiled', async () => {
    const list = await compiled.gql<{ customers: { nodes: { id: string }[] } }>(
      '{ customers(first: 1) { nodes { id } } }',
    );
    const id = list.data?.customers.nodes[0]?.id;
    const mutation = `mutation Rename($id: ID!, $name: String!) {
      updateCustomer(input: { id: $id, data: { name: $name } }) { __typename }
    }`;
    const fast = fastPath();
    for (let run = 0; run < 4; run += 1) {
      const res = await compiled.gql(mutation, { id, name: `Renamed ${run}` });
      expect(res.data).toEqual({ updateCustomer: { __typename: 'UpdateCustomerPayload' } });
    }
    expect(compiledLog()).not.toContain('Rename');
    expect(keptLog()).not.toContain('Rename');
    expect(fastPath(fast)).toEqual({ served: 0, handedOver: 0 });
  });
});

describe('a compiled query that fails inside graphql-jit', () => {
  // A property read that throws escapes graphql-jit's compiled code (the executor makes it a
  // field error). After an asynchronous resolver the same read leaves graphql-jit's promise
  // unsettled with an unhandled rejection inside it (0.8.9), which no fallback can answer; the
  // facade's parents cannot throw on a read (see `runCompiled`).
  const broken = () => ({
    get a(): string {
      throw new Error('broken getter');
    },
  });
  const Item = new GraphQLObjectType({ name: 'Item', fields: { a: { type: GraphQLString } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        now: { type: Item, resolve: broken },
      },
    }),
  });

  it('is answered by the executor, and not compiled again', async () => {
    const h = await startHarness({
      server: { exposeCost: false, responseCache: false },
      logger: pino({ level: 'debug' }, logSink),
      schema,
    });
    try {
      const query = 'query Now { now { a } }';
      for (let run = 0; run < 3; run += 1) {
        expect(await h.gql(query), `run ${run + 1}`).toEqual({
          data: { now: { a: null } },
          errors: [
            {
              message: 'Unexpected error.',
              locations: [{ line: 1, column: query.indexOf('a }') + 1 }],
              path: ['now', 'a'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      }
      // Compiled on the second run, failed there (a warning), and left on the executor for the
      // third.
      expect(compiledLog().filter((n) => n === 'Now')).toHaveLength(1);
      const failed = lines.filter((l) => l.operationName === 'Now' && l.level === 40);
      expect(failed.map((l) => [l.msg, l.message])).toEqual([
        [
          'compiled query failed; the executor answered it and runs it from now on',
          'broken getter',
        ],
      ]);
    } finally {
      await h.close();
    }
  });
});
