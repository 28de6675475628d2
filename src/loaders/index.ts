import DataLoader from 'dataloader';
import { oncePer } from '../memo.js';
import { chunkKeys } from '../poweroffice/batch.js';
import type { CancelSignal } from '../poweroffice/cancel.js';
import type { CallOptions, PowerOfficeClient, RequestTracker } from '../poweroffice/client.js';
import {
  type FilterNode,
  fitsLiteral,
  type ListQuery,
  type Literal,
  type OrderBy,
  toFilterString,
  toOrderByString,
} from '../poweroffice/odata.js';
import { classifyCode, fixedTarget } from '../poweroffice/resources/account-code.js';
import type { CodeClasses } from '../poweroffice/resources/fields.js';
import { readResource, resourceNamed, uniqueKeys } from '../poweroffice/resources/registry.js';
import type { EntityOf, ListItemOf, ResourceSpec } from '../poweroffice/resources/resource.js';
import { promised } from '../promised.js';
import {
  asError,
  groupByKeys,
  keysOfFilter,
  mapBounded,
  orderByKeys,
  Semaphore,
} from './batch-results.js';

/**
 * Per-request loaders. Lifetime: one GraphQL operation. They memoise what this operation has
 * already asked for (DataLoader cache) and batch what it asks for in the same tick; the client's
 * LRU below them caches across operations for its TTL. Never share a `Loaders` between requests.
 */

export type Key = string | number;

export interface ListResult<T> {
  readonly items: T[];
  readonly count: number;
}

/** Arguments of a reverse relation list that are shared by every parent of one batch. */
export interface RelatedQuery {
  readonly filter?: FilterNode;
  readonly orderBy?: readonly OrderBy[];
  /**
   * The holder's route parameters (a report's dates): part of the loader's identity, so parents
   * asking with the same arguments share one batch and other arguments get their own.
   */
  readonly params?: Readonly<Record<string, string>>;
}

/** A paged reverse relation: how many rows from the start of each parent's list it needs. */
export interface RelatedPageQuery extends RelatedQuery {
  readonly rowsPerParent: number;
}

/** The first rows of one parent's related list and the exact number of rows it has in all. */
export interface RelatedPage<T> {
  readonly rows: T[];
  readonly count: number;
}

/** Rows one batched relation page request reads at most (`$top`), see `relatedPage`. */
export const DEFAULT_RELATION_BATCH_ROWS = 1_000;

export interface LoaderOptions {
  /** Aborts upstream calls when the GraphQL request goes away. */
  readonly signal?: CancelSignal;
  /** Invoice details have no batch route: at most this many GETs in flight (default 8). */
  readonly detailConcurrency?: number;
  /** Passed to the URL-length chunker. */
  readonly maxUrlLength?: number;
  /** Row caps per resource name when they differ from the documented ones (tests, tenants). */
  readonly maxRows?: Readonly<Record<string, number>>;
  /** `$top` of a batched relation page request (default `DEFAULT_RELATION_BATCH_ROWS`). */
  readonly relationBatchRows?: number;
}

const cacheKeyFn = (k: Key) => String(k);

type Row = Record<string, unknown>;

/** A row named by a code of a shared code space, with the resource it belongs to. */
export interface CodeRow {
  readonly resource: string;
  readonly row: Record<string, unknown>;
}

export class Loaders {
  private readonly byKeyLoaders = new LazyMap<string, DataLoader<Key, unknown>>();
  /** Rows primed per resource name, for the by-key loaders made after them (`prime`). */
  private primed: Map<string, (readonly Row[])[]> | undefined;
  private readonly relatedLoaders = new LazyMap<string, DataLoader<Key, unknown[]>>();
  private readonly pageLoaders = new LazyMap<string, DataLoader<Key, RelatedPage<unknown>>>();
  private readonly lists = new LazyMap<string, Promise<ListResult<unknown>>>();
  private readonly callOptions: CallOptions;
  /** `callOptions` for lookups by key: the client patches them with its recent writes. */
  private readonly keyOptions: CallOptions;

  /**
   * Keys per DataLoader batch. Every key costs well over 10 URL characters (`Code eq 1 or …`), so
   * this never splits what one URL chunk could carry; it only bounds a batch's work.
   */
  private get maxBatchSize(): number {
    const limit = this.options.maxUrlLength ?? this.client.config.odata.maxUrlLength;
    return Math.max(1, Math.floor(limit / 10));
  }

