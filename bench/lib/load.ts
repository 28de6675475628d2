/** Load generation with autocannon (programmatic) and the statistics the report needs. */
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import {
  type BenchRequest,
  bodyOk,
  type Dataset,
  requestFor,
  type ScenarioId,
  type SystemKind,
} from '../scenarios.js';
import { median } from './stats.js';

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** Request number → request; called for every request autocannon sends. */
  readonly next: () => BenchRequest;
  /** Open-loop-ish offered rate (requests/s over all connections). */
  readonly overallRate?: number;
  readonly timeoutSeconds?: number;
}

export interface LoadResult {
  /** Operations answered OK (`runSteady`: the window's share of them, not a whole number). */
  readonly ok: number;
  readonly opsPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  /** non-2xx + socket errors + timeouts + bodies with GraphQL errors. */
  readonly failed: number;
  readonly non2xx: number;
  readonly seconds: number;
}

/** autocannon's options for `o`: every request is `o.next()`'s, and a body must carry data. */
function cannonOptions(o: LoadOptions, seconds: number): autocannon.Options {
  const first = o.next();
  return {
    url: o.url,
    connections: o.connections,
    duration: seconds,
    timeout: o.timeoutSeconds ?? 60,
    ...(o.overallRate ? { overallRate: o.overallRate } : {}),
    requests: [
      {
        method: first.method,
        path: first.path,
        headers: first.headers ?? {},
        ...(first.body ? { body: first.body } : {}),
        setupRequest: (req: Record<string, unknown>) => {
          const r = o.next();
          return { ...req, method: r.method, path: r.path, headers: r.headers ?? {}, body: r.body };
        },
      },
    ],
    verifyBody: bodyOk,
  };
}

/** Runs one closed-loop (or rate-capped) load window and summarises it. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const result = await autocannon(cannonOptions(o, o.seconds));
  const seconds = result.duration || o.seconds;
  const mismatches = result.mismatches ?? 0;
  const ok = Math.max(0, result['2xx'] - mismatches);
  return {
    ok,
    opsPerSec: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    failed: result.non2xx + result.errors + result.timeouts + mismatches,
    non2xx: result.non2xx,
    seconds,
  };
}

/** p50, p99 (whole milliseconds, as autocannon's own) and mean of latencies in ms; sorts them. */
export function latencyStats(latencies: number[]): { p50: number; p99: number; mean: number } {
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    p50: Math.round(pct(0.5)),
    p99: Math.round(pct(0.99)),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
  };
}

/** The moments of a steady window: the load is running throughout, and goes on after `close`. */
export type WindowMark = 'open' | 'close';

/**
 * One closed loop at `connections`, counted only inside a window that opens after `warmupS` of
 * load and stays open `seconds`: the pipeline is full when the window opens. Each answer counts
 * for the share of its time spent inside the window (`ok` is then not a whole number): an
 * operation that straddles an edge counts in part, and the load goes on after the close until
 * those in flight have answered. Counting only whole answers inside a short window counts whole
 * waves: s1's 32 operations at 32 connections start together and end together, about 0.65 s
 * later, so a 5 s window held 7 or 8 of them depending on where it fell, ±7 % of the count.
 * `mark` is called, synchronously, as the window opens and as it closes, for the caller's own
 * counters (process CPU, upstream calls). Latency percentiles are of the answers inside it.
 *
 * Why not `runLoad` after a drained warm-up (bench/analysis.md, 2026-12-05 23:58): a window that
 * starts empty and cuts off its last operations charges every system the CPU of `connections`
 * abandoned operations and the seconds before its first answers, a larger share of a slower
 * system's fewer completed operations; and it starts every system's waves at the same moment,
 * so two systems whose latencies differ by up to a wave's share read the same throughput.
 */
