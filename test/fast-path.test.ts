import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPathSince, type GqlResponse, type Harness, startHarness } from './graph-harness.js';

// The server's fast path (src/plugins/fast-path.ts) replays verdicts Yoga reached: every request
// it does not answer itself must get what Yoga would answer. Two stacks on two emulators with the
// same seed, one with the fast path off; each operation is first sent twice (Yoga admits it, then
// compiles it), so later requests reach the fast path, whose answers and upstream calls must equal
// Yoga's. The cost limit is low, so a page size decides whether an operation is refused.

const SEED = { scale: { customers: 10, invoicesPerCustomer: 3, products: 8 }, seed: 5 } as const;
const ENV = { POWEROFFICE_CACHE_TTL_MS: '0', POWEROFFICE_RETRY_ATTEMPTS: '0' };
const LIMITS = { maxCost: 60 };

let yoga: Harness;
let fast: Harness;

beforeAll(async () => {
  [yoga, fast] = await Promise.all([
    startHarness({
      emulator: SEED,
      env: ENV,
      server: { fastPath: false, responseCache: false, limits: LIMITS },
    }),
    startHarness({ emulator: SEED, env: ENV, server: { responseCache: false, limits: LIMITS } }),
  ]);
});
afterAll(async () => {
  await Promise.all([yoga?.close(), fast?.close()]);
});

interface Answer {
  status: number;
  /** Header names and values, without the ones that differ by connection or time. */
  headers: Record<string, string>;
  text: string;
}

const VARYING = new Set(['date', 'connection', 'keep-alive']);

async function post(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const kept: Record<string, string> = {};
  for (const [name, value] of res.headers) if (!VARYING.has(name)) kept[name] = value;
  return { status: res.status, headers: kept, text: await res.text() } satisfies Answer;
}

/** The fast stack's counts since `before` (an earlier result of this call). */
const since = (before?: { served: number; handedOver: number }) =>
  fastPathSince(fast.server, before);

/** Upstream calls as method, path and decoded query, sorted. */
function calls(h: Harness): string[] {
  return h
    .upstream()
    .map((r) => `${r.method} ${r.path}?${decodeURIComponent(r.query)}`)
    .sort();
}

/** Sends `body` to both stacks; the answers (status, headers, text) and upstream calls match. */
async function both(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  yoga.emulator.reset();
  fast.emulator.reset();
  const a = await post(yoga, body, headers);
  const b = await post(fast, body, headers);
  expect(b, JSON.stringify(body).slice(0, 200)).toEqual(a);
  expect(calls(fast)).toEqual(calls(yoga));
  return b;
}

const PAGE = `query Page($n: Int!) {
  customers(first: $n, orderBy: [{ field: CODE, direction: ASC }]) {
    nodes { code invoices(first: 3) { nodes { invoiceNo } } }
  }
}`;

/** Sends `body` twice to both stacks, so the fast stack has admitted and compiled it. */
async function warm(body: unknown): Promise<void> {
  for (let run = 0; run < 2; run += 1) await both(body);
}

describe('the fast path answers as Yoga does', () => {
  it('status, headers and text, for each Accept, with the same upstream calls', async () => {
    const body = { query: PAGE, variables: { n: 2 }, operationName: 'Page' };
    await warm(body);
    const before = since();
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      const answer = await both(body, accept ? { accept } : {});
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).data.customers.nodes).toHaveLength(2);
    }
    expect(since(before)).toEqual({ served: 3, handedOver: 0 });
  });

  it('a page size Yoga has not passed is validated by Yoga, and refused over the cost limit', async () => {
    await warm({ query: PAGE, variables: { n: 1 } });
    const before = since();
    // Admitted with n = 1: n = 3 is under the limit too, but only Yoga may say so.
    const three = await both({ query: PAGE, variables: { n: 3 } });
    expect(JSON.parse(three.text).data.customers.nodes).toHaveLength(3);
    const costly = await both({ query: PAGE, variables: { n: 50 } });
    expect(JSON.parse(costly.text).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(fast.upstream()).toHaveLength(0);
    // Refused again, though the document itself is admitted and compiled.
    await both({ query: PAGE, variables: { n: 50 } });
    expect(since(before)).toEqual({ served: 0, handedOver: 0 });
    // n = 3 passed Yoga's validation once: from now on the fast path runs it.
    await both({ query: PAGE, variables: { n: 3 } });
    expect(since(before)).toEqual({ served: 1, handedOver: 0 });
  });

  it('variables nested too deep are refused with Yoga’s 400, before anything runs', async () => {
    await warm({ query: PAGE, variables: { n: 1 } });
    const before = since();
    let deep: unknown = 1;
    for (let level = 0; level < 70; level += 1) deep = { deeper: deep };
    const refused = await both({ query: PAGE, variables: { n: 1, extra: deep } });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fast.upstream()).toHaveLength(0);
    expect(since(before)).toEqual({ served: 0, handedOver: 0 });
  });

  it('requests of another shape go to Yoga: extensions, unknown parameters, other names, other JSON types, Origin', async () => {
    const body = { query: PAGE, variables: { n: 2 } };
    await warm(body);
    const before = since();
    await both({ ...body, extensions: {} });
    expect(since(before)).toEqual({ served: 0, handedOver: 0 });
    const unknown = await both({ ...body, context: 'x' });
    expect(unknown.status).toBe(400);
    const wrongName = await both({ ...body, operationName: 'Other' });
    expect(JSON.parse(wrongName.text).errors[0].message).toMatch(/Could not determine/);
    const emptyName = await both({ ...body, operationName: '' });
    expect(JSON.parse(emptyName.text).errors[0].message).toMatch(/Could not determine/);
    const jsonSeq = await both(body, { 'content-type': 'application/json-seq' });
    expect(jsonSeq.status).toBeGreaterThanOrEqual(400);
    const variablesList = await both({ query: PAGE, variables: [2] });
    expect(variablesList.status).toBe(400);
    // Cross-origin: Yoga owns CORS, so its headers are on the answer.
    const cors = await both(body, { origin: 'https://app.example' });
    expect(cors.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(since(before)).toEqual({ served: 0, handedOver: 0 });
    // The admitted shape itself is still served, with or without a charset.
    await both(body);
    await both(body, { 'content-type': 'application/json; charset=utf-8' });
    expect(since(before)).toEqual({ served: 2, handedOver: 0 });
  });

  it('a mutation is never admitted', async () => {
    const list = JSON.parse(
      (await post(fast, { query: '{ customers(first: 1) { nodes { id } } }' })).text,
    );
    const id = list.data.customers.nodes[0].id;
    const before = since();
    for (let run = 0; run < 4; run += 1) {
      const res = await post(fast, {
        query: `mutation Rename($id: ID!, $name: String!) {
          updateCustomer(input: { id: $id, data: { name: $name } }) { __typename }
        }`,
        variables: { id, name: `Fast ${run}` },
      });
      expect(JSON.parse(res.text).data.updateCustomer.__typename).toBe('UpdateCustomerPayload');
    }
    expect(since(before)).toEqual({ served: 0, handedOver: 0 });
  });
});