  private readonly detailLoaders = new LazyMap<string, DataLoader<Key, unknown>>();
  /** One gate per operation: detail GETs of every resource together stay within the bound. */
  #gate: Semaphore | undefined;
  private get gate(): Semaphore {
    this.#gate ??= new Semaphore(this.options.detailConcurrency ?? 8);
    return this.#gate;
  }

  constructor(
    private readonly client: PowerOfficeClient,
    readonly tracker: RequestTracker,
    private readonly options: LoaderOptions = {},
  ) {
    // Written out, not `{ ...this.callOptions, keyLookup: true }`: on Node 20 a property added
    // after a spread of a non-empty object goes through V8's slow path, new hidden classes and
    // all, about 1 µs each (bench/analysis.md). That line was most of a request's loader set-up.
    // Without a signal it is `undefined`, which the client reads as none.
    this.callOptions = { tracker, signal: options.signal };
    this.keyOptions = { tracker, signal: options.signal, keyLookup: true };
  }

  /**
   * Full rows by id, one GET each, for resources whose list rows are only a summary (invoices:
   * the lines come only with `GET /OutgoingInvoice/{id}`; the API has no batch route for them).
   * Contract: the row, `null` for an unknown id, an `Error` for a failed GET.
   */
  detail<R extends ResourceSpec>(resource: R): DataLoader<Key, EntityOf<R> | null> {
    let loader = this.detailLoaders.get(resource.name);
    if (!loader) {
      loader = new DataLoader<Key, unknown>(
        (ids) =>
          mapBounded(ids, this.gate, (id) => this.client.get(resource, id, this.callOptions)),
        // GUIDs are case-insensitive.
        { cacheKeyFn: (k) => String(k).toLowerCase() },
      );
      this.detailLoaders.set(resource.name, loader);
    }
    return loader as DataLoader<Key, EntityOf<R> | null>;
  }

  private readonly subListLoaders = new LazyMap<string, DataLoader<Key, Row[]>>();

  /**
   * A declared sub-list (`resource.subLists[name]`, e.g. an invoice's notes) per parent id: one
   * GET per parent (PowerOffice has no batch form), within the detail gate. Contract: the rows,
   * `[]` for none, an `Error` for a failed GET.
   */
  subList(resource: ResourceSpec, name: string): DataLoader<Key, Row[]> {
    const k = `${resource.name}.${name}`;
    let loader = this.subListLoaders.get(k);
    if (!loader) {
      loader = new DataLoader<Key, Row[]>(
        (ids) =>
          mapBounded(ids, this.gate, (id) =>
            this.client.subList(resource, name, id, this.callOptions),
          ),
        { cacheKeyFn: (key) => String(key).toLowerCase() },
      );
      this.subListLoaders.set(k, loader);
    }
    return loader;
  }

  private readonly readLoaders = new LazyMap<string, DataLoader<Key, unknown>>();

  /**
   * A declared read (`resource.reads[name]`: an import's status, the debt-collection flag) per
   * row id (`''` for a read without `{id}`): one GET each, within the detail gate. Contract: the
   * value, `null` when PowerOffice has none (404), an `Error` for a failed GET.
   */
  read(resource: ResourceSpec, name: string): DataLoader<Key, unknown> {
    const k = `${resource.name}.${name}`;
    let loader = this.readLoaders.get(k);
    if (!loader) {
      loader = new DataLoader<Key, unknown>(
        (ids) =>
          mapBounded(ids, this.gate, (id) =>
            this.client.read(resource, name, id === '' ? undefined : id, this.callOptions),
          ),
        { cacheKeyFn: (key) => String(key).toLowerCase() },
      );
      this.readLoaders.set(k, loader);
    }
    return loader;
  }

  private readonly subPageLoaders = new LazyMap<string, DataLoader<Key, RelatedPage<Row>>>();

