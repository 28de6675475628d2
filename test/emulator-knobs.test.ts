import { afterEach, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { basic, call, fetchToken } from './emulator-support.js';

// Reference A7 (50 req/s per integration key → 429, replica lag) and the emulator's knobs.

let emu: EmulatorHandle | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('debtCollectionActive', () => {
  it('holds when given at start and survives a data reset', async () => {
    emu = await startEmulator({ scale: 'tiny', debtCollectionActive: false });
    const token = emu.issueToken();
    const flag = async () =>
      (await call(emu as EmulatorHandle, token, 'GET', '/DebtCollection/IsActiveDebtCollection'))
        .body.data;
    expect(await flag()).toBe(false);
    emu.resetData();
    expect(await flag()).toBe(false);
    emu.configure({ debtCollectionActive: true });
    expect(await flag()).toBe(true);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After once the bucket is empty, and recovers', async () => {
    emu = await startEmulator({ scale: 'tiny', rateLimit: { perSecond: 2, burst: 3 } });
    const token = emu.issueToken();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await call(emu, token, 'GET', '/VatCode');
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.body.success).toBe(false);
      }
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    await sleep(1100);
    expect((await call(emu, token, 'GET', '/VatCode')).status).toBe(200);
    expect(emu.count({ resource: 'VatCode' })).toBe(6);
    expect(emu.stats().byStatus['429']).toBeGreaterThan(0);
  });

  it('defaults to 50 requests per second per application key', async () => {
    emu = await startEmulator({ scale: 'tiny' });
    const token = emu.issueToken();
    const n = 300;
    const started = performance.now();
    const burst = await Promise.all(
      Array.from({ length: n }, () => call(emu as EmulatorHandle, token, 'GET', '/VatCode/1')),
    );
    const seconds = (performance.now() - started) / 1000;
    const ok = burst.filter((r) => r.status === 200).length;
    // A full bucket of 50, refilled at 50/s while the burst lasted.
    expect(ok).toBeGreaterThanOrEqual(50);
    expect(ok).toBeLessThanOrEqual(50 + Math.ceil(50 * seconds) + 1);
    expect(ok).toBeLessThan(n);
    expect(burst.filter((r) => r.status === 429).length).toBe(n - ok);
  });

  it('keeps one bucket per application key, shared by its tokens', async () => {
    const a = {
      applicationKey: 'aaaaaaaa-0000-4000-8000-000000000001',
      clientKey: 'cccccccc-0000-4000-8000-000000000001',
    };
    const b = {
      applicationKey: 'bbbbbbbb-0000-4000-8000-000000000002',
      clientKey: 'cccccccc-0000-4000-8000-000000000001',
    };
    emu = await startEmulator({
      scale: 'tiny',
      clients: [a, b],
      rateLimit: { perSecond: 1, burst: 2 },
    });
    const tokenFor = async (c: typeof a) => {
      const res = await fetch((emu as EmulatorHandle).tokenUrl, {
        method: 'POST',
        headers: {
          authorization: basic(c.applicationKey, c.clientKey),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const a1 = await tokenFor(a);
    const a2 = await tokenFor(a);
    const b1 = await tokenFor(b);
    expect((await call(emu, a1, 'GET', '/VatCode')).status).toBe(200);
    expect((await call(emu, a2, 'GET', '/VatCode')).status).toBe(200);
    expect((await call(emu, a1, 'GET', '/VatCode')).status).toBe(429);
    expect((await call(emu, b1, 'GET', '/VatCode')).status).toBe(200);
    // reset() empties the buckets.
    emu.reset();
    expect((await call(emu, a2, 'GET', '/VatCode')).status).toBe(200);
  });

  it('can be switched off and reconfigured at run time', async () => {
    emu = await startEmulator({ scale: 'tiny', rateLimit: false });
    const token = emu.issueToken();
    const all = await Promise.all(
      Array.from({ length: 80 }, () => call(emu as EmulatorHandle, token, 'GET', '/VatCode/1')),
    );
    expect(all.every((r) => r.status === 200)).toBe(true);
    emu.configure({ rateLimit: { perSecond: 1, burst: 1 } });
    expect((await call(emu, token, 'GET', '/VatCode/1')).status).toBe(200);
    expect((await call(emu, token, 'GET', '/VatCode/1')).status).toBe(429);
  });
});

describe('knob defaults', () => {
  it('are all off except the 50/s throttle; undefined options keep the defaults', async () => {
    emu = await startEmulator({ scale: 'tiny', latency: undefined, faults: undefined });
    const token = emu.issueToken();
    const res = await call(emu, token, 'GET', '/Customer');
    expect(res.status).toBe(200);
    const [rec] = emu.requests();
    expect(rec?.status).toBe(200);
  });
});

describe('latency', () => {
  it('delays every call by the fixed part plus seeded jitter, as the log records', async () => {
    emu = await startEmulator({ scale: 'tiny', latency: { fixedMs: 40, jitterMs: 20 } });
    const token = await fetchToken(emu);
    await call(emu, token, 'GET', '/VatCode');
    const [tokenCall, apiCall] = emu.requests();
    // setTimeout never fires early by more than its 1 ms granularity.
    expect(tokenCall?.ms).toBeGreaterThanOrEqual(39);
    expect(apiCall?.ms).toBeGreaterThanOrEqual(39);
    emu.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    await call(emu, token, 'GET', '/VatCode');
    expect(emu.requests()).toHaveLength(3);
  });
});

describe('faults', () => {
  it('500 and 503 (with Retry-After) at rate 1', async () => {
    emu = await startEmulator({ scale: 'tiny', faults: { rate: 1, kinds: ['500'], hangMs: 1000 } });
    const token = await fetchToken(emu); // the token endpoint is never faulted
    const r500 = await call(emu, token, 'GET', '/Customer');
    expect(r500.status).toBe(500);
    expect(r500.body.success).toBe(false);
    emu.configure({ faults: { rate: 1, kinds: ['503'], hangMs: 1000 } });
    const r503 = await call(emu, token, 'GET', '/Customer');
    expect(r503.status).toBe(503);
    expect(r503.headers.get('retry-after')).toBe('1');
    emu.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 1000 } });
    expect((await call(emu, token, 'GET', '/Customer')).status).toBe(200);
  });

  it('reset drops the connection', async () => {
    emu = await startEmulator({
      scale: 'tiny',
      faults: { rate: 1, kinds: ['reset'], hangMs: 1000 },
    });
    const token = emu.issueToken();
    await expect(
      fetch(`${emu.url}/Customer`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
    await sleep(20);
    expect(emu.requests().at(-1)).toMatchObject({ resource: 'Customer', status: 0 });
  });

  it('hang holds the request past a client timeout, then drops it', async () => {
    emu = await startEmulator({ scale: 'tiny', faults: { rate: 1, kinds: ['hang'], hangMs: 300 } });
    const token = emu.issueToken();
    const timedOut = fetch(`${emu.url}/Customer`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(100),
    });
    await expect(timedOut).rejects.toThrow();
    // Without a client timeout the emulator drops the connection after hangMs.
    await expect(
      fetch(`${emu.url}/Customer`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
  });

  it('a fractional rate fails some calls, chosen deterministically from the seed', async () => {
    const run = async () => {
      const e = await startEmulator({
        scale: 'tiny',
        seed: 11,
        rateLimit: false,
        faults: { rate: 0.5, kinds: ['500', '503'], hangMs: 1000 },
      });
      const token = e.issueToken();
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push((await call(e, token, 'GET', '/VatCode/1')).status);
      await e.stop();
      return statuses;
    };
    const first = await run();
    expect(first).toContain(200);
    expect(first.some((s) => s >= 500)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('stop() ends hanging requests', async () => {
    emu = await startEmulator({
      scale: 'tiny',
      faults: { rate: 1, kinds: ['hang'], hangMs: 60_000 },
    });
    const pending = fetch(`${emu.url}/Customer`, {
      headers: { authorization: `Bearer ${emu.issueToken()}` },
    });
    await sleep(50);
    await emu.stop();
    emu = undefined;
    await expect(pending).rejects.toThrow();
  });
});

describe('replica lag', () => {
  it('reads do not see a write until the lag has passed', async () => {
    emu = await startEmulator({ scale: 'tiny', rateLimit: false, replicaLagMs: 400 });
    const token = emu.issueToken();
    const created = (await call(emu, token, 'POST', '/Customer', { name: 'Forsinket AS' })).body
      .data;
    // The POST answer and the primary have it…
    expect(created.id).toBeDefined();
    expect(emu.rows('Customer').some((c) => c.id === created.id)).toBe(true);
    // …the replica not yet.
    expect((await call(emu, token, 'GET', `/Customer/${created.id}`)).status).toBe(404);
    const before = await call(emu, token, 'GET', `/Customer?$filter=Code eq ${created.code}`);
    expect(before.body.count).toBe(0);
    // An update is not seen either: the replica still has the old row.
    const updated = await call(emu, token, 'POST', '/Customer', {
      id: created.id,
      name: 'Oppdatert AS',
    });
    expect(updated.body.data.name).toBe('Oppdatert AS');
    await sleep(450);
    const after = await call(emu, token, 'GET', `/Customer/${created.id}`);
    expect(after.status).toBe(200);
    expect(after.body.data.name).toBe('Oppdatert AS');
  });

  it('a delete stays visible to reads for the lag, then disappears', async () => {
    emu = await startEmulator({ scale: 'tiny', rateLimit: false });
    const token = emu.issueToken();
    const created = (await call(emu, token, 'POST', '/Location', { code: 'HAM', name: 'Hamar' }))
      .body.data;
    emu.configure({ replicaLagMs: 300 });
    expect((await call(emu, token, 'DELETE', `/Location/${created.id}`)).body).toEqual({
      success: true,
    });
    expect((await call(emu, token, 'GET', `/Location/${created.id}`)).status).toBe(200);
    const listed = await call(emu, token, 'GET', "/Location?$filter=Code eq 'HAM'");
    expect(listed.body.count).toBe(1);
    await sleep(350);
    expect((await call(emu, token, 'GET', `/Location/${created.id}`)).status).toBe(404);
  });
});
