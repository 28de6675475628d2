import { type FilterNode, type Literal, resolveField, toFilterString } from './odata.js';
import type { ResourceSpec } from './resources/resource.js';

export interface ChunkOptions {
  /** Longest list URL (path + query, without scheme and host) a chunk may produce. */
  maxUrlLength?: number;
  /** List path the URL is measured against; defaults to the resource's `listPath`. */
  path?: string;
  /** Characters to keep free for other query options (`$orderby`, `$top`, an extra filter). */
  reserve?: number;
  /** Render chunks with OData 4 `in (…)` instead of `or`-ed `eq` (see ODataOptions). */
  inOperator?: boolean;
  /** Compare `tolower(field)` with the lower-cased keys (a key PowerOffice matches ignoring case). */
  caseInsensitive?: boolean;
}

export const DEFAULT_MAX_URL_LENGTH = 2_000;

type Key = string | number;

function coerceKey(kind: string, key: Key): Literal {
  // GraphQL IDs arrive as strings; numeric fields need numeric literals.
  if ((kind === 'int' || kind === 'long') && typeof key === 'string' && /^-?\d+$/.test(key)) {
    return Number(key);
  }
  return key;
}

function urlLength(
  resource: Pick<ResourceSpec, 'listFields'>,
  path: string,
  node: FilterNode,
  inOperator: boolean,
): number {
  const filter = toFilterString(resource, node, { inOperator }) ?? '';
  return `${path}?$filter=${encodeURIComponent(filter)}`.length;
}

/**
 * Splits `keys` (deduplicated, order kept) into `in` filters on `field`, each of which renders to
 * a list URL no longer than `maxUrlLength - reserve` characters. Throws when one key alone does
 * not fit, or when `field` is not a filterable field of the resource.
 */
export function chunkKeys(
  resource: Pick<ResourceSpec, 'listFields' | 'listPath'>,
  field: string,
  keys: readonly Key[],
  opts: ChunkOptions = {},
): FilterNode[] {
  const { spec } = resolveField(resource, field);
  const kind = spec.type === 'scalar' ? spec.kind : 'enum';
  const limit = (opts.maxUrlLength ?? DEFAULT_MAX_URL_LENGTH) - (opts.reserve ?? 0);
  const path = opts.path ?? resource.listPath;
  const inOperator = opts.inOperator ?? false;
  const nodeOf = (vs: readonly Literal[]): FilterNode =>
    opts.caseInsensitive
      ? { op: 'in', field, values: vs, caseInsensitive: true }
      : { op: 'in', field, values: vs };
  const tooLong = () =>
    new RangeError(`chunkKeys: one ${field} key alone exceeds the URL limit of ${limit}`);
  // One key (a point lookup, a relation of one parent): its one chunk, measured once.
  if (keys.length === 1) {
    const only = nodeOf([coerceKey(kind, keys[0] as Key)]);
    if (urlLength(resource, path, only, inOperator) > limit) throw tooLong();
    return [only];
  }
  const seen = new Set<string>();
  const values: Literal[] = [];
  for (const k of keys) {
    const v = coerceKey(kind, k);
    if (!seen.has(String(v))) {
      seen.add(String(v));
      values.push(v);
    }
  }
  const measure = (vs: readonly Literal[]) => urlLength(resource, path, nodeOf(vs), inOperator);
  const chunks: FilterNode[] = [];
  let current: Literal[] = [];
  // A chunk's URL grows by the same text for each key past its first (`,lit` or ` or F eq lit`,
  // percent-encoded piece by piece), so a key's share is measured once against the chunk's first
  // key: linear in the keys instead of re-rendering the growing chunk for each one (s1's product
  // keys made that a visible share of an operation's CPU, bench/analysis.md).
  let length = 0;
  let firstLength = 0;
  for (const v of values) {
    const first = current[0];
    if (first === undefined) {
      length = firstLength = measure([v]);
      if (length > limit) throw tooLong();
      current.push(v);
      continue;
    }
    const grown = length + measure([first, v]) - firstLength;
    if (grown <= limit) {
      current.push(v);
      length = grown;
      continue;
    }
    chunks.push(nodeOf(current));
    current = [v];
    length = firstLength = measure(current);
    if (length > limit) throw tooLong();
  }
  if (current.length > 0) chunks.push(nodeOf(current));
  // The measure above assumes that growth is additive; check each chunk exactly once, and
  // fall back to rendering every prefix if a filter form ever breaks that assumption. A chunk of
  // one key was measured exactly as it was opened (a point lookup's only chunk).
  if (chunks.every((c) => c.op !== 'in' || c.values.length === 1 || measure(c.values) <= limit)) {
    return chunks;
  }
  return chunkByPrefixes(values, nodeOf, measure, limit, tooLong);
}

/** The exact, quadratic form of `chunkKeys`' loop: renders each growing chunk in full. */
function chunkByPrefixes(
  values: readonly Literal[],
  nodeOf: (vs: readonly Literal[]) => FilterNode,
  measure: (vs: readonly Literal[]) => number,
  limit: number,
  tooLong: () => RangeError,
): FilterNode[] {
  const chunks: FilterNode[] = [];
  let current: Literal[] = [];
  for (const v of values) {
    if (measure([...current, v]) <= limit) {
      current.push(v);
      continue;
    }
    if (current.length === 0) throw tooLong();
    chunks.push(nodeOf(current));
    current = [v];
    if (measure(current) > limit) throw tooLong();
  }
  if (current.length > 0) chunks.push(nodeOf(current));
  return chunks;
}