  /**
   * One page per parent key of a sub-list `of` another resource (`resource.subLists[name]`,
   * contact-group members, reference B4): the first `rowsPerParent` rows matching `filter` in
   * `orderBy`, and their count. The key is in the path, so PowerOffice has no batch form: one
   * GET per parent, within the detail gate (at most `detailConcurrency` in flight).
   * Contract: one page per key, in key order; an `Error` for a failed GET.
   */
  subListPage(
    resource: ResourceSpec,
    name: string,
    query: RelatedPageQuery,
  ): DataLoader<Key, RelatedPage<Row>> {
    const k = `${resource.name}.${name}|${JSON.stringify(query)}`;
    let loader = this.subPageLoaders.get(k);
    if (!loader) {
      const sub = resource.subLists?.[name];
      const fold = sub?.key && resource.keys[sub.key]?.caseInsensitive;
      loader = new DataLoader<Key, RelatedPage<Row>>(
        async (keys) => {
          const pages = await mapBounded(keys, this.gate, (key) =>
            this.client.subListPage(
              resource,
              name,
              key,
              {
                ...(query.filter ? { filter: query.filter } : {}),
                ...(query.orderBy ? { orderBy: query.orderBy } : {}),
                top: Math.max(1, query.rowsPerParent),
              },
              this.callOptions,
            ),
          );
          const rowsOf = sub?.of ? resourceNamed(sub.of) : undefined;
          return pages.map((page) => {
            if (page instanceof Error) return page;
            // Members are whole rows: a later lookup of one by id or code costs nothing.
            if (rowsOf) this.prime(rowsOf, page.items);
            return { rows: page.items, count: page.count };
          });
        },
        { cacheKeyFn: (key) => (fold ? String(key).toLowerCase() : String(key)) },
      );
      this.subPageLoaders.set(k, loader);
    }
    return loader;
  }

  /**
   * Rows of `resource` whose `field` equals each key, one list request per URL chunk of keys.
   * Contract: results in key order; `null` for a key with no row; an `Error` for the keys of a
   * chunk whose request failed (other chunks still succeed).
   */
  byKey<R extends ResourceSpec>(resource: R, field: string): DataLoader<Key, ListItemOf<R> | null> {
    const id = `${resource.name}.${field}`;
    let loader = this.byKeyLoaders.get(id);
    if (!loader) {
      // A key PowerOffice matches ignoring case (contact-group titles) is matched so here too.
      const fold = resource.keys[field]?.caseInsensitive
        ? (k: unknown) => (typeof k === 'string' ? k.toLowerCase() : k)
        : (k: unknown) => k;
      loader = new DataLoader<Key, unknown>(
        // `fetchByKeys`' promise, not an async function's around it (`then` turns a throw in
        // the callback into a rejection, as `await` would).
        (keys) =>
          this.fetchByKeys(resource, field, keys, {}).then(({ rows, failed }) => {
            const found = orderByKeys(
              keys.map((k) => fold(k) as Key),
              rows,
              (r) => fold(r[field]),
              failed.size === 0
                ? failed
                : new Map([...failed].map(([k, e]) => [String(fold(k)), e])),
            );
            // A row fetched by code also answers a later lookup by id (and vice versa).
            this.prime(
              resource,
              found.filter((r): r is Row => r !== null && !(r instanceof Error)),
            );
            return found;
          }),
        { cacheKeyFn: (k) => String(fold(k)), maxBatchSize: this.maxBatchSize },
      );
      this.byKeyLoaders.set(id, loader);
      // Rows this operation already holds answer it from the start, as if it had been primed
      // with them when they came (`prime`).
      for (const rows of this.primed?.get(resource.name) ?? []) primeRows(loader, field, rows);
    }
    return loader as DataLoader<Key, ListItemOf<R> | null>;
  }

  private readonly codeLoaders = new LazyMap<string, DataLoader<Key, CodeRow | null>>();

  /**
   * Rows named by codes of a shared code space (`CodeClasses`: account codes that are ledger
   * accounts or customer/supplier/employee accounts). Per batch: the fixed ranges need no call;
   * other codes are classified by the series rows (one list per operation, only when a code
   * falls outside the fixed ranges); then one batched `byKey` load per target resource, so a
   * level costs one call per member type that occurs, never one per code.
   * Contract: key order; `null` for a code that names no row; an `Error` for a failed load.
   */
  codeOf(classes: CodeClasses): DataLoader<Key, CodeRow | null> {
    let loader = this.codeLoaders.get(classes.name);
    if (!loader) {
      loader = new DataLoader<Key, CodeRow | null>(
        async (keys) => {
          const codes = keys.map((k) => (typeof k === 'number' ? k : Number(k)));
          const outside = codes.some((c) => Number.isInteger(c) && !fixedTarget(classes, c));
          let series: readonly Row[] = [];
          if (outside) {
            try {
              const list = await this.list(resourceNamed(classes.series.resource), {});
              series = list.items as Row[];
            } catch (e) {
              // Codes in the fixed ranges still resolve; the others carry the failure.
              const error = asError(e);
              return Promise.all(
                codes.map((c) =>
                  fixedTarget(classes, c) ? this.codeRow(classes, c, []) : Promise.resolve(error),
                ),
              );
            }
          }
          return Promise.all(codes.map((c) => this.codeRow(classes, c, series)));
        },
        { cacheKeyFn, maxBatchSize: this.maxBatchSize },
      );
      this.codeLoaders.set(classes.name, loader);
    }
    return loader;
  }

