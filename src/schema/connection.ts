import type { PagingLimits } from '../context.js';
import type { OrderBy } from '../poweroffice/odata.js';
import { badInput } from './errors.js';

/**
 * Relay connections over PowerOffice's `$top`/`$skip`. A cursor is the row's offset in the
 * ordered result (base64 of `cursor:<offset>`); `totalCount` is the upstream `count`, which
 * PowerOffice returns with every page. Paging always sends a deterministic `$orderby`.
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
  readonly edges: { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: number;
}

/** One upstream read: `$top`, `$skip`, and whether to read in the reverse order. */
export interface PageRequest {
  readonly top: number;
  readonly skip: number;
  readonly reverse: boolean;
}

const MAX_OFFSET = 1_000_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`cursor:${offset}`, 'utf8').toString('base64');
}

/** The offset in a cursor; BAD_USER_INPUT for anything this server did not hand out. */
export function decodeCursor(cursor: string, arg: string): number {
  const m = /^cursor:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  const offset = m ? Number(m[1]) : Number.NaN;
  if (!m || offset > MAX_OFFSET || encodeCursor(offset) !== cursor) {
    throw badInput(`"${cursor.slice(0, 40)}" is not a valid cursor for \`${arg}\`.`, {
      argument: arg,
    });
  }
  return offset;
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

interface Plan {
  readonly request: PageRequest;
  /** Offset of the first row the read returns (forward reads only). */
  readonly start: number;
  /** Rows at or below this offset are dropped (reverse reads with `after`). */
  readonly minOffset: number;
}

/** Validates the paging arguments and turns them into one upstream read. */
export function planPage(args: PageArgs, limits: PagingLimits): Plan {
  checkSize(args.first, 'first', limits);
  checkSize(args.last, 'last', limits);
  if (args.first != null && args.last != null) {
    throw badInput('Pass either `first` or `last`, not both.');
  }
  const lower = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  const upper = args.before != null ? decodeCursor(args.before, 'before') : undefined;
  if (args.last != null) {
    if (upper === undefined) {
      // The last rows of the whole list: read it backwards, one request, no count needed first.
      return { request: { top: args.last, skip: 0, reverse: true }, start: 0, minOffset: lower };
    }
    const start = Math.max(lower, upper - args.last);
    return {
      request: { top: Math.max(0, upper - start), skip: start, reverse: false },
      start,
      minOffset: 0,
    };
  }
  const size = args.first ?? limits.defaultPageSize;
  const top = upper === undefined ? size : Math.max(0, Math.min(size, upper - lower));
  return { request: { top, skip: lower, reverse: false }, start: lower, minOffset: 0 };
}

/** Flips every direction: the same list read from its end. */
export function reverseOrder(orderBy: readonly OrderBy[]): OrderBy[] {
  return orderBy.map((o) => ({
    field: o.field,
    direction: o.direction === 'asc' ? 'desc' : 'asc',
  }));
}

/**
 * Runs `fetch` for the page `args` ask for and shapes the connection. `fetch` must apply the
 * request's `top`/`skip` (and reverse its order when asked) and return the upstream `count`.
 */
export async function resolvePage<T>(
  args: PageArgs,
  limits: PagingLimits,
  fetch: (request: PageRequest) => Promise<Page<T>>,
): Promise<Connection<T>> {
  const plan = planPage(args, limits);
  const page = await fetch(plan.request);
  let rows: { offset: number; node: T }[];
  if (plan.request.reverse) {
    const items = [...page.items].reverse();
    const first = page.count - items.length;
    rows = items
      .map((node, i) => ({ offset: first + i, node }))
      .filter((r) => r.offset >= plan.minOffset);
    return connectionOf(rows, page.count, page.count);
  }
  rows = page.items.map((node, i) => ({ offset: plan.start + i, node }));
  return connectionOf(rows, page.count, plan.start);
}

/**
 * A connection over rows whose offsets are known, `count` rows in all. `emptyAt` is where an
 * empty page sits (its would-be first offset), so `first: 0` still tells whether rows follow.
 */
export function connectionOf<T>(
  rows: readonly { offset: number; node: T }[],
  count: number,
  emptyAt = 0,
): Connection<T> {
  const edges = rows.map((r) => ({ cursor: encodeCursor(r.offset), node: r.node }));
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  return {
    edges,
    totalCount: count,
    pageInfo: {
      hasPreviousPage: firstRow ? firstRow.offset > 0 : Math.min(emptyAt, count) > 0,
      hasNextPage: lastRow ? lastRow.offset + 1 < count : emptyAt < count,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages a list already in memory (a parent's share of a batched relation). */
export function pageArray<T>(
  args: PageArgs,
  limits: PagingLimits,
  all: readonly T[],
): Connection<T> {
  const plan = planPage(args, limits);
  const { top, skip, reverse } = plan.request;
  if (reverse) {
    const start = Math.max(plan.minOffset, all.length - top);
    return connectionOf(
      all.slice(start).map((node, i) => ({ offset: start + i, node })),
      all.length,
      all.length,
    );
  }
  return connectionOf(
    all.slice(skip, skip + top).map((node, i) => ({ offset: skip + i, node })),
    all.length,
    skip,
  );
}
