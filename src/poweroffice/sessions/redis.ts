import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { connectRedis } from '../redis.js';
import { isStoredToken, type SessionStore, type StoredToken } from './store.js';

const DELETE_IF_EQUAL = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface RedisSessionStoreOptions {
  /** How long a refresh lock lives if its holder dies mid-fetch. */
  lockTtlMs?: number;
  /** How often a waiting instance looks for the winner's token. */
  pollMs?: number;
}

/**
 * Tokens in Redis, shared by every replica using the same credentials. A refresh takes a lock
 * (`SET NX PX`); the other replicas poll for the token the lock holder stores, so one token
 * request serves them all. Tokens expire in Redis with the upstream token (`PXAT`).
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  readonly #redis: Redis;
  readonly #owned: boolean;
  readonly #lockTtlMs: number;
  readonly #pollMs: number;

  constructor(redis: Redis | string, opts: RedisSessionStoreOptions = {}) {
    this.#owned = typeof redis === 'string';
    this.#redis =
      typeof redis === 'string'
        ? connectRedis(redis, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
        : redis;
    // Connection trouble surfaces as failed commands (the token manager then works without
    // the store); without a listener ioredis would also print every reconnect error.
    if (this.#owned) this.#redis.on('error', () => undefined);
    this.#lockTtlMs = opts.lockTtlMs ?? 20_000;
    this.#pollMs = opts.pollMs ?? 25;
  }

  async get(key: string): Promise<StoredToken | null> {
    const raw = await this.#redis.get(key);
    if (!raw) return null;
    try {
      const t = JSON.parse(raw) as StoredToken;
      return isStoredToken(t) ? t : null;
    } catch {
      return null;
    }
  }

  async set(key: string, token: StoredToken): Promise<void> {
    const value = JSON.stringify({
      accessToken: token.accessToken,
      expiresAt: token.expiresAt,
      refreshAt: token.refreshAt,
    });
    if (token.expiresAt > Date.now()) await this.#redis.set(key, value, 'PXAT', token.expiresAt);
  }

  async deleteIf(key: string, accessToken: string): Promise<void> {
    const current = await this.get(key);
    if (current?.accessToken !== accessToken) return;
    const raw = await this.#redis.get(key);
    if (raw) await this.#redis.eval(DELETE_IF_EQUAL, 1, key, raw);
  }

  async refresh(
    key: string,
    recheck: () => Promise<StoredToken | null>,
    fetch: () => Promise<StoredToken>,
  ): Promise<StoredToken> {
    const lockKey = `${key}:lock`;
    const owner = randomUUID();
    const deadline = Date.now() + 2 * this.#lockTtlMs;
    for (;;) {
      const got = await this.#redis.set(lockKey, owner, 'PX', this.#lockTtlMs, 'NX');
      if (got === 'OK') {
        try {
          // Another replica may have stored a token between our miss and our lock.
          return (await recheck()) ?? (await fetch());
        } finally {
          await this.#redis.eval(DELETE_IF_EQUAL, 1, lockKey, owner);
        }
      }
      const fresh = await recheck();
      if (fresh) return fresh;
      if (Date.now() > deadline) return fetch();
      await sleep(this.#pollMs);
    }
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#redis.quit();
  }
}
