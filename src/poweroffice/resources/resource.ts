import type { DtoOf, FieldMap, FieldSpec } from './fields.js';

/**
 * What the API offers for one resource (reference Part B), and everything the facade derives
 * from it: the emulator's routes, rules and tables; the client's calls; the per-request loaders;
 * the GraphQL type with its relations, lists, lookups and mutations. A route the reference does
 * not list exists in none of them.
 */
export interface ResourceSpec<M extends FieldMap = FieldMap, L extends FieldMap = M> {
  /** PowerOffice's type name, e.g. `Customer`, `OutgoingInvoice`; also the GraphQL type. */
  readonly name: string;
  /** Base path, e.g. `/Customer`. GET `{path}/{id}`, POST `{path}`, DELETE `{path}/{id}`. */
  readonly path: string;
  /** OData list path: usually `path`; `/OutgoingInvoice/List` for invoices. */
  readonly listPath: string;
  /** JSON type of `id`: int64 for most, int32 for VatCode, GUID for invoices. */
  readonly idKind: 'long' | 'int' | 'guid';
  /** Fields of the full entity (GET by id, POST). */
  readonly fields: M;
  /** Fields of a list row when it differs from the entity (OutgoingInvoiceListItem). */
  readonly listFields: L;
  /** The documented row cap of the list route, if any (A6). */
  readonly maxRows?: number;
  /**
   * Natural keys besides `id` (unique per client): each gets a batched loader, priming from list
   * rows, a root lookup field, and the emulator's uniqueness rule.
   */
  readonly keys: Readonly<Record<string, KeySpec>>;
  /**
   * Set for sub-resources addressed under a parent entity, e.g. `/Customer/{parentId}/Contact`:
   * `resource` is the parent's `name`, `param` the placeholder in `path` that holds its id, and
   * `field` the property of a row that holds its parent's id.
   */
  readonly parent?: ParentSpec;
  /**
   * Further parents the same rows are written under, each at its own path (contact persons
   * under `/Customer/{parentId}/Contact` and `/Supplier/{parentId}/Contact`, reference B5).
   */
  readonly alsoUnder?: readonly (ParentSpec & {
    readonly path: string;
    /** The privilege of the routes under this parent, when not the declaration's. */
    readonly privilege?: string;
  })[];
  /**
   * Another resource that serves this one's reads (the global read-only view of a sub-resource:
   * `/PartyContactPerson` for contacts written under `/Customer/{id}/Contact`).
   */
  readonly readVia?: string;
  /** The emulator table holding the rows when it is another resource's (the global views). */
  readonly table?: string;
  /** Read privilege carried in the token's `role` claim; writes need `${privilege}_Full`. */
  readonly privilege: string;
  readonly operations: {
    readonly list: boolean;
    readonly get: boolean;
    readonly save: boolean;
    readonly delete: boolean;
  };
  /** How the resource appears in the graph; absent for views that have no type of their own. */
  readonly graph?: GraphSpec;
  /**
   * The field that identifies a row when the resource has no `id` (Currency: `code`); the node
   * id and the emulator's table key come from it. Default `id`.
   */
  readonly nodeKey?: string;
  /**
   * Query parameters of the list route besides OData (a report's dates): each is a typed
   * argument of the root list; a non-nullable one is required, by the facade and the emulator.
   */
  readonly params?: FieldMap;
  /**
   * One row per client, addressed without an id: `GET {path}` reads it, `POST {path}` updates it
   * (Client, reference B18). The graph gets a root field and an `update<Name>` mutation.
   */
  readonly singleton?: true;
  /** A boolean field that, when true, makes PowerOffice refuse the delete (default terms). */
  readonly undeletableWhen?: string;
  /**
   * A row in passing (an invoice being delivered, reference B9: SendInvoice is asynchronous): an
   * answer holding such a row is not cached, so a client that polls sees the change as soon as
   * PowerOffice shows it, not a cache lifetime later.
   */
  readonly transientWhen?: (row: Readonly<Record<string, unknown>>) => boolean;
  /**
   * POST only creates: there is no edit, "delete and recreate instead" (BankTransfer,
   * accounting.md §5; InvoiceAttachment, reference B12: POST is "add"). The emulator refuses a
   * POST with an id; the graph has no update mutation.
   */
  readonly createOnly?: true;
  /**
   * PowerOffice shows a caller only the rows its own integration created (BankTransfer lists
   * "only transfers created by this integration", accounting.md §5): list, get and delete of
   * another integration's row answer as if it did not exist.
   */
  readonly visibleTo?: 'integration';
  /**
   * A boolean field that, when true, makes PowerOffice refuse both the update and the delete
   * (a salary line once it is on a payroll, accounting reference §10), with `reason` as the
   * field message.
   */
  readonly lockedWhen?: { readonly field: string; readonly reason: string };
  /**
   * Rules between fields of the whole row, as messages by field (TimeTrackingEntry: minutes
   * agree with the times, accounting.md §18). The facade checks a create's body and an update
   * merged onto the stored row before the write; the emulator checks the row it would store.
   */
  readonly rowCheck?: (row: Readonly<Record<string, unknown>>) => Record<string, string>;
  /**
   * The PowerOffice subscription the routes need (`Time` for time tracking, accounting reference
   * §0): without it PowerOffice answers 403 and the token's `goInvalidPrivileges` claim lists
   * `${privilege}_Full`.
   */
  readonly subscription?: string;
  /**
   * Rows the emulator seeds when no seed module builds the table: a small reference resource
   * needs nothing else. Ids and audit stamps are assigned.
   */
  readonly examples?: readonly Readonly<Record<string, unknown>>[];
  /** Action routes (POSTs with a typed body and result), by name; see `ActionSpec`. */
  readonly actions?: Readonly<Record<string, ActionSpec>>;
  /** Path-keyed reads of rows that belong to one of this resource's rows; see `SubListSpec`. */
  readonly subLists?: Readonly<Record<string, SubListSpec>>;
  /** GETs answering one value or object (a flag, a status); see `ReadSpec`. */
  readonly reads?: Readonly<Record<string, ReadSpec>>;
  /** GETs answering a file (a PDF, XML, JPEG pages, base64 in JSON); see `DownloadSpec`. */
  readonly downloads?: Readonly<Record<string, DownloadSpec>>;
  /**
   * The list's rows are computed by PowerOffice from other data at each request (the invoices
   * available for debt collection): no table of its own; the emulator's `REPORTS` computes them.
   */
  readonly computed?: true;
  /** Further GET routes of a report answering the same rows; see `ReportVariant`. */
  readonly variants?: Readonly<Record<string, ReportVariant>>;
}

