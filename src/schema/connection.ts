import { hash } from 'node:crypto';
import type { PagingLimits } from '../context.js';
import {
  type FilterNode,
  fitsLiteral,
  type Literal,
  type OrderBy,
  resolveField,
} from '../poweroffice/odata.js';
import type { FieldMap } from '../poweroffice/resources/fields.js';
import { badInput } from './errors.js';

/**
 * Relay connections over PowerOffice's `$filter`/`$orderby`/`$top` with keyset cursors. Every
 * order ends in `id` (`withTieBreaker`), so it is total and a row's sort-key values name its
 * place. A cursor holds those values and a fingerprint of the list, its `where` and its order;
 * `after`/`before` compile into `$filter` (`(a gt x) or (a eq x and Id gt y)`), so rows inserted
 * or deleted between pages neither repeat nor skip a row, and a cursor from another list, filter
 * or order is refused (BAD_USER_INPUT) before any upstream call.
 *
 * Nulls: the emulator orders null first ascending and last descending, and compares with C#
 * semantics (`x gt null` and `null gt x` are false, `null eq null` is true); the compiled
 * conditions say so explicitly (`a ne null`, `a eq null`). PowerOffice documents neither
 * (reference A6); SQL Server, behind the .NET backend, also sorts nulls first ascending.
 *
 * `totalCount` is the envelope's `count` (reference A4: the matches of `$filter`, whatever
 * `$top`): on a page with a cursor that count covers only the rows past it, so `totalCount`
 * then costs one more request (`$top=1`), made only when it is selected.
 */

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly count: number;
}

export interface Connection<T> {
  /**
   * The page's rows. A property, not Pothos' resolver from `edges`: each connection type exposes
   * it (schema/lists.ts `connectionOf`), so graphql-jit reads it inline.
   */
  readonly nodes: readonly T[];
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  /** A number, or how to get it when it needs a request of its own. */
  readonly totalCount: number | (() => Promise<number>);
}

/** A list as cursors see it: its identity, its `where`, its (tie-broken) order. */
export interface KeysetList {
  /** Which list (`Customer`, `Customer.invoices`): a cursor is valid for this one only. */
  readonly id: string;
  readonly where: FilterNode | undefined;
  /** Ends in `id`. */
  readonly orderBy: readonly OrderBy[];
  /** The row fields the order names, for literals. */
  readonly map: FieldMap;
}

/** One upstream read: the cursor conditions, the order to read in and `$top`. */
export interface PageRequest {
  /** `after`/`before` as a filter, to AND with `where`; absent without cursors. */
  readonly cursorFilter?: FilterNode;
  readonly orderBy: readonly OrderBy[];
  readonly top: number;
}

type KeyValue = string | number | boolean | null;

function fingerprint(list: KeysetList): string {
  return hash(
    'sha256',
    JSON.stringify([list.id, list.where ?? null, list.orderBy]),
    'base64url',
  ).slice(0, 12);
}

