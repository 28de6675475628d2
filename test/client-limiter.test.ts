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
import {
  FairQueue,
  type FairWaiter,
  type Ranked,
  SHORT_OPERATION_CALLS,
  type Share,
  WaitQueue,
} from '../src/poweroffice/wait-queue.js';
import { type Rig, startRig } from './client-support.js';

/** Starts one take per entry (a share, or undefined for a call without an operation). */
const takeAll = (
  take: (share?: Share) => Promise<number>,
  calls: ReadonlyArray<readonly [label: string, share: Share | undefined]>,
) => {
  const order: string[] = [];
  const settled = calls.map(([label, share]) =>
    take(share).then(
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

describe('FairQueue', () => {
  type Step = { identity: string; operation: number; action: number };
  /** Replays `steps` on a new queue (actions: 0 abort a waiter, 1 shed, 2 serve, else none). */
  const replay = (steps: readonly Step[]) => {
    const q = new FairQueue<FairWaiter>();
    // An operation belongs to one client: operation n of client a is not that of client b.
    const operations = new Map<string, object>();
    const queued: FairWaiter[] = [];
    const shareOf = (st: Step) => {
      const key = `${st.identity}:${st.operation}`;
      const operation = operations.get(key) ?? {};
      operations.set(key, operation);
      return { identity: st.identity, operation };
    };
    steps.forEach((st, seq) => {
      const w: FairWaiter = { share: shareOf(st), seq };
      q.push(w);
      queued.push(w);
      let gone: FairWaiter | undefined;
      if (st.action === 0) {
        gone = queued[seq % queued.length] as FairWaiter;
        expect(q.remove(gone)).toBe(true);
      } else if (st.action === 1) gone = q.pop();
      else if (st.action === 2) gone = q.shift();
      if (gone) queued.splice(queued.indexOf(gone), 1);
    });
    const drain = () => {
      const out: number[] = [];
      for (let w = q.shift(); w; w = q.shift()) out.push(w.seq);
      return out;
    };
    return { q, queued, shareOf, drain };
  };
  const steps = fc.array(
    fc.record({
      identity: fc.constantFrom('a', 'b', 'c'),
      operation: fc.nat(5),
      action: fc.nat(7),
    }),
    { minLength: 1, maxLength: 60 },
  );

  it('serves a new waiter after exactly as many as `ahead` predicted; sheds the last', () => {
    fc.assert(
      fc.property(steps, (all) => {
        const last = all.length - 1;
        const probe = { ...(all[last] as Step), action: 7 };
        const before = replay(all.slice(0, last));
        const predicted = before.q.ahead(before.shareOf(probe), last);
        const after = replay([...all.slice(0, last), probe]);
        const size = after.q.size;
        const order = after.drain();
        expect(order).toHaveLength(size);
        expect(order.indexOf(last)).toBe(predicted);
        const shed = replay([...all.slice(0, last), probe]);
        if (size > 0) expect(shed.q.pop()?.seq).toBe(order.at(-1));
      }),
    );
  });

  it('keeps one operation FIFO and shares slots between waiting clients within two', () => {
    fc.assert(
      fc.property(steps, (all) => {
        const { queued, drain } = replay(all);
        const waiting = new Map<string, number>();
        for (const w of queued)
          waiting.set(w.share.identity, (waiting.get(w.share.identity) ?? 0) + 1);
        const bySeq = new Map(queued.map((w) => [w.seq, w]));
        const served = new Map<string, number>();
        const lastOf = new Map<object, number>();
        for (const seq of drain()) {
          const w = bySeq.get(seq) as FairWaiter;
          expect(seq).toBeGreaterThan(lastOf.get(w.share.operation) ?? -1);
          lastOf.set(w.share.operation, seq);
          const id = w.share.identity;
          served.set(id, (served.get(id) ?? 0) + 1);
          waiting.set(id, (waiting.get(id) ?? 0) - 1);
          // Start-time fair queueing's bound for unit costs: two backlogged flows' service
          // differs by at most one call each way (Goyal et al. 1996, theorem 1).
          for (const [other, left] of waiting) {
            if (left > 0 && other !== id)
              expect(served.get(id) ?? 0).toBeLessThanOrEqual((served.get(other) ?? 0) + 2);
          }
        }
      }),
    );
  });
});

/** `n` calls of one operation, labelled `<label>-1` … */
const calls = (label: string, share: Share | undefined, n: number) =>
  Array.from({ length: n }, (_, i) => [`${label}-${i + 1}`, share] as const);

describe('TokenBucket: fair shares between operations and identities', () => {
  // Fake timers drive both the bucket's clock (Date.now) and its queue timer.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const bucket = (perSecond: number, burst: number, maxWaitMs = 60_000) =>
    new TokenBucket({ perSecond, burst, maxWaitMs, now: () => Date.now() });

  it('clients take turns; within one, short operations go oldest first, then long ones', async () => {
    const b = bucket(10, 1);
    await b.take(); // the bucket is empty now: everything below waits
    const heavy = { operation: {}, identity: 'a' };
    const same = { operation: {}, identity: 'a' };
    const other = { operation: {}, identity: 'b' };
    const { order, settled } = takeAll(
      (s) => b.take(undefined, s),
      [
        ...calls('heavy', heavy, SHORT_OPERATION_CALLS + 4),
        ...calls('same', same, 2), // the same client's second operation
        ['other-1', other], // another client
        ['plain-1', undefined], // no operation (a token request)
      ],
    );
    await vi.advanceTimersByTimeAsync(2_000);
    await settled;
    const n = SHORT_OPERATION_CALLS;
    expect(order).toEqual([
      'heavy-1',
      'other-1',
      'plain-1',
      // heavy is the client's oldest operation and still short for its first n calls
      ...Array.from({ length: n - 1 }, (_, i) => `heavy-${i + 2}`),
      'same-1',
      'same-2',
      ...Array.from({ length: 4 }, (_, i) => `heavy-${n + i + 1}`),
    ]);
  });

  it('a long operation yields to every newer short one of its client (issue 14)', async () => {
    const b = bucket(100, 1);
    await b.take();
    const long = { operation: {}, identity: 'a' };
    const { order, settled } = takeAll(
      (s) => b.take(undefined, s),
      [
        ...calls('long', long, 300),
        ['one-1', { operation: {}, identity: 'a' }],
        ...calls('two', { operation: {}, identity: 'a' }, 2),
      ],
    );
    await vi.advanceTimersByTimeAsync(4_000);
    await settled;
    // Only the long operation's first (short) calls go before them, not its 300.
    expect(order.indexOf('one-1')).toBe(SHORT_OPERATION_CALLS);
    expect(order.slice(SHORT_OPERATION_CALLS + 1, SHORT_OPERATION_CALLS + 3)).toEqual([
      'two-1',
      'two-2',
    ]);
    expect(order.filter((l) => l.startsWith('long-'))).toEqual(
      Array.from({ length: 300 }, (_, i) => `long-${i + 1}`),
    );
  });

  it('identities share equally, whatever their number of operations', async () => {
    const b = bucket(10, 1);
    await b.take();
    const a1 = { operation: {}, identity: 'a' };
    const a2 = { operation: {}, identity: 'a' };
    const a3 = { operation: {}, identity: 'a' };
    const solo = { operation: {}, identity: 'b' };
    const { order, settled } = takeAll(
      (s) => b.take(undefined, s),
      [...calls('a1', a1, 4), ...calls('a2', a2, 4), ...calls('a3', a3, 4), ...calls('b', solo, 6)],
    );
    await vi.advanceTimersByTimeAsync(2_000);
    await settled;
    const firstTwelve = order.slice(0, 12);
    // Client b gets half of the slots while both wait, though client a runs three operations.
    expect(firstTwelve.filter((l) => l.startsWith('b-')).length).toBeGreaterThanOrEqual(5);
    for (const op of ['a1', 'a2', 'a3', 'b']) {
      const mine = order.filter((l) => l.startsWith(`${op}-`));
      expect(mine).toEqual([...mine].sort()); // FIFO within an operation
    }
  });

  it('keeps the bound: the operation that queued the most is shed first', async () => {
    const b = bucket(10, 1, 250);
    await b.take();
    const heavy = { operation: {}, identity: 'a' };
    const light = { operation: {}, identity: 'b' };
    const { order, settled } = takeAll(
      (s) => b.take(undefined, s),
      [
        ['heavy-1', heavy], // 100 ms
        ['heavy-2', heavy], // 200 ms
        ['heavy-3', heavy], // 300 ms > 250: refused at once, nothing queued
        ['light-1', light], // ranks after heavy-1: admitted, pushes heavy-2 to 300 ms: shed
      ],
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['heavy-3:RATE_LIMITED', 'heavy-2:RATE_LIMITED']);
    await vi.advanceTimersByTimeAsync(400);
    await settled;
    expect(order).toEqual(['heavy-3:RATE_LIMITED', 'heavy-2:RATE_LIMITED', 'heavy-1', 'light-1']);
  });

  it('still pauses after a 429 and drops aborted waiters, whatever their rank', async () => {
    const b = bucket(10, 1);
    await b.take();
    b.pause(500);
    const ac = new AbortController();
    const leaving = b.take(ac.signal, { operation: {}, identity: 'x' });
    const heavy = { operation: {}, identity: 'a' };
    const { order, settled } = takeAll(
      (s) => b.take(undefined, s),
      [...calls('heavy', heavy, 2), ['light', { operation: {}, identity: 'b' }]],
    );
    ac.abort(new Error('gone'));
    await expect(leaving).rejects.toThrow('gone');
    await vi.advanceTimersByTimeAsync(499);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(400); // tokens at 600, 700 and 800 ms
    await settled;
    expect(order).toEqual(['heavy-1', 'light', 'heavy-2']);
  });
});

describe('RedisRateLimiter: fair shares', () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {} };

  it("lets a new operation's call book ahead of an older operation's queued calls", async () => {
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
      const heavy = { operation: {}, identity: 'a' };
      const { order, settled } = takeAll(
        (s) => limiter.take(undefined, s),
        [
          ...calls('heavy', heavy, 5), // heavy-1 starts booking at once: one booking at a time
          ['light', { operation: {}, identity: 'b' }],
        ],
      );
      await settled;
      // A client with nothing queued starts at the virtual time: right after the call in hand.
      expect(order).toEqual(['heavy-1', 'light', 'heavy-2', 'heavy-3', 'heavy-4', 'heavy-5']);
    } finally {
      await limiter.close();
    }
  });
});