export async function runSteady(
  o: LoadOptions & {
    readonly warmupS: number;
    /**
     * The warm-up also lasts until this many answers have come back (at most a minute more):
     * a scenario of cheap operations at a low rate is still being compiled after `warmupS`.
     */
    readonly warmupOps?: number;
    readonly mark: (at: WindowMark) => void;
  },
): Promise<LoadResult> {
  let finished: () => void = () => {};
  const finishedAll = new Promise<void>((resolve) => {
    finished = resolve;
  });
  // Longer than needed: the window's own close stops it.
  const instance = autocannon(cannonOptions(o, o.warmupS + o.seconds + 60), () => finished());
  // Window edges on performance.now()'s clock; each is Infinity until reached.
  let openAt = Number.POSITIVE_INFINITY;
  let closeAt = Number.POSITIVE_INFINITY;
  const inWindow = (t: number) => t >= openAt && t <= closeAt;
  /** Operations done in the window: each answer counts for the share of its time inside it. */
  let done = 0;
  let non2xx = 0;
  let mismatches = 0;
  let errors = 0;
  let longest = 0;
  const latencies: number[] = [];
  /** Answers before the window opened (the warm-up's). */
  let warmed = 0;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    const end = performance.now();
    if (end < openAt) warmed += 1;
    const start = end - ms;
    // Before the window, or sent after it closed (answers still come in during the grace).
    if (end < openAt || start > closeAt) return;
    const ended = end <= closeAt;
    if (status >= 200 && status < 300) {
      const inside = Math.min(end, closeAt) - Math.max(start, openAt);
      done += ms > 0 ? Math.max(0, inside) / ms : 1;
      if (ended) latencies.push(ms);
    } else if (ended) non2xx += 1;
    if (ended) longest = Math.max(longest, ms);
  });
  // A mismatched body was answered 2xx too: it is taken back whole (they are rare: 0 wanted).
  instance.on('reqMismatch', () => {
    if (inWindow(performance.now())) mismatches += 1;
  });
  instance.on('reqError', () => {
    if (inWindow(performance.now())) errors += 1;
  });
  await sleep(o.warmupS * 1000);
  const warmUntil = performance.now() + 60_000;
  while (warmed < (o.warmupOps ?? 0) && performance.now() < warmUntil) {
    await sleep(50);
  }
  o.mark('open');
  openAt = performance.now();
  await sleep(o.seconds * 1000);
  o.mark('close');
  closeAt = performance.now();
  const seconds = (closeAt - openAt) / 1000;
  // The load goes on until what was in flight at the close has answered, so its share inside
  // the window is known (the slowest answer inside the window, with a margin).
  await sleep(Math.min(60_000, longest * 1.5 + 250));
  instance.stop();
  await finishedAll;
  const ok = Math.max(0, done - mismatches);
  return {
    ok,
    opsPerSec: ok / seconds,
    ...latencyStats(latencies),
    failed: non2xx + errors + mismatches,
    non2xx,
    seconds,
  };
}

/**
 * `n` calls of `operation` (given 0…n−1), `concurrency` at a time: each worker starts the next
 * call when its last one ends. The in-process probes' load (`exec-cost.ts`, `layer-cost.ts`).
 */
export async function inTurns(
  n: number,
  concurrency: number,
  operation: (k: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await operation(next++);
    }),
  );
}

/** Spread as (max − min) / median, in percent. */
export function spreadPct(xs: readonly number[]): number {
  const m = median(xs);
  if (!Number.isFinite(m) || m === 0) return 0;
  return ((Math.max(...xs) - Math.min(...xs)) / m) * 100;
}

export interface OpenLoopResult extends LoadResult {
  /** Requests sent (on schedule, whatever was still outstanding). */
  readonly sent: number;
  /** Completed OK inside the offered window, per second of it. */
  readonly okPerSecInWindow: number;
}

/**
 * A true open loop: one request every 1/rate s on schedule, however many are still waiting, so
 * a slow system meets the same arrivals a fast one does (autocannon's `overallRate` paces each
 * connection separately, which arrives in bursts). Latency runs from the scheduled send time, so
 * queueing is not hidden (no coordinated omission). Waits up to `drainS` for stragglers.
 */
