import { PowerOfficeError } from './errors.js';

export interface TokenBucketOptions {
  /** Sustained rate, requests per second. */
  perSecond: number;
  /** Bucket size: how many requests may start back to back after an idle period. */
  burst: number;
  /** A caller that would wait longer than this fails with RATE_LIMITED instead. */
  maxWaitMs: number;
  now?: () => number;
}

/** What the client needs from a limiter: FIFO slots, a pause after 429, wait counters. */
export interface RateLimiter {
  /** Waits for a request slot; RATE_LIMITED when the wait would exceed the bound. */
  take(signal?: AbortSignal): Promise<number>;
  /** Holds new slots back for `ms` (the upstream answered 429 with Retry-After). */
  pause(ms: number): void;
  readonly waits: number;
  readonly waitedMs: number;
  close(): Promise<void>;
}

/**
 * An in-process token bucket in front of the upstream. Callers reserve a slot in arrival order
 * (FIFO: a reservation moves the bucket's clock forward), then sleep until their slot. This
 * keeps the facade under PowerOffice's per-integration limit, so 429s stay exceptional.
 */
export class TokenBucket implements RateLimiter {
  readonly #interval: number;
  readonly #burst: number;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  /** The time at which the bucket will be full again if nobody takes a token (virtual clock). */
  #tat = 0;
  waits = 0;
  waitedMs = 0;

  constructor(opts: TokenBucketOptions) {
    if (!(opts.perSecond > 0) || !(opts.burst >= 1)) throw new Error('TokenBucket: bad rate');
    this.#interval = 1000 / opts.perSecond;
    this.#burst = opts.burst;
    this.#maxWaitMs = opts.maxWaitMs;
    this.#now = opts.now ?? (() => performance.now());
  }

  /**
   * Reserves one request slot and returns how long to wait for it (0 = go now), or throws
   * RATE_LIMITED when the wait would exceed `maxWaitMs` (nothing is reserved then). This is the
   * generic cell rate algorithm: slot n starts no earlier than `tat - burst * interval`.
   */
  reserve(): number {
    const now = this.#now();
    const tat = Math.max(this.#tat, now);
    const wait = Math.max(0, tat - (this.#burst - 1) * this.#interval - now);
    if (wait > this.#maxWaitMs) {
      throw new PowerOfficeError('RATE_LIMITED', 'The request queue for PowerOffice is full', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    this.#tat = tat + this.#interval;
    return wait;
  }

  /** Holds every new reservation back for `ms` (after a 429: the upstream asked us to wait). */
  pause(ms: number): void {
    const until = this.#now() + ms + (this.#burst - 1) * this.#interval;
    this.#tat = Math.max(this.#tat, until);
  }

  async close(): Promise<void> {}

  /** Waits for a slot (see `reserve`); rejects with the signal's reason when aborted. */
  async take(signal?: AbortSignal): Promise<number> {
    signal?.throwIfAborted();
    const wait = this.reserve();
    if (wait <= 0) return 0;
    this.waits += 1;
    this.waitedMs += wait;
    await abortableSleep(wait, signal);
    return wait;
  }
}

/** Sleeps `ms`, rejecting early with `signal.reason` when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