  /** One code's row: classified, then loaded through the target's batched `byKey` loader. */
  private async codeRow(
    classes: CodeClasses,
    code: number,
    series: readonly Row[],
  ): Promise<CodeRow | null | Error> {
    if (!Number.isInteger(code)) return null;
    const target = classifyCode(classes, code, series);
    if (!target) return null;
    try {
      const resource = readResource(resourceNamed(target.resource));
      const row = (await this.byKey(resource, target.key).load(code)) as Row | null;
      return row ? { resource: target.resource, row } : null;
    } catch (e) {
      return asError(e);
    }
  }

  private readonly scopedLoaders = new LazyMap<string, DataLoader<string, Row | null>>();

  /**
   * Rows by a composite key: `field` plus its scope fields (`KeySpec.scope`, e.g. account code
   * + agriculture department). Keys are `JSON.stringify([value, ...scopeValues])`; an absent
   * scope value equals 0 (the enums' None). One list request per URL chunk of `field` values,
   * matched on every part here: PowerOffice filters the code, we pick the department.
   * Contract: key order; `null` for no row; an `Error` for a failed chunk.
   */
  byKeys(resource: ResourceSpec, field: string): DataLoader<string, Row | null> {
    const id = `${resource.name}.${field}`;
    let loader = this.scopedLoaders.get(id);
    if (!loader) {
      const scope = resource.keys[field]?.scope ?? [];
      loader = new DataLoader<string, Row | null>(
        async (keys) => {
          const parts = keys.map((k) => JSON.parse(k) as unknown[]);
          const values = [...new Set(parts.map((p) => p[0] as Key))];
          const { rows, failed } = await this.fetchByKeys(resource, field, values, {});
          this.prime(resource, rows);
          return parts.map((p) => {
            const error = failed.get(String(p[0]));
            if (error) return error;
            const hit = rows.find(
              (r) =>
                String(r[field]) === String(p[0]) &&
                scope.every((s, i) => String(r[s] ?? 0) === String(p[i + 1] ?? 0)),
            );
            return hit ?? null;
          });
        },
        { maxBatchSize: this.maxBatchSize },
      );
      this.scopedLoaders.set(id, loader);
    }
    return loader;
  }

  /**
   * Reverse relation: for each key, every row of `resource` whose `field` equals it and that
   * matches `query.filter`, in `query.orderBy` order. Parents asking with the same query share
   * one batch (one request per URL chunk, paging past the resource's row cap).
   * Contract: one list per key, in key order; `[]` for none; an `Error` for a failed chunk.
   */
  related<R extends ResourceSpec>(
    resource: R,
    field: string,
    query: RelatedQuery,
  ): DataLoader<Key, ListItemOf<R>[]> {
    const id = `${resource.name}.${field}|${JSON.stringify(query)}`;
    let loader = this.relatedLoaders.get(id);
    if (!loader) {
      loader = new DataLoader<Key, unknown[]>(
        (keys) =>
          this.fetchByKeys(resource, field, keys, query).then(({ rows, failed }) => {
            this.prime(resource, rows);
            return groupByKeys(keys, rows, (r) => r[field], failed);
          }),
        { cacheKeyFn, maxBatchSize: this.maxBatchSize },
      );
      this.relatedLoaders.set(id, loader);
    }
    return loader as DataLoader<Key, ListItemOf<R>[]>;
  }

  /**
   * A paged reverse relation, bounded: for each key, the first `rowsPerParent` rows (in
   * `orderBy`, matching `filter`) whose `field` equals it, and the exact count of such rows.
   * Per URL chunk of keys, one request reads at most `relationBatchRows` rows; when that holds
   * every matching row (the envelope's `count`, reference A4, says so) the pages and counts are
   * cut from it. Otherwise each parent of the chunk gets its own request with
   * `$top = rowsPerParent`, whose `count` is that parent's total: no request ever reads every
   * related row of a large parent, and `totalCount` never needs them.
   * Contract: one page per key, in key order; an `Error` for the keys of a failed request.
   */
  relatedPage<R extends ResourceSpec>(
    resource: R,
    field: string,
    query: RelatedPageQuery,
  ): DataLoader<Key, RelatedPage<ListItemOf<R>>> {
    const id = `${resource.name}.${field}|${JSON.stringify(query)}`;
    let loader = this.pageLoaders.get(id);
    if (!loader) {
      loader = new DataLoader<Key, RelatedPage<unknown>>(
        (keys) =>
          this.fetchPages(resource, field, keys, query).then((pages) =>
            keys.map((k) => pages.get(String(k)) ?? { rows: [], count: 0 }),
          ),
        { cacheKeyFn, maxBatchSize: this.maxBatchSize },
      );
      this.pageLoaders.set(id, loader);
    }
    return loader as DataLoader<Key, RelatedPage<ListItemOf<R>>>;
  }

