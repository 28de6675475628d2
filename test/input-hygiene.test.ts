import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../src/emulator/index.js';
import { inspectValue, MAX_NESTING, sourceNesting } from '../src/plugins/input-hygiene.js';
import { MAX_WHERE_DEPTH } from '../src/schema/filters.js';
import { fastPathSince, filterOf, type GqlResponse, useHarness } from './graph-harness.js';

// Bad input is the client's mistake: BAD_USER_INPUT with a message that says what is wrong, and
// no call to PowerOffice. Before, each case below was a 500 "Unexpected error." or went upstream.

const h = useHarness({ env: { POWEROFFICE_CACHE_TTL_MS: '0' } });

/** POSTs a raw JSON body (JSON.stringify cannot write `1e309` or 3 000 levels of nesting). */
async function raw(body: string): Promise<{ status: number; body: GqlResponse<unknown> }> {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as GqlResponse<unknown> };
}

/** Runs an operation and expects one BAD_USER_INPUT error matching `message`, and no upstream call. */
async function refused(
  send: () => Promise<GqlResponse<unknown>>,
  message: RegExp,
): Promise<Record<string, unknown>> {
  h.emulator.reset();
  const body = await send();
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const error = body.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
  expect(error?.message).toMatch(message);
  expect(h.upstream()).toEqual([]);
  return error?.extensions ?? {};
}

const CUSTOMERS = 'query ($w: CustomerWhere) { customers(first: 2, where: $w) { nodes { code } } }';

describe('values a filter cannot send', () => {
  it('a non-GUID for a GUID property, in eq, ne and in', async () => {
    for (const w of [
      { createdFromImportJournalId: { eq: 'nope' } },
      { createdFromImportJournalId: { ne: "x' or 1 eq 1" } },
      { createdFromImportJournalId: { in: ['3fa85f64-5717-4562-b3fc-2c963f66afa6', '42'] } },
    ]) {
      await refused(
        () => h.gql(CUSTOMERS, { w }),
        /^where\.createdFromImportJournalId\.(eq|ne|in) must be a GUID/,
      );
    }
    // A GUID in any case is fine and reaches PowerOffice.
    h.emulator.reset();
    const ok = await h.gql(CUSTOMERS, {
      w: { createdFromImportJournalId: { eq: '3FA85F64-5717-4562-B3FC-2C963F66AFA6' } },
    });
    expect(ok.errors).toBeUndefined();
    expect(h.upstream()).toHaveLength(1);
  });

  it('Float 1e309 (Infinity) as a literal, in a where and in a mutation input', async () => {
    await refused(
      () =>
        h.gql('{ products(first: 1, where: { salesPrice: { gt: 1e309 } }) { nodes { name } } }'),
      /^1e309 is too large: numbers must be finite/,
    );
    await refused(
      () =>
        h.gql(`mutation { createProduct(input: { data: { name: "X", salesPrice: -1e309 } }) {
          __typename } }`),
      /^-1e309 is too large/,
    );
    await refused(
      () =>
        h.gql(
          '{ products(first: 1, where: { salesPrice: { in: [1, 2e400] } }) { nodes { name } } }',
        ),
      /^2e400 is too large/,
    );
  });

  it('Float Infinity as a variable', async () => {
    const query =
      'query ($v: Float) { products(first: 1, where: { salesPrice: { gt: $v } }) { nodes { name } } }';
    await refused(
      async () => (await raw(`{"query":${JSON.stringify(query)},"variables":{"v":1e309}}`)).body,
      /Float cannot represent non numeric value: Infinity/,
    );
  });

  it('a DateTime past year 9999 once in UTC, as a literal and as a variable', async () => {
    const late = '9999-12-31T23:00:00-05:00';
    await refused(
      () =>
        h.gql(
          `{ customers(first: 1, where: { createdDate: { gt: "${late}" } }) { nodes { code } } }`,
        ),
      /is not a valid DateTime: .*between 0001-01-01 and 9999-12-31/,
    );
    await refused(
      () => h.gql(CUSTOMERS, { w: { createdDate: { lt: late } } }),
      /not a valid DateTime/,
    );
    // The last representable instant is fine.
    h.emulator.reset();
    const ok = await h.gql(CUSTOMERS, { w: { createdDate: { lt: '9999-12-31T23:59:59+00:00' } } });
    expect(ok.errors).toBeUndefined();
    expect(h.upstream()).toHaveLength(1);
  });

  it('a DateTime that does not exist (2025-02-30) is refused, not rolled over to March 2nd', async () => {
    for (const value of [
      '2025-02-30',
      '2025-02-30T10:00:00Z',
      '2023-02-29T00:00:00Z',
      '2025-01-31T24:00:00Z',
    ]) {
      await refused(
        () => h.gql(CUSTOMERS, { w: { createdDate: { gte: value } } }),
        /not a valid DateTime/,
      );
    }
    // February 29th of a leap year exists; it reaches PowerOffice as itself.
    h.emulator.reset();
    const ok = await h.gql(CUSTOMERS, { w: { createdDate: { gte: '2024-02-29T00:00:00Z' } } });
    expect(ok.errors).toBeUndefined();
    expect(filterOf(h.upstream()[0] as RecordedRequest)).toContain(
      "DateTimeOffset'2024-02-29T00:00:00.000Z'",
    );
  });
});

