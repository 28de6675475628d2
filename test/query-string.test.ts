import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryString } from '../src/poweroffice/client.js';

// The query string of every GET: names the code writes as they are (an OData option keeps its
// `$`), anything else percent-encoded, values always encoded. The reference is what the client
// wrote before names were let through unencoded: each name encoded, then a leading `%24` → `$`.

function reference(params: Record<string, string>): string {
  const parts = Object.entries(params).map(
    ([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`,
  );
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

describe('queryString', () => {
  it('writes OData options and route parameters as the API reads them', () => {
    expect(
      queryString({
        $filter: "Code eq 'A&B'",
        $orderby: 'Id asc',
        $top: '10',
        fromDate: '2026-01-01',
      }),
    ).toBe("?$filter=Code%20eq%20'A%26B'&$orderby=Id%20asc&$top=10&fromDate=2026-01-01");
    expect(queryString(undefined)).toBe('');
    expect(queryString({})).toBe('');
  });

  it('encodes names that are not plain: spaces, `$` inside, `%`, non-ASCII', () => {
    expect(queryString({ 'a b': '1', x$: '2', '%24y': '3', ø: '4', $: '5' })).toBe(
      '?a%20b=1&x%24=2&%2524y=3&%C3%B8=4&$=5',
    );
  });

  it('matches the encode-then-replace reference for any names and values', () => {
    const name = fc.oneof(
      fc.constantFrom('$filter', '$orderby', '$top', '$skip', '$count', 'fromDate', '$'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.dictionary(name, fc.string({ maxLength: 20 }), { maxKeys: 5 }), (params) => {
        expect(queryString(params)).toBe(reference(params));
      }),
      { numRuns: 500 },
    );
  });
});
