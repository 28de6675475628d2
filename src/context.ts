import { hash } from 'node:crypto';
import { createLoaders, type Loaders } from './loaders/index.js';
import { Cancel, type CancelSignal } from './poweroffice/cancel.js';
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
  /** Row caps per resource when a tenant's (or a test emulator's) differ from the documented. */
  readonly maxRows?: Readonly<Record<string, number>>;
}

/** The part of Yoga's initial context we read: the request's abort signal and its API key. */
interface InitialContext {
  readonly request?: {
    readonly signal?: CancelSignal;
    readonly headers?: { get(name: string): string | null };
  };
}

/**
 * The client identity the limiter shares slots by: a short SHA-256 of the `Authorization`
 * header (the API key a client used; client auth has already checked it when keys are set),
 * `anonymous` without one. The header itself is never kept.
 */
export function clientIdentity(initial?: InitialContext): string {
  const header = initial?.request?.headers?.get('authorization');
  if (!header) return 'anonymous';
  // One-shot `hash`: a `Hash` object per request cost three times as much (about 1.5 µs).
  return hash('sha256', header, 'base64url').slice(0, 16);
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
  // Absent (or 0) as `undefined`, which the loaders read as their defaults.
  const detailConcurrency = options.detailConcurrency || undefined;
  const maxRows = options.maxRows || undefined;
  return (initial) => {
    // The tracker stands for this operation in the limiter's fair queue, under its identity.
    const tracker: RequestTracker = {
      requests: 0,
      cacheHits: 0,
      identity: clientIdentity(initial),
    };
    // A request Yoga runs carries a Fetch `AbortSignal`: each of the operation's GETs would add
    // and remove a listener on its EventTarget, so they listen to a `Cancel` following it.
    const given = initial?.request?.signal;
    const signal = given ? Cancel.following(given) : undefined;
    return {
      client,
      tracker,
      paging,
      // Every field named: a property after a spread is V8's slow path (loaders/index.ts).
      loaders: createLoaders(client, tracker, { detailConcurrency, maxRows, signal }),
    };
  };
}
