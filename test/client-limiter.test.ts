import fc from 'fast-check';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  inject,
  it,
  vi,
} from 'vitest';
import { createContext } from '../src/context.js';
import type { EmulatorHandle } from '../src/emulator/index.js';
import { createClient, type RequestTracker } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { TokenBucket } from '../src/poweroffice/limiter.js';
import { RedisRateLimiter } from '../src/poweroffice/limiter-redis.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { type Ranked, WaitQueue } from '../src/poweroffice/wait-queue.js';
import { type Rig, startRig } from './client-support.js';

/** Starts one take per entry (a priority, or undefined for a call without an operation). */
const takeAll = (
  take: (priority?: number) => Promise<number>,
  calls: ReadonlyArray<readonly [label: string, priority: number | undefined]>,
) => {
  const order: string[] = [];
  const settled = calls.map(([label, priority]) =>
    take(priority).then(
      () => void order.push(label),
      (e: unknown) => {
        order.push(`${label}:${e instanceof PowerOfficeError ? e.code : String(e)}`);
      },
    ),
  );
  return { order, settled: Promise.all(settled) };
};

describe('WaitQueue', () => {
  it('yields (key, seq) order under any mix of pushes, removals and shifts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat(9)), { maxLength: 60 }),
        (ops) => {
          const q = new WaitQueue<Ranked>();
          const kept: Ranked[] = [];
          ops.forEach(([key, action], seq) => {
            const item = { key, seq };
            q.push(item);
            kept.push(item);
            if (action === 0 && kept.length > 0) {
              // Remove an arbitrary earlier waiter (an abort).
              const victim = kept.splice(key % kept.length, 1)[0] as Ranked;
              expect(q.remove(victim)).toBe(true);
            }
            if (action === 1) {
              // Drop the last waiter (shedding).
              const last = q.pop() as Ranked;
              const i = kept.indexOf(last);
              expect(i).toBeGreaterThanOrEqual(0);
              kept.splice(i, 1);
              expect(
                kept.every((w) => w.key < last.key || (w.key === last.key && w.seq < last.seq)),
              ).toBe(true);
            }
          });
          const expected = [...kept].sort((a, b) => a.key - b.key || a.seq - b.seq);
          expect(q.ahead({ key: 10, seq: Number.MAX_SAFE_INTEGER })).toBe(
            kept.filter((w) => w.key <= 10).length,
          );
          const out: Ranked[] = [];
          for (let w = q.shift(); w; w = q.shift()) out.push(w);
          expect(out).toEqual(expected);
        },
      ),
    );
  });
});

describe('TokenBucket ordering by operation', () => {
  // Fake timers drive both the bucket's clock (Date.now) and its queue timer.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const bucket = (perSecond: number, burst: number, maxWaitMs = 60_000) =>
    new TokenBucket({ perSecond, burst, maxWaitMs, now: () => Date.now() });

  it('serves an older operation before newer ones that queued first, FIFO within each', async () => {
    const b = bucket(10, 1);
    await b.take(); // the bucket is empty now: everything below waits
    const t0 = Date.now();
    const { order, settled } = takeAll(
      (p) => b.take(undefined, p),
      [
        ['new-1', t0 - 10],
        ['newer-1', t0 - 5],
        ['new-2', t0 - 10],
        ['old-1', t0 - 1_000],
        ['old-2', t0 - 1_000],
        ['newer-2', t0 - 5],
        ['old-3', t0 - 1_000],
      ],
    );
    await vi.advanceTimersByTimeAsync(700);
    await settled;
    expect(order).toEqual(['old-1', 'old-2', 'old-3', 'new-1', 'new-2', 'newer-1', 'newer-2']);
  });

  it('ranks calls without an operation by their arrival time', async () => {
    const b = bucket(10, 1);
    await b.take();
    const t0 = Date.now();
    const order: string[] = [];
    const take = (label: string, priority?: number) =>
      b.take(undefined, priority).then(() => void order.push(label));
    const settled = [
      take('plain-1'),
      take('plain-2'),
      take('op-before', t0 - 50), // started before the plain calls arrived: goes first
    ];
    await vi.advanceTimersByTimeAsync(10);
    settled.push(
      take('op-between', t0 + 5), // started after plain-1/2 arrived, before plain-3
      take('plain-3'), // arrives at t0 + 10
      take('op-after', t0 + 10), // same instant as plain-3, queued after it
    );
    await vi.advanceTimersByTimeAsync(700);
    await Promise.all(settled);
    expect(order).toEqual(['op-before', 'plain-1', 'plain-2', 'op-between', 'plain-3', 'op-after']);
  });

  it('keeps the bound: new operations are refused or shed, older ones get in', async () => {
    const b = bucket(10, 1, 250);
    await b.take();
    const t0 = Date.now();
    const { order, settled } = takeAll(
      (p) => b.take(undefined, p),
      [
        ['new-1', t0], // 100 ms
        ['new-2', t0], // 200 ms
        ['new-3', t0], // 300 ms > 250: refused at once, nothing queued
        ['old-1', t0 - 1_000], // 100 ms: admitted, pushes new-2 to 300 ms, which is shed
      ],
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['new-3:RATE_LIMITED', 'new-2:RATE_LIMITED']);
    await vi.advanceTimersByTimeAsync(400);
    await settled;
    expect(order).toEqual(['new-3:RATE_LIMITED', 'new-2:RATE_LIMITED', 'old-1', 'new-1']);
  });

  it('still pauses after a 429 and drops aborted waiters, whatever their rank', async () => {
    const b = bucket(10, 1);
    await b.take();
    b.pause(500);
    const ac = new AbortController();
    const t0 = Date.now();
    const leaving = b.take(ac.signal, t0 - 2_000);
    const { order, settled } = takeAll(
      (p) => b.take(undefined, p),
      [
        ['new', t0],
        ['old', t0 - 1_000],
      ],
    );
    ac.abort(new Error('gone'));
    await expect(leaving).rejects.toThrow('gone');
    await vi.advanceTimersByTimeAsync(499);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(300); // one token at 600 ms, the next at 700 ms
    await settled;
    expect(order).toEqual(['old', 'new']);
  });
});