  /**
   * Pages (or errors) by key for `relatedPage`: one bounded batch per chunk, then per parent.
   * A promise in every case (a key too long for any URL throws in `chunksOf`); a single
   * parent's page is the client's promise and one `then`, without async frames waiting on it.
   */
  private fetchPages(
    resource: ResourceSpec,
    field: string,
    keys: readonly Key[],
    query: RelatedPageQuery,
  ): Promise<Map<string, RelatedPage<unknown> | Error>> {
    return promised(() => this.readPages(resource, field, keys, query));
  }

  /** `fetchPages`' work; may throw before the first request. */
  private readPages(
    resource: ResourceSpec,
    field: string,
    keys: readonly Key[],
    query: RelatedPageQuery,
  ): Promise<Map<string, RelatedPage<unknown> | Error>> {
    const out = new Map<string, RelatedPage<unknown> | Error>();
    const spec = resource.listFields[field];
    const valid = spec ? keys.filter((k) => fitsLiteral(spec, k)) : [...keys];
    if (valid.length === 0) return Promise.resolve(out);
    const orderBy = withTieBreaker(query.orderBy ?? [], resource.nodeKey);
    const per = Math.max(1, query.rowsPerParent);
    const cap = this.capOf(resource);
    const batchRows = Math.min(cap, this.options.relationBatchRows ?? DEFAULT_RELATION_BATCH_ROWS);
    const and = (node: FilterNode): FilterNode =>
      query.filter ? { op: 'and', args: [node, query.filter] } : node;
    const extra = query.params ? { params: query.params } : {};
    const settle = (chunkKeys: readonly string[], e: unknown) => {
      for (const k of chunkKeys) out.set(k, asError(e));
    };
    /** One parent's own page: `$top` its rows, the envelope's `count` its total (A4). */
    const own = (value: Literal): Promise<void> =>
      this.client
        .list(
          resource,
          { filter: and({ op: 'eq', field, value }), orderBy, top: Math.min(per, cap), ...extra },
          this.callOptions,
        )
        .then(
          (res) => {
            try {
              this.prime(resource, res.items as Row[]);
              out.set(String(value), { rows: res.items as Row[], count: res.count });
            } catch (e) {
              settle([String(value)], e);
            }
          },
          (e: unknown) => settle([String(value)], e),
        );
    const readChunk = (chunk: FilterNode): Promise<void> =>
      // A single parent reads its own page at once: the same one call as a batch, without
      // reading up to `batchRows` of its rows for a page of `per`.
      chunk.op === 'in' && chunk.values.length === 1
        ? own(chunk.values[0] as Literal)
        : readBatch(chunk);
    const readBatch = async (chunk: FilterNode): Promise<void> => {
      const chunkKeys = keysOfFilter(chunk);
      try {
        const res = await this.client.list(
          resource,
          { filter: and(chunk), orderBy, top: batchRows, ...extra },
          this.callOptions,
        );
        const items = res.items as Row[];
        this.prime(resource, items);
        if (res.count <= items.length) {
          const groups = groupByKeys(chunkKeys, items, (r) => r[field]) as Row[][];
          chunkKeys.forEach((k, i) => {
            const rows = groups[i] ?? [];
            out.set(k, { rows: rows.slice(0, per), count: rows.length });
          });
          return;
        }
      } catch (e) {
        settle(chunkKeys, e);
        return;
      }
      // More rows than one bounded read holds: each parent reads only its own first rows.
      await Promise.all((chunk.op === 'in' ? chunk.values : []).map(own));
    };
    const chunks = this.chunksOf(resource, field, valid, query);
    const done = () => out;
    // One URL's worth of parents (the usual batch): no `Promise.all` around its one read.
    if (chunks.length === 1) return readChunk(chunks[0] as FilterNode).then(done);
    return Promise.all(chunks.map(readChunk)).then(done);
  }

