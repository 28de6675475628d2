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

/** A rejection reason as an `Error`: DataLoader fails a key whose slot in a batch's answer is one. */
export function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * A counting semaphore: at most `limit` holders at once. Shared by every batch of one
 * operation, so the bound holds however the batches interleave.
 */
export class Semaphore {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}

  /** Takes a slot if one is free now (no promise, no turn of the event loop). */
  tryAcquire(): boolean {
    if (this.#active >= this.limit) return false;
    this.#active += 1;
    return true;
  }

  /** A slot: at once if one is free, else the next `release` hands its slot over. */
  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter; it is freed only when nobody waits.
    if (next) next();
    else this.#active -= 1;
  }
}

/**
 * Runs `fn` over every item through `gate`, in item order: each item's value, or the `Error` it
 * failed with (never rejects). At most `gate.limit` workers take the items in turn, so a batch
 * of sixty invoices holds eight waiting calls, not sixty closures, promises and settled
 * records, for as long as its slowest GET (issue 15: what an operation holds while it waits
 * is what the young-generation GC copies; bench/analysis.md).
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  gate: Semaphore,
  fn: (item: T) => Promise<R>,
): Promise<(R | Error)[]> {
  const out = new Array<R | Error>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      if (!gate.tryAcquire()) await gate.acquire();
      try {
        out[i] = await fn(items[i] as T);
      } catch (e) {
        out[i] = asError(e);
      } finally {
        gate.release();
      }
    }
  };
  const workers: Promise<void>[] = [];
  for (let w = Math.min(gate.limit, items.length); w > 0; w--) workers.push(worker());
  await Promise.all(workers);
  return out;
}
