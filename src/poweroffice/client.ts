import { createHash } from 'node:crypto';
import type { PowerOfficeConfig } from '../config.js';
import { oncePer } from '../memo.js';
import { promised } from '../promised.js';
import {
  backoffMs,
  parseJson,
  parseRetryAfter,
  safeCause,
  sessionKeyFor,
  TokenManager,
} from './auth.js';
import { Cancel, type CancelSignal } from './cancel.js';
import {
  fieldErrorsOf,
  PowerOfficeError,
  type PowerOfficeErrorCode,
  type WriteOutcome,
} from './errors.js';
import { ApiBase, HttpPool, type HttpResponse } from './http.js';
import { abortableSleep, type RateLimiter, TokenBucket } from './limiter.js';
import { RedisRateLimiter } from './limiter-redis.js';
import { type Logger, silentLogger } from './logger.js';
import { type ClientObserver, observeLimiter, resourceOf } from './observer.js';
import { isUnsatisfiable, type ListQuery, toSearchParams } from './odata.js';
import { keyLookupOf, RecentWrites } from './recent-writes.js';
import type { DtoOf, FieldMap } from './resources/fields.js';
import { findResource, readResource, resourceNamed } from './resources/registry.js';
import {
  actionAnswer,
  fillPath,
  pathParamsOf,
  pathStart,
  type ResourceSpec,
} from './resources/resource.js';
import { deepFreeze, type ReadLog, ResponseCache } from './response-cache.js';
import { createSessionStore } from './sessions/index.js';
import type { SessionStore } from './sessions/store.js';
import { SocketGate } from './socket-gate.js';
import { tracingEnabled, withUpstreamSpans } from './tracing.js';

/** Per-GraphQL-operation accounting: the server shows it in extensions.poweroffice. */
export interface RequestTracker {
  /** HTTP requests this operation sent upstream (retries included). */
  requests: number;
  /** Calls answered without an upstream request of their own (cache or a shared in-flight GET). */
  cacheHits: number;
  /**
   * Who sent the operation (a hash of the client's API key, never the key): the limiter shares
   * slots fairly between identities, then between operations (this tracker stands for one).
   */
  identity?: string;
  /**
   * Set by whoever caches results derived from this operation's reads (the operation response
   * cache, `newReadLog`): every read the client answers is noted in it (see `ReadLog`).
   */
  reads?: ReadLog;
}

export interface CallOptions {
  signal?: CancelSignal;
  tracker?: RequestTracker;
  /** The parent id of a sub-resource path such as `/Customer/{parentId}/Contact`. */
  parentId?: string | number;
  /**
   * Reads only: ask PowerOffice itself, bypassing the cache, in-flight sharing and the
   * recent-writes overlay, and cache nothing (reconciling a write whose answer was lost).
   */
  fresh?: boolean;
  /**
   * `list` only: the request looks rows up by a unique key (the loaders' `byKey`), so this
   * client's recent writes patch its answer (recent-writes.ts). Pages of a list are never
   * patched: adding or dropping rows would break their `$top`, order and `count`
   * (docs/frontend.md, Read-your-writes).
   */
  keyLookup?: boolean;
}

/**
 * The route a call goes to, as far as the client needs it: the resource it is counted under and
 * the token privilege it needs (for naming what a 403 blocks). A passthrough call has no declared
 * privilege.
 */
interface Route {
  readonly name: string;
  readonly privilege?: string | undefined;
  /** The resource's rows in passing (`transientWhen`): answers holding one are not cached. */
  readonly transientWhen?: ResourceSpec['transientWhen'];
}

/**
 * A resource's own route (`routeOf` without a privilege of the call's), made once: every read of
 * it (60 detail GETs of an s1 operation) would otherwise make and hold one while it waits.
 */
const ownRoute = oncePer(
  (resource: ResourceSpec<FieldMap, FieldMap>): Route => ({
    name: resource.name,
    privilege: resource.privilege,
    transientWhen: resource.transientWhen,
  }),
);

/**
 * The route of a resource's call and the privilege it needs: the route's own when it declares
 * one (a Blob download, a sub-list), else the resource's read privilege.
 */
function routeOf(resource: ResourceSpec<FieldMap, FieldMap>, privilege?: string): Route {
  return privilege === undefined
    ? ownRoute(resource)
    : { name: resource.name, privilege, transientWhen: resource.transientWhen };
}

/** A passthrough call's route: its path's first segment, a resource's name or not. */
function passthroughRoute(name: string): Route {
  return { name, transientWhen: findResource(name)?.transientWhen };
}

/** Whether an answer of `route` holds a row its resource declares in passing (`transientWhen`). */
function inPassing(route: Route, envelope: unknown): boolean {
  const when = route.transientWhen;
  if (!when || typeof envelope !== 'object' || envelope === null) return false;
  const data = (envelope as { data?: unknown }).data;
  const rows = Array.isArray(data) ? data : [data];
  return rows.some(
    (r) => typeof r === 'object' && r !== null && when(r as Record<string, unknown>),
  );
}

/** The privilege a write of the resource needs (reference: writes need `<Area>_Full`). */
function fullOf(resource: ResourceSpec<FieldMap, FieldMap>): string {
  return `${resource.privilege}_Full`;
}

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface RequestOptions {
  searchParams?: Record<string, string>;
  json?: unknown;
  signal?: AbortSignal;
  tracker?: RequestTracker;
}

export interface ClientStats {
  /** Upstream HTTP requests (token requests excluded) by resource, then status or failure. */
  requests: Record<string, Record<string, number>>;
  /** GETs answered by the cache, either tier. */
  cacheHits: number;
  /** Of those, answered by the shared (Redis) tier. */
  sharedCacheHits: number;
  /** GETs that went upstream (not shared with one in flight). */
  cacheMisses: number;
  /** GETs that joined an identical request already in flight. */
  inflightShares: number;
  limiterWaits: number;
  limiterWaitMs: number;
  /** Token requests sent to the token endpoint. */
  tokenFetches: number;
  /** Attempts repeated after a network error, a 5xx, a 429 or a 401. */
  retries: number;
  cacheEntries: number;
  cacheBytes: number;
}

interface Inflight {
  /** The GET's target: the table's key (the table is the client's own, one credential). */
  readonly key: string;
  /** The resource's version when it started: a caller after a write does not join it. */
  readonly version: number;
  /**
   * The shared GET and its cancel while it runs; both dropped once it settles. The in-flight
   * table is a long-lived Map, and V8 keeps the hash tables a Map has replaced, with the entries
   * they held, until the next full GC: such a table in the old generation kept its entries
   * reachable through every scavenge. An entry still pointing at its answer had nearly every
   * upstream answer copied and then promoted (s3: 5 MB kept per scavenge, GC a tenth of the
   * server's CPU; bench/analysis.md), and `test/inflight-retention.test.ts` checks it does not.
   */
  promise: Promise<unknown> | null;
  cancel: Cancel | null;
  waiters: number;
  /** Set once the GET has started: may its answer be reused, and how old is it. */
  readonly outcome: { cacheable: boolean; fetchedAt: number };
}