describe('client and context pass the operation and its client identity to the limiter', () => {
  let rig: Rig;
  let emu: EmulatorHandle;
  beforeAll(async () => {
    rig = await startRig({ rateLimit: false });
    emu = rig.emu;
  });
  afterAll(async () => {
    await emu.stop();
  });

  it('createContext gives each operation its own tracker and a hashed identity', () => {
    const client = createClient(rig.config());
    const make = createContext(client);
    const request = (auth?: string) => ({
      request: { headers: new Headers(auth ? { authorization: auth } : {}) },
    });
    const a = make(request('Bearer key-one')).tracker;
    const a2 = make(request('Bearer key-one')).tracker;
    const b = make(request('Bearer key-two')).tracker;
    expect(a).not.toBe(a2);
    expect(a.identity).toBe(a2.identity);
    expect(a.identity).not.toBe(b.identity);
    expect(a.identity).not.toContain('key-one');
    expect(make(request()).tracker.identity).toBe('anonymous');
    return client.close();
  });

  it("a newer operation's GET is not held behind an older operation's queued GETs", async () => {
    const client = createClient(
      rig.config({ POWEROFFICE_RATE_LIMIT: '10', POWEROFFICE_RATE_BURST: '1' }),
    );
    try {
      emu.reset();
      await client.checkAuth();
      const older: RequestTracker = { requests: 0, cacheHits: 0, identity: 'a' };
      const newer: RequestTracker = { requests: 0, cacheHits: 0, identity: 'b' };
      const list = (top: number, tracker: RequestTracker) =>
        client.list(CustomerResource, { top }, { tracker });
      const olderCalls = [1, 2, 3, 4, 5].map((top) => list(top, older));
      await Promise.all([...olderCalls, list(9, newer)]);
      const tops = emu
        .requests()
        .filter((r) => r.kind === 'list')
        .map((r) => Number(new URLSearchParams(r.query).get('$top')));
      expect(tops).toHaveLength(6);
      // The first older GET may find a token at once; the newer one goes within the next two.
      expect(tops.indexOf(9)).toBeLessThanOrEqual(2);
      expect(tops.filter((t) => t !== 9)).toEqual([1, 2, 3, 4, 5]);
      expect(older.requests).toBe(5);
      expect(newer.requests).toBe(1);
    } finally {
      await client.close();
    }
  });

  it('keeps at most POWEROFFICE_MAX_SOCKETS requests in flight upstream', async () => {
    emu.configure({ latency: { fixedMs: 150, jitterMs: 0 } });
    try {
      const peaks: number[] = [];
      for (const sockets of ['2', '128']) {
        const client = createClient(
          rig.config({
            POWEROFFICE_RATE_LIMIT: '1000',
            POWEROFFICE_RATE_BURST: '100',
            POWEROFFICE_MAX_SOCKETS: sockets,
          }),
        );
        try {
          await client.checkAuth();
          emu.reset();
          await Promise.all(
            [1, 2, 3, 4, 5, 6].map((top) => client.list(CustomerResource, { top })),
          );
          // The most requests the emulator was answering at one moment. `at` is whole
          // milliseconds (Date.now) and a span ends when its answer was flushed, so a request
          // sent on an answer just received can seem to start a millisecond before the answer
          // ended: overlaps count from 2 ms in (a real one here is about 150 ms deep).
          const spans = emu
            .requests()
            .filter((r) => r.kind === 'list')
            .map((r) => [r.at, r.at + r.ms] as const);
          expect(spans).toHaveLength(6);
          peaks.push(
            Math.max(
              ...spans.map(([at]) => spans.filter(([s, e]) => s <= at && at + 2 < e).length),
            ),
          );
        } finally {
          await client.close();
        }
      }
      expect(peaks).toEqual([2, 6]);
    } finally {
      emu.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    }
  });
});