/**
 * A GET answering `{data: <value>}` that is not a list: `GET /DebtCollection/IsActiveDebtCollection`
 * (a bool, accounting.md §8) or `GET /Import/{id}/status` (an ImportStatus, §4). With `{id}` in the
 * path it is a field of the resource's type, one call per row; without, a root query field.
 */
export interface ReadSpec {
  readonly path: string;
  /** A scalar field (the value) or a row type (an object). */
  readonly result: FieldSpec | RowType;
  /** Token privilege the route needs; default the resource's read privilege. */
  readonly privilege?: string;
  readonly graph: { readonly field: string; readonly description: string };
}

/**
 * A GET answering a file: the raw bytes (`raw`, with the content type PowerOffice sends) or a
 * JSON envelope whose `data` holds `base64EncodedData` and `fileName` (`base64`). The facade
 * serves it at `/files/<Resource>/<name>/<key>[/<page>]` behind its client-key check, fetched with
 * its own token; the graph gets a URL field on the resource's type.
 */
export interface DownloadSpec {
  /** Path with `{key}` (and `{page}` for paged content, 1-based). */
  readonly path: string;
  /** The row field whose value fills `{key}` (`id`, `voucherNo`). */
  readonly key: string;
  readonly form: 'raw' | 'base64';
  /** For `raw`: the content type, and the file name the facade gives the download. */
  readonly contentType?: string;
  readonly fileName?: (key: string, page?: number) => string;
  /** Paged content: the row field holding the page count (`voucherImagesCount`). */
  readonly pages?: string;
  /** Token privilege the route needs; default the resource's read privilege. */
  readonly privilege?: string;
  readonly graph: { readonly field: string; readonly description: string };
}