/** `?$filter=…` with `$` kept readable and everything else percent-encoded (spaces as %20). */
export function queryString(params: Record<string, string> | undefined): string {
  let query = '';
  // Appended in place: entries, their pairs and the mapped list were three arrays per GET.
  for (const k in params) {
    query += `${query === '' ? '?' : '&'}${paramName(k)}=${encodeURIComponent(params[k] as string)}`;
  }
  return query;
}

/** A name made only of these is written as it is: `$` kept (OData's options), nothing to encode. */
const PLAIN_NAME = /^\$?[\w.~-]*$/;

/** A query parameter's name in the URL: encoded, but an OData option's leading `$` kept. */
function paramName(name: string): string {
  // The names are the code's own (`$filter`, `$top`, a report's `fromDate`): most need no
  // encoding, and encoding and replacing were a regular expression and two strings per name.
  return PLAIN_NAME.test(name) ? name : encodeURIComponent(name).replace(/^%24/, '$');
}

function isEnvelope(x: unknown): x is { success?: unknown; data?: unknown; validation?: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The PowerOffice REST client. One per (environment, client key); share it across requests. */
export class PowerOfficeClient {
  /** The settings in use, without the keys (they live only in private fields). */
  readonly config: Omit<PowerOfficeConfig, 'applicationKey' | 'clientKey'>;
  readonly #logger: Logger;
  readonly #http: HttpPool;
  /** Request URLs under `config.apiUrl`. */
  readonly #apiBase: ApiBase;
  readonly #tokens: TokenManager;
  readonly #store: SessionStore;
  readonly #ownsStore: boolean;
  readonly #limiter: RateLimiter;
  /** Metrics hooks (`deps.observer`); an empty object when none was given. */
  readonly #observer: ClientObserver;
  /** Cross-request GET responses, local and (optionally) shared: see response-cache.ts. */
  readonly #cache: ResponseCache;
  /** Read-your-writes for the replica-lag window: see recent-writes.ts. */
  readonly #recent: RecentWrites;
  /** GETs on their way, by target; never a key or token in it (`Inflight`). */
  readonly #inflight = new Map<string, Inflight>();
  /** Concurrent upstream requests, oldest operation first: see socket-gate.ts. */
  readonly #sockets: SocketGate;
  readonly #stats = {
    requests: {} as Record<string, Record<string, number>>,
    cacheHits: 0,
    cacheMisses: 0,
    inflightShares: 0,
    retries: 0,
  };
  /** Sent only in bodies that declare it (ClientAuth onboarding); never logged or exposed. */
  readonly #applicationKey: string;
  #closed = false;

  constructor(
    config: PowerOfficeConfig,
    deps: { sessionStore?: SessionStore; logger?: Logger; observer?: ClientObserver } = {},
  ) {
    if (!config.apiUrl || !config.tokenUrl) {
      throw new Error('PowerOffice client: apiUrl/tokenUrl are not set (sandbox not started?)');
    }
    if (!config.applicationKey || !config.clientKey) {
      throw new Error('PowerOffice client: application key and client key are required');
    }
    const { applicationKey, clientKey: _c, ...settings } = config;
    this.config = settings;
    this.#applicationKey = applicationKey;
    this.#logger = deps.logger ?? silentLogger;
    // With an OpenTelemetry SDK registered, every upstream attempt is a span too.
    this.#observer = tracingEnabled()
      ? withUpstreamSpans(deps.observer ?? {})
      : (deps.observer ?? {});
    // Redirects are not followed and retries are ours (never a POST after a network error).
    // The gate queues what the agent would (oldest operation first); the agent never has to.
    // Every socket a burst opened stays open for the next (16 free sockets closed the rest after
    // each burst: 112 to 238 new connections per bench/.out A/B run of s1 or s2, now none).
    // Sockets per origin: `rate.maxSockets`, which PowerOffice's own rate limit (the limiter)
    // keeps from binding in production.
    const sockets = config.rate.maxSockets;
    this.#sockets = new SocketGate(sockets);
    this.#http = new HttpPool({ maxSockets: sockets, maxFreeSockets: sockets });
    this.#apiBase = new ApiBase(config.apiUrl);
    const rate = {
      perSecond: config.rate.perSecond,
      burst: config.rate.burst,
      maxWaitMs: config.rate.maxWaitMs,
    };
    // PowerOffice limits per integration (application key), so the shared bucket is keyed by
    // it alone: every company this integration serves draws from the same budget.
    this.#limiter =
      config.rate.shared && config.session.redisUrl
        ? new RedisRateLimiter({
            ...rate,
            redisUrl: config.session.redisUrl,
            key: `${config.session.keyPrefix}:rate:${config.env}:${createHash('sha256')
              .update(`${config.apiUrl}\n${config.applicationKey}`)
              .digest('hex')
              .slice(0, 32)}`,
            logger: this.#logger,
          })
        : new TokenBucket(rate);
    this.#limiter = observeLimiter(this.#limiter, this.#observer);
    this.#store = deps.sessionStore ?? createSessionStore(config.session);
    this.#ownsStore = deps.sessionStore === undefined;
    this.#tokens = new TokenManager({
      http: this.#http,
      tokenUrl: config.tokenUrl,
      applicationKey: config.applicationKey,
      clientKey: config.clientKey,
      store: this.#store,
      sessionKey: sessionKeyFor(
        config.session.keyPrefix,
        config.env,
        config.tokenUrl,
        config.applicationKey,
        config.clientKey,
      ),
      refreshMarginSeconds: config.tokenRefreshMarginSeconds,
      timeoutMs: config.timeouts.tokenMs,
      limiter: this.#limiter,
      retryAttempts: config.retry.attempts,
      retryBaseDelayMs: config.retry.baseDelayMs,
      logger: this.#logger,
      onFetch: (status) => this.#observer.tokenFetch?.(status),
    });
    // The shared tier is scoped like the in-flight key, plus the API URL and the deployment's
    // prefix: replicas share entries only when they talk to the same upstream as the same company.
    const cacheScope = `${config.session.keyPrefix}:cache:${config.env}:${createHash('sha256')
      .update(`${config.apiUrl}\n${config.applicationKey}\n${config.clientKey}`)
      .digest('hex')
      .slice(0, 32)}`;
    this.#cache = new ResponseCache({
      ttlMs: config.cache.ttlMs,
      maxBytes: config.cache.maxBytes,
      replicaLagMs: config.cache.replicaLagMs,
      ...(config.cache.shared && config.session.redisUrl
        ? { shared: { redisUrl: config.session.redisUrl, scope: cacheScope } }
        : {}),
      logger: this.#logger,
    });
    this.#recent = new RecentWrites({
      windowMs: config.cache.readOwnWrites === false ? 0 : config.cache.replicaLagMs,
      shared: this.#cache.shared,
      recentlyWritten: (path) => this.#cache.recentlyWritten(path),
      logger: this.#logger,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Resource operations

  /**
   * Lists a resource with an OData query; `count` is the upstream total, independent of paging.
   *
   * Not an `async` function, for the reason `#get` gives: one promise per call, not an async
   * frame held across the upstream wait as well. What it throws before the GET (an operation the
   * resource lacks, a malformed query) is a rejection, as from an async function (`promised`).
   */
  list<M extends FieldMap, L extends FieldMap>(
    resource: ResourceSpec<M, L>,
    query: ListQuery = {},
    opts: CallOptions = {},
  ): Promise<{ items: DtoOf<L>[]; count: number }> {
    return promised(() => this.#list(resource, query, opts));
  }

  /** `list`'s work; may throw before the GET. */
  #list<M extends FieldMap, L extends FieldMap>(
    resource: ResourceSpec<M, L>,
    query: ListQuery,
    opts: CallOptions,
  ): Promise<{ items: DtoOf<L>[]; count: number }> {
    this.#supports(resource, 'list');
    if (isUnsatisfiable(query.filter)) return Promise.resolve({ items: [], count: 0 });
    const params = toSearchParams(resource, query, { inOperator: this.config.odata.inOperator });
    // A report variant carries some parameters in its path (resource.ts `variants`).
    const unfilled = this.#fillParent(resource, resource.listPath, opts);
    const path = fillPath(unfilled, params);
    for (const name of pathParamsOf(unfilled)) delete params[name];
    // A lookup by key of whole rows sees this client's own recent writes (recent-writes.ts).
    const lookup =
      opts.keyLookup === true &&
      !opts.fresh &&
      (resource.listFields as FieldMap) === resource.fields &&
      query.skip === undefined
        ? keyLookupOf(resource, query.filter)
        : null;
    return this.#get(path, params, routeOf(resource), opts).then((body) => {
      const data = (body as { data?: unknown }).data;
      const items = Array.isArray(data) ? (data as DtoOf<L>[]) : [];
      const count = Number((body as { count?: unknown }).count);
      const listed = { items, count: Number.isFinite(count) ? count : items.length };
      // Asked once the answer is in: a write while it was on its way counts.
      return lookup && this.#recent.mayKnow(path)
        ? this.#withRecent(resource, path, lookup, listed, opts)
        : listed;
    });
  }

  /** `list`'s rows with this client's recent writes to them (recent-writes.ts), if any. */
  async #withRecent<L extends FieldMap>(
    resource: ResourceSpec<FieldMap, L>,
    path: string,
    lookup: NonNullable<ReturnType<typeof keyLookupOf>>,
    listed: { items: DtoOf<L>[]; count: number },
    opts: CallOptions,
  ): Promise<{ items: DtoOf<L>[]; count: number }> {
    const patched = await this.#recent.patch(
      resource,
      path,
      lookup,
      listed.items as Record<string, unknown>[],
    );
    if (!patched) return listed;
    if (opts.tracker) {
      opts.tracker.cacheHits += 1;
      if (opts.tracker.reads) opts.tracker.reads.uncacheable = true;
    }
    return { items: patched as DtoOf<L>[], count: patched.length };
  }

  /** Reads one entity by id; null when PowerOffice does not know it. */
  async get<M extends FieldMap, L extends FieldMap>(
    resource: ResourceSpec<M, L>,
    id: string | number,
    opts: CallOptions = {},
  ): Promise<DtoOf<M> | null> {
    this.#supports(resource, 'get');
    // A singleton (Client) is read at its path; the id is ignored.
    const base = this.#fillParent(resource, resource.path, opts);
    const path = resource.singleton ? base : `${base}/${encodeURIComponent(String(id))}`;
    // Within the replica-lag window after a write through this client (or a replica sharing
    // its Redis), the written row answers, not a replica that may not have it yet.
    // Asked only when it may know something, as `list` does: outside a write's window (every
    // read of a cold s1 operation's 60 invoice details) `find` is an async call, a Map and a
    // turn that answer nothing.
    const readPath = readResource(resource).path;
    const mine =
      opts.fresh || !this.#recent.mayKnow(readPath)
        ? undefined
        : (await this.#recent.find(resource, readPath, 'id', [id])).get(
            typeof id === 'string' ? id.toLowerCase() : String(id),
          );
    if (mine !== undefined) {
      if (opts.tracker) {
        opts.tracker.cacheHits += 1;
        if (opts.tracker.reads) opts.tracker.reads.uncacheable = true;
      }
      return mine as DtoOf<M> | null;
    }
    try {
      const body = await this.#get(path, undefined, routeOf(resource), opts);
      const data = (body as { data?: unknown }).data;
      return data === undefined || data === null ? null : (data as DtoOf<M>);
    } catch (e) {
      if (e instanceof PowerOfficeError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  }

  /**
   * Creates (no `id`) or updates (with `id`) an entity; returns the saved entity. Never retried
   * except after a 429 or a 401 (neither was processed), so a create cannot be duplicated here.
   * A failure carries `writeOutcome` (`unknown`: it may have been applied; reconcile before
   * reporting it). The saved row answers reads by id and natural key for the replica-lag window.
   */
  async save<M extends FieldMap, L extends FieldMap>(
    resource: ResourceSpec<M, L>,
    dto: Partial<DtoOf<M>>,
    opts: CallOptions = {},
  ): Promise<DtoOf<M>> {
    this.#supports(resource, 'save');
    const path = this.#fillParent(resource, resource.path, opts);
    const body = await this.#write('POST', path, dto, routeOf(resource, fullOf(resource)), opts);
    const data = (body as { data?: unknown } | undefined)?.data;
    if (data === undefined || data === null || typeof data !== 'object') {
      throw new PowerOfficeError('UPSTREAM_UNAVAILABLE', 'PowerOffice returned no saved entity', {
        method: 'POST',
        path,
        writeOutcome: 'unknown',
      });
    }
    await this.#recent.saved(resource, data as Record<string, unknown>);
    return data as DtoOf<M>;
  }

  /** Deletes an entity by id; accepts both documented DELETE response shapes. */
  async delete<M extends FieldMap, L extends FieldMap>(
    resource: ResourceSpec<M, L>,
    id: string | number,
    opts: CallOptions = {},
  ): Promise<void> {
    this.#supports(resource, 'delete');
    const path = `${this.#fillParent(resource, resource.path, opts)}/${encodeURIComponent(String(id))}`;
    await this.#write('DELETE', path, undefined, routeOf(resource, fullOf(resource)), opts);
    await this.#recent.deleted(resource, id);
  }

  // --- Action routes and path-keyed sub-lists (resource.ts `actions`, `subLists`) -----------

  /**
   * Sends the declared action `name` of `resource` (a POST, reference B9 SendInvoice/SaveNote).
   * Never retried except after a 429 or a 401 (neither was processed); a failure carries
   * `writeOutcome` like `save`. Accepts both `Success` forms of reference A4 (`{"success":true}`
   * and the double-wrapped `{"data":{"success":…,"validation":…},"success":true}`). Returns the
   * answer's `data` when the action declares a row result, else null. Invalidates the
   * resource's cached reads (by path, as every write) and forgets this client's recent copy of
   * the target row, so the next read of it asks PowerOffice.
   */
  async action(
    resource: ResourceSpec<FieldMap, FieldMap>,
    name: string,
    body: Record<string, unknown>,
    opts: CallOptions = {},
  ): Promise<Record<string, unknown> | null> {
    const action = resource.actions?.[name];
    if (!action) throw new Error(`PowerOffice client: ${resource.name} has no action ${name}`);
    const path = action.path;
    // `success` and `id` answers carry no row: the caller reads the target back.
    const sent = { ...body };
    for (const field of action.credentialFields ?? []) sent[field] = this.#applicationKey;
    try {
      const answer = await this.#write(
        'POST',
        path,
        sent,
        routeOf(resource, action.privilege ?? fullOf(resource)),
        opts,
      );
      const data = (answer as { data?: unknown } | undefined)?.data;
      const inner = isEnvelope(data) && typeof data.success === 'boolean';
      if (inner && data.success === false) {
        throw withWriteOutcome(this.#validation(data, 200, 'POST', path));
      }
      if (actionAnswer(resource, action).kind !== 'row') return null;
      return unwrapRow(inner ? data.data : data, path);
    } finally {
      const id = action.target === undefined ? undefined : body[action.target];
      if (typeof id === 'string' || typeof id === 'number') this.#recent.forget(resource, id);
    }
  }

  /**
   * Reads the sub-list `name` of the row `id` (`GET {path}` with `{id}`, reference B9 GetNotes):
   * a plain list, cached and shared like every GET, invalidated by writes to the resource.
   */
  async subList(
    resource: ResourceSpec<FieldMap, FieldMap>,
    name: string,
    /** The value of the path's key (`sub.key`, default the row's id). */
    id: string | number,
    opts: CallOptions = {},
  ): Promise<Record<string, unknown>[]> {
    const sub = resource.subLists?.[name];
    if (!sub) throw new Error(`PowerOffice client: ${resource.name} has no sub-list ${name}`);
    const path = fillPath(sub.path, { [sub.key ?? 'id']: id });
    const body = await this.#get(path, undefined, routeOf(resource, sub.privilege), opts);
    const data = (body as { data?: unknown }).data;
    return Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
  }

  /**
   * One page of a sub-list `of` another resource's rows (reference B4: `GET /ContactGroup/
   * {name}/customers?contactGroupName={name}` with OData): `key` fills the path (and the
   * declared `keyParam`), `query` compiles against the row resource's fields. `count` is the
   * total of the parent's rows matching the filter, as for lists. Cached like every GET.
   */
  async subListPage(
    resource: ResourceSpec<FieldMap, FieldMap>,
    name: string,
    key: string | number,
    query: ListQuery = {},
    opts: CallOptions = {},
  ): Promise<{ items: Record<string, unknown>[]; count: number }> {
    const sub = resource.subLists?.[name];
    if (!sub?.of)
      throw new Error(`PowerOffice client: ${resource.name} has no OData sub-list ${name}`);
    if (isUnsatisfiable(query.filter)) return { items: [], count: 0 };
    const rows = resourceNamed(sub.of);
    const params = toSearchParams(rows, query, { inOperator: this.config.odata.inOperator });
    if (sub.keyParam) params[sub.keyParam] = String(key);
    const path = fillPath(sub.path, { [sub.key ?? 'id']: key });
    const body = await this.#get(path, params, routeOf(resource, sub.privilege), opts);
    const data = (body as { data?: unknown }).data;
    const items = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
    const count = Number((body as { count?: unknown }).count);
    return { items, count: Number.isFinite(count) ? count : items.length };
  }

  /**
   * A declared read (`GET {path}`, `{id}` filled when given): the answer's `data` (a bool, an
   * ImportStatus), null for 404. Cached and shared like every GET, invalidated by writes to the
   * resource.
   */
  async read(
    resource: ResourceSpec<FieldMap, FieldMap>,
    name: string,
    id: string | number | undefined,
    opts: CallOptions = {},
  ): Promise<unknown> {
    const read = resource.reads?.[name];
    if (!read) throw new Error(`PowerOffice client: ${resource.name} has no read ${name}`);
    const path = fillPath(read.path, { id });
    try {
      const body = await this.#get(path, undefined, routeOf(resource, read.privilege), opts);
      return (body as { data?: unknown }).data ?? null;
    } catch (e) {
      if (e instanceof PowerOfficeError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  }

  /**
   * A declared download's file: the bytes and content type of a raw stream (Blob images and
   * EHF, the debt-collection invoice PDF) or the document inside a JSON envelope (`base64`),
   * null for 404. Never cached (files can be large); retried like every GET. The PowerOffice
   * token stays here: callers get the content only.
   */
  async download(
    resource: ResourceSpec<FieldMap, FieldMap>,
    name: string,
    key: string | number,
    page: number | undefined,
    opts: CallOptions = {},
  ): Promise<{ bytes: Buffer; contentType: string; fileName: string } | null> {
    const download = resource.downloads?.[name];
    if (!download) throw new Error(`PowerOffice client: ${resource.name} has no download ${name}`);
    const path = fillPath(download.path, { key, page: page ?? 1 });
    try {
      const res = await this.#exchange(
        'GET',
        path,
        undefined,
        routeOf(resource, download.privilege),
        {
          ...opts,
          raw: download.form === 'raw',
        },
      );
      if (download.form === 'raw') {
        return {
          bytes: res.bytes ?? Buffer.alloc(0),
          contentType: res.contentType ?? download.contentType ?? 'application/octet-stream',
          fileName: download.fileName?.(String(key), page) ?? `${name}-${String(key)}`,
        };
      }
      const doc = (res.value as { data?: Record<string, unknown> }).data;
      if (!doc || typeof doc.base64EncodedData !== 'string') return null;
      const fileName = typeof doc.fileName === 'string' ? doc.fileName : `${name}-${String(key)}`;
      return {
        bytes: Buffer.from(doc.base64EncodedData, 'base64'),
        contentType: '',
        fileName,
      };
    } catch (e) {
      if (e instanceof PowerOfficeError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  }

  /**
   * Raw passthrough for routes no resource models. GETs share the cache and in-flight
   * de-duplication; writes invalidate the path's resource. Returns the unwrapped envelope
   * (`{data, count, success}` for JSON envelopes, the parsed body otherwise).
   */
  async request<T = unknown>(
    method: HttpMethod,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const p = path.startsWith('/') ? path : `/${path}`;
    const resource = resourceOf(p);
    const opts: CallOptions = {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.tracker ? { tracker: options.tracker } : {}),
    };
    if (method === 'GET') {
      return (await this.#get(p, options.searchParams, passthroughRoute(resource), opts)) as T;
    }
    const target = `${p}${queryString(options.searchParams)}`;
    return (await this.#write(method, target, options.json, passthroughRoute(resource), opts)) as T;
  }

  /** Obtains (or reuses) a token: proves the credentials work. For readiness probes. */
  async checkAuth(): Promise<void> {
    await this.#tokens.getToken();
  }

  /** A snapshot of the counters since the client was created. */
  stats(): ClientStats {
    return {
      requests: structuredClone(this.#stats.requests),
      cacheHits: this.#stats.cacheHits,
      sharedCacheHits: this.#cache.stats().sharedHits,
      cacheMisses: this.#stats.cacheMisses,
      inflightShares: this.#stats.inflightShares,
      limiterWaits: this.#limiter.waits,
      limiterWaitMs: Math.round(this.#limiter.waitedMs),
      tokenFetches: this.#tokens.fetches,
      retries: this.#stats.retries,
      cacheEntries: this.#cache.stats().entries,
      cacheBytes: this.#cache.stats().bytes,
    };
  }

  /**
   * A log for `RequestTracker.reads`: results derived from the reads it records may be reused
   * while `readsCurrent` holds. Null when the cross-request cache is off.
   */
  newReadLog(): ReadLog | null {
    return this.config.cache.ttlMs > 0 ? this.#cache.newReadLog() : null;
  }

  /**
   * True while a result built from `log`'s reads may be served: none of the resources read was
   * written since (here or, through the shared cache's feed, on another replica), none of the
   * reads fell in a replica-lag window, and the oldest answer is younger than the cache TTL.
   */
  readsCurrent(log: ReadLog): boolean {
    return this.#cache.current(log);
  }

  /**
   * `readsCurrent` whatever the reads' age: whether a result just built from them may go to
   * the requests that waited for it (they joined it in flight, as callers join a GET).
   */
  readsUnchanged(log: ReadLog): boolean {
    return this.#cache.unchanged(log);
  }

  /**
   * Drops this replica's cached responses (for tests and for operators after bulk changes);
   * the shared tier's entries expire with their TTL.
   */
  clearCache(): void {
    this.#cache.clear();
  }

  /** Closes sockets and the session store this client created. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const f of this.#inflight.values()) f.cancel?.abort(new Error('client closed'));
    this.#http.destroy();
    await this.#limiter.close();
    await this.#cache.close();
    if (this.#ownsStore) await this.#store.close();
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  #supports(resource: ResourceSpec<FieldMap, FieldMap>, op: keyof ResourceSpec['operations']) {
    if (!resource.operations[op]) {
      throw new Error(`PowerOffice client: ${resource.name} has no ${op} operation`);
    }
  }

  #fillParent(resource: ResourceSpec<FieldMap, FieldMap>, path: string, opts: CallOptions) {
    if (!resource.parent) return path;
    if (opts.parentId === undefined) {
      throw new Error(`PowerOffice client: ${resource.name} needs opts.parentId`);
    }
    return path.replace(`{${resource.parent.param}}`, encodeURIComponent(String(opts.parentId)));
  }

  /**
   * GET through the cross-request cache and the in-flight table; returns the envelope, parsed
   * once and deep-frozen, shared by every caller that gets it.
   *
   * Not an `async` function: it hands back the promise it waits on, and an async function
   * returning a promise adopts it through a promise and two more microtask turns per GET. Every
   * caller awaits it at once, so a throw here (a malformed parameter) fails the caller as a
   * rejection would.
   */
  #get(
    path: string,
    params: Record<string, string> | undefined,
    route: Route,
    opts: CallOptions,
  ): Promise<unknown> {
    if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
    const target = `${path}${queryString(params)}`;
    const reads = opts.tracker?.reads;
    if (opts.fresh) {
      if (reads) reads.uncacheable = true;
      this.#stats.cacheMisses += 1;
      // Its one caller's alone: nobody else is handed this parse, so it is not frozen.
      return this.#exchange('GET', target, undefined, route, opts).then(envelopeOf);
    }
    // The resource's version: a GET sent before a write is not joined by callers after it.
    const version = this.#cache.version(target);
    const cached = this.#cache.peek(target);
    if (cached !== undefined) {
      this.#stats.cacheHits += 1;
      this.#observer.cacheHit?.(resourceOf(path));
      if (opts.tracker) opts.tracker.cacheHits += 1;
      if (reads) this.#cache.noteRead(reads, target, version, cached.fetchedAt, true);
      return Promise.resolve(cached.value);
    }
    const running = this.#inflight.get(target);
    // One of an older version is left to its own callers; the new GET takes its place here.
    if (running !== undefined && running.version === version) {
      this.#stats.inflightShares += 1;
      this.#observer.inflightShare?.(resourceOf(path));
      if (opts.tracker) opts.tracker.cacheHits += 1;
      return reads
        ? this.#noted(running, opts.signal, reads, target, version)
        : this.#join(running, opts.signal);
    }
    const cancel = new Cancel();
    // Whether the shared GET's answer may be reused, known once it has started (its ticket).
    const outcome = { cacheable: false, fetchedAt: Date.now() };
    // Entered before the request starts: whatever way it settles, its `finally` takes it out.
    const entry: Inflight = { key: target, version, promise: null, cancel, waiters: 0, outcome };
    this.#inflight.set(target, entry);
    entry.promise = this.#fetchShared(entry, cancel, target, path, route, opts.tracker);
    return reads
      ? this.#noted(entry, opts.signal, reads, target, version)
      : this.#join(entry, opts.signal);
  }

  /**
   * The shared GET of an in-flight entry: the cache's ticket, then the request. It reports to
   * the first caller's tracker: it is that operation's cost. A method rather than an async
   * closure in `#get`, which made a context holding `#get`'s variables for every GET.
   */
  async #fetchShared(
    entry: Inflight,
    cancel: Cancel,
    target: string,
    path: string,
    route: Route,
    tracker: RequestTracker | undefined,
  ): Promise<unknown> {
    const { outcome } = entry;
    try {
      // Started now: whether the answer may be cached is decided from this moment.
      const begun = this.#cache.begin(target);
      const ticket = begun instanceof Promise ? await begun : begun;
      outcome.cacheable = ticket.cacheable;
      if (ticket.value !== undefined) {
        outcome.fetchedAt = ticket.fetchedAt ?? outcome.fetchedAt;
        this.#stats.cacheHits += 1;
        this.#observer.cacheHit?.(resourceOf(path));
        if (tracker) tracker.cacheHits += 1;
        return ticket.value;
      }
      cancel.throwIfAborted(); // every caller left during the lookup
      this.#stats.cacheMisses += 1;
      this.#observer.cacheMiss?.(resourceOf(path));
      const { text, value } = await this.#exchange('GET', target, undefined, route, {
        signal: cancel,
        tracker,
      });
      // Nobody joins from here on, so who is handed this parse is known: its waiters, and
      // later callers if the cache keeps it (the cache freezes what it keeps). Shared, it is
      // frozen so that none of them changes it for the others; one caller's own answer is not
      // (deepFreeze walks every row: 5–7 % of a point lookup's CPU, bench/analysis.md).
      this.#leaveTable(entry);
      // A row in passing is read again by whoever asks next (resource.ts `transientWhen`).
      if (inPassing(route, value)) outcome.cacheable = false;
      else this.#cache.offer(ticket, text, value);
      return entry.waiters > 1 ? deepFreeze(value) : value;
    } finally {
      this.#leaveTable(entry);
      entry.promise = null;
      entry.cancel = null;
    }
  }

  /** Takes a settling GET out of the in-flight table, unless a newer one has its key. */
  #leaveTable(entry: Inflight): void {
    if (this.#inflight.get(entry.key) === entry) this.#inflight.delete(entry.key);
  }

  /** `#join`, then notes the read in `reads`; a failed read makes the log uncacheable. */
  async #noted(
    entry: Inflight,
    signal: CancelSignal | undefined,
    reads: ReadLog,
    target: string,
    version: number,
  ): Promise<unknown> {
    try {
      const value = await this.#join(entry, signal);
      const { cacheable, fetchedAt } = entry.outcome;
      this.#cache.noteRead(reads, target, version, fetchedAt, cacheable);
      return value;
    } catch (e) {
      reads.uncacheable = true;
      throw e;
    }
  }

  /** Waits on a shared GET; the upstream request is aborted only when every waiter has left. */
  #join(entry: Inflight, signal?: CancelSignal): Promise<unknown> {
    const shared = entry.promise;
    // Joined from the table or as it is entered, so always before it settles.
    if (shared === null) throw new Error('joined an in-flight GET that has settled');
    entry.waiters += 1;
    if (!signal) return shared;
    return new Promise((resolve, reject) => {
      const leave = () => {
        entry.waiters -= 1;
        if (entry.waiters === 0) {
          // Nobody wants the answer any more: cancel it, and let the next caller start afresh
          // rather than join a request that is being cancelled.
          if (this.#inflight.get(entry.key) === entry) this.#inflight.delete(entry.key);
          entry.cancel?.abort(signal.reason);
        }
        reject(signal.reason);
      };
      if (signal.aborted) {
        leave();
        return;
      }
      signal.addEventListener('abort', leave, { once: true });
      shared.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  async #write(
    method: 'POST' | 'DELETE',
    target: string,
    json: unknown,
    route: Route,
    opts: CallOptions,
  ): Promise<unknown> {
    try {
      return (await this.#exchange(method, target, json, route, opts)).value;
    } catch (e) {
      throw withWriteOutcome(e);
    } finally {
      // Even a failed or timed-out write may have changed data upstream. Every replica is told
      // before the caller hears back, so none serves what this write made stale.
      await this.#cache.invalidate(target);
    }
  }

  /** The last token's `Authorization` value, made once per token rather than per request. */
  #lastBearer: { readonly token: string; readonly header: string } | null = null;

  #bearer(token: string): string {
    const last = this.#lastBearer;
    if (last !== null && last.token === token) return last.header;
    const header = `Bearer ${token}`;
    this.#lastBearer = { token, header };
    return header;
  }

  #count(resource: string, status: number | string): void {
    const byStatus = this.#stats.requests[resource] ?? {};
    this.#stats.requests[resource] = byStatus;
    byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
  }

  /**
   * One logical call: limiter, token, HTTP, then the retry policy. GETs retry network errors,
   * timeouts and 5xx with jittered backoff (bounded by attempts and total time); every method
   * retries after a 429 (honouring Retry-After) and once after a 401 with a fresh token.
   * Returns the decoded envelope of a successful response; throws PowerOfficeError otherwise.
   */
  async #exchange(
    method: HttpMethod,
    target: string,
    json: unknown,
    route: Route,
    opts: CallOptions & { raw?: boolean },
  ): Promise<{ text: string; value: unknown; bytes?: Buffer; contentType?: string }> {
    if (this.#closed) throw new Error('PowerOffice client is closed');
    const resource = route.name;
    const { retry } = this.config;
    // Relative to the API's base path: the target's leading slashes go.
    const from = pathStart(target);
    const url = this.#apiBase.resolve(from === 0 ? target : target.slice(from));
    const body = json === undefined ? undefined : JSON.stringify(json);
    const query = target.indexOf('?');
    const path = query === -1 ? target : target.slice(0, query);
    const started = Date.now();
    let attempt = 0;
    let throttled = 0;
    let authRetried = false;
    for (;;) {
      // Token first, then the limiter slot: a slot must be used the moment it is granted, or
      // requests queued behind a slow token fetch would leave together as one burst.
      // Each wait is skipped when it would be granted at once: three awaits per request
      // (their promises and microtask turns) were a visible part of a GET's own work.
      opts.signal?.throwIfAborted();
      const token = this.#tokens.ready() ?? (await this.#tokens.getToken(opts.signal));
      if (!this.#limiter.tryTake?.()) {
        await this.#limiter.take(
          opts.signal,
          opts.tracker
            ? { operation: opts.tracker, identity: opts.tracker.identity ?? '' }
            : undefined,
        );
      }
      if (opts.tracker) opts.tracker.requests += 1;
      let status: number;
      let text: string;
      let retryAfter: string | undefined;
      let raw: HttpResponse | undefined;
      const t0 = Date.now();
      try {
        const headers: Record<string, string> = { authorization: this.#bearer(token) };
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (!this.#sockets.tryAcquire(opts.tracker)) {
          await this.#sockets.acquire(opts.tracker, opts.signal);
        }
        let res: HttpResponse;
        try {
          // Absent options are `undefined` fields, not spreads: three spreads and their objects
          // per request, for nothing `send` tells apart.
          res = await this.#http.send({
            method,
            url,
            headers,
            timeoutMs: this.config.timeouts.requestMs,
            body,
            signal: opts.signal,
            raw: opts.raw,
          });
        } finally {
          this.#sockets.release();
        }
        ({ status, text, retryAfter } = res);
        raw = res;
      } catch (e) {
        if (opts.signal?.aborted) throw opts.signal.reason;
        const timedOut = (e as { name?: string }).name === 'TimeoutError';
        this.#count(resource, timedOut ? 'timeout' : 'network');
        this.#observer.upstreamRequest?.(
          resourceOf(path),
          timedOut ? 'timeout' : 'network',
          Date.now() - t0,
          method,
        );
        // A refused connection never carried the request: nothing can have been applied.
        const refused = (e as { code?: string }).code === 'ECONNREFUSED';
        const error = new PowerOfficeError(
          timedOut ? 'TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
          timedOut ? 'PowerOffice did not answer in time' : 'PowerOffice could not be reached',
          {
            method,
            path,
            cause: safeCause(e),
            ...(method !== 'GET' ? { writeOutcome: refused ? 'not-applied' : 'unknown' } : {}),
          },
        );
        const delay = backoffMs(retry.baseDelayMs, attempt);
        if (method === 'GET' && this.#canRetry(attempt, started, delay)) {
          this.#logRetry(method, path, error.code, attempt, delay);
          attempt += 1;
          await abortableSleep(delay, opts.signal);
          continue;
        }
        this.#logger.warn({ event: 'poweroffice.request.failed', ...error.toLog() });
        throw error;
      }
      this.#count(resource, status);
      this.#observer.upstreamRequest?.(resourceOf(path), status, Date.now() - t0, method);
      if (this.#logger.isLevelEnabled?.('debug') !== false) {
        this.#logger.debug({
          event: 'poweroffice.request',
          method,
          path,
          status,
          ms: Date.now() - t0,
        });
      }

      if (status === 401 && !authRetried) {
        authRetried = true;
        this.#stats.retries += 1;
        await this.#tokens.invalidate(token);
        continue;
      }
      if (status === 429) {
        const seconds = parseRetryAfter(retryAfter) ?? 1;
        this.#limiter.pause(seconds * 1000);
        if (throttled < 3 && seconds <= retry.maxRetryAfterSeconds) {
          throttled += 1;
          this.#logRetry(method, path, 'RATE_LIMITED', throttled, seconds * 1000);
          await abortableSleep(seconds * 1000, opts.signal);
          continue;
        }
        throw this.#fail('RATE_LIMITED', 'PowerOffice is throttling requests', {
          status,
          method,
          path,
          retryAfterSeconds: seconds,
        });
      }
      if (status >= 500) {
        // A 503 may say when to come back; never sooner than our own backoff.
        const asked = status === 503 ? parseRetryAfter(retryAfter) : undefined;
        const backoff = backoffMs(retry.baseDelayMs, attempt);
        const delay =
          asked !== undefined && asked <= retry.maxRetryAfterSeconds
            ? Math.max(backoff, asked * 1000)
            : backoff;
        if (method === 'GET' && this.#canRetry(attempt, started, delay)) {
          this.#logRetry(method, path, String(status), attempt, delay);
          attempt += 1;
          await abortableSleep(delay, opts.signal);
          continue;
        }
        throw this.#fail(
          status === 504 ? 'TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
          `PowerOffice failed (HTTP ${status})`,
          { status, method, path },
        );
      }
      if (status === 403) throw this.#forbidden(token, route, status, text, method, path);
      // A file answered as bytes: only a failure is a JSON envelope to decode.
      if (opts.raw && status >= 200 && status < 300 && raw?.bytes) {
        return {
          text: '',
          value: null,
          bytes: raw.bytes,
          ...(raw.contentType ? { contentType: raw.contentType } : {}),
        };
      }
      return { text, value: this.#decode(status, text, method, path) };
    }
  }

  /**
   * A 403: the integration lacks a privilege, or the client a subscription. PowerOffice's token
   * lists what its subscriptions block in the `goInvalidPrivileges` claim (accounting reference
   * §0); the error carries those names so the graph can say what is missing.
   */
  #forbidden(
    token: string,
    route: Route,
    status: number,
    text: string,
    method: string,
    path: string,
  ): PowerOfficeError {
    const body = parseJson(text);
    const summary = isEnvelope(body) ? validationOf(body).summary : undefined;
    // Only the blocked privileges of the route called, read or write form (the claim lists every
    // blocked one): the route's own privilege (a Blob download of a voucher, a bank account under
    // a supplier), else its resource's; all of them for a route no resource declares
    // (passthrough calls).
    const family = (route.privilege ?? findResource(route.name)?.privilege)?.replace(/_Full$/, '');
    const blocked = blockedPrivilegesOf(token).filter(
      (p) => family === undefined || p === family || p === `${family}_Full`,
    );
    // No subscription blocks it, and the token's `role` claim lacks the privilege the route needs
    // (core-and-sales.md "Privileges": reads need X, writes X_Full): that one is missing.
    const lacking =
      blocked.length === 0 &&
      route.privilege !== undefined &&
      !holdsPrivilege(token, route.privilege)
        ? [route.privilege]
        : [];
    const missing = blocked.length > 0 ? blocked : lacking;
    return this.#fail(
      'FORBIDDEN',
      blocked.length > 0
        ? `The PowerOffice client's subscriptions block ${blocked.join(', ')}`
        : lacking.length > 0
          ? `The access token does not grant ${lacking.join(', ')}, which this route is declared to need`
          : 'The integration lacks the privilege or subscription for this call',
      {
        status,
        method,
        path,
        ...(summary ? { upstreamSummary: summary } : {}),
        ...(missing.length > 0 ? { blockedPrivileges: missing } : {}),
      },
    );
  }

  /**
   * Whether a GET may be tried again after `delayMs`: attempts and total time left. A method,
   * not a closure over the loop's counters: that closure and its context were made for every
   * request, nearly all of which never retry.
   */
  #canRetry(attempt: number, started: number, delayMs: number): boolean {
    const { retry } = this.config;
    return attempt < retry.attempts && Date.now() - started + delayMs <= retry.maxTotalMs;
  }

  #logRetry(method: string, path: string, reason: string, attempt: number, delayMs: number) {
    this.#stats.retries += 1;
    this.#logger.info({
      event: 'poweroffice.retry',
      method,
      path,
      reason,
      attempt,
      delayMs: Math.round(delayMs),
    });
  }

  #fail(
    code: PowerOfficeErrorCode,
    message: string,
    details: ConstructorParameters<typeof PowerOfficeError>[2],
  ): PowerOfficeError {
    const error = new PowerOfficeError(code, message, details);
    // Expected outcomes (a missing id, a rejected input) are not operational warnings.
    const level = code === 'NOT_FOUND' ? 'debug' : /VALIDATION|UNIQUE/.test(code) ? 'info' : 'warn';
    this.#logger[level]({ event: 'poweroffice.request.failed', ...error.toLog() });
    return error;
  }

  /** Status + body → envelope, or the typed error the reference implies (A4, A5). */
  #decode(status: number, text: string, method: string, path: string): unknown {
    const body = parseJson(text);
    if (status >= 200 && status < 300) {
      if (text !== '' && body === undefined) {
        throw this.#fail('UPSTREAM_UNAVAILABLE', 'PowerOffice returned a body that is not JSON', {
          status,
          method,
          path,
        });
      }
      if (!isEnvelope(body)) return body ?? { success: true };
      if (body.success === false) throw this.#validation(body, status, method, path);
      // The 2025–26 backend may put a ProblemDetails rejection inside `data` with
      // `success: true` (v1-changes-2026.md): a failure, with its per-field messages.
      if (isProblemDetails(body.data)) throw this.#problem(body.data, status, method, path);
      // The double-wrapped DELETE shape: {data: {success, validation, …}, success}.
      const inner = body.data;
      if (
        method === 'DELETE' &&
        isEnvelope(inner) &&
        typeof inner.success === 'boolean' &&
        inner.success === false
      ) {
        throw this.#validation(inner, status, method, path);
      }
      return body;
    }
    const summary = isEnvelope(body) ? validationOf(body).summary : undefined;
    const details = { status, method, path, ...(summary ? { upstreamSummary: summary } : {}) };
    switch (status) {
      case 401:
        return this.#throw('UNAUTHORIZED', 'PowerOffice rejected the access token', details);
      case 403:
        return this.#throw(
          'FORBIDDEN',
          'The integration lacks the privilege or subscription for this call',
          details,
        );
      case 404:
        return this.#throw('NOT_FOUND', 'PowerOffice has no such record', details);
      case 408:
        return this.#throw('TIMEOUT', 'PowerOffice timed out the request', details);
      case 409:
        return this.#throw('UNIQUE_CONSTRAINT', 'PowerOffice reported a conflict', details);
      default:
        if (isEnvelope(body) && body.validation) throw this.#validation(body, status, method, path);
        if (isProblemDetails(body)) throw this.#problem(body, status, method, path);
        return this.#throw(
          'VALIDATION',
          `PowerOffice refused the request (HTTP ${status})`,
          details,
        );
    }
  }

  #throw(
    code: PowerOfficeErrorCode,
    message: string,
    details: ConstructorParameters<typeof PowerOfficeError>[2],
  ): never {
    throw this.#fail(code, message, details);
  }

  #validation(
    body: { validation?: unknown },
    status: number,
    method: string,
    path: string,
  ): PowerOfficeError {
    const v = validationOf(body);
    const details = {
      status,
      method,
      path,
      ...(v.summary ? { upstreamSummary: v.summary } : {}),
      ...(v.exception ? { upstreamException: v.exception } : {}),
      ...(v.errorLogReference ? { errorLogReference: v.errorLogReference } : {}),
      ...(v.fields ? { upstreamFields: v.fields, fieldErrors: fieldErrorsOf(v.fields) } : {}),
    };
    if (/unique/i.test(v.exception ?? '')) {
      return this.#fail('UNIQUE_CONSTRAINT', 'A record with the same unique key exists', details);
    }
    if (/notfound|not found|does not exist/i.test(`${v.exception ?? ''} ${v.summary ?? ''}`)) {
      return this.#fail('NOT_FOUND', 'PowerOffice has no such record', details);
    }
    return this.#fail('VALIDATION', 'PowerOffice rejected the request', details);
  }

  /** A ProblemDetails rejection (either letter case) as VALIDATION with its field messages. */
  #problem(
    pd: Record<string, unknown>,
    status: number,
    method: string,
    path: string,
  ): PowerOfficeError {
    const title = member(pd, 'title');
    const errors = member(pd, 'errors');
    return this.#fail('VALIDATION', 'PowerOffice rejected the request', {
      status,
      method,
      path,
      ...(typeof title === 'string' && title !== '' ? { upstreamSummary: title } : {}),
      ...(typeof errors === 'object' && errors !== null
        ? {
            upstreamFields: errors as Record<string, unknown>,
            fieldErrors: fieldErrorsOf(errors),
          }
        : {}),
    });
  }
}

