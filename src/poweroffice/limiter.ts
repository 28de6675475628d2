import type { CancelSignal } from './cancel.js';
import { PowerOfficeError } from './errors.js';
import { FairQueue, type FairWaiter, type Share } from './wait-queue.js';

export type { Share } from './wait-queue.js';

export interface TokenBucketOptions {
  /** Sustained rate, requests per second. */
  perSecond: number;
  /** Bucket size: how many requests may start back to back after an idle period. */
  burst: number;
  /** A caller that would wait longer than this fails with RATE_LIMITED instead. */
  maxWaitMs: number;
  now?: () => number;
}

/**
 * What the client needs from a limiter: fairly shared slots, a pause after 429, wait counters.
 * Waiters are served in `FairQueue` order: the client passes the operation a call belongs to and
 * the client identity that sent it; slots are shared round-robin between identities and, within
 * one, go to its short operations oldest first, then to its long ones in turn; one operation's
 * calls stay FIFO. So a one-call query waits for about one call of each other client and at most
 * a few of its own client's older operations, never for the whole of an expensive one, and under
 * overload operations finish one after another instead of all late together.
 */
export interface RateLimiter {
  /** Waits for a request slot; RATE_LIMITED when the wait would exceed the bound. */
  take(signal?: CancelSignal, share?: Share): Promise<number>;
  /**
   * Takes a slot if one is free this moment and nobody waits (what `take` would grant at once
   * with a wait of 0), without a promise; false otherwise, and nothing changes. Optional: a
   * limiter that must ask elsewhere (Redis) has none, and callers use `take`.
   */
  tryTake?(): boolean;
  /** Holds new slots back for `ms` (the upstream answered 429 with Retry-After). */
  pause(ms: number): void;
  readonly waits: number;
  readonly waitedMs: number;
  close(): Promise<void>;
}

interface Waiter extends FairWaiter {
  readonly resolve: (waitedMs: number) => void;
  readonly reject: (reason: unknown) => void;
  readonly since: number;
  readonly signal: CancelSignal | undefined;
  readonly onAbort: () => void;
}

/** The error of a caller whose wait would exceed the bound. */
export function queueFull(expectedMs: number): PowerOfficeError {
  return new PowerOfficeError('RATE_LIMITED', 'The request queue for PowerOffice is full', {
    retryAfterSeconds: Math.ceil(expectedMs / 1000),
  });
}

/**
 * An in-process token bucket in front of the upstream. Tokens accrue at `perSecond` up to
 * `burst`; callers that find none wait in a priority queue (see `RateLimiter`) that one timer
 * drains. A token is handed
 * out only when it exists at that moment, never booked in advance, so a stalled event loop (GC,
 * CPU contention) cannot release more than `burst` requests at once when it resumes.
 */
export class TokenBucket implements RateLimiter {
  readonly #interval: number;
  readonly #burst: number;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  #tokens: number;
  #last: number;
  /** No token accrues before this time (set by `pause` after a 429). */
  #pausedUntil = 0;
  readonly #queue = new FairQueue<Waiter>();
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  waits = 0;
  waitedMs = 0;

  constructor(opts: TokenBucketOptions) {
    if (!(opts.perSecond > 0) || !(opts.burst >= 1)) throw new Error('TokenBucket: bad rate');
    this.#interval = 1000 / opts.perSecond;
    this.#burst = opts.burst;
    this.#maxWaitMs = opts.maxWaitMs;
    this.#now = opts.now ?? (() => performance.now());
    this.#tokens = opts.burst;
    this.#last = this.#now();
  }

  #refill(now: number): void {
    const from = Math.max(this.#last, this.#pausedUntil);
    if (now > from) {
      this.#tokens = Math.min(this.#burst, this.#tokens + (now - from) / this.#interval);
    }
    this.#last = Math.max(this.#last, now);
  }

  /** Expected wait of the caller that would stand at `position` (1 = next) in the queue. */
  #estimate(now: number, position: number): number {
    const paused = Math.max(0, this.#pausedUntil - now);
    return paused + Math.max(0, position - this.#tokens) * this.#interval;
  }

  /** `RateLimiter.tryTake`: the token `take` would grant at once, if there is one. */
  tryTake(): boolean {
    return this.#takeAt(this.#now());
  }

  /** Refills up to `now`, then takes a token if one is free and nobody waits. */
  #takeAt(now: number): boolean {
    this.#refill(now);
    if (this.#queue.size === 0 && now >= this.#pausedUntil && this.#tokens >= 1) {
      this.#tokens -= 1;
      return true;
    }
    return false;
  }

  /**
   * Waits for a token, in fair order between shares (see `RateLimiter`); RATE_LIMITED at once
   * when the expected wait exceeds the bound. A waiter that ranks ahead of others pushes them
   * back: those whose expected wait now exceeds the bound, last-ranked first, are refused with
   * RATE_LIMITED (so the client that has queued the most calls is shed first, and within it the
   * longest operation's latest call).
   */
  take(signal?: CancelSignal, share?: Share): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const now = this.#now();
    if (this.#takeAt(now)) return Promise.resolve(0);
    const own = share ?? { operation: {}, identity: '' };
    const seq = this.#seq++;
    const expected = this.#estimate(now, this.#queue.ahead(own, seq) + 1);
    if (expected > this.#maxWaitMs) return Promise.reject(queueFull(expected));
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = {
        seq,
        share: own,
        resolve,
        reject,
        since: now,
        signal,
        onAbort: () => {
          this.#queue.remove(waiter);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#shed(now);
      this.#schedule();
    });
  }

  /** Refuses the last waiters while the last one's expected wait exceeds the bound. */
  #shed(now: number): void {
    for (;;) {
      const expected = this.#estimate(now, this.#queue.size);
      if (expected <= this.#maxWaitMs) return;
      const w = this.#queue.pop() as Waiter;
      w.signal?.removeEventListener('abort', w.onAbort);
      w.reject(queueFull(expected));
    }
  }

  #pump(): void {
    this.#timer = undefined;
    const now = this.#now();
    this.#refill(now);
    while (this.#queue.size > 0 && now >= this.#pausedUntil && this.#tokens >= 1) {
      this.#tokens -= 1;
      const w = this.#queue.shift() as Waiter;
      w.signal?.removeEventListener('abort', w.onAbort);
      const waited = now - w.since;
      this.waits += 1;
      this.waitedMs += waited;
      w.resolve(waited);
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer || this.#queue.size === 0) return;
    const now = this.#now();
    const delay = Math.max(this.#pausedUntil - now, (1 - this.#tokens) * this.#interval, 0);
    this.#timer = setTimeout(() => this.#pump(), Math.max(1, Math.ceil(delay)));
  }

  /** Holds every token back for `ms` and drains the bucket (the upstream asked us to wait). */
  pause(ms: number): void {
    const now = this.#now();
    this.#refill(now);
    this.#pausedUntil = Math.max(this.#pausedUntil, now + ms);
    // One request may go when the pause ends (that is what Retry-After allows), then the rate.
    this.#tokens = Math.min(this.#tokens, 1);
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#schedule();
  }

  /** Rejects every queued caller; the bucket is not used afterwards. */
  async close(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const w of this.#queue.drain()) {
      w.signal?.removeEventListener('abort', w.onAbort);
      w.reject(new Error('rate limiter closed'));
    }
  }
}

/** Sleeps `ms`, rejecting early with `signal.reason` when the signal aborts. */
export function abortableSleep(ms: number, signal?: CancelSignal): Promise<void> {
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