describe('the fast path with the operation cache', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: SEED, env: { POWEROFFICE_CACHE_TTL_MS: '60000' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores what it runs, and identical requests in flight wait for its answer', async () => {
    const query = 'query Point($code: Long!) { customer(code: $code) { name } }';
    const codes = h.emulator.rows('Customer').map((r) => (r as { code: number }).code);
    for (const code of codes.slice(0, 2)) {
      const answer = await h.gql<{ customer: { name: string } }>(query, { code });
      expect(answer.errors).toBeUndefined();
    }
    const before = fastPathSince(h.server);
    h.emulator.reset();
    h.emulator.configure({ latency: { fixedMs: 80, jitterMs: 0 } });
    let answers: Awaited<ReturnType<typeof h.gql>>[];
    try {
      answers = await Promise.all(
        Array.from({ length: 5 }, () => h.gql(query, { code: codes[2] })),
      );
    } finally {
      h.emulator.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    }
    for (const a of answers) expect(a.data).toEqual(answers[0]?.data);
    // One execution on the fast path; the other four waited for its answer.
    expect(fastPathSince(h.server, before)).toEqual({ served: 1, handedOver: 0 });
    expect(h.upstream()).toHaveLength(1);
    expect(answers[0]?.extensions?.poweroffice?.requests).toBe(1);
    // Stored: the same request again is a hit, with nothing upstream.
    h.emulator.reset();
    const hit = await h.gql(query, { code: codes[2] });
    expect(hit.data).toEqual(answers[0]?.data);
    expect(hit.extensions?.poweroffice?.requests).toBe(0);
    expect(h.upstream()).toHaveLength(0);
  });

  it('a run that fails is handed to Yoga, which answers it and leaves nothing cached', async () => {
    const query = 'query Failing($code: Long!) { customer(code: $code) { name } }';
    const codes = h.emulator.rows('Customer').map((r) => (r as { code: number }).code);
    for (const code of codes.slice(3, 5))
      expect((await h.gql(query, { code })).errors).toBeUndefined();
    const before = fastPathSince(h.server);
    h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0 } });
    try {
      // Within a second: a slot the fast path left open would make Yoga's path wait on it.
      const res = await fetch(h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { code: codes[5] } }),
        signal: AbortSignal.timeout(1_000),
      });
      const failed = (await res.json()) as GqlResponse<unknown>;
      expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      h.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
    }
    expect(fastPathSince(h.server, before)).toEqual({ served: 0, handedOver: 1 });
    h.emulator.reset();
    const again = await h.gql(query, { code: codes[5] });
    expect(again.errors).toBeUndefined();
    expect(h.upstream().length).toBeGreaterThan(0);
  });
});

describe('a run with errors is handed to Yoga with its result', () => {
  it('Yoga masks and writes that result; no resolver runs twice', async () => {
    let runs = 0;
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          ok: { type: GraphQLString, resolve: () => 'yes' },
          flaky: {
            type: GraphQLString,
            resolve: () => {
              runs += 1;
              throw new Error('flaky resolver');
            },
          },
        },
      }),
    });
    const h = await startHarness({ server: { exposeCost: false, responseCache: false }, schema });
    try {
      const answers = [];
      const query = 'query Flaky { ok flaky }';
      for (let run = 0; run < 4; run += 1) answers.push(await h.gql(query));
      // The first two through Yoga (admitted, then compiled), the last two run on the fast path.
      expect(fastPathSince(h.server)).toEqual({ served: 0, handedOver: 2 });
      expect(runs).toBe(4);
      for (const answer of answers) {
        expect(answer).toEqual({
          data: { ok: 'yes', flaky: null },
          errors: [
            {
              message: 'Unexpected error.',
              locations: [{ line: 1, column: query.indexOf('flaky }') + 1 }],
              path: ['flaky'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      }
    } finally {
      await h.close();
    }
  });
});
