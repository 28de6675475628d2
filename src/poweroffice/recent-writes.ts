import type { Logger } from './logger.js';
import type { FilterNode } from './odata.js';
import { readResource, uniqueKeys } from './resources/registry.js';
import type { ResourceSpec } from './resources/resource.js';
import type { RedisCacheTier } from './response-cache-redis.js';

/**
 * Read-your-writes across PowerOffice's replica lag (reference A7: GETs hit a replica up to
 * 1–2 s behind a write). After a write through this client, the saved row answers reads of that
 * record by id and by each natural key (`uniqueKeys`) for `windowMs`; after a delete, reads by id
 * answer "not found" and key lookups drop the row. Lifetime of an entry: `windowMs` from the
 * write, in this process and, when the response cache has a Redis tier, in Redis (so every
 * replica sharing it sees the write; a replica consults Redis only for resources it knows were
 * written within the window, so reads of untouched resources cost nothing extra).
 *
 * What it does not do: general list queries (`where` other than a key lookup, paging) are not
 * patched. During the window they are served by PowerOffice as it is (possibly without the new
 * row) and never cached (response-cache.ts), so they converge once the lag has passed.
 */

type Row = Record<string, unknown>;

export interface RecentWritesOptions {
  readonly windowMs: number;
  /** The response cache's Redis tier; null: this process only. */
  readonly shared: RedisCacheTier | null;
  /** True when `path`'s resource was written (here or by another replica) within the window. */
  readonly recentlyWritten: (path: string) => boolean;
  readonly logger: Logger;
}

interface Entry {
  /** The saved row, or null for a deleted record. */
  readonly row: Row | null;
  readonly until: number;
}

/** A key lookup that the overlay can answer: `field eq v`, `field in (…)`, or an `or` of eqs. */
export interface KeyLookup {
  readonly field: string;
  readonly values: readonly (string | number)[];
}

function normal(v: unknown): string {
  return typeof v === 'string' ? v.toLowerCase() : String(v);
}

/** The overlay of one client (one environment and credential pair). */
export class RecentWrites {
  readonly #o: RecentWritesOptions;
  readonly #local = new Map<string, Entry>();
  /** Keys `forget` dropped, until when: neither tier answers them (see `forget`). */
  readonly #forgotten = new Map<string, number>();
  /** When the newest entry of `#local` expires: past it, every entry has. */
  #lastUntil = 0;

  constructor(o: RecentWritesOptions) {
    this.#o = o;
  }

