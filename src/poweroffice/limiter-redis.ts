import type { Redis } from 'ioredis';
import type { CancelSignal } from './cancel.js';
import { PowerOfficeError } from './errors.js';
import {
  abortableSleep,
  queueFull,
  type RateLimiter,
  TokenBucket,
  type TokenBucketOptions,
} from './limiter.js';
import type { Logger } from './logger.js';
import { connectRedis } from './redis.js';
import { FairQueue, type FairWaiter, type Share } from './wait-queue.js';

/**
 * GCRA in one atomic script, on Redis's clock (replicas' clocks may differ). Times are in
 * microseconds (doubles hold them exactly; `%d` keeps them from being written in e-notation). Returns {1, wait} when a slot was reserved, {0, wait} when the wait would
 * exceed the bound (nothing reserved). KEYS[1] holds the theoretical arrival time.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tau = tonumber(ARGV[2])
local maxwait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - tau - now
if wait < 0 then wait = 0 end
if wait > maxwait then return {0, wait} end
local nexttat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', nexttat), 'PX', math.ceil((nexttat - now) / 1000) + 1000)
return {1, wait}`;

/** Pushes the arrival time to at least now + pause (+ tolerance), never backwards. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local untiltat = now + tonumber(ARGV[1]) + tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if untiltat > tat then
  redis.call('SET', KEYS[1], string.format('%d', untiltat), 'PX', math.ceil((untiltat - now) / 1000) + 1000)
end
return 1`;

export interface RedisRateLimiterOptions extends Omit<TokenBucketOptions, 'now'> {
  redisUrl: string;
  /** Redis key of the bucket: one per integration (application key), see `rateKeyFor`. */
  key: string;
  logger: Logger;
}

interface Waiter extends FairWaiter {
  readonly resolve: (waitedMs: number) => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: CancelSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * A token bucket shared by every replica through Redis, so N replicas of the facade together
 * stay under PowerOffice's per-integration limit. When Redis fails, each call falls back to an
 * in-process bucket at the same rate (logged), so an outage slows nothing down.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly #redis: Redis;
  readonly #o: RedisRateLimiterOptions;
  readonly #fallback: TokenBucket;
  readonly #interval: number;
  readonly #tau: number;
  #lastWarning = 0;
  readonly #queue = new FairQueue<Waiter>();
  #seq = 0;
  /** A reservation is being made or its slot waited for: the next waiter starts after it. */
  #busy = false;
  waits = 0;
  waitedMs = 0;

  constructor(o: RedisRateLimiterOptions) {
    this.#o = o;
    this.#redis = connectRedis(o.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.#redis.on('error', () => undefined); // surfaced through failed commands instead
    this.#fallback = new TokenBucket(o);
    this.#interval = Math.round(1_000_000 / o.perSecond);
    this.#tau = (o.burst - 1) * this.#interval;
  }

  /**
   * Waits for a slot. Reservations are made one at a time per process (each right after the
   * previous slot was used), so a stalled event loop never finds a queue of booked slots to
   * release at once; which local waiter books next follows the fair order between shares (see
   * `RateLimiter`; fairness is per replica, the rate across replicas stays Redis's). The
   * local queue is bounded by `maxWaitMs` like the Redis one, shedding the last waiters when a
   * higher-ranked one pushes them beyond it.
   */
  take(signal?: CancelSignal, share?: Share): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const own = share ?? { operation: {}, identity: '' };
    const seq = this.#seq++;
    const expected = this.#expected(this.#queue.ahead(own, seq) + 1);
    if (expected > this.#o.maxWaitMs) return Promise.reject(queueFull(expected));
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = {
        seq,
        share: own,
        resolve,
        reject,
        signal,
        onAbort: () => {
          this.#queue.remove(waiter);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      for (;;) {
        const last = this.#expected(this.#queue.size);
        if (last <= this.#o.maxWaitMs) break;
        const w = this.#queue.pop() as Waiter;
        w.signal?.removeEventListener('abort', w.onAbort);
        w.reject(queueFull(last));
      }
      this.#next();
    });
  }

  /** Expected local wait of the waiter at `position` (1 = next) of the queue. */
  #expected(position: number): number {
    return (position - (this.#busy ? 0 : 1)) * (this.#interval / 1000);
  }

  /** Starts the next waiter's reservation unless one is under way. */
  #next(): void {
    if (this.#busy) return;
    const w = this.#queue.shift();
    if (!w) return;
    w.signal?.removeEventListener('abort', w.onAbort);
    this.#busy = true;
    // Free the turn before the caller resumes, so its next take can book at once.
    const release = () => {
      this.#busy = false;
      this.#next();
    };
    this.#takeOne(w.signal).then(
      (waited) => {
        release();
        w.resolve(waited);
      },
      (e: unknown) => {
        release();
        w.reject(e);
      },
    );
  }

  async #takeOne(signal?: CancelSignal): Promise<number> {
    signal?.throwIfAborted();
    let reply: [number, number];
    try {
      reply = (await this.#redis.eval(
        RESERVE,
        1,
        this.#o.key,
        this.#interval,
        this.#tau,
        this.#o.maxWaitMs * 1000,
      )) as [number, number];
    } catch (e) {
      this.#warn(e);
      const waited = await this.#fallback.take(signal);
      if (waited > 0) {
        this.waits += 1;
        this.waitedMs += waited;
      }
      return waited;
    }
    const [ok, waitUs] = reply;
    const wait = waitUs / 1000;
    if (!ok) {
      throw new PowerOfficeError('RATE_LIMITED', 'The request queue for PowerOffice is full', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    if (wait <= 0) return 0;
    this.waits += 1;
    this.waitedMs += wait;
    await abortableSleep(wait, signal);
    return wait;
  }

  pause(ms: number): void {
    this.#fallback.pause(ms);
    this.#redis.eval(PAUSE, 1, this.#o.key, Math.round(ms * 1000), this.#tau).catch((e) => {
      this.#warn(e);
    });
  }

  #warn(e: unknown): void {
    if (Date.now() - this.#lastWarning < 10_000) return;
    this.#lastWarning = Date.now();
    const err = e as { name?: string; code?: string };
    this.#o.logger.warn({
      event: 'poweroffice.rate_limiter.redis_failed',
      error: { name: err?.name, code: err?.code },
    });
  }

  async close(): Promise<void> {
    for (const w of this.#queue.drain()) {
      w.signal?.removeEventListener('abort', w.onAbort);
      w.reject(new Error('rate limiter closed'));
    }
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
