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
 * A counting semaphore: `run` starts `fn` once fewer than `limit` runs are in flight. Shared by
 * every batch of one operation, so the bound holds however the batches interleave.
 */
export class Semaphore {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}

  /** Runs `fn` within the limit; resolves or rejects as `fn` does. */
  async run<R>(fn: () => Promise<R>): Promise<R> {
    if (this.#active >= this.limit) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#active += 1;
    }
    try {
      return await fn();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter; it is freed only when nobody waits.
      if (next) next();
      else this.#active -= 1;
    }
  }
}

/** Runs `fn` over every item through `gate`; settles every item, results in item order. */
export function mapSettled<T, R>(
  items: readonly T[],
  gate: Semaphore,
  fn: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => gate.run(() => fn(item))));
}
