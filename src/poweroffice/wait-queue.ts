/**
 * Who a limiter slot is for: the operation (any object that lives as long as it does, the
 * client passes the operation's `RequestTracker`) and the client identity that sent it (a hash
 * of its API key). Slots are shared fairly between identities, then between the operations of
 * one identity (`FairClock`).
 */
export interface Share {
  readonly operation: object;
  readonly identity: string;
}

/**
 * Start-time fair queueing (Goyal et al. 1996) over flows = operations, weighted so identities
 * share equally: a waiter's tag is `max(virtual time, its operation's last tag) + w`, where `w`
 * is the number of operations its identity has waiting (so an identity's operations together
 * advance like one flow), and the virtual time is the tag of the last waiter served. A new
 * operation's first call is therefore served after at most about one call of each other flow,
 * however many calls an older operation has queued; waiters of one operation stay FIFO.
 * A call without a share is a flow of its own (served like a new operation's first call).
 */
export class FairClock {
  #virtual = 0;
  readonly #lastTag = new WeakMap<object, number>();
  /** Waiting calls per operation, per identity. */
  readonly #waiting = new Map<string, Map<object, number>>();

  /** The tag a waiter of `share` would get now; nothing is recorded. */
  peek(share: Share): number {
    const ops = this.#waiting.get(share.identity);
    const weight = (ops?.size ?? 0) + (ops?.has(share.operation) ? 0 : 1);
    return Math.max(this.#virtual, this.#lastTag.get(share.operation) ?? 0) + weight;
  }

  /** Records a waiter of `share` queued with `tag` (from `peek`, just before). */
  enter(share: Share, tag: number): void {
    this.#lastTag.set(share.operation, tag);
    let ops = this.#waiting.get(share.identity);
    if (!ops) {
      ops = new Map();
      this.#waiting.set(share.identity, ops);
    }
    ops.set(share.operation, (ops.get(share.operation) ?? 0) + 1);
  }

  /** A waiter left the queue: `served` (the virtual time moves to its tag), aborted or shed. */
  leave(share: Share, tag: number, served: boolean): void {
    if (served) this.#virtual = Math.max(this.#virtual, tag);
    const ops = this.#waiting.get(share.identity);
    const n = (ops?.get(share.operation) ?? 0) - 1;
    if (!ops) return;
    if (n > 0) ops.set(share.operation, n);
    else {
      ops.delete(share.operation);
      if (ops.size === 0) this.#waiting.delete(share.identity);
    }
  }
}

/** A queued caller's place: `key` is its fair-queueing tag (smaller first), `seq` its arrival. */
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
