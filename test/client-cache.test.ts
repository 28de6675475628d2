import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../src/emulator/index.js';
import {
  createClient,
  type PowerOfficeClient,
  type RequestTracker,
} from '../src/poweroffice/client.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { ProductResource } from '../src/poweroffice/resources/product.js';
import { type Rig, startRig } from './client-support.js';

let rig: Rig;
let emu: EmulatorHandle;
const clients: PowerOfficeClient[] = [];
const client = (env: Record<string, string> = {}) => {
  const c = createClient(rig.config(env));
  clients.push(c);
  return c;
};
const tracker = (): RequestTracker => ({ requests: 0, cacheHits: 0 });
// These tests observe the cache itself: the recent-writes overlay would answer first.
const CACHE = { POWEROFFICE_CACHE_TTL_MS: '60000', POWEROFFICE_READ_OWN_WRITES: 'false' };

beforeAll(async () => {
  rig = await startRig({ rateLimit: false });
  emu = rig.emu;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await emu.stop();
});
beforeEach(() => {
  emu.configure({
    latency: { fixedMs: 0, jitterMs: 0 },
    faults: { rate: 0, kinds: ['500'], hangMs: 1_000 },
  });
  emu.reset();
});

const lists = () => emu.count({ kind: 'list' });

describe('in-flight sharing', () => {
  it('32 identical concurrent GETs from different operations reach the emulator once', async () => {
    const c = client();
    await c.checkAuth();
    emu.configure({ latency: { fixedMs: 100, jitterMs: 0 } });
    const trackers = Array.from({ length: 32 }, tracker);
    const results = await Promise.all(
      trackers.map((t) => c.list(CustomerResource, { top: 3 }, { tracker: t })),
    );
    expect(lists()).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    // Callers share one parse, deep-frozen: no caller can change what another one sees.
    expect(Object.isFrozen(results[0]!.items[0])).toBe(true);
    expect(() => {
      results[0]!.items[0]!.name = 'mutated';
    }).toThrow(TypeError);
    expect(results[1]!.items[0]!.name).not.toBe('mutated');
    expect(trackers.reduce((n, t) => n + t.requests, 0)).toBe(1);
    expect(trackers.reduce((n, t) => n + t.cacheHits, 0)).toBe(31);
    expect(c.stats().inflightShares).toBe(31);
  });

  it('freezes an answer only when another caller may see it: a sharer or the cache', async () => {
    const c = client({ POWEROFFICE_CACHE_TTL_MS: '0' });
    await c.checkAuth();
    // One caller, nothing kept: the parse is that caller's alone, so it is not walked to freeze.
    const alone = await c.list(CustomerResource, { top: 2 });
    expect(Object.isFrozen(alone.items[0])).toBe(false);
    expect(Object.isFrozen(alone.items)).toBe(false);
    // A second caller joined while it ran: both hold one parse, frozen all the way down.
    emu.configure({ latency: { fixedMs: 50, jitterMs: 0 } });
    const [a, b] = await Promise.all([
      c.list(CustomerResource, { top: 3 }),
      c.list(CustomerResource, { top: 3 }),
    ]);
    expect(b.items[0]).toBe(a.items[0]);
    expect(Object.isFrozen(a.items)).toBe(true);
    expect(Object.isFrozen(a.items[0])).toBe(true);
    // Kept by the cache: frozen for the later callers even though one caller asked.
    const kept = client(CACHE);
    const first = await kept.list(CustomerResource, { top: 4 });
    expect(Object.isFrozen(first.items[0])).toBe(true);
    expect(lists()).toBe(3);
  });

  it('different URLs are not shared, and a finished GET is not reused without the cache', async () => {
    const c = client();
    await Promise.all([c.list(CustomerResource, { top: 1 }), c.list(CustomerResource, { top: 2 })]);
    await c.list(CustomerResource, { top: 1 });
    expect(lists()).toBe(3);
  });

  it('one sharer aborting does not cancel the request for the others', async () => {
    const c = client();
    await c.checkAuth();
    emu.configure({ latency: { fixedMs: 200, jitterMs: 0 } });
    const ac = new AbortController();
    const leaving = c.list(CustomerResource, { top: 4 }, { signal: ac.signal });
    const staying = c.list(CustomerResource, { top: 4 });
    setTimeout(() => ac.abort(new Error('gone')), 20);
    await expect(leaving).rejects.toThrow('gone');
    expect((await staying).items).toHaveLength(4);
    expect(lists()).toBe(1);
  });

  it('when every sharer has left, the next caller starts a fresh request', async () => {
    const c = client();
    await c.checkAuth();
    emu.configure({ latency: { fixedMs: 150, jitterMs: 0 } });
    const ac = new AbortController();
    const gone = c.list(CustomerResource, { top: 5 }, { signal: ac.signal });
    setTimeout(() => ac.abort(new Error('gone')), 20);
    await expect(gone).rejects.toThrow('gone');
    expect((await c.list(CustomerResource, { top: 5 })).items).toHaveLength(5);
    expect(lists()).toBe(2);
  });

  it('every sharer receives the same typed error, and the error is not kept', async () => {
    const c = client({ POWEROFFICE_RETRY_ATTEMPTS: '0', ...CACHE });
    await c.checkAuth();
    emu.configure({
      latency: { fixedMs: 50, jitterMs: 0 },
      faults: { rate: 1, kinds: ['500'], hangMs: 1_000 },
    });
    const errors = await Promise.all(
      Array.from({ length: 5 }, () => c.list(CustomerResource).catch((e: unknown) => e)),
    );
    expect(errors.every((e) => (e as { code?: string }).code === 'UPSTREAM_UNAVAILABLE')).toBe(
      true,
    );
    expect(lists()).toBe(1);
    emu.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 1_000 } });
    expect((await c.list(CustomerResource)).count).toBeGreaterThan(0);
    expect(lists()).toBe(2);
  });
});

