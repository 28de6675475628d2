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

/** Options the v1 API does not offer; rejected rather than silently ignored. */
const UNSUPPORTED = ['$select', '$expand', '$apply', '$search', '$compute', '$skiptoken'];

// Sort key getters of each compiled query, for runQuery's decorate-sort-undecorate.
const sortKeys = new WeakMap<CompiledQuery, { get: Getter; descending: boolean }[]>();

/**
 * Reads $filter/$orderby/$top/$skip (and the dollar-less forms filter/orderby/top/skip) from
 * the query string, validated against the resource's field map. Throws ODataError on bad input.
 * Other parameters are ignored, except OData options the API does not support.
 */
export function compileQuery(params: URLSearchParams, fields: FieldMap): CompiledQuery {
  for (const name of UNSUPPORTED) {
    if (params.has(name)) {
      throw new ODataError(`The query option ${name} is not supported by this API.`, name);
    }
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
 * number of matches before paging, as the API's envelope reports it. Sorting reads each row's
 * keys once, so it is cheaper than `rows.filter(q.filter).sort(q.compare)`.
 */
export function runQuery<T extends Row>(
  rows: readonly T[],
  query: CompiledQuery,
): { items: T[]; count: number } {
  let matched = rows.filter(query.filter);
  const keys = sortKeys.get(query);
  if (keys && matched.length > 1) {
    const decorated = matched.map((row, index) => ({
      row,
      index,
      values: keys.map((k) => k.get(row)),
    }));
    decorated.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const c = compareValues(a.values[k] ?? null, b.values[k] ?? null);
        if (c !== 0) return (keys[k] as { descending: boolean }).descending ? -c : c;
      }
      return a.index - b.index;
    });
    matched = decorated.map((d) => d.row);
  } else if (query.compare && matched.length > 1) {
    matched = [...matched].sort(query.compare);
  }
  const count = matched.length;
  const start = query.skip ?? 0;
  const end = query.top === undefined ? undefined : start + query.top;
  return { items: matched.slice(start, end), count };
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
