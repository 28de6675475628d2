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
  const seen = new Set<string>();
  const values: Literal[] = [];
  for (const k of keys) {
    const v = coerceKey(kind, k);
    if (!seen.has(String(v))) {
      seen.add(String(v));
      values.push(v);
    }
  }
  const chunks: FilterNode[] = [];
  let current: Literal[] = [];
  const nodeOf = (vs: Literal[]): FilterNode =>
    opts.caseInsensitive
      ? { op: 'in', field, values: vs, caseInsensitive: true }
      : { op: 'in', field, values: vs };
  for (const v of values) {
    // Rendering the growing chunk keeps the measure exact; chunks are a few hundred keys at most.
    if (urlLength(resource, path, nodeOf([...current, v]), inOperator) <= limit) {
      current.push(v);
      continue;
    }
    if (current.length === 0) {
      throw new RangeError(`chunkKeys: one ${field} key alone exceeds the URL limit of ${limit}`);
    }
    chunks.push(nodeOf(current));
    current = [v];
    if (urlLength(resource, path, nodeOf(current), inOperator) > limit) {
      throw new RangeError(`chunkKeys: one ${field} key alone exceeds the URL limit of ${limit}`);
    }
  }
  if (current.length > 0) chunks.push(nodeOf(current));
  return chunks;
}
