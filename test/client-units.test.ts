import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { ConfigError, loadConfig, withSandbox } from '../src/config.js';
import { backoffMs, parseRetryAfter, sessionKeyFor } from '../src/poweroffice/auth.js';
import { chunkKeys } from '../src/poweroffice/batch.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { TokenBucket } from '../src/poweroffice/limiter.js';
import { RedisRateLimiter } from '../src/poweroffice/limiter-redis.js';
import { evaluateFilter, toFilterString } from '../src/poweroffice/odata.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { ProductResource } from '../src/poweroffice/resources/product.js';
import { FileSessionStore } from '../src/poweroffice/sessions/file.js';
import { MemorySessionStore } from '../src/poweroffice/sessions/memory.js';
import { RedisSessionStore } from '../src/poweroffice/sessions/redis.js';

const APP = '6f1f3c51-2a2e-4d38-9f55-2b0c8f1a7e11';
const CLIENT = 'b7a0c2de-9d41-4c1e-8a77-0f3e5d2c9b10';

describe('config', () => {
  it('defaults to the sandbox with no keys and needs the emulator', () => {
    const c = loadConfig({});
    expect(c.powerOffice.env).toBe('sandbox');
    expect(c.needsSandbox).toBe(true);
    expect(c.exposeCost).toBe(true);
    expect(c.powerOffice.rate.perSecond).toBe(50);
    const s = withSandbox(c, {
      url: 'http://127.0.0.1:1234',
      tokenUrl: 'http://127.0.0.1:1234/OAuth/Token',
      keys: { applicationKey: 'a', clientKey: 'b' },
    });
    expect(s.needsSandbox).toBe(false);
    expect(s.powerOffice.apiUrl).toBe('http://127.0.0.1:1234/');
    expect(s.powerOffice.clientKey).toBe('b');
    // Keys set for sandbox mode cannot work with an in-process emulator: its own are used.
    const withKeys = loadConfig({
      POWEROFFICE_ENV: 'sandbox',
      POWEROFFICE_APPLICATION_KEY: APP,
      POWEROFFICE_CLIENT_KEY: CLIENT,
    });
    const endpoint = { url: 'http://127.0.0.1:1', tokenUrl: 'http://127.0.0.1:1/OAuth/Token' };
    expect(
      withSandbox(withKeys, { ...endpoint, keys: { applicationKey: 'a', clientKey: 'b' } })
        .powerOffice.applicationKey,
    ).toBe('a');
    // With a URL override (a standalone emulator) configured keys are kept.
    const external = loadConfig({
      POWEROFFICE_API_URL: 'http://127.0.0.1:9/',
      POWEROFFICE_AUTH_URL: 'http://127.0.0.1:9/OAuth/Token',
      POWEROFFICE_ENV: 'sandbox',
      POWEROFFICE_APPLICATION_KEY: APP,
      POWEROFFICE_CLIENT_KEY: CLIENT,
    });
    expect(external.needsSandbox).toBe(false);
    expect(
      withSandbox(external, { ...endpoint, keys: { applicationKey: 'a', clientKey: 'b' } })
        .powerOffice.clientKey,
    ).toBe(CLIENT);
  });

  it("uses the reference's hosts for demo and production", () => {
    const demo = loadConfig({
      POWEROFFICE_ENV: 'demo',
      POWEROFFICE_APPLICATION_KEY: APP,
      POWEROFFICE_CLIENT_KEY: CLIENT,
      FACADE_AUTH: 'none',
    });
    expect(demo.powerOffice.apiUrl).toBe('https://api-demo.poweroffice.net/');
    expect(demo.powerOffice.tokenUrl).toBe('https://api-demo.poweroffice.net/OAuth/Token');
    expect(demo.exposeCost).toBe(false);
    const prod = loadConfig({
      POWEROFFICE_ENV: 'production',
      POWEROFFICE_APPLICATION_KEY: APP,
      POWEROFFICE_CLIENT_KEY: CLIENT,
      POWEROFFICE_API_URL: 'https://proxy.example/po',
      POWEROFFICE_CACHE_TTL_MS: '0',
      POWEROFFICE_RATE_LIMIT: '20',
      FACADE_AUTH: 'none',
    });
    expect(prod.powerOffice.apiUrl).toBe('https://proxy.example/po/');
    expect(prod.powerOffice.tokenUrl).toBe('https://proxy.example/po/OAuth/Token');
    expect(prod.powerOffice.cache.ttlMs).toBe(0);
    expect(prod.powerOffice.rate.perSecond).toBe(20);
  });

  it('lists every problem at once and never echoes a key', () => {
    const secret = 'not-a-guid-super-secret';
    let error: unknown;
    try {
      loadConfig({
        POWEROFFICE_ENV: 'production',
        POWEROFFICE_APPLICATION_KEY: secret,
        POWEROFFICE_SESSION_STORE: 'redis',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const msg = (error as Error).message;
    expect(msg).toContain('POWEROFFICE_APPLICATION_KEY must be a GUID');
    expect(msg).toContain('POWEROFFICE_CLIENT_KEY is required');
    expect(msg).toContain('REDIS_URL is required');
    expect(msg).not.toContain(secret);
    expect(() =>
      loadConfig({ POWEROFFICE_APPLICATION_KEY: APP, POWEROFFICE_CLIENT_KEY: CLIENT }),
    ).toThrow(/POWEROFFICE_ENV must be set/);
    expect(() => loadConfig({ POWEROFFICE_ENV: 'staging' })).toThrow(/sandbox, demo or production/);
    expect(() => loadConfig({ POWEROFFICE_RATE_LIMIT: 'fast' })).toThrow(/POWEROFFICE_RATE_LIMIT/);
    expect(() => loadConfig({ POWEROFFICE_MAX_SOCKETS: '0' })).toThrow(
      /POWEROFFICE_MAX_SOCKETS must be at least 1/,
    );
    expect(() => loadConfig({ POWEROFFICE_MAX_SOCKETS: '5000' })).toThrow(
      /POWEROFFICE_MAX_SOCKETS must be at most 4096/,
    );
    expect(() => loadConfig({ FACADE_COMPILED_EXECUTION: 'maybe' })).toThrow(
      /FACADE_COMPILED_EXECUTION/,
    );
    expect(loadConfig({}).powerOffice.rate.maxSockets).toBe(512);
    expect(loadConfig({ FACADE_COMPILED_EXECUTION: 'false' }).compiledExecution).toBe(false);
    expect(loadConfig({}).fastPath).toBe(true);
    expect(loadConfig({ FACADE_FAST_PATH: 'false' }).fastPath).toBe(false);
    expect(() => loadConfig({ FACADE_FAST_PATH: 'maybe' })).toThrow(/FACADE_FAST_PATH/);
    expect(loadConfig({}).maxHeavyOperations).toBe(64);
    expect(loadConfig({ FACADE_MAX_HEAVY_OPERATIONS: '0' }).maxHeavyOperations).toBe(0);
    expect(() => loadConfig({ FACADE_MAX_HEAVY_OPERATIONS: '-1' })).toThrow(
      /FACADE_MAX_HEAVY_OPERATIONS must be at least 0/,
    );
    expect(loadConfig({}).heavyOperationMaxWaitMs).toBe(30_000);
    expect(() => loadConfig({ FACADE_HEAVY_OPERATION_MAX_WAIT_MS: '0' })).toThrow(
      /FACADE_HEAVY_OPERATION_MAX_WAIT_MS must be at least 1/,
    );
    expect(() => loadConfig({ FACADE_MAX_HEAVY_OPERATIONS: '5000' })).toThrow(
      /FACADE_MAX_HEAVY_OPERATIONS must be at most 4096/,
    );
  });
});

describe('chunkKeys', () => {
  it('keeps every encoded list URL under the limit and loses no key', () => {
    const keys = Array.from({ length: 700 }, (_, i) => 10_000 + i);
    const chunks = chunkKeys(CustomerResource, 'code', keys, { maxUrlLength: 500 });
    expect(chunks.length).toBeGreaterThan(1);
    const seen: unknown[] = [];
    for (const c of chunks) {
      const url = `/Customer?$filter=${encodeURIComponent(toFilterString(CustomerResource, c) ?? '')}`;
      expect(url.length).toBeLessThanOrEqual(500);
      if (c.op === 'in') seen.push(...c.values);
    }
    expect(seen).toEqual(keys);
  });

  it('dedupes, coerces numeric string keys and escapes string keys', () => {
    const [only] = chunkKeys(CustomerResource, 'code', ['10001', 10001, '10002']);
    expect(only).toEqual({ op: 'in', field: 'code', values: [10001, 10002] });
    const chunks = chunkKeys(ProductResource, 'code', ["a'b", 'c&d'], { inOperator: true });
    expect(toFilterString(ProductResource, chunks[0]!, { inOperator: true })).toBe(
      "(Code in ('a''b','c&d'))",
    );
  });

  it('packs more keys per chunk with `in` and fails when one key cannot fit', () => {
    const keys = Array.from({ length: 300 }, (_, i) => 10_000 + i);
    const withOr = chunkKeys(CustomerResource, 'code', keys);
    const withIn = chunkKeys(CustomerResource, 'code', keys, { inOperator: true });
    expect(withIn.length).toBeLessThan(withOr.length);
    expect(() =>
      chunkKeys(ProductResource, 'code', ['x'.repeat(300)], { maxUrlLength: 256 }),
    ).toThrow(RangeError);
    expect(() => chunkKeys(CustomerResource, 'nope', [1])).toThrow(/unknown field/);
  });

  it('fills each chunk as far as the limit allows: the next key would not have fit', () => {
    // String keys of varied length with characters that grow when quoted or percent-encoded,
    // in both filter forms, and case-folded: every chunk is within the limit and maximal.
    const keys = Array.from({ length: 400 }, (_, i) => `k${"'&é ".repeat(i % 5)}${i * 7919}`);
    for (const opts of [
      { maxUrlLength: 600 },
      { maxUrlLength: 600, inOperator: true },
      { maxUrlLength: 900, caseInsensitive: true, reserve: 40 },
    ]) {
      const chunks = chunkKeys(ProductResource, 'code', keys, opts);
      const limit = opts.maxUrlLength - (opts.reserve ?? 0);
      const length = (values: readonly unknown[]) =>
        `/Product?$filter=${encodeURIComponent(
          toFilterString(
            ProductResource,
            {
              op: 'in',
              field: 'code',
              values: values as string[],
              ...(opts.caseInsensitive ? { caseInsensitive: true } : {}),
            },
            { inOperator: opts.inOperator ?? false },
          ) ?? '',
        )}`.length;
      const seen: unknown[] = [];
      chunks.forEach((c, i) => {
        if (c.op !== 'in') throw new Error('chunks are in-filters');
        expect(length(c.values)).toBeLessThanOrEqual(limit);
        const next = chunks[i + 1];
        if (next?.op === 'in') {
          expect(length([...c.values, next.values[0]])).toBeGreaterThan(limit);
        }
        seen.push(...c.values);
      });
      expect(chunks.length).toBeGreaterThan(3);
      expect(seen).toEqual(keys);
    }
  });

  it('yields filters that select exactly the keyed rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, code: 10_000 + i }));
    const wanted = [10_003, 10_010, 10_049];
    const [chunk] = chunkKeys(CustomerResource, 'code', wanted);
    const hit = rows.filter((r) => evaluateFilter(CustomerResource, chunk!, r)).map((r) => r.code);
    expect(hit).toEqual(wanted);
  });
});

describe('TokenBucket', () => {
  // Fake timers drive both the bucket's clock (Date.now) and its queue timer.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const bucket = (perSecond: number, burst: number, maxWaitMs = 60_000) =>
    new TokenBucket({ perSecond, burst, maxWaitMs, now: () => Date.now() });
  /** Starts `n` takes and records when (fake ms since start) each one was granted. */
  const grants = (b: TokenBucket, n: number) => {
    const t0 = Date.now();
    const at: number[] = [];
    for (let i = 0; i < n; i++) void b.take().then(() => at.push(Date.now() - t0));
    return at;
  };

  it('lets a burst through, then grants one token per interval, in arrival order', async () => {
    const b = bucket(50, 5);
    const at = grants(b, 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toEqual([0, 0, 0, 0, 0]);
    await vi.advanceTimersByTimeAsync(100);
    expect(at).toEqual([0, 0, 0, 0, 0, 20, 40, 60, 80, 100]);
    expect(b.waits).toBe(5);
    // Idle for a while: the bucket refills up to its burst, not beyond.
    await vi.advanceTimersByTimeAsync(1_000);
    const again = grants(b, 6);
    await vi.advanceTimersByTimeAsync(20);
    expect(again).toEqual([0, 0, 0, 0, 0, 20]);
  });

  it('never admits more than burst + rate × window in any window', async () => {
    const b = bucket(100, 10);
    const at = grants(b, 500);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(at).toHaveLength(500);
    for (const start of at) {
      expect(at.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(110);
    }
  });

  it('releases at most a burst when the event loop resumes after a stall', async () => {
    const b = bucket(100, 5);
    const at = grants(b, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toHaveLength(5);
    // The process freezes for 2 s: the clock moves, no timer runs.
    vi.setSystemTime(Date.now() + 2_000);
    await vi.advanceTimersByTimeAsync(10); // the queue timer fires once, 2 s late
    expect(at).toHaveLength(10); // the initial burst plus one refilled burst, not 200 slots' worth
  });

  it('refuses a wait beyond maxWaitMs with RATE_LIMITED and queues nothing for it', async () => {
    const b = bucket(10, 1, 250);
    const at = grants(b, 3); // 0, 100, 200 ms
    const error = await b.take().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PowerOfficeError);
    expect((error as PowerOfficeError).code).toBe('RATE_LIMITED');
    await vi.advanceTimersByTimeAsync(300);
    expect(at).toEqual([0, 100, 200]);
  });

  it('drops an aborted waiter from the queue', async () => {
    const b = bucket(10, 1);
    const ac = new AbortController();
    await b.take();
    const leaving = b.take(ac.signal);
    const staying = b.take();
    ac.abort(new Error('gone'));
    await expect(leaving).rejects.toThrow('gone');
    await vi.advanceTimersByTimeAsync(100);
    await expect(staying).resolves.toBe(100);
  });

  it('tryTake grants only what take would grant at once, and nothing while callers wait', async () => {
    const b = bucket(10, 2);
    expect(b.tryTake()).toBe(true);
    expect(b.tryTake()).toBe(true);
    expect(b.tryTake()).toBe(false); // the burst is spent: nothing taken, nobody queued
    const at = grants(b, 1); // waits for the next token, at 100 ms
    await vi.advanceTimersByTimeAsync(99);
    expect(b.tryTake()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toEqual([100]); // the token went to the waiter, not to tryTake
    b.pause(500);
    await vi.advanceTimersByTimeAsync(400);
    expect(b.tryTake()).toBe(false); // paused after a 429, although a token has accrued
    await vi.advanceTimersByTimeAsync(200);
    expect(b.tryTake()).toBe(true);
    expect(b.waits).toBe(1); // a slot taken at once is no wait
  });

  it('pauses after a 429: nothing is granted until the pause is over', async () => {
    const b = bucket(10, 2);
    b.pause(1_000);
    const at = grants(b, 2);
    await vi.advanceTimersByTimeAsync(999);
    expect(at).toEqual([]);
    await vi.advanceTimersByTimeAsync(101);
    expect(at).toEqual([1_000, 1_100]);
  });
});

describe('retry helpers', () => {
  it('parses Retry-After as seconds or HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const inTwo = new Date(Date.now() + 2_000).toUTCString();
    expect(parseRetryAfter(inTwo)).toBeGreaterThanOrEqual(1);
  });

  it('backs off exponentially with bounded jitter', () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const d = backoffMs(100, attempt, 5_000);
      const full = Math.min(5_000, 100 * 2 ** attempt);
      expect(d).toBeGreaterThanOrEqual(full / 2);
      expect(d).toBeLessThanOrEqual(full);
    }
  });

  it('derives session keys that never contain a credential', () => {
    const k = sessionKeyFor('p', 'demo', 'https://x/OAuth/Token', APP, CLIENT);
    expect(k).toMatch(/^p:token:demo:[0-9a-f]{32}$/);
    expect(k).not.toContain(APP);
    expect(k).toBe(sessionKeyFor('p', 'demo', 'https://x/OAuth/Token', APP, CLIENT));
    expect(k).not.toBe(sessionKeyFor('p', 'demo', 'https://x/OAuth/Token', APP, APP));
  });
});

describe('session stores', () => {
  const token = (s: string) => ({
    accessToken: s,
    expiresAt: Date.now() + 60_000,
    refreshAt: Date.now() + 30_000,
  });

  it('memory: get/set/deleteIf keeps a newer token', async () => {
    const s = new MemorySessionStore();
    await s.set('k', token('t1'));
    await s.deleteIf('k', 'other');
    expect((await s.get('k'))?.accessToken).toBe('t1');
    await s.deleteIf('k', 't1');
    expect(await s.get('k')).toBeNull();
  });

  it('file: writes atomically with mode 0600 and a second store reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'po-session-'));
    const path = join(dir, 'nested', 'tokens.json');
    const a = new FileSessionStore(path);
    await Promise.all([a.set('k1', token('t1')), a.set('k2', token('t2'))]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const b = new FileSessionStore(path);
    expect((await b.get('k1'))?.accessToken).toBe('t1');
    expect((await b.get('k2'))?.accessToken).toBe('t2');
    await b.deleteIf('k1', 't1');
    expect(await a.get('k1')).toBeNull();
    expect(JSON.parse(await readFile(path, 'utf8'))).toHaveProperty('k2');
    await writeFile(path, '{corrupt');
    expect(await a.get('k2')).toBeNull();
    await a.set('k3', token('t3'));
    expect((await b.get('k3'))?.accessToken).toBe('t3');
  });

  describe('redis', () => {
    const url = inject('redisUrl');
    const prefix = `test:units:${process.pid}:${Date.now()}`;
    const redis = new Redis(url);
    afterAll(async () => {
      await redis.quit();
    });

    it('shares tokens between two stores and expires them with the token', async () => {
      const a = new RedisSessionStore(url);
      const b = new RedisSessionStore(redis);
      await a.set(`${prefix}:k`, token('t1'));
      expect((await b.get(`${prefix}:k`))?.accessToken).toBe('t1');
      expect(await redis.pttl(`${prefix}:k`)).toBeGreaterThan(50_000);
      await b.deleteIf(`${prefix}:k`, 'other');
      expect((await a.get(`${prefix}:k`))?.accessToken).toBe('t1');
      await b.deleteIf(`${prefix}:k`, 't1');
      expect(await a.get(`${prefix}:k`)).toBeNull();
      await a.close();
    });

    it('refresh: concurrent refreshers across stores run one fetch', async () => {
      const stores = Array.from({ length: 5 }, () => new RedisSessionStore(url, { pollMs: 5 }));
      const key = `${prefix}:lock-test`;
      let fetches = 0;
      const results = await Promise.all(
        stores.map((s) =>
          s.refresh(
            key,
            () => s.get(key),
            async () => {
              fetches += 1;
              await new Promise((r) => setTimeout(r, 50));
              const t = token('shared');
              await s.set(key, t);
              return t;
            },
          ),
        ),
      );
      expect(fetches).toBe(1);
      expect(results.map((r) => r.accessToken)).toEqual(Array(5).fill('shared'));
      await Promise.all(stores.map((s) => s.close()));
    });
  });
});

describe('RedisRateLimiter', () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {} };

  it('shares one GCRA bucket between instances and bounds the wait', async () => {
    const key = `test:rate:${process.pid}:${Date.now()}`;
    const opts = {
      perSecond: 10,
      burst: 2,
      maxWaitMs: 150,
      redisUrl: inject('redisUrl'),
      key,
      logger,
    };
    const a = new RedisRateLimiter(opts);
    const b = new RedisRateLimiter(opts);
    try {
      expect(await a.take()).toBe(0);
      expect(await b.take()).toBe(0);
      // The bucket is empty for both now: the next slot is ~100 ms out, the one after beyond
      // the bound. Both ask at once over their own connections, so which of them Redis hears
      // first (and so gets the slot) is not ours to order: one waits, the other is refused.
      const [fromA, fromB] = await Promise.allSettled([a.take(), b.take()]);
      const waits = [fromA, fromB].filter((r) => r.status === 'fulfilled');
      const refusals = [fromA, fromB].filter((r) => r.status === 'rejected');
      expect(waits).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      expect((refusals[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'RATE_LIMITED' });
      const waited = (waits[0] as PromiseFulfilledResult<number>).value;
      expect(waited).toBeGreaterThan(0);
      expect(waited).toBeLessThanOrEqual(100);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('falls back to an in-process bucket when Redis is unreachable', async () => {
    const dead = new RedisRateLimiter({
      perSecond: 1000,
      burst: 5,
      maxWaitMs: 1000,
      redisUrl: 'redis://127.0.0.1:1',
      key: 'unused',
      logger,
    });
    try {
      expect(await dead.take()).toBe(0);
    } finally {
      await dead.close();
    }
  });
});

describe('PowerOfficeError', () => {
  it('carries code and upstream details, and logs without the message body', () => {
    const e = new PowerOfficeError('RATE_LIMITED', 'slow down', {
      retryAfterSeconds: 2,
      status: 429,
    });
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.toLog()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2, status: 429 });
  });
});