/** The row of an action's answer; anything else means the answer was lost in some way. */
function unwrapRow(data: unknown, path: string): Record<string, unknown> {
  if (isEnvelope(data)) return data as Record<string, unknown>;
  throw new PowerOfficeError('UPSTREAM_UNAVAILABLE', 'PowerOffice returned no saved row', {
    method: 'POST',
    path,
    writeOutcome: 'unknown',
  });
}

/**
 * A ProblemDetails object (RFC 7807, ASP.NET style), keys in either letter case. Every successful
 * envelope's `data` passes through here (a whole invoice on each detail GET), so only keys of the
 * length of one of the four names are folded, and nothing is allocated for the others.
 */
function isProblemDetails(x: unknown): x is Record<string, unknown> {
  if (!isEnvelope(x)) return false;
  let errors = false;
  let other = false;
  for (const key in x) {
    if (key.length < 4 || key.length > 6) continue;
    const k = key.toLowerCase();
    if (k === 'errors') errors = true;
    else if (k === 'title' || k === 'status' || k === 'type') other = true;
  }
  return errors && other;
}

/** The value of `name` in `o`, matching the key case-insensitively. */
function member(o: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(o).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : o[key];
}

/**
 * A write's failure with its `writeOutcome` settled: timeouts, network failures (other than a
 * refused connection) and 5xx may have been applied; everything else was refused as sent.
 */