export async function runOpenLoop(o: {
  url: string;
  ratePerSec: number;
  seconds: number;
  next: () => BenchRequest;
  drainS?: number;
}): Promise<OpenLoopResult> {
  const { Agent, request } = await import('node:http');
  const agent = new Agent({ keepAlive: true });
  const base = new URL(o.url);
  const latencies: number[] = [];
  let ok = 0;
  let okInWindow = 0;
  let failed = 0;
  let non2xx = 0;
  let sent = 0;
  const start = performance.now();
  const windowEnd = start + o.seconds * 1000;
  const pending = new Set<Promise<void>>();
  const fire = (scheduledAt: number) => {
    const r = o.next();
    sent++;
    const p = new Promise<void>((resolve) => {
      const req = request(
        {
          host: base.hostname,
          port: base.port,
          path: r.path,
          method: r.method,
          headers: r.headers ?? {},
          agent,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            body += c;
          });
          res.on('end', () => {
            const done = performance.now();
            latencies.push(done - scheduledAt);
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300 && bodyOk(body)) {
              ok++;
              if (done <= windowEnd) okInWindow++;
            } else {
              failed++;
              if (status < 200 || status >= 300) non2xx++;
            }
            resolve();
          });
        },
      );
      req.setTimeout(120_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end(r.body);
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
  };
  const interval = 1000 / o.ratePerSec;
  for (let i = 0; ; i++) {
    const at = start + i * interval;
    if (at >= windowEnd) break;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    fire(at);
  }
  const drainUntil = Date.now() + (o.drainS ?? 60) * 1000;
  while (pending.size > 0 && Date.now() < drainUntil) {
    await Promise.race([...pending, sleep(500)]);
  }
  failed += pending.size;
  agent.destroy();
  return {
    ok,
    sent,
    opsPerSec: okInWindow / o.seconds,
    okPerSecInWindow: okInWindow / o.seconds,
    ...latencyStats(latencies),
    failed,
    non2xx,
    seconds: o.seconds,
  };
}

/**
 * Sends `count` requests to `url`, `connections` at a time, each as soon as the one before it on
 * its connection has answered (closed loop, counted rather than timed, so no window cuts an
 * operation off): each answered one's latency (ms), and how many failed (non-2xx, GraphQL
 * errors, or no answer: a reset connection is counted and the connection goes on). With `stop`,
 * no connection sends again once it answers true (`count` may then be `Infinity`).
 */
export async function sendCount(o: {
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly count: number;
  readonly connections: number;
  readonly next: () => BenchRequest;
  readonly stop?: () => boolean;
}): Promise<{ lat: number[]; failed: number }> {
  const lat: number[] = [];
  let failed = 0;
  let left = o.count;
  const worker = async () => {
    while (left > 0 && !o.stop?.()) {
      left -= 1;
      const r = o.next();
      const t0 = performance.now();
      try {
        const res = await fetch(o.url + r.path, {
          method: r.method,
          headers: { ...r.headers, ...o.headers },
          ...(r.body ? { body: r.body } : {}),
        });
        const text = await res.text();
        lat.push(performance.now() - t0);
        if (!res.ok || !bodyOk(text)) failed += 1;
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  return { lat, failed };
}

/**
 * The bench tools' cold sender for one scenario: `send(system, count, stop?)` sends `count`
 * operations through `system`, `connections` at a time (`sendCount`), each with a key no earlier
 * operation of this sender used, whichever system it went to.
 */
export function scenarioSender(d: Dataset, scenario: ScenarioId, connections: number) {
  let key = 0;
  return (
    system: {
      readonly url: string;
      readonly kind: SystemKind;
      readonly headers?: Record<string, string>;
    },
    count: number,
    stop?: () => boolean,
  ) =>
    sendCount({
      url: system.url,
      ...(system.headers ? { headers: system.headers } : {}),
      count,
      connections,
      next: () => requestFor(system.kind, d, scenario, key++),
      ...(stop ? { stop } : {}),
    });
}
