/**
 * Scenario 5 without HTTP: the facade's limiter (`TokenBucket`, production settings: 50/s, burst
 * 10, 30 s wait bound) fed open-loop with operations of two sequential calls (s2: the customer,
 * then its invoices), each call followed by a fixed upstream latency, at twice the rate the
 * limit sustains. `npx tsx bench/s5-sim.ts [seconds] [latencyMs]` prints how many operations
 * finished inside the offered window, the latency quantiles and the order they finished in, for
 * the limiter's `FairQueue` (every operation its own share) and, for comparison, for calls
 * served in arrival order (one flow for everything), and for a model of the limiter before issue
 * 14 (oldest operation first). It isolates the scheduling policy from the
 * server's CPU: the s5 figure in bench/RESULTS.md is explained if this reproduces it.
 */
import { type Share, TokenBucket } from '../src/poweroffice/limiter.js';
import { sleep } from './lib/procs.js';

const seconds = Number(process.argv[2] ?? 12);
const latencyMs = Number(process.argv[3] ?? 50);
const RATE = 50;
const offered = RATE; // 2 calls per operation: twice the sustainable 25 operations/s

interface Limiter {
  take(signal: undefined, share: Share): Promise<number>;
  close(): Promise<void>;
}

/**
 * A model (not the facade's code) of the limiter before issue 14 (commit cd5a0f9): the same
 * rate and burst, waiters served by the start of their operation, oldest first.
 */
function oldestOperationFirst(): Limiter {
  const started = new WeakMap<object, number>();
  const queue: { rank: number; seq: number; go: (v: number) => void }[] = [];
  let tokens = 10;
  let seq = 0;
  const timer = setInterval(() => {
    tokens = Math.min(10, tokens + 1);
    queue.sort((a, b) => a.rank - b.rank || a.seq - b.seq);
    while (tokens >= 1 && queue.length > 0) {
      tokens -= 1;
      queue.shift()?.go(0);
    }
  }, 1000 / RATE);
  return {
    take(_signal, share) {
      if (!started.has(share.operation)) started.set(share.operation, performance.now());
      return new Promise((go) => {
        queue.push({ rank: started.get(share.operation) ?? 0, seq: seq++, go });
      });
    },
    async close() {
      clearInterval(timer);
    },
  };
}

async function simulate(
  label: string,
  shareOf: (op: object) => Share,
  bucket: Limiter = new TokenBucket({ perSecond: RATE, burst: 10, maxWaitMs: 30_000 }),
): Promise<void> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const latencies: number[] = [];
  let inWindow = 0;
  let refused = 0;
  const running: Promise<void>[] = [];
  const op = async (scheduledAt: number) => {
    const share = shareOf({});
    try {
      for (let call = 0; call < 2; call++) {
        await bucket.take(undefined, share);
        await sleep(latencyMs);
      }
      const done = performance.now();
      latencies.push(done - scheduledAt);
      if (done <= end) inWindow += 1;
    } catch {
      refused += 1;
    }
  };
  for (let i = 0; ; i++) {
    const at = start + (i * 1000) / offered;
    if (at >= end) break;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(op(at));
  }
  await Promise.all(running);
  await bucket.close();
  const sorted = latencies.sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.floor(p * (sorted.length - 1))] ?? 0);
  console.log(
    `${label.padEnd(44)} done in window ${(inWindow / seconds).toFixed(1)}/s of ${RATE / 2}/s`,
    `(${Math.round((inWindow / seconds / (RATE / 2)) * 100)} %), p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, refused ${refused}`,
  );
}

// The facade: one client identity (the bench sends one key), each operation its own.
await simulate('facade limiter (FairQueue)', (op) => ({
  operation: op,
  identity: 'k',
}));
// Arrival order: every call one flow, FIFO.
const one = {};
await simulate('arrival order (one flow)', () => ({ operation: one, identity: 'k' }));
// The order before issue 14: the oldest operation first.
await simulate(
  'oldest operation first (model of cd5a0f9)',
  (op) => ({ operation: op, identity: 'k' }),
  oldestOperationFirst(),
);