/**
 * Another route of a report with the same rows (accounting.md §11, §12, §14, §15): e.g.
 * `/Reporting/InvoiceJournal/{fromInvoiceNo}/{toInvoiceNo}`. Placeholders in `path` name
 * parameters of `params`, which replace the report's own; the rest go in the query string.
 * The emulator routes it (the report function sees every parameter), the client fills the path,
 * and with `graph` the variant is a root list of its own.
 */
export interface ReportVariant {
  readonly path: string;
  readonly params: FieldMap;
  readonly graph?: { readonly list: string; readonly description: string };
}

/** The resource as read through one of its variants: same rows, that path and parameters. */
export function variantOf(spec: ResourceSpec, name: string): ResourceSpec {
  const v = spec.variants?.[name];
  if (!v) throw new Error(`${spec.name} has no variant ${name}`);
  const { variants: _all, ...rest } = spec;
  return { ...rest, listPath: v.path, params: v.params };
}

const SLASH = 0x2f;
const QUERY = 0x3f;

/** Where a request path's leading slashes end (`//Customer` → 2). */
export function pathStart(path: string): number {
  let start = 0;
  while (path.charCodeAt(start) === SLASH) start += 1;
  return start;
}

/**
 * A request path's first segment as written (`/Customer/5?x` → `Customer`; '' for none). Scanned
 * rather than split by patterns: every GET asks for it (cache tag, observer's resource).
 */
export function firstSegment(path: string): string {
  const start = pathStart(path);
  let end = start;
  while (end < path.length && path.charCodeAt(end) !== SLASH && path.charCodeAt(end) !== QUERY) {
    end += 1;
  }
  return path.slice(start, end);
}

