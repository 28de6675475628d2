import type { CancelSignal } from './cancel.js';
import { type Ranked, WaitQueue } from './wait-queue.js';

interface Waiter extends Ranked {
  readonly resolve: () => void;
}

/**
 * Bounds the client's concurrent upstream requests (its keep-alive sockets) and decides who goes
 * next when all are busy: the oldest operation first (ranked by its first request through the
 * gate), then arrival. Node's agent would queue requests FIFO, so under overload every operation
 * would advance one request at a time and all would finish late together; oldest-first lets
 * operations complete one after another, and the request's timeout starts only once it has a
 * socket. Fairness between identities is the rate limiter's (`FairQueue`), which runs first.
 */
export class SocketGate {
  readonly #queue = new WaitQueue<Waiter>();
  readonly #rank = new WeakMap<object, number>();
  #free: number;
  #seq = 0;
  #operations = 0;

  constructor(size: number) {
    this.#free = size;
  }

  /**
   * Takes a slot for a request of `operation` if one is free and nobody waits, without a
   * promise; false otherwise (then `acquire`), and nothing changes.
   */
  tryAcquire(operation: object | undefined): boolean {
    if (this.#free === 0 || this.#queue.size !== 0) return false;
    this.#free -= 1;
    if (operation && !this.#rank.has(operation)) this.#rank.set(operation, ++this.#operations);
    return true;
  }

  /** Waits for a slot for a request of `operation` (absent: ranked as a new operation). */
  acquire(operation: object | undefined, signal?: CancelSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.tryAcquire(operation)) return Promise.resolve();
    let key = operation ? this.#rank.get(operation) : undefined;
    if (key === undefined) {
      key = ++this.#operations;
      if (operation) this.#rank.set(operation, key);
    }
    const rank = key;
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        if (this.#queue.remove(waiter)) reject(signal?.reason);
      };
      const waiter: Waiter = {
        key: rank,
        seq: this.#seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  /** Returns a slot taken by `acquire`: the next waiter, if any, gets it. */
  release(): void {
    const next = this.#queue.shift();
    if (next) next.resolve();
    else this.#free += 1;
  }
}
