import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import type { EmulatorHandle } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import type { Logger } from '../src/poweroffice/logger.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { ProductResource } from '../src/poweroffice/resources/product.js';
import { type Rig, startRig } from './client-support.js';
import { freePort } from './setup/redis.js';

// Two replicas (two PowerOfficeClients, each with its own HTTP agent and Redis connections)
// sharing one Redis, against one emulator over loopback. Upstream cost is the emulator's log.

const redisUrl = inject('redisUrl');
let rig: Rig;
let emu: EmulatorHandle;
let clients: PowerOfficeClient[] = [];
let seq = 0;

beforeAll(async () => {
  rig = await startRig({ rateLimit: false });
  emu = rig.emu;
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  emu.configure({ latency: { fixedMs: 0, jitterMs: 0 }, replicaLagMs: 0 });
  emu.reset();
});
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
});

interface Captured extends Logger {
  warnings: Record<string, unknown>[];
}

function capture(): Captured {
  const warnings: Record<string, unknown>[] = [];
  const noop = () => undefined;
  return {
    warnings,
    debug: noop,
    info: noop,
    warn: (o: object) => warnings.push(o as Record<string, unknown>),
    error: (o: object) => warnings.push(o as Record<string, unknown>),
  };
}

/** The environment of one deployment: a fresh key prefix per test, so tests never share. */
function deployment(env: Record<string, string> = {}): Record<string, string> {
  seq += 1;
  return {
    POWEROFFICE_CACHE_TTL_MS: '60000',
    POWEROFFICE_READ_OWN_WRITES: 'false',
    POWEROFFICE_SESSION_STORE: 'redis',
    REDIS_URL: redisUrl,
    POWEROFFICE_SESSION_PREFIX: `test-shared-cache-${process.pid}-${Date.now()}-${seq}`,
    POWEROFFICE_REPLICA_LAG_MS: '300',
    ...env,
  };
}

/** One replica of a deployment. */
function replica(env: Record<string, string>, logger: Logger = capture()): PowerOfficeClient {
  const c = createClient(rig.config(env), { logger });
  clients.push(c);
  return c;
}

const lists = () => emu.count({ kind: 'list' });
const gets = () => emu.count({ kind: 'get' });
const failures = (l: Captured) =>
  l.warnings.filter((w) => w.event === 'poweroffice.cache.redis_failed').length;

