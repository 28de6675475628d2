import type { CancelSignal } from './cancel.js';

/** What a `SlotGate` needs of its queue: `WaitQueue` and `FairQueue` both are one. */
export interface SlotQueue<W> {
  readonly size: number;
  push(waiter: W): void;
  shift(): W | undefined;
  remove(waiter: W): boolean;
}

/** A queued caller: its ranking fields (the queue's) and how the gate wakes it. */
export type SlotWaiter<R> = R & { readonly resolve: () => void };

/** A wait's bound: after `ms` the caller leaves the queue and is rejected with `error()`. */
export interface SlotTimeout {
  readonly ms: number;
  error(): unknown;
}

/**
 * `size` slots held at once; callers beyond them wait in `queue`'s order, and a released slot
 * passes straight to the next waiter. The one mechanism behind the client's socket gate
 * (`SocketGate`, oldest operation first) and the server's heavy-query gate
 * (`HeavyOperationGate`, fair between client identities, with a longest wait).
 */
export class SlotGate<R extends object> {
  readonly #queue: SlotQueue<SlotWaiter<R>>;
  #free: number;
  #waited = 0;

  constructor(
    readonly size: number,
    queue: SlotQueue<SlotWaiter<R>>,
  ) {
    this.#free = size;
    this.#queue = queue;
  }

  /** Slots held now. */
  get held(): number {
    return this.size - this.#free;
  }

  /** Callers waiting for a slot now. */
  get waiting(): number {
    return this.#queue.size;
  }

  /** Callers that had to wait, since the start. */
  get waited(): number {
    return this.#waited;
  }

  /** Takes a slot if one is free and nobody waits, without a promise; false otherwise. */
  tryTake(): boolean {
    if (this.#free === 0 || this.#queue.size !== 0) return false;
    this.#free -= 1;
    return true;
  }

  /**
   * A slot: at once if one is free and nobody waits, else when the queue serves `ranking` (a
   * fresh object, which the gate completes into the queued waiter). Rejects with the signal's
   * reason if it aborts first, or with `timeout.error()` after `timeout.ms`; either way the
   * caller leaves the queue and holds no slot.
   */
  take(ranking: R, signal?: CancelSignal, timeout?: SlotTimeout): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.tryTake()) return Promise.resolve();
    this.#waited += 1;
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const leave = (reason: unknown) => {
        if (!this.#queue.remove(waiter)) return;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(reason);
      };
      const onAbort = () => leave(signal?.reason);
      const waiter: SlotWaiter<R> = Object.assign(ranking, {
        resolve: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      });
      if (timeout) timer = setTimeout(() => leave(timeout.error()), timeout.ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  /** Returns a slot: the next waiter, if any, gets it. */
  release(): void {
    const next = this.#queue.shift();
    if (next) next.resolve();
    else this.#free += 1;
  }
}