describe('cross-request cache', () => {
  it('serves a repeated GET from the cache within the TTL', async () => {
    const c = client(CACHE);
    const t = tracker();
    const a = await c.list(CustomerResource, { top: 2 }, { tracker: t });
    const b = await c.list(CustomerResource, { top: 2 }, { tracker: t });
    expect(b).toEqual(a);
    // A cached answer reaches every later caller: frozen from the first one on.
    expect(Object.isFrozen(a.items[0])).toBe(true);
    expect(b.items[0]).toBe(a.items[0]);
    expect(lists()).toBe(1);
    expect(t).toEqual({ requests: 1, cacheHits: 1 });
    expect(c.stats()).toMatchObject({ cacheHits: 1, cacheMisses: 1, cacheEntries: 1 });
  });

  it('expires entries after the TTL', async () => {
    const c = client({ POWEROFFICE_CACHE_TTL_MS: '500' });
    await c.get(CustomerResource, 100_001);
    await c.get(CustomerResource, 100_001);
    expect(emu.count({ kind: 'get' })).toBe(1);
    await new Promise((r) => setTimeout(r, 700));
    await c.get(CustomerResource, 100_001);
    expect(emu.count({ kind: 'get' })).toBe(2);
  });

  it('a write invalidates its resource only', async () => {
    const c = client(CACHE);
    await c.list(CustomerResource, { top: 1 });
    await c.get(CustomerResource, 100_001);
    await c.list(ProductResource, { top: 1 });
    const before = emu.requests().length;
    await c.save(CustomerResource, { id: 100_001, phoneNumber: '+47 22 00 00 00' });
    await c.list(CustomerResource, { top: 1 });
    const fresh = await c.get(CustomerResource, 100_001);
    await c.list(ProductResource, { top: 1 });
    expect(fresh?.phoneNumber).toBe('+47 22 00 00 00');
    expect(emu.requests().length - before).toBe(3); // the POST and two re-reads; Product cached
  });

  it('does not cache reads taken within the replica lag after a write', async () => {
    emu.configure({ replicaLagMs: 1_000 });
    try {
      const lagAware = client({ ...CACHE, POWEROFFICE_REPLICA_LAG_MS: '1000' });
      const naive = client({ ...CACHE, POWEROFFICE_REPLICA_LAG_MS: '0' });
      for (const [c, id, phone] of [
        [lagAware, 100_002, '+47 11 11 11 11'],
        [naive, 100_003, '+47 22 22 22 22'],
      ] as const) {
        await c.save(CustomerResource, { id, phoneNumber: phone });
        // Straight after the write the replica still has the old row.
        expect((await c.get(CustomerResource, id))?.phoneNumber).not.toBe(phone);
      }
      await new Promise((r) => setTimeout(r, 1_200));
      expect((await lagAware.get(CustomerResource, 100_002))?.phoneNumber).toBe('+47 11 11 11 11');
      // Without the lag window the stale read was cached and outlives the lag.
      expect((await naive.get(CustomerResource, 100_003))?.phoneNumber).not.toBe('+47 22 22 22 22');
    } finally {
      emu.configure({ replicaLagMs: 0 });
    }
  });

  it('never caches errors or misses', async () => {
    const c = client(CACHE);
    expect(await c.get(CustomerResource, 999_999)).toBeNull();
    expect(await c.get(CustomerResource, 999_999)).toBeNull();
    expect(emu.count({ kind: 'get' })).toBe(2);
    expect(c.stats().cacheEntries).toBe(0);
  });

  it('is bounded by bytes, not only entries', async () => {
    const maxBytes = 16 * 1024;
    const c = client({ ...CACHE, POWEROFFICE_CACHE_MAX_BYTES: String(maxBytes) });
    for (let top = 1; top <= 12; top++) await c.list(CustomerResource, { top });
    const s = c.stats();
    expect(s.cacheBytes).toBeLessThanOrEqual(maxBytes);
    expect(s.cacheEntries).toBeLessThan(12);
    // The oldest responses were evicted, the newest is still there.
    await c.list(CustomerResource, { top: 12 });
    await c.list(CustomerResource, { top: 1 });
    expect(lists()).toBe(13);
  });

  it('counters cover requests by resource and status', async () => {
    const c = client(CACHE);
    await c.list(CustomerResource, { top: 1 });
    await c.list(CustomerResource, { top: 1 });
    await c.get(CustomerResource, 424_242);
    expect(c.stats()).toMatchObject({
      requests: { Customer: { '200': 1, '404': 1 } },
      cacheHits: 1,
      tokenFetches: 1,
      retries: 0,
    });
  });
});
