import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { EmulatorHandle } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { type Rig, startRig } from './client-support.js';

let rig: Rig;
let emu: EmulatorHandle;
const clients: PowerOfficeClient[] = [];
const client = (env: Record<string, string> = {}) => {
  const c = createClient(rig.config(env));
  clients.push(c);
  return c;
};

const CALM = {
  latency: { fixedMs: 0, jitterMs: 0 },
  faults: { rate: 0, kinds: ['500', '503', 'reset', 'hang'] as const, hangMs: 2_000 },
  rateLimit: false as const,
};

beforeAll(async () => {
  rig = await startRig({ seed: 7 });
  emu = rig.emu;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await emu.stop();
});
beforeEach(() => {
  emu.configure({ ...CALM, faults: { ...CALM.faults, kinds: [...CALM.faults.kinds] } });
  emu.reset();
});

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as PowerOfficeError,
  );

describe('GET resilience', () => {
  it('retries 500, 503, resets and hangs with backoff until it gets an answer', async () => {
    const c = client({ POWEROFFICE_TIMEOUT_MS: '300', POWEROFFICE_RETRY_ATTEMPTS: '8' });
    await c.checkAuth();
    emu.configure({
      faults: { rate: 0.35, kinds: ['500', '503', 'reset', 'hang'], hangMs: 2_000 },
    });
    for (let i = 0; i < 25; i++) {
      const { items } = await c.list(CustomerResource, { top: 1, skip: i % 5 });
      expect(items).toHaveLength(1);
    }
    const statuses = new Set(emu.requests().map((r) => r.status));
    expect(statuses).toContain(200);
    expect([...statuses].some((s) => s === 500 || s === 503 || s === 0)).toBe(true);
    expect(emu.count({ kind: 'list' })).toBeGreaterThan(25);
    expect(c.stats().retries).toBe(emu.count({ kind: 'list' }) - 25);
  });

  it('gives up after the bounded attempts with UPSTREAM_UNAVAILABLE', async () => {
    const c = client({ POWEROFFICE_RETRY_ATTEMPTS: '2' });
    await c.checkAuth();
    emu.configure({ faults: { rate: 1, kinds: ['503'], hangMs: 1_000 } });
    const e = await errorOf(c.list(CustomerResource));
    expect(e?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(e?.status).toBe(503);
    expect(emu.count({ kind: 'list' })).toBe(3);
  });

  it('stops retrying when the total retry budget is spent', async () => {
    const c = client({ POWEROFFICE_RETRY_ATTEMPTS: '50', POWEROFFICE_RETRY_MAX_MS: '0' });
    await c.checkAuth();
    emu.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 1_000 } });
    const e = await errorOf(c.get(CustomerResource, 100_001));
    expect(e?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(emu.count({ kind: 'get' })).toBe(1);
  });

  it('times out a slow request as TIMEOUT', async () => {
    const c = client({ POWEROFFICE_TIMEOUT_MS: '100', POWEROFFICE_RETRY_ATTEMPTS: '0' });
    await c.checkAuth();
    emu.configure({ latency: { fixedMs: 400, jitterMs: 0 } });
    const e = await errorOf(c.list(CustomerResource));
    expect(e).toBeInstanceOf(PowerOfficeError);
    expect(e?.code).toBe('TIMEOUT');
    expect(c.stats().requests.Customer?.timeout).toBe(1);
  });

  it('passes an AbortSignal through and rejects with its reason', async () => {
    const c = client();
    await c.checkAuth();
    emu.configure({ latency: { fixedMs: 1_000, jitterMs: 0 } });
    const ac = new AbortController();
    const reason = new Error('client went away');
    setTimeout(() => ac.abort(reason), 50);
    await expect(c.list(CustomerResource, {}, { signal: ac.signal })).rejects.toBe(reason);
    await expect(c.list(CustomerResource, {}, { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
  });
});

describe('writes are never retried blindly', () => {
  it('POST under faults and timeouts: one upstream attempt per create, no duplicate record', async () => {
    const c = client({ POWEROFFICE_TIMEOUT_MS: '250', POWEROFFICE_RETRY_ATTEMPTS: '5' });
    await c.checkAuth();
    emu.configure({
      latency: { fixedMs: 0, jitterMs: 500 },
      faults: { rate: 0.3, kinds: ['500', '503', 'reset', 'hang'], hangMs: 1_000 },
    });
    const refs = Array.from({ length: 30 }, (_, i) => `resilience-${Date.now()}-${i}`);
    const outcomes = await Promise.all(
      refs.map((ref, i) =>
        c.save(CustomerResource, { name: `Robust ${i} AS`, externalImportReference: ref }).then(
          (saved) => ({ ref, saved, error: undefined }),
          (error: PowerOfficeError) => ({ ref, saved: undefined, error }),
        ),
      ),
    );
    // Let requests the client gave up on finish on the emulator side.
    await new Promise((r) => setTimeout(r, 700));
    // Exactly one attempt per create left the client; the emulator saw at most that many (a
    // request that timed out before it arrived leaves no trace there).
    const attempts = Object.values(c.stats().requests.Customer ?? {}).reduce((a, b) => a + b, 0);
    expect(attempts).toBe(refs.length);
    expect(emu.count({ method: 'POST', resource: 'Customer' })).toBeLessThanOrEqual(refs.length);
    const rows = emu.rows('Customer');
    for (const o of outcomes) {
      const matching = rows.filter((r) => r.externalImportReference === o.ref);
      expect(matching.length).toBeLessThanOrEqual(1);
      if (o.saved) expect(matching).toHaveLength(1);
      else expect(['TIMEOUT', 'UPSTREAM_UNAVAILABLE']).toContain(o.error?.code);
    }
    // Some creates failed (faults, timeouts) and were still not re-sent: the count above.
    expect(outcomes.filter((o) => o.error).length).toBeGreaterThan(0);
    expect(c.stats().retries).toBe(0);
  });

  it('DELETE after a 500 is not retried', async () => {
    const c = client({ POWEROFFICE_RETRY_ATTEMPTS: '5' });
    const created = await c.save(CustomerResource, { name: 'Slett Meg AS' });
    emu.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 1_000 } });
    const e = await errorOf(c.delete(CustomerResource, created.id!));
    expect(e?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(emu.count({ method: 'DELETE' })).toBe(1);
  });
});