  /** URL chunks of `keys` for a keyed list request that also carries `query`. */
  private chunksOf(
    resource: ResourceSpec,
    field: string,
    keys: readonly Key[],
    query: RelatedQuery,
  ): FilterNode[] {
    const odata = this.client.config.odata;
    const maxUrlLength = this.options.maxUrlLength ?? odata.maxUrlLength;
    return chunkKeys(resource, field, keys, {
      maxUrlLength,
      inOperator: odata.inOperator,
      ...(resource.keys[field]?.caseInsensitive ? { caseInsensitive: true } : {}),
      // A long `where` (an `in` list of GUIDs) may leave no room for keys within the URL
      // limit: then a chunk carries at least one key and the URL is as long as the root list
      // with the same `where` would be (the limit is ours, PowerOffice documents none).
      reserve: Math.min(reserveFor(resource, query), maxUrlLength - MIN_KEY_ROOM),
    });
  }

  /** The row cap of one request to `resource`'s list route (A6; a test knob may lower it). */
  capOf(resource: ResourceSpec): number {
    return this.options.maxRows?.[resource.name] ?? resource.maxRows ?? Number.POSITIVE_INFINITY;
  }

  /**
   * One page of a list, deduplicated within the operation: two fields asking for the same page
   * of the same resource share one upstream call. Rows prime the by-key loaders.
   */
  list<R extends ResourceSpec>(resource: R, query: ListQuery): Promise<ListResult<ListItemOf<R>>> {
    const id = `${resource.name}|${JSON.stringify(query)}`;
    let pending = this.lists.get(id);
    if (!pending) {
      pending = this.client.list(resource, query, this.callOptions).then((res) => {
        this.prime(resource, res.items as Row[]);
        return { items: res.items as unknown[], count: res.count };
      });
      this.lists.set(id, pending);
    }
    return pending as Promise<ListResult<ListItemOf<R>>>;
  }

  /**
   * Seeds the by-key loaders of `resource` with rows already fetched, so a customer that came
   * in a list is not fetched again by code. Only resources whose list rows are whole entities.
   */
  prime(resource: ResourceSpec, rows: readonly Row[]): void {
    if (resource.listFields !== resource.fields || rows.length === 0) return;
    for (const key of uniqueKeys(resource)) {
      const loader = this.byKeyLoaders.get(`${resource.name}.${key}`);
      if (loader) primeRows(loader, key, rows);
    }
    // A loader made later is primed with these as it is made (`byKey`): most operations never
    // look a listed row up again, and a DataLoader per key of every listed resource was a
    // visible part of what an operation allocates (bench/analysis.md).
    this.primed ??= new Map();
    const held = this.primed.get(resource.name);
    if (held) held.push(rows);
    else this.primed.set(resource.name, [rows]);
  }

  /**
   * Drops every memo a write or an action may have made stale: lists, pages, relations,
   * sub-lists, reads and code lookups (the by-key and detail loaders are the callers' to fix).
   * One list for both, so a new kind of memo cannot be cleared after one and not the other.
   */
  private clearMemos(): void {
    this.lists.clear();
    for (const loaders of [
      this.pageLoaders,
      this.relatedLoaders,
      this.subListLoaders,
      this.readLoaders,
      this.subPageLoaders,
      this.codeLoaders,
      this.scopedLoaders,
    ] as ReadonlyArray<LazyMap<string, { clearAll(): unknown }>>) {
      for (const loader of loaders.values()) loader.clearAll();
    }
  }

  /**
   * After an action on the row `id` of `resource` (SendInvoice, SaveNote): every memo that may
   * show the row or its sub-lists is dropped, so this operation's next read asks the client.
   */
  afterAction(resource: ResourceSpec, id: Key): void {
    this.clearMemos();
    this.detailLoaders.get(resource.name)?.clear(id);
    const reader = readResource(resource);
    // Made now if rows wait to prime it, so that the row the action changed is not among them
    // later (`prime`).
    const byId =
      this.primed?.has(reader.name) && uniqueKeys(reader).includes('id')
        ? this.byKey(reader, 'id')
        : this.byKeyLoaders.get(`${reader.name}.id`);
    byId?.clear(id);
  }