function withWriteOutcome(e: unknown): unknown {
  if (!(e instanceof PowerOfficeError) || e.writeOutcome !== undefined) return e;
  const outcome: WriteOutcome =
    e.code === 'TIMEOUT' || e.code === 'UPSTREAM_UNAVAILABLE' ? 'unknown' : 'not-applied';
  return e.with({ writeOutcome: outcome });
}

function validationOf(body: { validation?: unknown }): {
  summary?: string;
  exception?: string;
  errorLogReference?: string;
  fields?: Record<string, unknown>;
} {
  const v = body.validation;
  if (typeof v !== 'object' || v === null) return {};
  const r = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined);
  const out: ReturnType<typeof validationOf> = {};
  const summary = str(r.summary);
  const exception = str(r.exception);
  const ref = str(r.errorLogReference);
  if (summary) out.summary = summary;
  if (exception) out.exception = exception;
  if (ref) out.errorLogReference = ref;
  if (typeof r.fields === 'object' && r.fields !== null) {
    out.fields = r.fields as Record<string, unknown>;
  }
  return out;
}

/** An exchange's decoded envelope (`#get`'s fresh reads). */
const envelopeOf = (r: { value: unknown }): unknown => r.value;

/** Builds a client from config; the session store comes from config unless one is passed. */
export function createClient(
  config: PowerOfficeConfig,
  deps: { sessionStore?: SessionStore; logger?: Logger; observer?: ClientObserver } = {},
): PowerOfficeClient {
  return new PowerOfficeClient(config, deps);
}

