/**
 * The emulator's OData engine: `$filter`, `$orderby`, `$top` and `$skip` as PowerOffice's v1
 * API reads them (reference A6), compiled once per request into closures over JSON rows.
 *
 * Semantics in brief (details and the choices made where the reference is silent live next to
 * the code): property names are the field registry's OData names, case-sensitive; string
 * comparison is ordinal; dates compare as instants, offset-less ones read as UTC; enums compare
 * by wire number and accept member names in quotes; null follows C#: `X eq null` matches a
 * missing value, `X ne v` matches it too, ordering comparisons and string functions on a
 * missing value are false; `not` is plain negation (2-valued logic).
 */
import type { FieldMap } from '../../poweroffice/resources/fields.js';
import { Binder, type Getter, type Row } from './bind.js';
import { ODataError } from './error.js';
import { parseFilter, parseOrderBy } from './parser.js';

export type { ComparisonOp, Expr, FunctionName, LiteralValue, OrderKey } from './ast.js';
export { ODataError } from './error.js';
export { parseInstant } from './instant.js';
export { MAX_OPTION_LENGTH } from './lexer.js';
export { MAX_DEPTH, parseFilter, parseOrderBy } from './parser.js';

export interface CompiledQuery {
  /** True for rows the `$filter` keeps; always true without a `$filter`. */
  filter: (row: Record<string, unknown>) => boolean;
  /** Row order from `$orderby` (nulls first ascending); absent without one. Sort stably. */
  compare?: (a: Record<string, unknown>, b: Record<string, unknown>) => number;
  top?: number;
  skip?: number;
}

/** Largest `$top`/`$skip` accepted: .NET reads them as Int32. */
const MAX_INT32 = 2_147_483_647;

/**
 * The `$` options we read. `$count` is accepted and ignored because the envelope always carries
 * `count`. Any other `$` option (`$select`, `$expand`, a misspelt `$Filter`…) is an error, as in
 * ASP.NET Core OData, rather than being ignored and silently widening the result.
 */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$count',
]);

// Sort key getters of each compiled query, so runQuery reads each row's keys only once.
const sortKeys = new WeakMap<CompiledQuery, { get: Getter; descending: boolean }[]>();

/**
 * Reads $filter/$orderby/$top/$skip (and the dollar-less forms filter/orderby/top/skip) from
 * the query string, validated against the resource's field map. Throws ODataError on bad input.
 * Parameters without `$` other than those four (e.g. endpoint parameters) are ignored. Values
 * arrive URL-decoded, so a `+` in a date offset must have been sent as `%2B` (reference A6).
 */
export function compileQuery(params: URLSearchParams, fields: FieldMap): CompiledQuery {
  for (const name of params.keys()) {
    if (name.startsWith('$') && !KNOWN_OPTIONS.has(name)) {
      const known = KNOWN_OPTIONS.has(name.toLowerCase());
      throw new ODataError(
        known
          ? 'Query option names are lower-case, e.g. $filter and $orderby.'
          : `The query option ${quoteOption(name)} is not supported by this API.`,
      );
    }
  }
  // Only the `$` form: a bare `count` may be some endpoint's own parameter.
  const counts = params.getAll('$count');
  if (counts.length > 1 || counts.some((c) => c !== 'true' && c !== 'false')) {
    throw new ODataError('The query option $count must be true or false.', '$count');
  }
  const query: CompiledQuery = { filter: () => true };
  const filter = option(params, 'filter');
  if (filter !== undefined) {
    query.filter = new Binder(fields, '$filter').predicate(parseFilter(filter));
  }
  const orderby = option(params, 'orderby');
  if (orderby !== undefined) {
    const binder = new Binder(fields, '$orderby');
    const seen = new Set<string>();
    const keys = parseOrderBy(orderby).map(({ expr, descending }) => {
      if (expr.kind === 'property') {
        const path = expr.path.join('/');
        if (seen.has(path)) {
          throw new ODataError(
            `Invalid $orderby: the property '${path}' appears more than once.`,
            '$orderby',
          );
        }
        seen.add(path);
      }
      return { get: binder.sortKey(expr), descending };
    });
    query.compare = comparator(keys);
    sortKeys.set(query, keys);
  }
  const top = option(params, 'top');
  if (top !== undefined) query.top = count('$top', top);
  const skip = option(params, 'skip');
  if (skip !== undefined) query.skip = count('$skip', skip);
  return query;
}