  /**
   * After a write in this operation: list and relation memos may be stale, so they are dropped;
   * the by-key loaders (and the invoice detail) now answer with the saved row.
   */
  afterWrite(written: ResourceSpec, saved: unknown): void {
    this.clearMemos();
    const resource = readResource(written);
    const row = saved as Row;
    if (resource.singleton) {
      // The one row is read through the detail loader under the empty key.
      (this.detail(resource) as DataLoader<Key, unknown>).clear('').prime('', saved);
      return;
    }
    if (resource.listFields !== resource.fields) {
      const id = row.id;
      if (typeof id === 'string' || typeof id === 'number') {
        (this.detail(resource) as DataLoader<Key, unknown>).clear(id).prime(id, saved);
      }
      return;
    }
    for (const key of uniqueKeys(resource)) {
      const k = row[key];
      if (typeof k === 'string' || typeof k === 'number') {
        (this.byKey(resource, key) as DataLoader<Key, unknown>).clear(k).prime(k, row);
      }
    }
  }

  /** Every row whose `field` is one of `keys` (and matches `query`), chunk by chunk. */
  private fetchByKeys(
    resource: ResourceSpec,
    field: string,
    keys: readonly Key[],
    query: RelatedQuery,
  ): Promise<{ rows: Row[]; failed: Map<string, Error> }> {
    // A promise in every case: a key too long for any URL throws in `chunksOf`.
    return promised(() => this.readByKeys(resource, field, keys, query));
  }

  /** `fetchByKeys`' work; may throw before the first request. */
  private readByKeys(
    resource: ResourceSpec,
    field: string,
    keys: readonly Key[],
    query: RelatedQuery,
  ): Promise<{ rows: Row[]; failed: Map<string, Error> }> {
    // A key that is no literal of the field's kind (a malformed GUID) names no row: it gets
    // `null` instead of failing the request that carries the valid keys of its batch.
    const spec = resource.listFields[field];
    const valid = spec ? keys.filter((k) => fitsLiteral(spec, k)) : [...keys];
    if (valid.length === 0) return Promise.resolve({ rows: [], failed: new Map() });
    const chunks = this.chunksOf(resource, field, valid, query);
    const read = (chunk: FilterNode) =>
      this.listAll(
        resource,
        query.filter ? { op: 'and', args: [chunk, query.filter] } : chunk,
        query.orderBy,
        query.params,
      );
    const failed = new Map<string, Error>();
    /** A failed chunk's keys carry its error; the other chunks' keys still resolve. */
    const fail = (chunk: FilterNode, reason: unknown) => {
      for (const k of keysOfFilter(chunk)) failed.set(k, asError(reason));
    };
    // Most batches fit one URL (a point lookup, a level of a nested query): read it without
    // `allSettled`'s records and extra turns.
    if (chunks.length === 1) {
      const only = chunks[0] as FilterNode;
      return read(only).then(
        (rows) => ({ rows, failed }),
        (e: unknown) => {
          fail(only, e);
          return { rows: [], failed };
        },
      );
    }
    return Promise.allSettled(chunks.map(read)).then((settled) => {
      const rows: Row[] = [];
      settled.forEach((r, i) => {
        if (r.status === 'fulfilled') rows.push(...r.value);
        else fail(chunks[i] as FilterNode, r.reason);
      });
      return { rows, failed };
    });
  }

  /**
   * All rows matching `filter`. Resources with a documented row cap are read in pages of that
   * cap with a deterministic order (PowerOffice needs `$orderby` for `$skip`).
   */
  private listAll(
    resource: ResourceSpec,
    filter: FilterNode,
    orderBy: readonly OrderBy[] | undefined,
    params?: Readonly<Record<string, string>>,
  ): Promise<Row[]> {
    const cap = this.capOf(resource);
    if (cap === Number.POSITIVE_INFINITY) {
      // One request: the client's promise, without an async frame waiting on it too.
      // Absent as `undefined`, which `toSearchParams` reads as absent: no spreads per request.
      const query: ListQuery = { filter, orderBy: orderBy?.length ? orderBy : undefined, params };
      return this.client.list(resource, query, this.keyOptions).then(itemsOf);
    }
    return this.listPaged(resource, filter, orderBy, params, cap);
  }

