/** A queued caller's place: `key` orders operations (smaller first), `seq` arrivals within one. */
export interface Ranked {
  readonly key: number;
  readonly seq: number;
}

const before = (a: Ranked, b: Ranked) => a.key < b.key || (a.key === b.key && a.seq < b.seq);

/**
 * A binary min-heap of waiters by (key, seq). The queues stay small (bounded by the wait limit
 * times the rate), so removing an arbitrary waiter or finding the last one scans linearly.
 */
export class WaitQueue<T extends Ranked> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** Adds `item` in (key, seq) order. */
  push(item: T): void {
    this.#items.push(item);
    this.#up(this.#items.length - 1);
  }

  /** Removes and returns the first waiter, or undefined when empty. */
  shift(): T | undefined {
    const items = this.#items;
    const first = items[0];
    const last = items.pop();
    if (first !== undefined && last !== undefined && items.length > 0) {
      items[0] = last;
      this.#down(0);
    }
    return first;
  }

  /** Removes `item` if queued; true when it was. */
  remove(item: T): boolean {
    const i = this.#items.indexOf(item);
    if (i < 0) return false;
    this.#removeAt(i);
    return true;
  }

  /** Removes and returns the waiter that would be served last, or undefined when empty. */
  pop(): T | undefined {
    const items = this.#items;
    if (items.length === 0) return undefined;
    let worst = items.length - 1;
    // The last waiter is a leaf: only the second half of the array can hold it.
    for (let i = items.length >> 1; i < items.length; i++) {
      if (before(items[worst] as T, items[i] as T)) worst = i;
    }
    const item = items[worst] as T;
    this.#removeAt(worst);
    return item;
  }

  /** How many queued waiters would be served before `item` (which need not be queued). */
  ahead(item: Ranked): number {
    let n = 0;
    for (const w of this.#items) if (before(w, item)) n += 1;
    return n;
  }

  /** Empties the queue, returning its waiters in no particular order. */
  drain(): T[] {
    return this.#items.splice(0);
  }

  #removeAt(i: number): void {
    const items = this.#items;
    const last = items.pop() as T;
    if (i === items.length) return;
    items[i] = last;
    this.#down(i);
    this.#up(i);
  }

  #up(i: number): void {
    const items = this.#items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as T, items[parent] as T)) return;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  #down(i: number): void {
    const items = this.#items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && before(items[l] as T, items[m] as T)) m = l;
      if (r < items.length && before(items[r] as T, items[m] as T)) m = r;
      if (m === i) return;
      [items[i], items[m]] = [items[m] as T, items[i] as T];
      i = m;
    }
  }
}
