import { LRUCache } from 'lru-cache';
import type { Logger } from './logger.js';
import { allResources, parentVariants, readResource, resourceNamed } from './resources/registry.js';
import { firstSegment } from './resources/resource.js';
import { RedisCacheTier } from './response-cache-redis.js';

/**
 * The client's cross-request cache of successful GET responses, in two tiers:
 *
 * - **local** (every replica): an `lru-cache` of parsed, deep-frozen envelopes, so a hit costs
 *   no parse and every caller gets the same object. Bounded in bytes (twice the response
 *   text's length, counted once at insert; one entry at most a quarter of the bound). An entry
 *   lives for the TTL from when it was stored, or for what was left of the Redis entry it
 *   was copied from, never longer.
 * - **shared** (optional, Redis): the response text under environment + credential fingerprint
 *   + resource generation + URL, for the TTL from when it was stored. A replica that misses
 *   locally reads it there before going upstream.
 *
 * Invalidation is by resource (the first path segment; a customer or supplier write also
 * drops `PartyContactPerson`, and every path the registry relates, see `relatedTags`). A write, even a failed one, bumps the resource's generation in
 * Redis and publishes it: every replica drops its local entries of that resource, and shared
 * entries of earlier generations can no longer be addressed, even by a replica that missed the
 * message. Reads of a resource that START within `replicaLagMs` of a write to it, by any
 * replica, are served but cached in neither tier (PowerOffice reads may come from a replica up
 * to 1–2 s behind, reference A7); nor is a read during which the resource was written.
 *
 * If Redis fails each replica keeps its local tier alone (one warning per 10 s): it then sees
 * only its own writes, so another replica's write may be missed for up to one TTL. Local
 * entries are all dropped whenever the invalidation feed breaks or comes back.
 */
export interface ResponseCacheOptions {
  /** How long an entry is reused; 0 disables the cache (both tiers). */
  ttlMs: number;
  maxBytes: number;
  replicaLagMs: number;
  /** The Redis tier; absent: local only. */
  shared?: { redisUrl: string; scope: string };
  logger: Logger;
}

/** A read that missed the local tier, from its start until its answer is offered. */
export interface ReadTicket {
  /** Set when the shared tier answered: the parsed, frozen envelope. */
  readonly value?: unknown;
  /** With `value`: when it was fetched from upstream (at the latest). */
  readonly fetchedAt?: number;
  readonly url: string;
  readonly tag: string;
  /** The local invalidation count of `tag` when the read started. */
  readonly epoch: number;
  /** How many times the invalidation feed had been reset when the read started. */
  readonly resets: number;
  /** The read started outside every replica-lag window this replica knows of. */
  readonly cacheable: boolean;
  /** The shared generation the read started under; absent when Redis was not consulted. */
  readonly generation?: number;
}

export interface ResponseCacheStats {
  localHits: number;
  sharedHits: number;
  entries: number;
  bytes: number;
}

interface LocalEntry {
  /** The parsed envelope, deep-frozen: every hit returns this same object. */
  readonly value: unknown;
  /** Bytes charged to the cache, from the response text's length at insert. */
  readonly size: number;
  readonly tag: string;
  /** The tag's invalidation count at the read's start; a later count means stale. */
  readonly epoch: number;
  /** When the answer came from upstream (`Date.now()`), in this replica or the one that shared it. */
  readonly fetchedAt: number;
}

/**
 * What one operation read, for caches of derived results (the operation response cache): the
 * invalidation count of each resource it read at the time it read it, the oldest answer it used,
 * and whether any read was one the GET cache would not keep (inside a replica-lag window, a
 * write during the read, a failure, a read-your-writes answer). `ResponseCache.current` says
 * whether a result built from these reads may still be served.
 */
export interface ReadLog {
  /** Invalidation count per tag when it was read; `-1` when two reads saw different counts. */
  readonly tags: Map<string, number>;
  /** Feed resets (and `clear` calls) when the first read started. */
  resets: number;
  /** The oldest `fetchedAt` of any answer read (`Date.now()` of the read for fresh ones). */
  oldest: number;
  /** Some read may not be reused: a result built from it must not be cached. */
  uncacheable: boolean;
}

/** Paths whose writes post to the books, and what they make stale (see `relatedTags`). */
const POSTING_TAGS: ReadonlyArray<readonly [string, string]> = [
  ['outgoinginvoice', 'reporting'],
  ['reporting', 'outgoinginvoice'],
  ['import', 'reporting'],
  ['bank', 'reporting'],
];

/** Writes to the first resource also change what the listed read-only resources return. */
const RELATED_TAGS: Readonly<Record<string, readonly string[]>> = relatedTags();