/**
 * Applies a compiled query to rows: filter, stable sort, then skip and top. `count` is the
 * number of matches before paging, as the API's envelope reports it. Each row's sort keys are
 * read once, and a small page (`$top` well below the match count) is picked with a bounded heap
 * instead of sorting everything; both give exactly the order of a full stable sort.
 */
export function runQuery<T extends Row>(
  rows: readonly T[],
  query: CompiledQuery,
): { items: T[]; count: number } {
  const matched = rows.filter(query.filter);
  const n = matched.length;
  const start = Math.min(query.skip ?? 0, n);
  const end = query.top === undefined ? n : Math.min(n, start + query.top);
  if (end <= start) return { items: [], count: n };
  const keys = sortKeys.get(query);
  if (!keys && query.compare) {
    return { items: [...matched].sort(query.compare).slice(start, end), count: n };
  }
  if (!keys || n < 2) return { items: matched.slice(start, end), count: n };

  const columns = keys.map((k) => matched.map(k.get));
  const descending = keys.map((k) => k.descending);
  // A total order on row indexes: the keys, then input position (what makes it stable).
  const order = (i: number, j: number): number => {
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k] as Value[];
      const c = compareValues(column[i] as Value, column[j] as Value);
      if (c !== 0) return descending[k] ? -c : c;
    }
    return i - j;
  };
  const picked = end * 4 < n ? smallest(n, end, order) : sortedIndexes(n, order);
  return { items: picked.slice(start, end).map((i) => matched[i] as T), count: n };
}

function sortedIndexes(n: number, order: (i: number, j: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort(order);
}

/** The `k` first of `0…n-1` under `order`, sorted: a max-heap of the best `k` seen so far. */
function smallest(n: number, k: number, order: (i: number, j: number) => number): number[] {
  const heap: number[] = [];
  const up = (at: number) => {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (order(heap[i] as number, heap[parent] as number) <= 0) return;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const down = () => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && order(heap[l] as number, heap[top] as number) > 0) top = l;
      if (r < heap.length && order(heap[r] as number, heap[top] as number) > 0) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top] as number, heap[i] as number];
      i = top;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (order(i, heap[0] as number) < 0) {
      heap[0] = i;
      down();
    }
  }
  return heap.sort(order);
}

type Value = ReturnType<Getter>;

/** Total order on one key's values: null first, then `<` (ordinal for strings). */
function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function comparator(
  keys: readonly { get: Getter; descending: boolean }[],
): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const key of keys) {
      const c = compareValues(key.get(a), key.get(b));
      if (c !== 0) return key.descending ? -c : c;
    }
    return 0;
  };
}

/** The value of `$name` or `name`; an option given twice (in either form) is an error. */
function option(params: URLSearchParams, name: string): string | undefined {
  const values = [...params.getAll(`$${name}`), ...params.getAll(name)];
  if (values.length > 1) {
    throw new ODataError(`The query option $${name} is given more than once.`, `$${name}`);
  }
  const value = values[0];
  if (value !== undefined && value.trim() === '') {
    throw new ODataError(`The query option $${name} is empty.`, `$${name}`);
  }
  return value;
}

function quoteOption(name: string): string {
  return /^\$[A-Za-z]{1,32}$/.test(name) ? name : '(unprintable name)';
}

function count(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d{1,10}$/.test(text) || value > MAX_INT32) {
    throw new ODataError(
      `The query option ${name} must be a non-negative integer up to ${MAX_INT32}.`,
      name,
    );
  }
  return value;
}