  /** Records a saved row under its id and natural keys. Never throws. */
  async saved(spec: ResourceSpec, row: Row): Promise<void> {
    if (this.#o.windowMs <= 0) return;
    const until = Date.now() + this.#o.windowMs;
    const text = JSON.stringify(row);
    if (row.id !== undefined) this.#forgotten.delete(this.#key(spec, 'id', row.id as string));
    const keys = new Set<string>();
    for (const key of uniqueKeys(readResource(spec))) {
      const v = row[key];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      keys.add(this.#key(spec, key, v));
    }
    for (const k of keys) this.#local.set(k, { row, until });
    this.#lastUntil = Math.max(this.#lastUntil, until);
    this.#sweep();
    await this.#o.shared?.putRecent(
      [...keys].map((k) => [k, text] as const),
      this.#o.windowMs,
    );
  }

  /** Records a delete: reads by id answer "not found" for the window. Never throws. */
  async deleted(spec: ResourceSpec, id: string | number): Promise<void> {
    if (this.#o.windowMs <= 0) return;
    const k = this.#key(spec, 'id', id);
    const until = Date.now() + this.#o.windowMs;
    this.#local.set(k, { row: null, until });
    this.#lastUntil = Math.max(this.#lastUntil, until);
    await this.#o.shared?.putRecent([[k, 'null']], this.#o.windowMs);
  }

  /**
   * Forgets this process's entry for a row by id (after an action changed it upstream in ways
   * the overlay cannot know, e.g. SendInvoice): for the window, reads by id here ask PowerOffice,
   * not Redis either. Another replica's reads may still see its Redis entry until it expires.
   */
  forget(spec: ResourceSpec, id: string | number): void {
    if (this.#o.windowMs <= 0) return;
    const k = this.#key(spec, 'id', id);
    this.#local.delete(k);
    this.#forgotten.set(k, Date.now() + this.#o.windowMs);
    this.#sweep();
  }

  /**
   * Whether the overlay may know anything a read of `path` should see: a write through this
   * process still in its window, or (shared) a recent write to the path's resource. `find` asks
   * it first; when it is false, `find` answers nothing and `patch` returns null, so a caller may
   * skip both (a key lookup's two async calls, their maps and arrays, on every read outside a
   * write's window).
   */
  mayKnow(path: string): boolean {
    if (this.#o.windowMs <= 0) return false;
    // Every entry expired: dropped at once (a sweep otherwise waits for the next write).
    if (this.#local.size > 0 && Date.now() >= this.#lastUntil) this.#local.clear();
    return this.#local.size > 0 || (!!this.#o.shared && this.#o.recentlyWritten(path));
  }

  /**
   * The overlay's answer for `field = value` of each value: a row, null (deleted), or absent
   * from the map when the overlay knows nothing. `path` is the resource's read path (for the
   * "written recently?" check that guards the Redis round trip).
   */
  async find(
    spec: ResourceSpec,
    path: string,
    field: string,
    values: readonly (string | number)[],
  ): Promise<Map<string, Row | null>> {
    const out = new Map<string, Row | null>();
    // Nothing written through this process and nothing to ask Redis: the overlay knows nothing,
    // which is every read outside a write's window (no key is built for it).
    if (values.length === 0 || !this.mayKnow(path)) return out;
    const now = Date.now();
    /** Keys neither answered here nor forgotten, with the value each was asked for. */
    const missing: [key: string, value: string][] = [];
    for (const v of values) {
      const k = this.#key(spec, field, v);
      const e = this.#local.get(k);
      if (e && e.until > now) out.set(normal(v), e.row);
      else if ((this.#forgotten.get(k) ?? 0) <= now) missing.push([k, normal(v)]);
    }
    if (missing.length === 0 || !this.#o.shared || !this.#o.recentlyWritten(path)) return out;
    const texts = await this.#o.shared.getRecent(missing.map(([k]) => k));
    texts?.forEach((text, i) => {
      if (text === null) return;
      try {
        const row = JSON.parse(text) as Row | null;
        out.set((missing[i] as [string, string])[1], row);
      } catch {
        // A damaged entry is no answer: the read goes upstream.
      }
    });
    return out;
  }

  /**
   * Patches a key lookup's upstream rows with the overlay: rows the overlay knows (by id) are
   * replaced by the written version or dropped if deleted or re-keyed; written rows the replica
   * does not show yet are added. Returns the rows unchanged when the overlay knows nothing.
   */
  async patch(
    spec: ResourceSpec,
    path: string,
    lookup: KeyLookup,
    rows: readonly Row[],
  ): Promise<Row[] | null> {
    const byKey = await this.find(spec, path, lookup.field, lookup.values);
    const ids = rows
      .map((r) => r.id)
      .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number');
    const byId = lookup.field === 'id' ? byKey : await this.find(spec, path, 'id', ids);
    if (byKey.size === 0 && byId.size === 0) return null;
    const wanted = new Set(lookup.values.map(normal));
    const out: Row[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const id = normal(r.id);
      const known = byId.has(id) ? byId.get(id) : undefined;
      const row = known === undefined ? r : known;
      if (row === null || !wanted.has(normal(row[lookup.field]))) continue;
      seen.add(normal(row.id));
      out.push(row);
    }
    for (const row of byKey.values()) {
      if (row && !seen.has(normal(row.id))) {
        seen.add(normal(row.id));
        out.push(row);
      }
    }
    return out;
  }

  /**
   * The entry key of `field = value` of `spec`'s rows. A singleton (Client, reference B18) has
   * one row, read at its path whatever id is asked (client.ts `get` passes ''), while its save
   * answers the row with its real id: all its keys are one, so the read finds the write.
   */
  #key(spec: ResourceSpec, field: string, value: string | number): string {
    const read = readResource(spec);
    if (read.singleton) return `${read.name}:singleton`;
    return `${read.name}:${field}:${normal(value)}`;
  }

  #sweep(): void {
    if (this.#local.size + this.#forgotten.size < 1_000) return;
    const now = Date.now();
    for (const [k, e] of this.#local) if (e.until <= now) this.#local.delete(k);
    for (const [k, until] of this.#forgotten) if (until <= now) this.#forgotten.delete(k);
  }
}

/** The key lookup a filter expresses on one of `spec`'s unique keys, or null. */
export function keyLookupOf(spec: ResourceSpec, filter: FilterNode | undefined): KeyLookup | null {
  if (!filter) return null;
  const keys = uniqueKeys(spec);
  const literal = (v: unknown): v is string | number =>
    typeof v === 'string' || typeof v === 'number';
  if (filter.op === 'eq' && keys.includes(filter.field) && literal(filter.value)) {
    return { field: filter.field, values: [filter.value] };
  }
  if (filter.op === 'in' && keys.includes(filter.field) && filter.values.every(literal)) {
    return { field: filter.field, values: filter.values as (string | number)[] };
  }
  if (filter.op === 'or') {
    const parts = filter.args.map((a) => keyLookupOf(spec, a));
    const field = parts[0]?.field;
    if (field && parts.every((p) => p?.field === field)) {
      return { field, values: parts.flatMap((p) => p?.values ?? []) };
    }
  }
  return null;
}
