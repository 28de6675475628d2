import type { CancelSignal } from './cancel.js';
import { SlotGate, type SlotWaiter } from './slot-gate.js';
import { type Ranked, WaitQueue } from './wait-queue.js';

/**
 * Bounds the client's concurrent upstream requests (its keep-alive sockets) and decides who goes
 * next when all are busy: the oldest operation first (ranked by its first request through the
 * gate), then arrival. Node's agent would queue requests FIFO, so under overload every operation
 * would advance one request at a time and all would finish late together; oldest-first lets
 * operations complete one after another, and the request's timeout starts only once it has a
 * socket. Fairness between identities is the rate limiter's (`FairQueue`), which runs first.
 */
export class SocketGate {
  readonly #slots: SlotGate<Ranked>;
  readonly #rank = new WeakMap<object, number>();
  #seq = 0;
  #operations = 0;

  constructor(size: number) {
    this.#slots = new SlotGate(size, new WaitQueue<SlotWaiter<Ranked>>());
  }

  /**
   * Takes a slot for a request of `operation` if one is free and nobody waits, without a
   * promise; false otherwise (then `acquire`), and nothing changes.
   */
  tryAcquire(operation: object | undefined): boolean {
    if (!this.#slots.tryTake()) return false;
    if (operation) this.#rankOf(operation);
    return true;
  }

  /** Waits for a slot for a request of `operation` (absent: ranked as a new operation). */
  acquire(operation: object | undefined, signal?: CancelSignal): Promise<void> {
    const key = operation ? this.#rankOf(operation) : ++this.#operations;
    return this.#slots.take({ key, seq: this.#seq++ }, signal);
  }

  /** Returns a slot taken by `acquire`: the next waiter, if any, gets it. */
  release(): void {
    this.#slots.release();
  }

  /** The operation's rank: the order of its first request through the gate. */
  #rankOf(operation: object): number {
    let rank = this.#rank.get(operation);
    if (rank === undefined) {
      rank = ++this.#operations;
      this.#rank.set(operation, rank);
    }
    return rank;
  }
}