  /**
   * `listAll` of a resource with a row cap: pages of `cap` rows, in a stable order. The first
   * page is a `then` on the client's promise: a lookup by key needs no other, and only more
   * pages take the async loop.
   */
  private listPaged(
    resource: ResourceSpec,
    filter: FilterNode,
    orderBy: readonly OrderBy[] | undefined,
    params: Readonly<Record<string, string>> | undefined,
    cap: number,
  ): Promise<Row[]> {
    const order = withTieBreaker(orderBy ?? [], resource.nodeKey);
    // `skip` and `params` absent as `undefined`, which `toSearchParams` reads as absent.
    const page = (skip: number) =>
      this.client.list(
        resource,
        { filter, orderBy: order, top: cap, skip: skip === 0 ? undefined : skip, params },
        this.keyOptions,
      );
    return page(0).then((first) => {
      const rows = first.items as Row[];
      // Nobody changes a list's rows (`listAll` hands the uncapped one on as it is); the pages
      // after it are appended to a copy.
      return rows.length < cap || rows.length >= first.count
        ? rows
        : this.morePages([...rows], cap, page);
    });
  }

  /** The pages after the first of `listPaged`, appended to `rows`. */
  private async morePages(
    rows: Row[],
    cap: number,
    page: (skip: number) => Promise<{ items: unknown[]; count: number }>,
  ): Promise<Row[]> {
    for (let skip = cap; ; skip += cap) {
      const res = await page(skip);
      rows.push(...(res.items as Row[]));
      if (res.items.length < cap || rows.length >= res.count) return rows;
    }
  }
}

/**
 * Appends `<key> asc` unless the order already holds the unique key, so paging is stable. `key`
 * is the resource's node key: `id`, or the code of a resource without one (Currency).
 */
export function withTieBreaker(orderBy: readonly OrderBy[], key = 'id'): OrderBy[] {
  return orderBy.some((o) => o.field === key)
    ? [...orderBy]
    : [...orderBy, { field: key, direction: 'asc' }];
}

/** A list answer's rows. */
const itemsOf = (res: { items: unknown[] }): Row[] => res.items as Row[];

/** URL characters a keyed list request keeps for its key chunk whatever the rest needs. */
const MIN_KEY_ROOM = 200;

/**
 * `reserveFor` of queries without a filter, per resource and order: the same for every batch of
 * a relation or a lookup by key, and rendering it took a share of a point lookup's work.
 */
const reservesOf = oncePer((_: ResourceSpec) => new Map<string, number>());

/** URL characters the rest of a keyed list request needs besides the key chunk. */
function reserveFor(resource: ResourceSpec, query: RelatedQuery): number {
  if (query.filter) return renderReserve(resource, query);
  const byOrder = reservesOf(resource);
  let order = '';
  for (const o of query.orderBy ?? []) order += `${o.field} ${o.direction},`;
  let reserve = byOrder.get(order);
  if (reserve === undefined) {
    reserve = renderReserve(resource, query);
    // Orders are the schema's enum values, so the map stays small; bounded all the same.
    if (byOrder.size >= 256) byOrder.clear();
    byOrder.set(order, reserve);
  }
  return reserve;
}

function renderReserve(resource: ResourceSpec, query: RelatedQuery): number {
  let extra = '';
  try {
    extra = query.filter ? (toFilterString(resource.listFields, query.filter) ?? '') : '';
  } catch {
    // An unsatisfiable filter: the client answers it without a request, no URL to size.
  }
  const order = toOrderByString(
    resource.listFields,
    withTieBreaker(query.orderBy ?? [], resource.nodeKey),
  );
  // ` and (…)`, `&$orderby=`, `&$top=…&$skip=…`, all percent-encoded.
  return encodeURIComponent(` and ${extra}`).length + encodeURIComponent(order).length + 60;
}

/**
 * A Map made on its first `set`. A `Loaders` keeps ten, one per kind of loader, and an operation
 * uses two or three: ten empty Maps were about 2 KB of what every operation allocated.
 */
class LazyMap<K, V> {
  #map: Map<K, V> | undefined;

  get(key: K): V | undefined {
    return this.#map?.get(key);
  }

  set(key: K, value: V): this {
    this.#map ??= new Map();
    this.#map.set(key, value);
    return this;
  }

  clear(): void {
    this.#map?.clear();
  }

  values(): IterableIterator<V> {
    return (this.#map ?? new Map<K, V>()).values();
  }
}

/** Primes `loader` (by `key`) with those of `rows` whose key is a string or a number. */
function primeRows(loader: DataLoader<Key, unknown>, key: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const k = row[key];
    if (typeof k === 'string' || typeof k === 'number') loader.prime(k, row);
  }
}

/** A fresh set of loaders for one GraphQL operation; never reuse it for another request. */
export function createLoaders(
  client: PowerOfficeClient,
  tracker: RequestTracker,
  options: LoaderOptions = {},
): Loaders {
  return new Loaders(client, tracker, options);
}
