import { type ExecutionResult, getOperationAST, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { clientIdentity } from '../context.js';
import type { RequestTracker } from '../poweroffice/client.js';
import type { ReadLog } from '../poweroffice/response-cache.js';

/** What the operation cache needs of the PowerOffice client (`PowerOfficeClient` fits). */
export interface OperationCacheSource {
  /** A log for the tracker's `reads`, or null when the client's GET cache is off. */
  newReadLog(): ReadLog | null;
  /** May a result built from the log's reads still be served (see the client's contract)? */
  readsCurrent(log: ReadLog): boolean;
  /** `readsCurrent` whatever the reads' age (for requests that waited for the execution). */
  readsUnchanged(log: ReadLog): boolean;
  readonly config: { readonly cache: { readonly ttlMs: number; readonly maxBytes: number } };
}

export interface OperationCacheOptions {
  readonly source: OperationCacheSource;
  /** Add `extensions.poweroffice` to a hit, as `usePowerOfficeCost` does to an execution. */
  readonly exposeCost: boolean;
  /**
   * Bound of the cache in bytes (serialised result and key, UTF-16); default: a quarter of the
   * GET cache's (its answers are built from what that cache holds).
   */
  readonly maxBytes?: number;
}

interface Entry {
  /** The answer every hit sends: the same frozen object, serialised once. */
  readonly result: ExecutionResult & { stringify: () => string };
  /** `result` serialised. */
  readonly text: string;
  readonly operationName: string;
  readonly reads: ReadLog;
  readonly size: number;
}

/** The part of the request context this plugin reads. */
interface CacheContext {
  readonly request?: Request;
  readonly tracker?: RequestTracker;
}

/** Answers the cache serves, with the name of the operation each came from ('' if none). */
const served = new WeakMap<object, string>();

/**
 * For a result the operation cache answered, the name of its operation (`''` for an anonymous
 * one); undefined for any other result. The metrics plugin counts such answers as executed.
 */
export function cachedOperationName(result: unknown): string | undefined {
  return typeof result === 'object' && result !== null ? served.get(result) : undefined;
}

/** What the fast path sends for a hit. */
export interface CachedAnswer {
  readonly text: string;
  readonly operationName: string;
}

type Settle = (entry: Entry | undefined) => void;
/** An execution in flight: its answer's promise and what settles it, both null once settled. */
interface Slot {
  promise: Promise<Entry | undefined> | null;
  settle: Settle | null;
}

/** The operation cache: its Yoga plugin, and its lookup for the server's pre-Yoga fast path. */
export interface OperationCache {
  readonly plugin: Plugin;
  /**
   * The key of a request with this `Authorization` header and these params (its client's
   * identity hashed, variables serialised), for `lookup` and then `begin`; undefined without a
   * query text.
   */
  keyFor(authorization: string | null | undefined, params: CacheParams): string | undefined;
  /**
   * The cached answer under `key`, or undefined. An entry exists only for a header that passed
   * client auth when the answer was stored (the key carries its hash, and the accepted keys do
   * not change while the process runs), so a hit needs no other check. An identical request
   * executing is not waited for here: Yoga's path joins it.
   */
  lookup(key: string): CachedAnswer | undefined;
  /**
   * For an execution outside Yoga (the server's fast path, after `lookup` missed): opens the
   * in-flight slot of `key` for `owner`, so identical requests wait for it, and returns what
   * stores the result (if cacheable) and settles the slot. Null when an identical request is
   * executing already (Yoga's path joins it).
   */
  begin(
    owner: object,
    key: string,
    operation: OperationDefinitionNode,
    tracker: RequestTracker,
  ): ((result: ExecutionResult) => void) | null;
  /** Settles `owner`'s slot with no answer (its execution ended otherwise). */
  abandon(owner: object): void;
}

/** The request parameters a cache key is made of. */
interface CacheParams {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
}

/**
 * The operation response cache: the whole result of a query, keyed by client identity (a hash
 * of the `Authorization` header, as the limiter sees it), operation name, variables and the
 * document text, answered before parsing, validation and execution. Lifetimes and invalidation
 * are the GET cache's, through the reads the operation made (`ReadLog`): an entry is served only
 * while every resource it read is unwritten since (writes through this process, and other
 * replicas' writes heard through the shared cache's feed), none of its reads fell in a
 * replica-lag window or was a read-your-writes answer, and its oldest upstream answer is younger
 * than the GET cache's TTL. Only queries, only results without errors, never incremental
 * delivery. A hit reports `extensions.poweroffice.requests: 0`. Null when the GET cache is off
 * (the operation cache follows it).
 *
 * Place its plugin after every plugin that rewrites or checks the request's params (persisted
 * documents, input hygiene): a hit ends the request's GraphQL work at `onParams`.
 */
export function createOperationCache(options: OperationCacheOptions): OperationCache | null {
  const { source, exposeCost } = options;
  const ttl = source.config.cache.ttlMs;
  if (ttl <= 0) return null;
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? Math.max(1, Math.floor(source.config.cache.maxBytes / 4)),
    // One answer above an eighth of the bound is not worth evicting others for.
    maxEntrySize: Math.max(
      1,
      Math.floor((options.maxBytes ?? source.config.cache.maxBytes / 4) / 8),
    ),
    sizeCalculation: (e) => e.size,
    ttl,
    ttlAutopurge: false,
  });
  const keys = new WeakMap<Request, string>();
  const keyOf = (identity: string, operationName: unknown, variables: unknown, query: string) =>
    `${identity}\n${typeof operationName === 'string' ? operationName : ''}\n${
      variables ? JSON.stringify(variables) : ''
    }\n${query}`;
  /** The live entry under `key`; a stale one is dropped. */
  const live = (key: string): Entry | undefined => {
    const entry = cache.get(key);
    if (!entry) return undefined;
    if (source.readsCurrent(entry.reads)) return entry;
    cache.delete(key);
    return undefined;
  };

  /**
   * Executions in flight, by key: an identical request that arrives meanwhile waits for the
   * first one's answer instead of executing too. It is settled with the answer when that has
   * no errors and nothing it read was written since, even when the answer is too old to store
   * (built from GET-cache entries near their TTL): the waiters joined that execution as callers
   * join a GET in flight, and sending them off to execute at once, all together, would be a
   * stampede (bench: 128 identical s1 queries re-executing, RSS 107 → 229 MB). Undefined when
   * there is no such answer; then each waiter executes itself.
   */
  const inflight = new Map<string, Slot>();
  /** Requests that opened an `inflight` slot, with its key. */
  const opened = new WeakMap<object, string>();
  const settle = (owner: object, entry: Entry | undefined) => {
    const key = opened.get(owner);
    if (key === undefined) return;
    opened.delete(owner);
    const slot = inflight.get(key);
    inflight.delete(key);
    if (!slot) return;
    slot.settle?.(entry);
    // Dropped as the client's in-flight GETs drop theirs (its `Inflight`): a table the Map has
    // replaced may still hold this slot.
    slot.promise = null;
    slot.settle = null;
  };
  /** Opens the in-flight slot of `key` for `owner` (the caller checked there is none). */
  const open = (owner: object, key: string) => {
    let resolve!: Settle;
    const promise = new Promise<Entry | undefined>((r) => {
      resolve = r;
    });
    inflight.set(key, { promise, settle: resolve });
    opened.set(owner, key);
  };
  /** Waits for the execution of `key` in flight, if any; its answer if still unchanged. */
  const joined = async (key: string): Promise<Entry | undefined> => {
    const running = inflight.get(key)?.promise;
    if (!running) return undefined;
    const answer = await running;
    return answer && source.readsUnchanged(answer.reads) ? answer : undefined;
  };

  /**
   * Records what the execution of `key` for `owner` (the request that opened its slot) reads,
   * and returns what stores its result and settles the slot; undefined (the slot settled) for
   * what is never cached: anything but a query, or a client whose GET cache is off.
   */
  const capture = (
    owner: object,
    key: string,
    operation: OperationDefinitionNode | null | undefined,
    tracker: RequestTracker,
  ): ((result: ExecutionResult) => void) | undefined => {
    const reads = operation?.operation === 'query' ? source.newReadLog() : null;
    if (!reads) {
      settle(owner, undefined);
      return undefined;
    }
    tracker.reads = reads;
    return (single) => {
      if (single.errors?.length || single.data == null || !source.readsUnchanged(reads)) {
        return settle(owner, undefined);
      }
      const answer: ExecutionResult = exposeCost
        ? {
            data: single.data,
            extensions: {
              poweroffice: { requests: 0, cacheHits: tracker.requests + tracker.cacheHits },
            },
          }
        : { data: single.data };
      const text = JSON.stringify(answer);
      const cached = Object.freeze({ ...answer, stringify: () => text });
      served.set(cached, operation?.name?.value ?? '');
      const entry: Entry = {
        result: cached,
        text,
        operationName: operation?.name?.value ?? '',
        reads,
        size: (text.length + key.length) * 2 + 64,
      };
      // Stored only while young enough; handed to the waiters either way (see `inflight`).
      if (source.readsCurrent(reads)) cache.set(key, entry);
      settle(owner, entry);
    };
  };

  const plugin: Plugin = {
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const key = keyOf(
        clientIdentity({ request }),
        params.operationName,
        params.variables,
        params.query,
      );
      const entry = live(key);
      if (entry) {
        setResult(entry.result);
        return;
      }
      if (!inflight.has(key)) {
        open(request, key);
        keys.set(request, key);
        return;
      }
      return joined(key).then((found) => {
        if (found) setResult(found.result);
        else keys.set(request, key);
      });
    },
    onExecute({ args }) {
      const context = args.contextValue as CacheContext;
      const request = context.request;
      const key = request && keys.get(request);
      const tracker = context.tracker;
      if (key === undefined || !tracker || !request) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      const done = capture(request, key, operation, tracker);
      if (!done) return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return settle(request, undefined);
          done(result as ExecutionResult);
        },
      };
    },
    // Whatever happened (refused, failed, aborted), a request that opened a slot closes it.
    onResponse({ request }) {
      settle(request, undefined);
    },
  };

  return {
    plugin,
    keyFor(authorization, params) {
      if (typeof params.query !== 'string') return undefined;
      return keyOf(
        clientIdentity({ request: { headers: { get: () => authorization ?? null } } }),
        params.operationName,
        params.variables,
        params.query,
      );
    },
    lookup: live,
    begin(owner, key, operation, tracker) {
      if (inflight.has(key)) return null;
      open(owner, key);
      return capture(owner, key, operation, tracker) ?? (() => {});
    },
    abandon(owner) {
      settle(owner, undefined);
    },
  };
}
