import type { Row } from './wire.js';

/**
 * The emulator's in-memory database: one table per resource, keyed by the id's string form
 * (GUIDs lower-cased), with lazily built unique indexes on natural keys.
 *
 * Replica lag (reference A7): the primary is always current; reads go through `view()`, which
 * undoes every write younger than `lagMs`. Writes keep a short event log (only while a lag is
 * configured) holding each row as it was before the write.
 */
export class Table {
  private readonly map = new Map<string, Row>();
  private readonly indexes = new Map<string, Map<string, string>>();
  /** Non-unique indexes (value → keys), built on first use by `candidates`. */
  private readonly multi = new Map<string, Map<string, Set<string>>>();
  /** Insertion rank of each key, so index hits come back in table order. */
  private readonly rank = new Map<string, number>();
  private ranks = 0;
  private snapshot: Row[] | undefined;
  /** Next id for numeric-id resources; advanced past every seeded or created id. */
  nextId = 1;

  constructor(readonly name: string) {}

  get(key: string): Row | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  get size(): number {
    return this.map.size;
  }
  entries(): IterableIterator<[string, Row]> {
    return this.map.entries();
  }

  /** Every row, as a cached array (rebuilt after a write); do not mutate. */
  all(): readonly Row[] {
    this.snapshot ??= [...this.map.values()];
    return this.snapshot;
  }

  put(key: string, row: Row): void {
    const old = this.map.get(key);
    this.map.set(key, row);
    if (!old) this.rank.set(key, this.ranks++);
    this.snapshot = undefined;
    for (const [field, index] of this.multi) {
      if (old && old[field] != null) index.get(indexValue(old[field]))?.delete(key);
      if (row[field] != null) addTo(index, indexValue(row[field]), key);
    }
    for (const [field, index] of this.indexes) {
      if (old && old[field] != null) {
        const v = indexValue(old[field]);
        if (index.get(v) === key) index.delete(v);
      }
      if (row[field] != null) index.set(indexValue(row[field]), key);
    }
  }

  remove(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    this.map.delete(key);
    this.rank.delete(key);
    this.snapshot = undefined;
    for (const [field, index] of this.multi) {
      if (old[field] != null) index.get(indexValue(old[field]))?.delete(key);
    }
    for (const [field, index] of this.indexes) {
      if (old[field] != null) {
        const v = indexValue(old[field]);
        if (index.get(v) === key) index.delete(v);
      }
    }
  }

  clear(): void {
    this.map.clear();
    this.indexes.clear();
    this.multi.clear();
    this.rank.clear();
    this.counters.clear();
    this.snapshot = undefined;
  }

  private readonly counters = new Map<string, number>();

  /**
   * The next free number for an assigned natural key (customer code, order number): one above
   * the highest in use, found by one scan and then counted on; values a client chose are skipped.
   */
  nextNumber(field: string, start: number): number {
    let last = this.counters.get(field);
    if (last === undefined) {
      last = start - 1;
      for (const row of this.map.values()) {
        const v = row[field];
        if (typeof v === 'number' && v > last) last = v;
      }
    }
    let next = last + 1;
    while (this.lookup(field, next)) next++;
    this.counters.set(field, next);
    return next;
  }

  /**
   * Rows whose `field` equals one of `values` (case-insensitively, so a superset of an exact
   * match), in table order. Lets a list skip the full scan when its filter pins a key.
   */
  candidates(field: string, values: readonly unknown[]): Row[] {
    let index = this.multi.get(field);
    if (!index) {
      index = new Map();
      for (const [key, row] of this.map) {
        if (row[field] != null) addTo(index, indexValue(row[field]), key);
      }
      this.multi.set(field, index);
    }
    const keys = new Set<string>();
    for (const v of values) for (const k of index.get(indexValue(v)) ?? []) keys.add(k);
    return [...keys]
      .sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0))
      .map((k) => this.map.get(k) as Row);
  }

  /**
   * The row whose `field` equals `value`, compared case-insensitively like the API's SQL
   * collation. Natural keys are unique, so one row at most.
   */
  lookup(field: string, value: unknown): Row | undefined {
    let index = this.indexes.get(field);
    if (!index) {
      index = new Map();
      for (const [key, row] of this.map) {
        if (row[field] != null) index.set(indexValue(row[field]), key);
      }
      this.indexes.set(field, index);
    }
    const key = index.get(indexValue(value));
    return key === undefined ? undefined : this.map.get(key);
  }
}

