import { hash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';
import { connectRedis } from './redis.js';

/**
 * One round trip for a read that missed the local tier: the resource's generation, the time
 * since its last write (on Redis's clock, so replicas' clocks never matter), and the cached
 * response text of this URL under that generation with its remaining TTL.
 * KEYS: generation, last-write. ARGV: entry-key prefix, URL hash.
 * Returns {generation, msSinceWrite (-1: none), text | false, pttl}.
 */
const LOOKUP = `
local gen = tonumber(redis.call('GET', KEYS[1]) or '0')
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wrote = redis.call('GET', KEYS[2])
local since = -1
if wrote then since = math.max(0, now - tonumber(wrote)) end
local key = ARGV[1] .. gen .. ':' .. ARGV[2]
local text = redis.call('GET', key)
local pttl = 0
if text then pttl = redis.call('PTTL', key) end
return {gen, since, text, pttl}`;

/**
 * Stores a response only if its resource's generation is still the one the read started
 * under: a write in between makes the answer suspect, and it is dropped.
 * KEYS: generation. ARGV: generation, entry key, text, ttl ms. Returns 1 when stored.
 */
const STORE = `
if tonumber(redis.call('GET', KEYS[1]) or '0') ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', ARGV[2], ARGV[3], 'PX', ARGV[4])
return 1`;

/**
 * A write: for each resource, bumps its generation and stamps its last write (Redis's clock),
 * then publishes `<write id> <tag> <generation> …` once to every replica. KEYS: generation and
 * last-write keys in pairs. ARGV: channel, last-write lifetime ms, write id, then the tags.
 * Returns the new generations followed by the number of replicas the message reached.
 */
const BUMP = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
local message = ARGV[3]
for i = 1, #KEYS / 2 do
  local gen = redis.call('INCR', KEYS[2 * i - 1])
  redis.call('SET', KEYS[2 * i], string.format('%d', now), 'PX', ARGV[2])
  message = message .. ' ' .. ARGV[3 + i] .. ' ' .. gen
  out[i] = gen
end
out[#out + 1] = redis.call('PUBLISH', ARGV[1], message)
return out`;

/** How long a write waits for every replica to confirm it dropped the written resources. */
const ACK_TIMEOUT_MS = 250;

/** What the shared tier knows about one URL when a read starts. */
export interface SharedLookup {
  /** The resource's generation: part of every entry key, bumped by every write. */
  readonly generation: number;
  /** Milliseconds since the resource's last write by any replica; null when none is recent. */
  readonly msSinceWrite: number | null;
  /** The cached response text, or null. */
  readonly text: string | null;
  /** Its remaining lifetime in ms (0 without text). */
  readonly ttlMs: number;
}

export interface RedisCacheTierOptions {
  redisUrl: string;
  /**
   * Key prefix of this cache: deployment prefix + environment + a fingerprint of the API URL
   * and the keys (never a key itself), so companies and deployments never share entries.
   */
  scope: string;
  /** How long a write's timestamp is kept: at least the replica-lag window. */
  lastWriteTtlMs: number;
  logger: Logger;
  /** Another replica (or this one) wrote `tag`, now at `generation`. */
  onInvalidate(tag: string, generation: number): void;
  /**
   * The invalidation feed broke or was re-established: messages may have been lost, so every
   * local entry must go.
   */
  onFeedReset(): void;
}

/**
 * The Redis tier of the response cache, shared by every replica using the same Redis, scope
 * and credentials. Entries are response texts under `scope:e:<tag>:<generation>:<url hash>`
 * with the cache TTL (`PX`), so an entry written before a write is unreachable afterwards even
 * if the write's message never arrives. Generation keys never expire (one small integer per
 * resource): were one to expire and restart at 0, an old entry under a reused number could come
 * back. The tier never throws: a failed command is logged (one warning per 10 s) and reported
 * as `null`/`false`, and the caller falls back to its local tier.
 */
export class RedisCacheTier {
  readonly #o: RedisCacheTierOptions;
  readonly #redis: Redis;
  readonly #sub: Redis;
  readonly #channel: string;
  /** Replicas confirm each invalidation here, with the write's id. */
  readonly #ackChannel: string;
  /** Writes of this replica waiting for confirmations, by write id. */
  readonly #awaitingAcks = new Map<string, { needed: number; got: number; done: () => void }>();
  #lastWarning = 0;
  #closed = false;
  /** The invalidation subscription is confirmed and its connection has not dropped since. */
  #feedLive = false;
  /** Settles once the tier first becomes available (true) or its first connection fails. */
  readonly #started: Promise<boolean>;
  #settleStart: (ok: boolean) => void = () => undefined;

  constructor(o: RedisCacheTierOptions) {
    this.#o = o;
    this.#channel = `${o.scope}:invalidate`;
    this.#ackChannel = `${o.scope}:invalidated`;
    // No offline queue and a short command timeout: while Redis is down a read must go
    // upstream at once, never wait for a reconnect.
    const options = {
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 500,
      enableOfflineQueue: false,
    } as const;
    this.#redis = connectRedis(o.redisUrl, options);
    this.#started = new Promise<boolean>((resolve) => {
      this.#settleStart = resolve;
    });
    // Errors surface through failed commands; before the first connection they end the wait.
    this.#redis.on('error', () => this.#settleStart(false));
    this.#redis.on('ready', () => {
      if (this.available) this.#settleStart(true);
    });
    // The subscriber keeps its offline queue (SUBSCRIBE is sent on every `ready`) and
    // reconnects forever; we subscribe ourselves after each connect, so the feed counts as live
    // only once Redis has confirmed the subscription.
    this.#sub = connectRedis(o.redisUrl, {
      maxRetriesPerRequest: null,
      connectTimeout: 2_000,
      autoResubscribe: false,
    });
    this.#sub.on('error', () => this.#settleStart(false));
    this.#sub.on('message', (channel: string, message: string) => {
      if (channel === this.#ackChannel) {
        this.#acked(message);
        return;
      }
      if (channel !== this.#channel) return;
      const [writeId, ...pairs] = message.split(' ');
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const generation = Number(pairs[i + 1]);
        const tag = pairs[i];
        if (tag && Number.isSafeInteger(generation)) o.onInvalidate(tag, generation);
      }
      // Dropped: tell the writer, which holds its caller until every replica has.
      if (writeId && this.#redis.status === 'ready') {
        this.#redis.publish(this.#ackChannel, writeId).catch(() => undefined);
      }
    });
    this.#sub.on('ready', () => {
      this.#sub.subscribe(this.#channel, this.#ackChannel).then(
        () => {
          if (this.#closed) return;
          this.#feedLive = true;
          if (this.available) this.#settleStart(true);
          // Messages may have been missed before this point: start the local tier afresh.
          o.onFeedReset();
        },
        (e: unknown) => this.#warn(e),
      );
    });
    this.#sub.on('close', () => {
      if (this.#closed || !this.#feedLive) return;
      this.#feedLive = false;
      this.#warn({ name: 'ConnectionClosed' });
      o.onFeedReset();
    });
  }

  /** True while the command connection is up and the invalidation feed is live. */
  get available(): boolean {
    return this.#feedLive && this.#redis.status === 'ready';
  }

  /** The generation, last write and cached text of `url` under `tag`; null if Redis failed. */
  async lookup(tag: string, url: string): Promise<SharedLookup | null> {
    if (!(await this.#usable())) return null;
    try {
      const [generation, since, text, pttl] = (await this.#redis.eval(
        LOOKUP,
        2,
        this.#genKey(tag),
        this.#wroteKey(tag),
        this.#entryPrefix(tag),
        urlHash(url),
      )) as [number, number, string | null, number];
      return {
        generation,
        msSinceWrite: since < 0 ? null : since,
        text: typeof text === 'string' ? text : null,
        ttlMs: typeof text === 'string' ? Math.max(0, pttl) : 0,
      };
    } catch (e) {
      this.#warn(e);
      return null;
    }
  }

  /** Stores `text` for `ttlMs` unless `tag` moved past `generation`; true when stored. */
  async store(
    tag: string,
    generation: number,
    url: string,
    text: string,
    ttlMs: number,
  ): Promise<boolean> {
    if (!(await this.#usable())) return false;
    try {
      const key = `${this.#entryPrefix(tag)}${generation}:${urlHash(url)}`;
      const r = await this.#redis.eval(STORE, 1, this.#genKey(tag), generation, key, text, ttlMs);
      return r === 1;
    } catch (e) {
      this.#warn(e);
      return false;
    }
  }

  /**
   * Records a write to `tags` for every replica: new generations, last-write time, and one
   * message. Resolves once every replica that received the message has confirmed that it
   * dropped its local entries of `tags` (at most ACK_TIMEOUT_MS: a replica that hangs must
   * not hold writes up), so no replica serves them once the write has returned. Null if Redis
   * failed (then only this replica knows of the write).
   */
  async bump(tags: readonly string[]): Promise<Map<string, number> | null> {
    if (!(await this.#usable())) return null;
    const writeId = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const confirmed = new Promise<void>((resolve) => {
      this.#awaitingAcks.set(writeId, { needed: Number.POSITIVE_INFINITY, got: 0, done: resolve });
      timer = setTimeout(resolve, ACK_TIMEOUT_MS);
    });
    try {
      const keys = tags.flatMap((t) => [this.#genKey(t), this.#wroteKey(t)]);
      const reply = (await this.#redis.eval(
        BUMP,
        keys.length,
        ...keys,
        this.#channel,
        this.#o.lastWriteTtlMs,
        writeId,
        ...tags,
      )) as number[];
      const waiting = this.#awaitingAcks.get(writeId);
      if (waiting) {
        waiting.needed = Number(reply[tags.length]);
        if (waiting.got >= waiting.needed) waiting.done();
      }
      await confirmed;
      return new Map(tags.map((t, i) => [t, Number(reply[i])]));
    } catch (e) {
      this.#warn(e);
      return null;
    } finally {
      clearTimeout(timer);
      this.#awaitingAcks.delete(writeId);
    }
  }

  /** A replica confirmed one of our writes. */
  #acked(writeId: string): void {
    const waiting = this.#awaitingAcks.get(writeId);
    if (!waiting) return;
    waiting.got += 1;
    if (waiting.got >= waiting.needed) waiting.done();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#settleStart(false);
    for (const w of this.#awaitingAcks.values()) w.done();
    // QUIT would wait in the offline queue of a connection that is down: cut those instead.
    await Promise.all(
      [this.#redis, this.#sub].map((r) =>
        r.status === 'ready' ? r.quit().catch(() => r.disconnect()) : r.disconnect(),
      ),
    );
  }

  /**
   * Recent-writes overlay (recent-writes.ts): stores each `[key, text]` for `ttlMs` under this
   * scope. Never throws; false when Redis failed (the overlay then stays local).
   */
  async putRecent(
    entries: readonly (readonly [string, string])[],
    ttlMs: number,
  ): Promise<boolean> {
    if (entries.length === 0 || !(await this.#usable())) return false;
    try {
      const multi = this.#redis.multi();
      for (const [k, text] of entries) multi.set(`${this.#o.scope}:rw:${k}`, text, 'PX', ttlMs);
      await multi.exec();
      return true;
    } catch (e) {
      this.#warn(e);
      return false;
    }
  }

  /** The overlay texts of `keys` (null where none); null when Redis failed. */
  async getRecent(keys: readonly string[]): Promise<(string | null)[] | null> {
    if (keys.length === 0) return [];
    if (!(await this.#usable())) return null;
    try {
      return await this.#redis.mget(...keys.map((k) => `${this.#o.scope}:rw:${k}`));
    } catch (e) {
      this.#warn(e);
      return null;
    }
  }

  /**
   * Uses Redis only while it is connected; otherwise logs (throttled) and reports failure. Calls
   * made while the first connection is being set up wait for it (a refused connection ends the
   * wait at once): a replica that just started should not skip the shared tier.
   */
  async #usable(): Promise<boolean> {
    if (this.#closed) return false;
    if (this.available) return true;
    if ((await this.#started) && this.available) return true;
    this.#warn({ name: 'NotConnected' });
    return false;
  }

  #genKey(tag: string): string {
    return `${this.#o.scope}:g:${tag}`;
  }

  #wroteKey(tag: string): string {
    return `${this.#o.scope}:w:${tag}`;
  }

  #entryPrefix(tag: string): string {
    return `${this.#o.scope}:e:${tag}:`;
  }

  #warn(e: unknown): void {
    if (Date.now() - this.#lastWarning < 10_000) return;
    this.#lastWarning = Date.now();
    const err = e as { name?: string; code?: string } | null;
    this.#o.logger.warn({
      event: 'poweroffice.cache.redis_failed',
      error: { name: err?.name, code: err?.code },
    });
  }
}

/** A fixed-length key part for a URL (URLs reach 2 000 characters). */
function urlHash(url: string): string {
  return hash('sha256', url, 'base64url').slice(0, 32);
}