describe('two replicas sharing one Redis', () => {
  it('a GET answered on A costs B no upstream call, and B keeps it locally', async () => {
    const env = deployment();
    const a = replica(env);
    const b = replica(env);
    const first = await a.list(CustomerResource, { top: 3 });
    const second = await b.list(CustomerResource, { top: 3 });
    expect(second).toEqual(first);
    expect(lists()).toBe(1);
    expect(b.stats()).toMatchObject({ cacheHits: 1, sharedCacheHits: 1, cacheMisses: 0 });
    // Copied into B's local tier, parsed and frozen: the next hit does not ask Redis.
    await b.list(CustomerResource, { top: 3 });
    expect(b.stats()).toMatchObject({ cacheHits: 2, sharedCacheHits: 1, cacheEntries: 1 });
    expect(Object.isFrozen(second.items[0])).toBe(true);
    expect(lists()).toBe(1);
  });

  it('holds no secret in any key or value', async () => {
    const env = deployment();
    const a = replica(env);
    await a.list(CustomerResource, { top: 2 });
    await a.save(CustomerResource, { id: 100_001, phoneNumber: '+47 33 33 33 33' });
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${env.POWEROFFICE_SESSION_PREFIX}:cache:*`);
      expect(keys.length).toBeGreaterThanOrEqual(3); // an entry, a generation, a last write
      const values = await Promise.all(keys.map((k) => redis.get(k)));
      const [tokenKey] = await redis.keys(`${env.POWEROFFICE_SESSION_PREFIX}:token:*`);
      const stored = JSON.parse((await redis.get(tokenKey ?? '')) ?? '{}') as {
        accessToken?: string;
      };
      const accessToken = stored.accessToken ?? '';
      expect(accessToken).not.toBe('');
      const everything = [...keys, ...values].join('\n');
      for (const secret of [emu.keys.applicationKey, emu.keys.clientKey, accessToken]) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      await redis.quit();
    }
  });

  it('a write through A is seen by B at once: B goes upstream and reads the written value', async () => {
    const env = deployment();
    const a = replica(env);
    const b = replica(env);
    await a.get(CustomerResource, 100_001);
    await b.get(CustomerResource, 100_001); // B now holds it locally too
    await b.list(ProductResource, { top: 1 });
    expect(gets()).toBe(1);
    await a.save(CustomerResource, { id: 100_001, phoneNumber: '+47 44 44 44 44' });
    // No pause: the invalidation reached B before A's write returned.
    expect((await b.get(CustomerResource, 100_001))?.phoneNumber).toBe('+47 44 44 44 44');
    expect(gets()).toBe(2);
    // Another resource is untouched.
    await b.list(ProductResource, { top: 1 });
    expect(emu.count({ kind: 'list', resource: 'Product' })).toBe(1);
  });

  it('a GET B sent before A wrote is not joined by a GET B starts after the write', async () => {
    const env = deployment();
    const a = replica(env);
    const b = replica(env);
    await Promise.all([a.checkAuth(), b.checkAuth()]);
    emu.configure({ latency: { fixedMs: 400, jitterMs: 0 } });
    const before = b.get(CustomerResource, 100_005);
    await sleep(50);
    emu.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    await a.save(CustomerResource, { id: 100_005, phoneNumber: '+47 88 88 88 88' });
    const after = b.get(CustomerResource, 100_005);
    expect((await after)?.phoneNumber).toBe('+47 88 88 88 88');
    await before;
    expect(gets()).toBe(2);
  });

  it('the replica-lag window holds across replicas, and caching resumes after it', async () => {
    // A window wide enough for three reads on a busy machine.
    const env = deployment({ POWEROFFICE_REPLICA_LAG_MS: '1000' });
    const a = replica(env);
    const b = replica(env);
    await a.save(CustomerResource, { id: 100_002, phoneNumber: '+47 55 55 55 55' });
    // Inside A's window: B serves each read from upstream and keeps none of them.
    await b.get(CustomerResource, 100_002);
    await b.get(CustomerResource, 100_002);
    await a.get(CustomerResource, 100_002);
    expect(gets()).toBe(3);
    await sleep(1_050);
    await b.get(CustomerResource, 100_002);
    await b.get(CustomerResource, 100_002);
    await a.get(CustomerResource, 100_002);
    expect(gets()).toBe(4);
    expect(a.stats().sharedCacheHits).toBe(1);
  });

  it("a key lookup on B inside the lag window of A's create sees the new row through Redis", async () => {
    // The emulator's list reads lag 2 s behind its writes, as PowerOffice's replica can.
    emu.configure({ replicaLagMs: 2_000 });
    const env = deployment({
      POWEROFFICE_READ_OWN_WRITES: 'true',
      POWEROFFICE_REPLICA_LAG_MS: '2000',
    });
    const a = replica(env);
    const b = replica(env);
    const created = (await a.save(CustomerResource, { name: 'Forsinket Replika AS' })) as {
      code?: number;
    };
    const byCode = { filter: { op: 'eq' as const, field: 'code', value: created.code ?? -1 } };
    // The replica does not show it yet: a read that skips the overlay finds nothing.
    expect((await b.list(CustomerResource, byCode, { fresh: true })).items).toHaveLength(0);
    // B wrote nothing itself: only the shared overlay knows the row.
    const seen = await b.list(CustomerResource, byCode, { keyLookup: true });
    expect(seen.items.map((r) => r.code)).toEqual([created.code]);
  });

  it('a shared entry of an older generation is never read, even if its message was lost', async () => {
    const env = deployment();
    const a = replica(env);
    await a.list(CustomerResource, { top: 4 });
    // A write some replica recorded in Redis whose message nobody received.
    const redis = new Redis(redisUrl);
    try {
      const [genKey] = await redis.keys(`${env.POWEROFFICE_SESSION_PREFIX}:cache:*:g:customer`);
      expect(genKey).toBeUndefined(); // no write yet: generation 0 is implicit
      const [entry] = await redis.keys(`${env.POWEROFFICE_SESSION_PREFIX}:cache:*:e:customer:0:*`);
      expect(entry).toBeDefined();
      await redis.incr((entry as string).replace(/:e:customer:0:.*$/, ':g:customer'));
    } finally {
      await redis.quit();
    }
    const c = replica(env);
    await c.list(CustomerResource, { top: 4 });
    expect(lists()).toBe(2);
    expect(c.stats().sharedCacheHits).toBe(0);
  });

  it('a replica that never confirms holds a write up for at most 250 ms', async () => {
    const env = deployment();
    const a = replica(env);
    await a.list(CustomerResource, { top: 1 }); // connected and subscribed
    // A subscriber that receives invalidations but never confirms them (a hung replica).
    const hung = new Redis(redisUrl);
    try {
      const [entry] = await hung.keys(`${env.POWEROFFICE_SESSION_PREFIX}:cache:*:e:*`);
      await hung.subscribe((entry as string).replace(/:e:.*$/, ':invalidate'));
      const t0 = performance.now();
      await a.save(CustomerResource, { id: 100_001, phoneNumber: '+47 99 99 99 99' });
      const ms = performance.now() - t0;
      expect(ms).toBeGreaterThanOrEqual(240);
      expect(ms).toBeLessThan(1_500);
    } finally {
      await hung.quit();
    }
  });

  it('both replicas together fetch one token', async () => {
    const env = deployment();
    const a = replica(env);
    const b = replica(env);
    await Promise.all([
      a.list(CustomerResource, { top: 1 }),
      b.list(CustomerResource, { top: 2 }),
      a.get(CustomerResource, 100_001),
      b.get(CustomerResource, 100_002),
    ]);
    expect(emu.count({ kind: 'token' })).toBe(1);
    expect(a.stats().tokenFetches + b.stats().tokenFetches).toBe(1);
  });
});

describe('a read that starts inside the lag window and ends after it', () => {
  for (const tiers of ['local only', 'local and shared'] as const) {
    it(`is not cached (${tiers})`, async () => {
      const env =
        tiers === 'local only'
          ? {
              POWEROFFICE_CACHE_TTL_MS: '60000',
              POWEROFFICE_REPLICA_LAG_MS: '300',
              POWEROFFICE_READ_OWN_WRITES: 'false',
            }
          : deployment();
      const a = replica(env);
      const b = tiers === 'local only' ? a : replica(env);
      await a.checkAuth();
      await b.checkAuth();
      await a.save(CustomerResource, { id: 100_003, phoneNumber: '+47 66 66 66 66' });
      const wrote = Date.now();
      emu.configure({ latency: { fixedMs: 450, jitterMs: 0 } });
      await b.get(CustomerResource, 100_003);
      expect(Date.now() - wrote).toBeGreaterThan(300); // answered after the window closed
      emu.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
      await b.get(CustomerResource, 100_003);
      await a.get(CustomerResource, 100_003);
      // Neither tier kept the late answer; the read that started after the window was kept
      // (A found it in Redis, or in the one local tier).
      expect(gets()).toBe(2);
      await b.get(CustomerResource, 100_003);
      await a.get(CustomerResource, 100_003);
      expect(gets()).toBe(2);
      if (tiers !== 'local only') expect(a.stats().sharedCacheHits).toBe(1);
    });
  }
});

describe('when Redis fails', () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
  });

  it('killed: both replicas keep answering, from upstream and then their local tier, with one warning each', async () => {
    const port = await freePort();
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const url = `redis://127.0.0.1:${port}`;
    await expect
      .poll(
        async () => {
          const r = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
          r.on('error', () => undefined);
          try {
            await r.connect();
            return await r.ping();
          } catch {
            return 'down';
          } finally {
            r.disconnect();
          }
        },
        { timeout: 5_000, interval: 50 },
      )
      .toBe('PONG');
    const env = deployment({ REDIS_URL: url });
    const [la, lb] = [capture(), capture()];
    const a = replica(env, la);
    const b = replica(env, lb);
    await a.list(CustomerResource, { top: 5 });
    await b.list(CustomerResource, { top: 5 });
    expect(lists()).toBe(1);

    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
    await expect.poll(() => failures(la) + failures(lb), { timeout: 3_000 }).toBe(2);

    // Local entries were dropped with the feed: both go upstream, then serve locally.
    for (const c of [a, b, a, b]) {
      expect((await c.list(CustomerResource, { top: 5 })).items).toHaveLength(5);
    }
    expect(lists()).toBe(3);
    // Writes still work and still invalidate locally.
    await a.save(CustomerResource, { id: 100_004, phoneNumber: '+47 77 77 77 77' });
    expect((await a.get(CustomerResource, 100_004))?.phoneNumber).toBe('+47 77 77 77 77');
    expect(failures(la)).toBe(1);
    expect(failures(lb)).toBe(1);
  });

  it('unreachable from the start: every call is served from upstream, one warning', async () => {
    const logger = capture();
    const c = replica(deployment({ REDIS_URL: 'redis://127.0.0.1:1' }), logger);
    for (let i = 0; i < 3; i++) {
      expect((await c.list(CustomerResource, { top: 6 })).items).toHaveLength(6);
    }
    // The first read found no shared tier; the local one still works.
    expect(lists()).toBe(1);
    expect(failures(logger)).toBe(1);
  });
});

describe('POWEROFFICE_CACHE_SHARED', () => {
  const shared = (env: Record<string, string>) => loadConfig(env).powerOffice.cache.shared;

  it('is on with the redis session store unless turned off, off otherwise', () => {
    const redis = { POWEROFFICE_SESSION_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(shared(redis)).toBe(true);
    expect(shared({ ...redis, POWEROFFICE_CACHE_SHARED: 'false' })).toBe(false);
    expect(shared({})).toBe(false);
    expect(shared({ POWEROFFICE_CACHE_SHARED: 'true', REDIS_URL: redis.REDIS_URL })).toBe(true);
  });

  it('is validated: a boolean, and REDIS_URL is required to turn it on', () => {
    expect(() => loadConfig({ POWEROFFICE_CACHE_SHARED: 'maybe' })).toThrow(
      /POWEROFFICE_CACHE_SHARED must be true or false/,
    );
    expect(() => loadConfig({ POWEROFFICE_CACHE_SHARED: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ POWEROFFICE_CACHE_SHARED: 'yes' })).toThrow(
      /REDIS_URL is required when POWEROFFICE_CACHE_SHARED=true/,
    );
  });
});
