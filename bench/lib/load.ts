/** Load generation with autocannon (programmatic) and the statistics the report needs. */
import autocannon from 'autocannon';
import { type BenchRequest, bodyOk } from '../scenarios.js';

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

/** Runs one closed-loop (or rate-capped) load window and summarises it. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const first = o.next();
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
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
  });
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

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Spread as (max − min) / median, in percent. */
export function spreadPct(xs: readonly number[]): number {
  const m = median(xs);
  if (!Number.isFinite(m) || m === 0) return 0;
  return ((Math.max(...xs) - Math.min(...xs)) / m) * 100;
}
