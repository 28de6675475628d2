import type { FilterNode } from '../poweroffice/odata.js';

/**
 * Orders fetched rows back into key order: one slot per key, `null` when the upstream had no
 * row, the chunk's `Error` when the request carrying that key failed. Keys compare by their
 * string form, so `10001` and `"10001"` are the same key.
 */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => unknown,
  failed: ReadonlyMap<string, Error> = new Map(),
): (V | null | Error)[] {
  const byKey = new Map<string, V>();
  for (const row of rows) {
    const k = keyOf(row);
    if (k !== undefined && k !== null && !byKey.has(String(k))) byKey.set(String(k), row);
  }
  return keys.map((k) => failed.get(String(k)) ?? byKey.get(String(k)) ?? null);
}

/** Like `orderByKeys`, but every key gets the list of rows that carry it (reverse relations). */
export function groupByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => unknown,
  failed: ReadonlyMap<string, Error> = new Map(),
): (V[] | Error)[] {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = String(keyOf(row));
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => failed.get(String(k)) ?? groups.get(String(k)) ?? []);
}

/** The literal values a key-chunk filter (`in (…)` or `eq … or eq …`) carries. */
export function keysOfFilter(node: FilterNode): string[] {
  switch (node.op) {
    case 'and':
    case 'or':
      return node.args.flatMap(keysOfFilter);
    case 'not':
      return keysOfFilter(node.arg);
    case 'in':
      return node.values.map((v) => String(v));
    default:
      return [String(node.value)];
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight; settles every item, in order.
 * The bound keeps one wide query from opening hundreds of upstream connections at once.
 */
export async function mapSettled<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const out: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = { status: 'fulfilled', value: await fn(items[i] as T) };
      } catch (reason) {
        out[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