describe('strings that are not valid Unicode', () => {
  // JSON can carry half a surrogate pair (`"\\ud800"`); no filter, path or stored text can hold it.
  const LONE = ['a\ud800b', '\udc00', 'x\ud83d'];

  it('a lone surrogate in a variable, in a where, a lookup key and a mutation input', async () => {
    for (const text of LONE) {
      await refused(() => h.gql(CUSTOMERS, { w: { name: { eq: text } } }), /not valid Unicode/);
      await refused(
        () => h.gql('query ($t: String!) { contactGroup(title: $t) { id } }', { t: text }),
        /not valid Unicode/,
      );
      await refused(
        () =>
          h.gql('mutation ($n: String!) { createCustomer(input: { name: $n }) { code } }', {
            n: text,
          }),
        /not valid Unicode/,
      );
    }
  });

  it('as a literal in the query text: refused by the parser, before anything runs', async () => {
    h.emulator.reset();
    const { status, body } = await raw(
      JSON.stringify({
        query: '{ customers(first: 1, where: { name: { eq: "a\\ud800" } }) { nodes { code } } }',
      }),
    );
    // A syntax error, answered as Yoga answers every one (200 for `application/json`).
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toMatch(/Invalid Unicode escape sequence: "\\ud800"/);
    expect(h.upstream()).toEqual([]);
  });

  it('once the operation runs on the fast path, as well', async () => {
    // A lookup by a string key: a `where` (a recursive input type) stays on the executor.
    const LOOKUP = 'query ($t: String!) { contactGroup(title: $t) { id } }';
    for (let run = 0; run < 3; run += 1) {
      const ok = await h.gql(LOOKUP, { t: 'Ærø 😀' });
      expect(ok.errors).toBeUndefined();
    }
    const before = fastPathSince(h.server);
    expect(before.served).toBeGreaterThan(0);
    await refused(() => h.gql(LOOKUP, { t: LONE[0] }), /not valid Unicode/);
    // Not run and handed over: left to Yoga, whose hygiene refuses it before anything runs.
    expect(fastPathSince(h.server, before)).toEqual({ served: 0, handedOver: 0 });
  });

  it('a pair is one character, and goes upstream', async () => {
    h.emulator.reset();
    const res = await h.gql(CUSTOMERS, { w: { name: { contains: '\ud83d\ude00' } } });
    expect(res.errors).toBeUndefined();
    expect(h.upstream()).toHaveLength(1);
  });
});

describe('nesting', () => {
  /** `{ NOT: { NOT: … { name: { eq: "x" } } } }` with `levels` levels in all. */
  function notChain(levels: number): Record<string, unknown> {
    let w: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 1; i < levels; i += 1) w = i % 2 ? { NOT: w } : { OR: [w] };
    return w;
  }

  it(`a where may nest ${MAX_WHERE_DEPTH} levels, not one more`, async () => {
    h.emulator.reset();
    const ok = await h.gql(CUSTOMERS, { w: notChain(MAX_WHERE_DEPTH) });
    expect(ok.errors).toBeUndefined();
    expect(h.upstream()).toHaveLength(1);
    const ext = await refused(
      () => h.gql(CUSTOMERS, { w: notChain(MAX_WHERE_DEPTH + 1) }),
      /nests AND\/OR\/NOT more than 10 levels deep/,
    );
    expect(ext.limit).toBe(MAX_WHERE_DEPTH);
  });

  it('hundreds of levels, as a literal and as variables', async () => {
    let literal = '{ name: { eq: "x" } }';
    for (let i = 0; i < 300; i += 1)
      literal = i % 2 ? `{ NOT: ${literal} }` : `{ AND: [${literal}] }`;
    await refused(
      () => h.gql(`{ customers(first: 1, where: ${literal}) { nodes { code } } }`),
      /The query nests deeper than 64 levels/,
    );
    await refused(
      () => h.gql(CUSTOMERS, { w: notChain(300) }),
      /The variables nest deeper than 64/,
    );
  });

  it('thousands of levels (which overflowed the parser: a 500) answer 400 before parsing', async () => {
    const literal = `${'{ OR: ['.repeat(3000)}{ name: { eq: "x" } }${'] }'.repeat(3000)}`;
    const query = `{ customers(first: 1, where: ${literal}) { nodes { code } } }`;
    h.emulator.reset();
    const a = await raw(JSON.stringify({ query }));
    const variables = `${'{"NOT":'.repeat(20_000)}{"name":{"eq":"x"}}${'}'.repeat(20_000)}`;
    const b = await raw(`{"query":${JSON.stringify(CUSTOMERS)},"variables":{"w":${variables}}}`);
    for (const res of [a, b]) {
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 64 });
    }
    expect(h.upstream()).toEqual([]);
  });

  it('finds a lone surrogate in the same walk as the nesting, at any depth', () => {
    expect(inspectValue({ a: [{ b: 'ok \u{1F600}' }] })).toEqual({
      depth: 3,
      unpairedSurrogate: false,
    });
    expect(inspectValue({ a: [{ b: 'x\ud800' }], c: 1 })).toEqual({
      depth: 3,
      unpairedSurrogate: true,
    });
    expect(inspectValue('\udc00').unpairedSurrogate).toBe(true);
  });

  it('counts brackets outside strings and comments only', () => {
    expect(sourceNesting('{ a(x: "{{{{[[[(((") { b { c } } }')).toBe(3);
    expect(sourceNesting('# {{{{{{\n{ a(x: """ {{{ \\""" {{ """) }')).toBe(2);
    expect(sourceNesting('{ a(x: "\\" {{{") }')).toBe(2);
    expect(inspectValue({ a: [{ b: 1 }], c: 'x' }).depth).toBe(3);
    expect(inspectValue('{{{').depth).toBe(0);
    expect(MAX_NESTING).toBe(64);
  });
});
