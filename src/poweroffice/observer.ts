import type { RateLimiter } from './limiter.js';
import { firstSegment } from './resources/resource.js';

/** What became of one upstream HTTP attempt: its status, or why there was none. */
export type UpstreamStatus = number | 'network' | 'timeout';

/**
 * Hooks the client calls as it works, for metrics. Every hook is optional and synchronous, must
 * not throw and must be cheap (they run on the request path). Arguments never carry a key, a
 * token or a query string: `resource` is the first segment of the upstream path as the client
 * wrote it (`Customer` for `/Customer/12/Contact`), from a set fixed by the code.
 */
export interface ClientObserver {
  /** One HTTP attempt to the API finished (each retry is one more); token requests excluded. */
  upstreamRequest?(
    resource: string,
    status: UpstreamStatus,
    durationMs: number,
    method?: string,
  ): void;
  /** A GET answered from the cross-request cache. */
  cacheHit?(resource: string): void;
  /** A GET found neither a cached answer nor an identical request in flight: it goes upstream. */
  cacheMiss?(resource: string): void;
  /** A GET joined an identical request already in flight instead of sending its own. */
  inflightShare?(resource: string): void;
  /** The limiter granted a slot after `waitedMs` (0 when one was free); API and token requests. */
  limiterWait?(waitedMs: number): void;
  /** One request to the token endpoint finished. */
  tokenFetch?(status: UpstreamStatus): void;
}

/** The `resource` of a path for observers: its first segment (`/Customer/5?x` → `Customer`). */
export function resourceOf(path: string): string {
  return firstSegment(path) || 'root';
}

/** `limiter` with every granted slot reported to `observer.limiterWait`; otherwise the same. */
export function observeLimiter(limiter: RateLimiter, observer: ClientObserver): RateLimiter {
  if (!observer.limiterWait) return limiter;
  const report = observer.limiterWait.bind(observer);
  const tryTake = limiter.tryTake?.bind(limiter);
  return {
    async take(signal, share) {
      const waited = await limiter.take(signal, share);
      report(waited);
      return waited;
    },
    ...(tryTake
      ? {
          tryTake: () => {
            const took = tryTake();
            if (took) report(0);
            return took;
          },
        }
      : {}),
    pause: (ms) => limiter.pause(ms),
    get waits() {
      return limiter.waits;
    },
    get waitedMs() {
      return limiter.waitedMs;
    },
    close: () => limiter.close(),
  };
}