/**
 * Paths whose answers a write to another path can change, from the registry: a sub-resource
 * written under its parent (`/Customer/{id}/Contact`) is read through its global view
 * (`/PartyContactPerson`); a sub-list of another resource's rows (`/ContactGroup/{name}/
 * customers`) changes with every write to those rows; an action's declared `alsoChanges`
 * (`/ExternallyDeliverableInvoice/delivered` → the invoices and the reports, reference B11).
 */
function relatedTags(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (from: string, to: string) => {
    const list = out[from] ?? [];
    if (from !== to && !list.includes(to)) list.push(to);
    out[from] = list;
  };
  for (const spec of allResources) {
    const view = tagOf(readResource(spec).listPath);
    for (const variant of parentVariants(spec)) add(tagOf(variant.path), view);
    for (const sub of Object.values(spec.subLists ?? {})) {
      if (sub.of) add(tagOf(resourceNamed(sub.of).path), tagOf(sub.path));
    }
    // An action that changes other resources' rows too (resource.ts `alsoChanges`): their
    // reads, at their paths and list paths, go stale with every write to the action's path.
    for (const action of Object.values(spec.actions ?? {})) {
      for (const name of action.alsoChanges ?? []) {
        const other = readResource(resourceNamed(name));
        add(tagOf(action.path), tagOf(other.path));
        add(tagOf(action.path), tagOf(other.listPath));
      }
    }
  }
  // Sending an invoice posts it, and matching ledger entries pays invoices (accounting.md §12,
  // §14): the reports and the invoices go stale together. Imports and bank transfers post too.
  for (const [from, to] of POSTING_TAGS) add(from, to);
  return out;
}

/** The invalidation tag of a path: its first segment, lower-cased (`/Customer/5` → customer). */
export function tagOf(path: string): string {
  return firstSegment(path).toLowerCase();
}

/**
 * Freezes a parsed JSON value all the way down, so one parse can be handed to every caller
 * (cache hits and shared in-flight GETs) without any of them changing it for the others. The
 * cache freezes what it keeps; the client freezes what callers share in flight, and leaves an
 * answer only one caller ever holds as parsed (its `#get`).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (const v of value) deepFreeze(v);
  } else {
    for (const k in value) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return Object.freeze(value);
}

/** The two-tier GET cache of one client (one environment and credential pair). */
export class ResponseCache {
  readonly #o: ResponseCacheOptions;
  readonly #local: LRUCache<string, LocalEntry> | null;
  readonly #shared: RedisCacheTier | null;
  readonly #maxEntryBytes: number;
  /** Invalidations seen per tag (own writes and other replicas' messages). */
  readonly #epochs = new Map<string, number>();
  /** The latest shared generation seen per tag. */
  readonly #generations = new Map<string, number>();
  /** When this replica last wrote, or heard of a write to, each tag (`Date.now()`). */
  readonly #lastWrite = new Map<string, number>();
  /**
   * When a write of ours could not be recorded in Redis, per tag: for one TTL the shared
   * entries of that tag may predate the write, so this replica does not read them.
   */
  readonly #unsharedWrite = new Map<string, number>();
  /** Feed resets so far: a read that spans one may have missed an invalidation. */
  #resets = 0;
  #localHits = 0;
  #sharedHits = 0;

  constructor(o: ResponseCacheOptions) {
    this.#o = o;
    this.#maxEntryBytes = Math.max(1024, Math.floor(o.maxBytes / 4));
    this.#local =
      o.ttlMs > 0
        ? new LRUCache<string, LocalEntry>({
            maxSize: o.maxBytes,
            // Charged as the response text would occupy (UTF-16 code units × 2): a fair proxy
            // for the parsed value, computed once at insert.
            sizeCalculation: (e, k) => e.size + k.length * 2 + 64,
            // A single response above a quarter of the budget is not worth evicting others for.
            maxEntrySize: this.#maxEntryBytes,
            ttl: o.ttlMs,
            ttlAutopurge: false,
          })
        : null;
    this.#shared =
      o.ttlMs > 0 && o.shared
        ? new RedisCacheTier({
            redisUrl: o.shared.redisUrl,
            scope: o.shared.scope,
            lastWriteTtlMs: Math.max(o.replicaLagMs, 1) + 1_000,
            logger: o.logger,
            onInvalidate: (tag, generation) => this.#heard(tag, generation),
            onFeedReset: () => {
              this.#resets += 1;
              this.#local?.clear();
            },
          })
        : null;
  }

  /**
   * How many times `url`'s resource has been invalidated here. Identical GETs may share one
   * request only within one version: a GET sent before a write must not answer a caller that
   * came after it.
   */
  version(url: string): number {
    return this.#epochs.get(tagOf(url)) ?? 0;
  }

