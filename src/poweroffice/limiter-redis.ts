import { Redis } from 'ioredis';
import { PowerOfficeError } from './errors.js';
import {
  abortableSleep,
  type RateLimiter,
  TokenBucket,
  type TokenBucketOptions,
} from './limiter.js';
import type { Logger } from './logger.js';

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
  #chain: Promise<unknown> = Promise.resolve();
  #queued = 0;
  waits = 0;
  waitedMs = 0;

  constructor(o: RedisRateLimiterOptions) {
    this.#o = o;
    this.#redis = new Redis(o.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.#redis.on('error', () => undefined); // surfaced through failed commands instead
    this.#fallback = new TokenBucket(o);
    this.#interval = Math.round(1_000_000 / o.perSecond);
    this.#tau = (o.burst - 1) * this.#interval;
  }

  /**
   * Waits for a slot. Reservations are made one at a time per process (each right after the
   * previous slot was used), so a stalled event loop never finds a queue of booked slots to
   * release at once; the local queue is bounded by `maxWaitMs` like the Redis one.
   */
  take(signal?: AbortSignal): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const expected = this.#queued * (this.#interval / 1000);
    if (expected > this.#o.maxWaitMs) {
      return Promise.reject(
        new PowerOfficeError('RATE_LIMITED', 'The request queue for PowerOffice is full', {
          retryAfterSeconds: Math.ceil(expected / 1000),
        }),
      );
    }
    this.#queued += 1;
    const turn = this.#chain.then(() => this.#takeOne(signal));
    this.#chain = turn.catch(() => undefined);
    const done = turn.finally(() => {
      this.#queued -= 1;
    });
    return signal ? leaveOnAbort(done, signal) : done;
  }

  async #takeOne(signal?: AbortSignal): Promise<number> {
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
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}

/** Rejects with the signal's reason as soon as it aborts; `p` still runs to completion. */
function leaveOnAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