function addTo(index: Map<string, Set<string>>, value: string, key: string): void {
  let keys = index.get(value);
  if (!keys) {
    keys = new Set();
    index.set(value, keys);
  }
  keys.add(key);
}

function indexValue(v: unknown): string {
  return typeof v === 'string' ? v.toLowerCase() : String(v);
}

interface WriteEvent {
  readonly at: number;
  readonly table: string;
  readonly key: string;
  readonly before: Row | undefined;
}

/** What a read sees: the primary, or the primary with recent writes undone. */
export interface TableView {
  get(key: string): Row | undefined;
  all(): readonly Row[];
  /** The primary table when the view shows it unchanged (no unseen writes); else undefined. */
  readonly primary?: Table;
}

export class Store {
  readonly tables = new Map<string, Table>();
  private events: WriteEvent[] = [];
  /**
   * Tables filled on first use (the seeded books: hundreds of thousands of postings at bench
   * scale that most runs never read). One loader fills all the tables of its group.
   */
  private readonly deferred = new Map<string, () => void>();

  /**
   * The knob `debtCollectionActive` (`IsActiveDebtCollection`, accounting.md §8): a setting of
   * the client, like `lagMs` kept beside the data, so reseeding or resetting the data leaves it.
   */
  debtCollectionActive = true;

  constructor(public lagMs = 0) {}

  /** Fills `names` by calling `load` the first time any of them is touched (read or written). */
  defer(names: readonly string[], load: () => void): void {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      for (const n of names) this.deferred.delete(n);
      load();
    };
    for (const n of names) this.deferred.set(n, once);
  }

  table(name: string): Table {
    this.deferred.get(name)?.();
    let t = this.tables.get(name);
    if (!t) {
      t = new Table(name);
      this.tables.set(name, t);
    }
    return t;
  }

  /** Writes to the primary (`row` undefined deletes), remembering the old row while lagging. */
  write(table: string, key: string, row: Row | undefined, now: number): void {
    const t = this.table(table);
    if (this.lagMs > 0) {
      this.prune(now);
      this.events.push({ at: now, table, key, before: t.get(key) });
    }
    if (row) t.put(key, row);
    else t.remove(key);
  }

  clear(): void {
    for (const t of this.tables.values()) t.clear();
    this.events = [];
    this.deferred.clear();
  }

  private prune(now: number): void {
    const cutoff = now - this.lagMs;
    let drop = 0;
    while (drop < this.events.length && (this.events[drop] as WriteEvent).at <= cutoff) drop++;
    if (drop > 0) this.events = this.events.slice(drop);
  }

  /** The replica's view of a table at `now`. */
  view(table: string, now: number): TableView {
    const t = this.table(table);
    const primary: TableView = { get: (k) => t.get(k), all: () => t.all(), primary: t };
    if (this.lagMs <= 0 || this.events.length === 0) return primary;
    const cutoff = now - this.lagMs;
    // The oldest unseen write of each key tells what the replica still holds for it.
    const overrides = new Map<string, Row | undefined>();
    for (const e of this.events) {
      if (e.at > cutoff && e.table === table && !overrides.has(e.key)) {
        overrides.set(e.key, e.before);
      }
    }
    if (overrides.size === 0) return primary;
    return {
      get: (k) => (overrides.has(k) ? overrides.get(k) : t.get(k)),
      all: () => {
        const out: Row[] = [];
        for (const [k, row] of t.entries()) {
          if (!overrides.has(k)) out.push(row);
          else {
            const old = overrides.get(k);
            if (old) out.push(old);
          }
        }
        for (const [k, old] of overrides) if (old && !t.has(k)) out.push(old);
        return out;
      },
    };
  }
}