function valueAt(row: unknown, path: string): KeyValue {
  let v: unknown = row;
  for (const part of path.split('.')) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** The cursor of `row` in `list`: base64url of `[fingerprint, sort-key values]`. */
export function encodeCursor(list: KeysetList, print: string, row: unknown): string {
  const values = list.orderBy.map((o) => valueAt(row, o.field));
  return Buffer.from(JSON.stringify([print, values]), 'utf8').toString('base64url');
}

/** The sort-key values in a cursor; BAD_USER_INPUT unless this list handed it out. */
export function decodeCursor(
  list: KeysetList,
  print: string,
  cursor: string,
  arg: string,
): KeyValue[] {
  const invalid = () =>
    badInput(`"${cursor.slice(0, 40)}" is not a valid cursor for \`${arg}\`.`, { argument: arg });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') {
    throw invalid();
  }
  const [print2, values] = parsed as [string, unknown];
  if (print2 !== print) {
    throw badInput(
      `The cursor in \`${arg}\` belongs to another list, filter or order: page with the same ` +
        '`where` and `orderBy` as the page it came from.',
      { argument: arg },
    );
  }
  if (!Array.isArray(values) || values.length !== list.orderBy.length) throw invalid();
  list.orderBy.forEach((o, i) => {
    const v = values[i] as unknown;
    const ok =
      v === null ||
      ((typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') &&
        fitsLiteral(resolveField(list.map, o.field).spec, v as Literal));
    if (!ok || (o.field === 'id' && v === null)) throw invalid();
  });
  return values as KeyValue[];
}

/** Rows strictly past `values` in `orderBy`: `(a gt x) or (a eq x and (b gt y or …))`. */
function pastKey(orderBy: readonly OrderBy[], values: readonly KeyValue[]): FilterNode {
  const terms: FilterNode[] = [];
  orderBy.forEach((o, i) => {
    const x = values[i] ?? null;
    let strict: FilterNode | undefined;
    if (o.direction === 'asc') {
      strict =
        x === null
          ? { op: 'ne', field: o.field, value: null }
          : { op: 'gt', field: o.field, value: x };
    } else if (x !== null) {
      strict = {
        op: 'or',
        args: [
          { op: 'lt', field: o.field, value: x },
          { op: 'eq', field: o.field, value: null },
        ],
      };
    }
    if (!strict) return;
    const equal: FilterNode[] = orderBy
      .slice(0, i)
      .map((p, j) => ({ op: 'eq', field: p.field, value: values[j] ?? null }));
    terms.push(equal.length ? { op: 'and', args: [...equal, strict] } : strict);
  });
  return { op: 'or', args: terms };
}

function checkSize(value: number | null | undefined, arg: string, limits: PagingLimits): void {
  if (value === null || value === undefined) return;
  if (value < 0) throw badInput(`\`${arg}\` must not be negative.`, { argument: arg });
  if (value > limits.maxPageSize) {
    throw badInput(`\`${arg}\` is ${value}; at most ${limits.maxPageSize} rows per page.`, {
      argument: arg,
      maxPageSize: limits.maxPageSize,
    });
  }
}

/** Flips every direction: the same list read from its end. */
export function reverseOrder(orderBy: readonly OrderBy[]): OrderBy[] {
  return orderBy.map((o) => ({
    field: o.field,
    direction: o.direction === 'asc' ? 'desc' : 'asc',
  }));
}

/**
 * Validates the paging arguments (before any upstream call), reads one page through `fetch`
 * (which must AND `request.cursorFilter` with the list's `where`, read in `request.orderBy` with
 * `$top`, and return the envelope's count) and shapes the connection. `total` gives the count of
 * the whole list when the page's own count does not (a cursor was given); called lazily.
 */
export async function resolvePage<T>(
  args: PageArgs,
  limits: PagingLimits,
  list: KeysetList,
  fetch: (request: PageRequest) => Promise<Page<T>>,
  total: () => Promise<number>,
): Promise<Connection<T>> {
  checkSize(args.first, 'first', limits);
  checkSize(args.last, 'last', limits);
  if (args.first != null && args.last != null) {
    throw badInput('Pass either `first` or `last`, not both.');
  }
  // The fingerprint (a SHA-256) and the cursors are computed only when a cursor is given or
  // selected: most operations select `nodes` alone and never pay for either.
  let printed: string | undefined;
  const print = () => {
    printed ??= fingerprint(list);
    return printed;
  };
  const after = args.after != null ? decodeCursor(list, print(), args.after, 'after') : undefined;
  const before =
    args.before != null ? decodeCursor(list, print(), args.before, 'before') : undefined;
  const bounds: FilterNode[] = [];
  if (after) bounds.push(pastKey(list.orderBy, after));
  if (before) bounds.push(pastKey(reverseOrder(list.orderBy), before));
  const cursorFilter: FilterNode | undefined =
    bounds.length === 0 ? undefined : bounds.length === 1 ? bounds[0] : { op: 'and', args: bounds };
  const reverse = args.last != null;
  const top = args.first ?? args.last ?? limits.defaultPageSize;
  const page = await fetch({
    cursorFilter,
    orderBy: reverse ? reverseOrder(list.orderBy) : list.orderBy,
    top,
  });
  // Read only from here on: the rows need no copy unless they are reversed.
  const items = reverse ? [...page.items].reverse() : page.items;
  const more = page.count > items.length;
  return new ConnectionPage(
    list,
    print,
    items,
    cursorFilter ? total : page.count,
    reverse ? before !== undefined : more || before !== undefined,
    reverse ? more || after !== undefined : after !== undefined,
  );
}

/**
 * One page as the connection type reads it: `nodes` are the rows; `edges` (an object per row)
 * are made only when selected, as most operations select `nodes` alone (s3's 50-row page made
 * 50 edges, and Pothos' `nodes` resolver a call per edge to read them back).
 *
 * Classes, not object literals with getters: V8 gives every such literal a hidden class of its
 * own, allocated in the old generation and holding the getters' closures, so each page (its
 * edges and the upstream rows behind them) outlived the young generation and was copied into
 * the old one before a full GC freed it. On s3 (50 rows) that was most of the scavenger's time.
 */
class ConnectionPage<T> implements Connection<T> {
  readonly pageInfo: PageInfo<T>;
  readonly #list: KeysetList;
  readonly #print: () => string;
  #edges: Edge<T>[] | undefined;

  constructor(
    list: KeysetList,
    print: () => string,
    readonly nodes: readonly T[],
    readonly totalCount: number | (() => Promise<number>),
    hasNextPage: boolean,
    hasPreviousPage: boolean,
  ) {
    this.#list = list;
    this.#print = print;
    this.pageInfo = new PageInfo(this, hasNextPage, hasPreviousPage);
  }

  get edges(): readonly Edge<T>[] {
    this.#edges ??= this.nodes.map((node) => new Edge(this.#list, this.#print, node));
    return this.#edges;
  }
}

/** A page's `pageInfo`, its cursors encoded when read (from the page's edges, made then). */
class PageInfo<T> {
  readonly #page: ConnectionPage<T>;
  constructor(
    page: ConnectionPage<T>,
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {
    this.#page = page;
  }

  get startCursor(): string | null {
    return this.#page.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    const { edges } = this.#page;
    return edges[edges.length - 1]?.cursor ?? null;
  }
}

/** An edge whose cursor is encoded when first read (a JSON text and base64url per row). */
class Edge<T> {
  readonly node: T;
  readonly #list: KeysetList;
  readonly #print: () => string;
  #cursor: string | undefined;

  constructor(list: KeysetList, print: () => string, node: T) {
    this.node = node;
    this.#list = list;
    this.#print = print;
  }

  get cursor(): string {
    this.#cursor ??= encodeCursor(this.#list, this.#print(), this.node);
    return this.#cursor;
  }
}