describe('RedisRateLimiter ordering by operation', () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {} };

  it('lets the oldest operation book the next shared slot', async () => {
    const limiter = new RedisRateLimiter({
      perSecond: 20,
      burst: 1,
      maxWaitMs: 2_000,
      redisUrl: inject('redisUrl'),
      key: `test:rate-order:${process.pid}:${Date.now()}`,
      logger,
    });
    try {
      await limiter.take();
      const t0 = performance.now();
      const { order, settled } = takeAll(
        (p) => limiter.take(undefined, p),
        [
          ['new-1', t0], // starts booking at once: the process holds one booking at a time
          ['new-2', t0],
          ['plain', undefined],
          ['old-1', t0 - 1_000],
          ['old-2', t0 - 1_000],
        ],
      );
      await settled;
      expect(order).toEqual(['new-1', 'old-1', 'old-2', 'new-2', 'plain']);
    } finally {
      await limiter.close();
    }
  });
});

describe('client and context pass the operation start to the limiter', () => {
  let rig: Rig;
  let emu: EmulatorHandle;
  beforeAll(async () => {
    rig = await startRig({ rateLimit: false });
    emu = rig.emu;
  });
  afterAll(async () => {
    await emu.stop();
  });

  it('createContext stamps each operation with a later start', () => {
    const client = createClient(rig.config());
    const make = createContext(client);
    const a = make().tracker.startedAt as number;
    const b = make().tracker.startedAt as number;
    expect(typeof a).toBe('number');
    expect(b).toBeGreaterThanOrEqual(a);
    return client.close();
  });

  it("an older operation's GETs reach PowerOffice before a newer one's queued GETs", async () => {
    const client = createClient(
      rig.config({ POWEROFFICE_RATE_LIMIT: '10', POWEROFFICE_RATE_BURST: '1' }),
    );
    try {
      emu.reset();
      await client.checkAuth();
      const now = performance.now();
      const older: RequestTracker = { requests: 0, cacheHits: 0, startedAt: now - 1_000 };
      const newer: RequestTracker = { requests: 0, cacheHits: 0, startedAt: now };
      const list = (top: number, tracker: RequestTracker) =>
        client.list(CustomerResource, { top }, { tracker });
      await Promise.all([
        list(1, newer),
        list(2, newer),
        list(3, newer),
        list(4, older),
        list(5, older),
      ]);
      const tops = emu
        .requests()
        .filter((r) => r.kind === 'list')
        .map((r) => Number(new URLSearchParams(r.query).get('$top')));
      expect(tops).toHaveLength(5);
      // The first newer GET may find a token at once; after that the older operation goes first.
      const rest = tops[0] === 1 ? tops.slice(1) : tops;
      expect(rest.slice(0, 2)).toEqual([4, 5]);
      expect(tops.filter((t) => t <= 3)).toEqual([1, 2, 3]);
      expect(older.requests).toBe(2);
      expect(newer.requests).toBe(3);
    } finally {
      await client.close();
    }
  });
});
