import { createLoaders, type Loaders } from './loaders/index.js';
import type { PowerOfficeClient, RequestTracker } from './poweroffice/client.js';

/** Paging limits of connections; `first`/`last` above `maxPageSize` are rejected, not clamped. */
export interface PagingLimits {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}

export const DEFAULT_PAGING: PagingLimits = { defaultPageSize: 20, maxPageSize: 100 };

/** What every resolver sees. Built fresh for each GraphQL request by `createContext`. */
export interface Context {
  readonly client: PowerOfficeClient;
  /** Per-request loaders: batching and memoisation for this operation only. */
  readonly loaders: Loaders;
  /** Upstream requests and cache hits this operation caused; the server reports them. */
  readonly tracker: RequestTracker;
  readonly paging: PagingLimits;
}

export interface ContextOptions {
  readonly paging?: Partial<PagingLimits>;
  /** Upper bound of concurrent invoice-detail GETs per operation. */
  readonly detailConcurrency?: number;
}

/** The part of Yoga's initial context we read: the incoming request, for its abort signal. */
interface InitialContext {
  readonly request?: { readonly signal?: AbortSignal };
}

/**
 * Yoga's context function: `createYoga({ schema, context: createContext(client) })`. Every call
 * (one per GraphQL request) returns new loaders and a new tracker, so no cache or count leaks
 * from one request (or user) to another.
 */
export function createContext(
  client: PowerOfficeClient,
  options: ContextOptions = {},
): (initial?: InitialContext) => Context {
  const paging: PagingLimits = { ...DEFAULT_PAGING, ...options.paging };
  return (initial) => {
    // The start time ranks this operation's upstream calls in the limiter's queue.
    const tracker: RequestTracker = { requests: 0, cacheHits: 0, startedAt: performance.now() };
    const signal = initial?.request?.signal;
    return {
      client,
      tracker,
      paging,
      loaders: createLoaders(client, tracker, {
        ...(signal ? { signal } : {}),
        ...(options.detailConcurrency ? { detailConcurrency: options.detailConcurrency } : {}),
      }),
    };
  };
}
