/**
 * Who a limiter slot is for: the operation (any object that lives as long as it does, the
 * client passes the operation's `RequestTracker`) and the client identity that sent it (a hash
 * of its API key). Slots are shared fairly between identities, then ordered between the
 * operations of one identity (`FairQueue`).
 */
export interface Share {
  readonly operation: object;
  readonly identity: string;
}

/**
 * How many calls an operation makes before it stops ranking ahead of newer operations of the
 * same client. Below it an operation is "short" and its client's short operations go oldest
 * first, so a two-call query finishes before the next one starts (under overload, serving every
 * operation a little at a time leaves most unfinished when the window closes: bench s5); from
 * it on the operation is "long" and yields to every short one, so a one-call query never waits
 * behind a 3 000-call one (issue 14).
 */
export const SHORT_OPERATION_CALLS = 8;

/** A queued caller as `FairQueue` sees it; the queue fills in the ranking fields. */
export interface FairWaiter {
  readonly share: Share;
  /** Arrival order, set by the caller (unique, increasing). */
  readonly seq: number;
  /** @internal 0 = a call of a short operation, 1 = of a long one. */
  cls?: number;
  /** @internal Short: the operation's first arrival; long: the call's index in its operation. */
  order?: number;
}

/** One client identity's waiters: served at fair-queueing tags head, head + 1, … in `order`. */
interface Lane<W> {
  readonly waiters: W[];
  /** The tag of the next waiter to serve. */
  head: number;
  /** The tag after the last served waiter: where the lane starts again after emptying. */
  finish: number;
  /** Ties between lanes at one tag go to the lane backlogged first. */
  since: number;
}

const inOrder = (a: FairWaiter, b: FairWaiter) =>
  (a.cls as number) - (b.cls as number) ||
  (a.order as number) - (b.order as number) ||
  a.seq - b.seq;

/**
 * The rate limiters' queue. Between client identities, start-time fair queueing (Goyal et al.
 * 1996) with one flow per identity and unit cost per call: a backlogged identity's waiters hold
 * the tags head, head + 1, …, a lane that was idle starts at max(virtual time, its last finish),
 * and the waiter with the smallest tag goes next; so identities share slots equally, whatever
 * their number of operations. Within one identity the lane's order decides which of its waiters
 * takes its next slot: calls of short operations (see `SHORT_OPERATION_CALLS`) oldest operation
 * first, then calls of long operations round-robin (each one's k-th call before any one's
 * k+1-th); one operation's calls stay FIFO. A waiter's class is fixed when it is queued.
 */
export class FairQueue<W extends FairWaiter> {
  #virtual = 0;
  #lanes = new Map<string, Lane<W>>();
  #backlogs = 0;
  #size = 0;
  /** Per operation: the arrival of its first call and how many calls it has queued or taken. */
  readonly #operations = new WeakMap<object, { first: number; calls: number }>();

  get size(): number {
    return this.#size;
  }

  /** The ranking fields a waiter of `share` arriving as `seq` would get; nothing is recorded. */
  #rank(share: Share, seq: number): { cls: number; order: number } {
    const op = this.#operations.get(share.operation);
    const calls = op?.calls ?? 0;
    return calls < SHORT_OPERATION_CALLS
      ? { cls: 0, order: op?.first ?? seq }
      : { cls: 1, order: calls };
  }

  /** Where in `lane` a waiter ranked `w` would stand (waiters ahead of it in the lane). */
  #position(lane: Lane<W>, w: FairWaiter): number {
    const ws = lane.waiters;
    let lo = 0;
    let hi = ws.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inOrder(ws[mid] as W, w) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many queued waiters would be served before a new waiter of `share` arriving as `seq`. */
  ahead(share: Share, seq: number): number {
    const lane = this.#lanes.get(share.identity);
    const live = lane !== undefined && lane.waiters.length > 0;
    const p = live ? this.#position(lane, { share, seq, ...this.#rank(share, seq) }) : 0;
    const tag = (live ? lane.head : Math.max(this.#virtual, lane?.finish ?? 0)) + p;
    const since = live ? lane.since : Number.POSITIVE_INFINITY;
    let n = p;
    for (const other of this.#lanes.values()) {
      if (other === lane || other.waiters.length === 0) continue;
      const before = tag - other.head + (other.since < since ? 1 : 0);
      n += Math.min(Math.max(before, 0), other.waiters.length);
    }
    return n;
  }

  /** Queues `w` (its `share` and `seq` set by the caller). */
  push(w: W): void {
    const { operation, identity } = w.share;
    Object.assign(w, this.#rank(w.share, w.seq));
    const op = this.#operations.get(operation);
    if (op) op.calls += 1;
    else this.#operations.set(operation, { first: w.seq, calls: 1 });
    let lane = this.#lanes.get(identity);
    if (!lane) {
      lane = { waiters: [], head: 0, finish: 0, since: 0 };
      this.#lanes.set(identity, lane);
    }
    if (lane.waiters.length === 0) {
      lane.head = Math.max(this.#virtual, lane.finish);
      lane.since = this.#backlogs++;
    }
    lane.waiters.splice(this.#position(lane, w), 0, w);
    this.#size += 1;
  }

  /** Removes and returns the next waiter to serve; the virtual time moves to its tag. */
  shift(): W | undefined {
    let best: Lane<W> | undefined;
    for (const [identity, lane] of this.#lanes) {
      if (lane.waiters.length === 0) {
        // An idle lane that would restart at the virtual time anyway carries no state.
        if (lane.finish <= this.#virtual) this.#lanes.delete(identity);
        continue;
      }
      if (!best || lane.head < best.head || (lane.head === best.head && lane.since < best.since))
        best = lane;
    }
    if (!best) return undefined;
    this.#virtual = best.head;
    best.head += 1;
    best.finish = best.head;
    this.#size -= 1;
    return best.waiters.shift();
  }

  /** Removes and returns the waiter that would be served last (to shed), or undefined. */
  pop(): W | undefined {
    let worst: Lane<W> | undefined;
    for (const lane of this.#lanes.values()) {
      if (lane.waiters.length === 0) continue;
      const last = lane.head + lane.waiters.length;
      const worstLast = worst ? worst.head + worst.waiters.length : Number.NEGATIVE_INFINITY;
      if (last > worstLast || (last === worstLast && worst && lane.since > worst.since))
        worst = lane;
    }
    if (!worst) return undefined;
    this.#size -= 1;
    return worst.waiters.pop();
  }

  /** Removes `w` if queued (an abort); true when it was. */
  remove(w: W): boolean {
    const lane = this.#lanes.get(w.share.identity);
    const i = lane ? lane.waiters.indexOf(w) : -1;
    if (!lane || i < 0) return false;
    lane.waiters.splice(i, 1);
    this.#size -= 1;
    return true;
  }

  /** Empties the queue, returning its waiters in no particular order. */
  drain(): W[] {
    const all = [...this.#lanes.values()].flatMap((l) => l.waiters.splice(0));
    this.#size = 0;
    return all;
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