  /** The local tier's answer for `url` (value and when it was fetched), or undefined. No I/O. */
  peek(url: string): { readonly value: unknown; readonly fetchedAt: number } | undefined {
    const entry = this.#local?.get(url);
    if (!entry || entry.epoch !== (this.#epochs.get(entry.tag) ?? 0)) return undefined;
    this.#localHits += 1;
    return entry;
  }

  /** A fresh, empty read log, stamped with the current feed-reset count. */
  newReadLog(): ReadLog {
    return { tags: new Map(), resets: this.#resets, oldest: Date.now(), uncacheable: false };
  }

  /**
   * Records in `log` a read of `url` under invalidation count `epoch`, answered by data fetched
   * at `fetchedAt`; `cacheable: false` marks the log uncacheable.
   */
  noteRead(log: ReadLog, url: string, epoch: number, fetchedAt: number, cacheable: boolean): void {
    const tag = tagOf(url);
    const seen = log.tags.get(tag);
    if (seen === undefined) log.tags.set(tag, epoch);
    else if (seen !== epoch) log.uncacheable = true;
    if (fetchedAt < log.oldest) log.oldest = fetchedAt;
    if (!cacheable || this.#local === null) log.uncacheable = true;
  }

  /**
   * True while a result built from `log`'s reads may be served: it was cacheable, no resource it
   * read has been invalidated since (own writes, other replicas' messages, newer generations
   * seen in Redis), the feed has not been reset nor the cache cleared, and its oldest answer is
   * younger than the TTL.
   */
  current(log: ReadLog, now = Date.now()): boolean {
    return now - log.oldest < this.#o.ttlMs && this.unchanged(log);
  }

  /** `current` whatever the reads' age: nothing they depend on was written or reset since. */
  unchanged(log: ReadLog): boolean {
    if (log.uncacheable || this.#resets !== log.resets) return false;
    for (const [tag, epoch] of log.tags) if ((this.#epochs.get(tag) ?? 0) !== epoch) return false;
    return true;
  }

  /** The invalidation count of `url`'s resource (its tag), as `noteRead` wants it. */
  epochOf(url: string): number {
    return this.#epochs.get(tagOf(url)) ?? 0;
  }

  /**
   * Starts a read that `peek` missed: records what cacheability depends on (the start time and
   * the resource's generation) and asks the shared tier, whose hit comes back as `value`. A
   * promise only when there is a shared tier to ask.
   */
  begin(url: string): ReadTicket | Promise<ReadTicket> {
    const tag = tagOf(url);
    const startedAt = Date.now();
    const epoch = this.#epochs.get(tag) ?? 0;
    const cacheable = this.#local !== null && this.#settled(tag, startedAt);
    const base = { url, tag, epoch, resets: this.#resets, cacheable };
    // Without a shared tier the ticket is known at once: no promise, no microtask turn.
    return this.#shared ? this.#beginShared(this.#shared, base, startedAt) : base;
  }

  /** `begin`'s lookup in the shared tier, whose hit comes back as the ticket's `value`. */
  async #beginShared(
    shared: RedisCacheTier,
    base: ReadTicket,
    startedAt: number,
  ): Promise<ReadTicket> {
    const { url, tag, epoch, cacheable } = base;
    const found = await shared.lookup(tag, url);
    if (!found) return base;
    this.#observe(tag, found.generation);
    // Tickets are written out, not spread: a property after a spread is V8's slow path
    // (loaders/index.ts).
    const ticket = {
      url,
      tag,
      epoch,
      // The lookup ran with the feed live: from here on a reset means a possibly lost message
      // (one lost before it shows as a newer generation, which `#observe` turned into a bump).
      resets: this.#resets,
      generation: found.generation,
      cacheable:
        cacheable && (found.msSinceWrite === null || found.msSinceWrite >= this.#o.replicaLagMs),
    };
    const distrust = this.#unsharedWrite.get(tag);
    if (found.text === null || (distrust !== undefined && startedAt - distrust < this.#o.ttlMs)) {
      return ticket;
    }
    let value: unknown;
    try {
      value = deepFreeze(JSON.parse(found.text));
    } catch {
      return ticket; // not ours to fix: go upstream and overwrite it
    }
    this.#sharedHits += 1;
    // Stored `ttlMs − remaining` ago; its upstream answer is at least that old.
    const fetchedAt = Date.now() - Math.max(0, this.#o.ttlMs - found.ttlMs);
    if (found.ttlMs > 0) this.#keep(ticket, found.text, value, found.ttlMs, fetchedAt);
    return {
      url,
      tag,
      epoch,
      resets: ticket.resets,
      generation: ticket.generation,
      cacheable: ticket.cacheable,
      value,
      fetchedAt,
    };
  }

  /**
   * Offers an upstream answer for a ticket's read. Kept in both tiers only if the read started
   * outside every known lag window and no write to its resource happened since it started.
   * The shared store runs in the background; its outcome does not concern the caller.
   */
  offer(ticket: ReadTicket, text: string, value: unknown): void {
    if (!ticket.cacheable || text === '' || !this.#unchanged(ticket)) return;
    this.#keep(ticket, text, value, this.#o.ttlMs, Date.now());
    if (this.#shared && ticket.generation !== undefined && text.length * 2 <= this.#maxEntryBytes) {
      // Redis re-checks the generation: a write by another replica since the start also counts.
      void this.#shared.store(ticket.tag, ticket.generation, ticket.url, text, this.#o.ttlMs);
    }
  }

  /**
   * Records a write to `url`'s resource (call it after every POST or DELETE, even a failed
   * one). This replica forgets the resource at once; the promise settles when every other
   * replica has been told (or Redis has failed), and never rejects.
   */
  async invalidate(url: string): Promise<void> {
    const tag = tagOf(url);
    const tags = [tag, ...(RELATED_TAGS[tag] ?? [])];
    const now = Date.now();
    for (const t of tags) this.#drop(t, now);
    if (!this.#shared) return;
    const gens = await this.#shared.bump(tags);
    if (!gens) for (const t of tags) this.#unsharedWrite.set(t, now);
    for (const [t, g] of gens ?? []) this.#observe(t, g);
  }

  /** The Redis tier, when configured (the recent-writes overlay shares its connection). */
  get shared(): RedisCacheTier | null {
    return this.#shared;
  }

  /**
   * True when this replica wrote, or heard of a write to, `url`'s resource within the
   * replica-lag window: only then can another replica's recent-writes entry exist for it.
   */
  recentlyWritten(url: string): boolean {
    return !this.#settled(tagOf(url), Date.now());
  }

  /**
   * Drops this replica's local entries (the shared tier keeps its own until their TTL); results
   * derived from earlier reads (`current`) stop being served, and reads in flight are not kept.
   */
  clear(): void {
    this.#resets += 1;
    this.#local?.clear();
  }

  stats(): ResponseCacheStats {
    return {
      localHits: this.#localHits,
      sharedHits: this.#sharedHits,
      entries: this.#local?.size ?? 0,
      bytes: this.#local?.calculatedSize ?? 0,
    };
  }

  async close(): Promise<void> {
    await this.#shared?.close();
  }

  /** Keeps a value locally, for at most `ttlMs`, unless its resource was invalidated since. */
  #keep(ticket: ReadTicket, text: string, value: unknown, ttlMs: number, fetchedAt: number): void {
    if (!this.#local || !ticket.cacheable || !this.#unchanged(ticket)) return;
    // Every later hit is handed this one parse: frozen in place, so the caller that offered it
    // holds the frozen object too (a no-op for an answer already frozen).
    deepFreeze(value);
    const entry = { value, size: text.length * 2, tag: ticket.tag, epoch: ticket.epoch, fetchedAt };
    this.#local.set(ticket.url, entry, { ttl: Math.min(ttlMs, this.#o.ttlMs) });
  }

  /** No invalidation of the ticket's resource, and no feed reset, since its read started. */
  #unchanged(ticket: ReadTicket): boolean {
    return (this.#epochs.get(ticket.tag) ?? 0) === ticket.epoch && this.#resets === ticket.resets;
  }

  /** True when a read of `tag` starting at `at` is outside this replica's known lag window. */
  #settled(tag: string, at: number): boolean {
    const wrote = this.#lastWrite.get(tag);
    return wrote === undefined || at - wrote >= this.#o.replicaLagMs;
  }

  /** Another replica wrote `tag` (a message from the feed). */
  #heard(tag: string, generation: number): void {
    if (generation <= (this.#generations.get(tag) ?? 0)) return; // our own, or already known
    this.#generations.set(tag, generation);
    this.#drop(tag, Date.now());
  }

  /**
   * A generation read from Redis. One newer than a known one means a write whose message has
   * not arrived (or was lost): treat it as heard.
   */
  #observe(tag: string, generation: number): void {
    const known = this.#generations.get(tag);
    if (known === undefined) this.#generations.set(tag, generation);
    else if (generation > known) this.#heard(tag, generation);
  }

  /** Forgets `tag` locally: later reads miss, and reads already started are not kept. */
  #drop(tag: string, at: number): void {
    this.#epochs.set(tag, (this.#epochs.get(tag) ?? 0) + 1);
    this.#lastWrite.set(tag, at);
    if (!this.#local) return;
    for (const [k, v] of this.#local.entries()) if (v.tag === tag) this.#local.delete(k);
  }
}