/** The names of the `{placeholders}` of a path, in order. */
export function pathParamsOf(path: string): string[] {
  // Most paths have none (every list path but the reports'): no pattern scan for them.
  if (!path.includes('{')) return [];
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** `path` with every `{name}` replaced by its value, URL-encoded; throws when one is missing. */
export function fillPath(
  path: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  if (!path.includes('{')) return path;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`PowerOffice client: ${path} needs ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** The parent a sub-resource is addressed under. */
export interface ParentSpec {
  readonly resource: string;
  readonly param: 'parentId';
  /** The property of a row that holds its parent's key (`partyId`, `projectCode`). */
  readonly field: string;
  /**
   * The parent's key that `field` holds: `id` (default) or a natural key, as for project
   * activities, whose rows carry only the read-only `projectCode` (reference B17).
   */
  readonly key?: string;
}

/** A natural key. */
export interface KeySpec {
  /** PowerOffice assigns the next number when a create leaves it out (customer numbers). */
  readonly assignedFrom?: number;
  /** The key may be absent (an invoice has its number once sent); unique when present. */
  readonly optional?: boolean;
  /** PowerOffice matches this key ignoring case (contact-group titles, reference B4). */
  readonly caseInsensitive?: boolean;
  /**
   * Fields that identify a row together with this key on some clients (accounting.md §1:
   * "code + agricultureDepartment is the key" on agriculture clients). Uniqueness (emulator),
   * the composite loader (`Loaders.byKeys`), forward references that carry the scope
   * (`RefSpec.scope`) and the lookup's optional arguments derive from it.
   */
  readonly scope?: readonly string[];
  /**
   * The singleton row and its boolean field that say whether `scope` applies on this client
   * (`Client.isAgricultureClient`); absent: always. Elsewhere the key alone is unique.
   */
  readonly scopeWhen?: { readonly resource: string; readonly field: string };
  /** The root lookup field, e.g. `customer(code:)`; absent: none. */
  readonly lookup?: { readonly description: string; readonly argument: string };
}

export interface GraphSpec {
  /** Description of the GraphQL type. */
  readonly description: string;
  /** Description of the root list (`customers`); absent: no root list. */
  readonly list?: string;
  /** Name of the root list when `lowerFirst(name) + 's'` is wrong. */
  readonly plural?: string;
  /**
   * `false` for rows that cannot be fetched alone (report rows exist only for a date range):
   * an object type, not a Node.
   */
  readonly node?: false;
}

// ---------------------------------------------------------------------------------------------
// Action routes and path-keyed sub-lists (issue 8). Each declaration yields the emulator's route
// (its behaviour is a rule in `emulator/actions.ts`), the client's call (`client.action`,
// `client.subList`), a loader, and the GraphQL mutation or relation (`schema/actions.ts`).

/** A row type that is not a resource of its own (no routes, no node): e.g. VoucherNote. */
export interface RowType {
  /** GraphQL (and reference) type name, e.g. `VoucherNote`; one type per name. */
  readonly type: string;
  readonly fields: FieldMap;
  readonly description: string;
  /** The emulator table holding the rows (default `type`). */
  readonly table?: string;
}

/**
 * A POST with a typed body and result that is not the resource's upsert, e.g.
 * `POST /OutgoingInvoice/SendInvoice` (reference B9). Never retried blindly: it is a write.
 */
export interface ActionSpec {
  /** Literal path, e.g. `/OutgoingInvoice/SendInvoice` (literal segments win over ids). */
  readonly path: string;
  /** The request body (SW request DTO); input of the mutation, checked by the emulator. */
  readonly body: FieldMap;
  /**
   * The body field holding the id of this resource's row the action acts on (`invoiceId`):
   * the mutation takes it as a global id, reads the row back after the action (fresh) and
   * returns it, and the client forgets its cached copy.
   */
  readonly target?: string;
  /**
   * `'success'`: the answer is the `Success` envelope, `{"success":true}` or its double-wrapped
   * form (reference A4); the mutation returns the target row re-read. Otherwise `data` holds a
   * row of this type (a VoucherNote upsert), which the mutation returns. `'row'`: `data` is a
   * row of this resource (DebtCollection UpdateStatus answers the case). `'id'`: `data` is the
   * target's id (`POST /Import/Post` answers `{"data":"<uuid>"}`); the target is read back.
   */
  readonly result: 'success' | 'row' | 'id' | RowType | { readonly echo: RowType };
  readonly description: string;
  /** Token privilege the route needs; default `${privilege}_Full`. */
  readonly privilege?: string;
  /**
   * For an answer that was lost (timeout, reset, 5xx): the action counts as applied when the
   * target row read back satisfies this and did not before (SendInvoice: processing or sent).
   * Absent: a lost answer is reported as `OutcomeUnknownError`.
   */
  readonly appliedWhen?: (row: Readonly<Record<string, unknown>>) => boolean;
  /**
   * Registered resources (by name) whose rows the action also changes upstream, besides this
   * resource's own: every write to the action's path makes their cached reads stale too
   * (response-cache.ts `relatedTags`). E.g. `delivered` with `exemptDebtCollection` puts the
   * outgoing invoice on hold, which its journal line shows (reference B11).
   */
  readonly alsoChanges?: readonly string[];
  /**
   * Body fields the PowerOffice client fills from its own credentials (ClientAuth's
   * `applicationKey`): never an input of the mutation, never seen by GraphQL clients.
   */
  readonly credentialFields?: readonly 'applicationKey'[];
  /**
   * The route needs no bearer token (onboarding happens before a client key, hence a token,
   * exists: reference A2); the emulator neither checks one nor throttles by it.
   */
  readonly anonymous?: true;
  readonly graph: {
    /** Mutation name, e.g. `sendOutgoingInvoice`. */
    readonly mutation: string;
    readonly description: string;
  };
}

/**
 * What an action's answer carries, read once from its declared `result` for the emulator (which
 * writes it), the client (which unwraps it) and the schema (which types the payload):
 * `none`, a bare `Success` (the target is read back); `id`, the target's id (read back);
 * `echo`, a bare `Success` whose result is the request as applied (of type `type`); `row`, a row
 * with `fields` in `data` (of type `type`, or the resource's own row when `type` is absent).
 */
export type ActionAnswer =
  | { readonly kind: 'none' }
  | { readonly kind: 'id' }
  | { readonly kind: 'echo'; readonly type: RowType }
  | { readonly kind: 'row'; readonly fields: FieldMap; readonly type?: RowType };

export function actionAnswer(spec: ResourceSpec, action: ActionSpec): ActionAnswer {
  const result = action.result;
  if (result === 'success') return { kind: 'none' };
  if (result === 'id') return { kind: 'id' };
  if (result === 'row') return { kind: 'row', fields: spec.fields };
  if ('echo' in result) return { kind: 'echo', type: result.echo };
  return { kind: 'row', fields: result.fields, type: result };
}

/**
 * A path-keyed read: `GET {path}` with `{<key>}` = a key of one of this resource's rows,
 * answering a plain list of rows of `item` (no OData), e.g. `GET /OutgoingInvoice/GetNotes/{id}`
 * → VoucherNote[] (reference B9) or `GET /VatCode/chartofaccount/{code}` → the VAT codes
 * allowed on a ledger account (core-and-sales.md B14). One call per key: PowerOffice has no
 * batch form, so the loader dedupes keys per operation and bounds the calls in flight.
 */
export interface SubListSpec {
  /** Path with the `{<key>}` placeholder. */
  readonly path: string;
  /** The row field whose value fills the placeholder (default `id`). */
  readonly key?: string;
  /** A row type of its own, or the name of a registered resource whose rows these are. */
  readonly item: RowType | string;
  /**
   * The item field holding the parent's id (VoucherNote.voucherId). Absent: no item field
   * names the parent (allowed VAT codes), and the emulator answers by its rule for the route.
   */
  readonly parentField?: string;
  /**
   * The rows are rows of this registered resource and the route takes OData like its list
   * (`GET /ContactGroup/{title}/customers`, reference B4): `$filter`, `$orderby`, `$top`,
   * `$skip` and a `count`. The graph field is a connection of that resource's type, one call
   * per parent row and page. `parentField` may then be a list field holding the key among
   * others (a party's `contactGroups` titles), compared ignoring case.
   */
  readonly of?: string;
  /** A query parameter that repeats the path's key (reference B4: `?contactGroupName=`). */
  readonly keyParam?: string;
  /** Token privilege the route needs; default the resource's read privilege. */
  readonly privilege?: string;
  readonly graph: {
    /** Field on the resource's type, e.g. `OutgoingInvoice.notes`. */
    readonly field: string;
    readonly description: string;
  };
}

/** Read/write flags of a full CRUD resource. */
export const CRUD = { list: true, get: true, save: true, delete: true } as const;
/** A read-only list with get-by-id. */
export const READ_ONLY = { list: true, get: true, save: false, delete: false } as const;
/** A read-only list with no get-by-id route (Currency, pay items). */
export const LIST_ONLY = { list: true, get: false, save: false, delete: false } as const;

export type EntityOf<R> = R extends ResourceSpec<infer M, FieldMap> ? DtoOf<M> : never;
export type ListItemOf<R> = R extends ResourceSpec<FieldMap, infer L> ? DtoOf<L> : never;

export function defineResource<const M extends FieldMap, const L extends FieldMap = M>(
  spec: Omit<ResourceSpec<M, L>, 'listFields' | 'listPath' | 'keys' | 'examples'> & {
    listFields?: L;
    listPath?: string;
    keys?: Readonly<Record<string, KeySpec>>;
    examples?: readonly Partial<DtoOf<M>>[];
  },
): ResourceSpec<M, L> {
  return {
    ...spec,
    keys: spec.keys ?? {},
    listPath: spec.listPath ?? spec.path,
    listFields: (spec.listFields ?? spec.fields) as unknown as L,
  };
}