describe('429 and the rate limiter', () => {
  it('honours Retry-After for POST and GET; each create happens once', async () => {
    // Our limiter is opened wide so the emulator's throttle (2/s) is what answers.
    const c = client({ POWEROFFICE_RATE_LIMIT: '1000', POWEROFFICE_RATE_BURST: '100' });
    await c.checkAuth();
    emu.configure({ rateLimit: { perSecond: 2, burst: 1 } });
    const refs = ['t429-a', 't429-b', 't429-c'].map((r) => `${r}-${Date.now()}`);
    const saved = await Promise.all(
      refs.map((ref) => c.save(CustomerResource, { name: ref, externalImportReference: ref })),
    );
    expect(saved.map((s) => s.externalImportReference)).toEqual(refs);
    const posts = emu.requests().filter((r) => r.method === 'POST' && r.resource === 'Customer');
    expect(posts.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(posts.filter((r) => r.status === 200)).toHaveLength(3);
    for (const ref of refs) {
      expect(emu.rows('Customer').filter((r) => r.externalImportReference === ref)).toHaveLength(1);
    }
    const { items } = await c.list(CustomerResource, { top: 1 });
    expect(items).toHaveLength(1);
  });

  it('a Retry-After beyond the configured bound fails fast as RATE_LIMITED', async () => {
    const c = client({
      POWEROFFICE_RATE_LIMIT: '1000',
      POWEROFFICE_RATE_BURST: '100',
      POWEROFFICE_MAX_RETRY_AFTER_S: '2',
    });
    await c.checkAuth();
    emu.configure({ rateLimit: { perSecond: 0.1, burst: 1 } });
    await c.list(CustomerResource, { top: 1 });
    const e = await errorOf(c.list(CustomerResource, { top: 2 }));
    expect(e?.code).toBe('RATE_LIMITED');
    expect(e?.retryAfterSeconds).toBeGreaterThan(2);
    expect(emu.count({ kind: 'list' })).toBe(2);
  });

  it('replicas sharing a Redis bucket stay under the limit together', async () => {
    // The upstream burst leaves room for event-loop stalls on a busy CI machine.
    emu.configure({ rateLimit: { perSecond: 100, burst: 50 } });
    const env = {
      POWEROFFICE_RATE_LIMIT: '100',
      POWEROFFICE_RATE_SHARED: 'true',
      REDIS_URL: inject('redisUrl'),
      POWEROFFICE_SESSION_PREFIX: `test-rate-${process.pid}-${Date.now()}`,
    };
    const a = client(env);
    const b = client(env);
    await Promise.all([a.checkAuth(), b.checkAuth()]);
    emu.reset();
    // Each replica alone would send at 100/s; together they must not exceed it.
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        (i % 2 ? a : b).list(CustomerResource, { top: 1, skip: i }),
      ),
    );
    const api = emu.requests().map((r) => r.at);
    expect(emu.requests().filter((r) => r.status === 429)).toHaveLength(0);
    expect(api).toHaveLength(300);
    const seconds = (api.at(-1)! - api[0]!) / 1_000;
    expect((api.length - 50) / seconds).toBeLessThanOrEqual(100);
    expect(a.stats().limiterWaits).toBeGreaterThan(50);
    expect(b.stats().limiterWaits).toBeGreaterThan(50);
  });

  it('a burst of 1 000 calls at the default limits: no 429, and the upstream rate stays under 50/s', {
    timeout: 60_000,
  }, async () => {
    emu.configure({ rateLimit: { perSecond: 50, burst: 50 } });
    const c = client({ POWEROFFICE_RATE_MAX_WAIT_MS: '40000' });
    const results = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) => c.list(CustomerResource, { top: 1, skip: i })),
    );
    expect(results).toHaveLength(1_000);
    const log = emu.requests();
    expect(log.filter((r) => r.status === 429)).toHaveLength(0);
    const api = log.filter((r) => r.kind !== 'token').map((r) => r.at);
    expect(api).toHaveLength(1_000);
    // The emulator's bucket allows 50 per second plus its burst of 50 in any one-second window.
    for (let i = 0; i < api.length; i++) {
      const inWindow = api.filter((t) => t >= api[i]! && t < api[i]! + 1_000).length;
      expect(inWindow).toBeLessThanOrEqual(100);
    }
    expect(c.stats().limiterWaits).toBeGreaterThan(900);
  });
});

describe('connections', () => {
  it("a burst's sockets serve the next burst: no new connection per request", async () => {
    // With the rate limit raised, 40 requests are upstream at once; all 40 sockets stay open.
    emu.configure({ latency: { fixedMs: 100, jitterMs: 0 } });
    const c = client({ POWEROFFICE_RATE_LIMIT: '100000' });
    await c.checkAuth();
    let opened = 0;
    const onSocket = () => {
      opened += 1;
    };
    const burst = (from: number) =>
      Promise.all(
        Array.from({ length: 40 }, (_, i) => c.list(CustomerResource, { top: 1, skip: from + i })),
      );
    subscribe('net.client.socket', onSocket);
    try {
      await burst(0);
      expect(opened).toBeGreaterThanOrEqual(39);
      opened = 0;
      await burst(40);
      await burst(80);
    } finally {
      unsubscribe('net.client.socket', onSocket);
    }
    expect(opened).toBe(0);
    expect(emu.count({ kind: 'list' })).toBe(120);
  });
});