/**
 * A list claim of privilege names in a PowerOffice access token (a JWT), read without checking
 * the signature: it only words an error the API has already given. `[]` for anything else (a
 * single privilege may come as a string).
 */
function privilegeClaim(token: string, claim: 'goInvalidPrivileges' | 'role'): string[] {
  const payload = token.split('.')[1];
  if (!payload) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const value = claims[claim];
    const list = typeof value === 'string' ? [value] : value;
    return Array.isArray(list)
      ? list.filter((p): p is string => typeof p === 'string' && /^[A-Za-z0-9_]{1,100}$/.test(p))
      : [];
  } catch {
    return [];
  }
}

/** The `goInvalidPrivileges` claim: what the client's missing subscriptions block (§0). */
export function blockedPrivilegesOf(token: string): string[] {
  return privilegeClaim(token, 'goInvalidPrivileges');
}

/**
 * Whether the token's `role` claim grants `needed`: the privilege itself, or for a read privilege
 * its `_Full` form (a write privilege covers the reads of its area). A token without a `role`
 * claim grants nothing we can name, so it counts as granting (the 403 stays unexplained).
 */
function holdsPrivilege(token: string, needed: string): boolean {
  const roles = privilegeClaim(token, 'role');
  if (roles.length === 0) return true;
  return roles.includes(needed) || (!needed.endsWith('_Full') && roles.includes(`${needed}_Full`));
}
