import { randomUUID } from 'node:crypto';
import type { ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import {
  isPowerOfficeError,
  type PowerOfficeError,
  type UpstreamFieldError,
} from '../poweroffice/errors.js';
import { fieldProblems, requiredProblems, rowProblems } from '../poweroffice/resources/checks.js';
import type { FieldMap } from '../poweroffice/resources/fields.js';
import {
  parentKeyOf,
  parentVariants,
  readResource,
  refsOf,
  resourceNamed as registryResource,
} from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { builder, decodeGlobalId, type Types } from './builder.js';
import {
  AppliedButUnread,
  Conflict,
  type FieldProblem,
  NotFound,
  OutcomeUnknown,
  RateLimited,
  UpstreamUnavailable,
  ValidationFailed,
} from './errors.js';
import { type InputOptions, type InputShape, inputFor, toDto } from './inputs.js';
import { parseIntegerId } from './node.js';

/**
 * `createX(input)`, `updateX(input)`, `deleteX(id)` for a writable resource. Contract: a
 * mutation resolver never throws for an expected or upstream failure; every failure is a typed
 * member of its result union (errors plugin), so one failing mutation never hides another's
 * success (design.md, issue 13):
 *
 * - `ValidationError`: the facade's own checks (before any upstream call) or PowerOffice's
 *   rejection, with the input path of every field PowerOffice named and its message;
 * - `NotFoundError`, `ConflictError` (unique field, or a delete blocked by related data or the
 *   record's state), `RateLimitedError` (retry delay), `UpstreamUnavailableError` (not applied);
 * - `OutcomeUnknownError`: the write may have been applied and reading it back failed too.
 *
 * A write whose answer was lost (timeout, reset, 5xx: `writeOutcome: 'unknown'`) is reconciled
 * before it is reported: after the replica lag (reference A7) a create is looked up by its
 * idempotency key (`externalImportReference`, reference A9: unique per client; the client's, or
 * one generated here and returned with the record), or by a natural key it carries; an update
 * or delete reads the record back.
 */

const UserError = builder.interfaceRef<Error>('UserError').implement({
  description: 'An expected failure of a mutation; the message is safe to show to users.',
  fields: (t) => ({ message: t.exposeString('message', { nullable: false }) }),
});

const FieldError = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'A problem with one input property.',
  fields: (t) => ({
    field: t.exposeString('field', {
      nullable: false,
      description:
        'Input path, e.g. `input.data.name` or `input.data.outgoingInvoiceLines[0].productCode`.',
    }),
    message: t.exposeString('message', {
      nullable: false,
      description: "PowerOffice's (or the facade's) message for this property.",
    }),
  }),
});

builder.objectType(ValidationFailed, {
  name: 'ValidationError',
  interfaces: [UserError],
  description:
    'PowerOffice (or the facade) refused the input; nothing was saved. Do not retry as is.',
  fields: (t) => ({
    fields: t.field({
      type: [FieldError],
      nullable: false,
      description: 'Problems by input property, when known.',
      resolve: (e) => [...e.fields],
    }),
  }),
});

builder.objectType(NotFound, {
  name: 'NotFoundError',
  interfaces: [UserError],
  description: 'The record does not exist (any more).',
  fields: (t) => ({
    id: t.field({
      type: 'ID',
      description: 'The id that was not found.',
      resolve: (e) => e.globalId,
    }),
  }),
});

builder.objectType(Conflict, {
  name: 'ConflictError',
  interfaces: [UserError],
  description:
    "A uniqueness rule was broken (e.g. a duplicate `code`), or related data or the record's " +
    'state blocks a delete (archive a party instead). Nothing was changed.',
  fields: (t) => ({
    field: t.exposeString('field', {
      nullable: true,
      description: 'Input path of the unique property (`input.data.code`); null for a delete.',
    }),
  }),
});

builder.objectType(RateLimited, {
  name: 'RateLimitedError',
  interfaces: [UserError],
  description: 'PowerOffice is throttling requests; nothing was applied. Retry after the delay.',
  fields: (t) => ({
    retryAfter: t.int({
      nullable: true,
      description: 'Seconds to wait before retrying.',
      resolve: (e) => e.retryAfterSeconds,
    }),
  }),
});

builder.objectType(UpstreamUnavailable, {
  name: 'UpstreamUnavailableError',
  interfaces: [UserError],
  description:
    'PowerOffice could not be reached or refused the facade, and the write was NOT applied ' +
    '(refused before processing, or checked by reading back). Safe to retry later; retry a ' +
    'create with `idempotencyKey` as its `externalImportReference`.',
  fields: (t) => ({
    code: t.exposeString('code', {
      nullable: false,
      description:
        '`UPSTREAM_UNAVAILABLE`, `TIMEOUT`, `FORBIDDEN`, `UNAUTHORIZED` or `INVALID_CLIENT`.',
    }),
    idempotencyKey: t.exposeString('idempotencyKey', {
      nullable: true,
      description: 'Creates: the key to repeat the create with (as `externalImportReference`).',
    }),
  }),
});

builder.objectType(OutcomeUnknown, {
  name: 'OutcomeUnknownError',
  interfaces: [UserError],
  description:
    'The write may or may not have been applied: its answer was lost and reading it back ' +
    'failed. Repeat a create with `idempotencyKey` as its `externalImportReference` (it never ' +
    'makes a second record); repeat an update or delete as it was, or read the record first.',
  fields: (t) => ({
    idempotencyKey: t.exposeString('idempotencyKey', {
      nullable: true,
      description: 'Creates: the key to repeat the create with; null when the resource has none.',
    }),
  }),
});

/** The typed failures every mutation field declares. */
export const ERROR_TYPES = [
  ValidationFailed,
  NotFound,
  Conflict,
  RateLimited,
  UpstreamUnavailable,
  OutcomeUnknown,
];

builder.objectType(AppliedButUnread, {
  name: 'AppliedButUnreadError',
  interfaces: [UserError],
  description:
    'Actions only. The action WAS applied (PowerOffice accepted it), but reading its record ' +
    'back afterwards failed, so the record as it is now is not in this answer. Do not repeat ' +
    'the action (it would be applied twice); read the record later with `node(id:)`.',
  fields: (t) => ({
    id: t.field({
      type: 'ID',
      description: 'Global id of the record the action was applied to.',
      resolve: (e) => e.globalId,
    }),
    code: t.exposeString('code', {
      nullable: false,
      description:
        'Why the read-back failed: the upstream code (`TIMEOUT`, `UPSTREAM_UNAVAILABLE`, ' +
        '`RATE_LIMITED`, …), or `NOT_FOUND` when PowerOffice showed no record.',
    }),
  }),
});

/** The typed failures an action mutation declares: the CRUD ones and `AppliedButUnreadError`. */
export const ACTION_ERROR_TYPES = [...ERROR_TYPES, AppliedButUnread];

const TYPED: ReadonlyArray<new (...args: never[]) => Error> = ACTION_ERROR_TYPES;

/** The idempotency key property (reference A9: unique per client and resource, max 50). */
const KEY_FIELD = 'externalImportReference';

type Op = 'create' | 'update' | 'delete';

/** A PowerOffice JSON field path as a GraphQL input path. */
export function inputPath(path: string): string {
  return path === '' ? 'input.data' : `input.data.${path}`;
}

/**
 * Any error of a mutation as a typed result (thrown for the errors plugin); errors that are
 * neither typed nor upstream (bugs) pass through and are masked.
 */
export function asUserError(
  e: unknown,
  o: { op: Op; globalId?: string | null; key?: string | null } = { op: 'create' },
): unknown {
  if (TYPED.some((T) => e instanceof T)) return e;
  if (!isPowerOfficeError(e)) return e;
  const key = o.key ?? null;
  switch (e.code) {
    case 'VALIDATION':
      if (o.op === 'delete') {
        return new Conflict('The record cannot be deleted: related data or its state prevents it.');
      }
      return validationOf(e.fieldErrors);
    case 'NOT_FOUND':
      return new NotFound('The record does not exist.', o.globalId ?? null);
    case 'UNIQUE_CONSTRAINT': {
      const field = e.fieldErrors?.[0]?.path;
      return new Conflict(
        field ? `Another record already has this ${field}.` : 'A unique value is already used.',
        field ? inputPath(field) : null,
      );
    }
    case 'RATE_LIMITED':
      return new RateLimited(
        'PowerOffice is busy; try again shortly.',
        e.retryAfterSeconds ?? null,
      );
    case 'TIMEOUT':
    case 'UPSTREAM_UNAVAILABLE':
      if (e.writeOutcome === 'unknown') {
        return new OutcomeUnknown('The outcome of the write is unknown.', key);
      }
      return new UpstreamUnavailable('PowerOffice is unavailable; nothing was saved.', e.code, key);
    default:
      return new UpstreamUnavailable(
        'PowerOffice refused the call; nothing was saved.',
        e.code,
        key,
      );
  }
}

function validationOf(fieldErrors: readonly UpstreamFieldError[] | undefined): ValidationFailed {
  const fields = (fieldErrors ?? []).map((f) => ({ field: inputPath(f.path), message: f.message }));
  const message =
    fields.length > 0
      ? `PowerOffice refused ${fields.length === 1 ? 'a field' : `${fields.length} fields`}: ${fields[0]?.message}`
      : 'PowerOffice refused the input.';
  return new ValidationFailed(message, fields);
}

/** Runs a mutation body; every failure leaves as a typed result (see `asUserError`). */
export async function guarded<T>(
  o: { op: Op; globalId?: string | null; key?: () => string | null },
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw asUserError(e, { op: o.op, globalId: o.globalId ?? null, key: o.key?.() ?? null });
  }
}

/** The local id of a global id of `typename`, or a ValidationError on `field`. */
export function localIdOf<I>(
  globalId: string,
  typename: string,
  parse: (id: string) => I,
  field: string,
): I {
  try {
    const { typename: got, id } = decodeGlobalId(globalId);
    if (got !== typename) throw new Error(`"${globalId}" is not the id of a ${typename}.`);
    return parse(id);
  } catch (e) {
    const message = e instanceof Error && e.message ? e.message : `Not the id of a ${typename}.`;
    throw new ValidationFailed(message, [{ field, message }]);
  }
}

/**
 * The rules the reference states that need no upstream call (reference A8, A9): required fields
 * and natural keys without an assigned default on create, the declared value rules of every
 * level (`fieldProblems`: lengths, such as `externalImportReference`'s 50, ranges, GUIDs,
 * checks), the rules of a create's whole row, and uploads. One problem per path, paths as the
 * input's.
 */
function staticProblems(spec: ResourceSpec, dto: Record<string, unknown>, op: Op): FieldProblem[] {
  const byPath: Record<string, string> = {};
  const add = (found: Record<string, string>) => {
    for (const [path, message] of Object.entries(found)) byPath[path] ??= message;
  };
  if (op === 'create') {
    add(
      Object.fromEntries(
        Object.entries(requiredProblems(spec.fields, dto)).filter(([k]) => !(k in spec.keys)),
      ),
    );
    for (const [field, key] of Object.entries(spec.keys)) {
      if (key.optional || key.assignedFrom !== undefined || !(field in spec.fields)) continue;
      const v = dto[field];
      if (v === undefined || v === null || v === '') add({ [field]: `${field} is required.` });
    }
  }
  add(fieldProblems(spec.fields, dto));
  // A create's body is the whole row: its declared pairs are checked here. An update's are
  // checked once the stored row is read (`storedPrecheck`).
  if (op === 'create') add(rowProblems(spec, dto));
  return Object.entries(byPath).map(([path, message]) => ({ field: inputPath(path), message }));
}

/**
 * The rules an update can only be checked against with the stored row (`rowProblems`), on the
 * row the change would leave. Runs after the read an update makes anyway and before the write,
 * so a bad change is refused without reaching PowerOffice's write. That read may come from the
 * cache: before refusing, the row is read again from PowerOffice (`fresh`), so a change made
 * meanwhile elsewhere never makes a good update look bad.
 */
async function storedPrecheck(
  spec: ResourceSpec,
  stored: Record<string, unknown> | null | undefined,
  dto: Record<string, unknown>,
  fresh: () => Promise<Record<string, unknown> | null>,
): Promise<void> {
  if (!stored || Object.keys(rowProblems(spec, { ...stored, ...dto })).length === 0) return;
  const now = await fresh();
  if (!now) return; // Gone meanwhile: PowerOffice answers the write.
  const problems = Object.entries(rowProblems(spec, { ...now, ...dto })).map(
    ([field, message]) => ({ field: inputPath(field), message }),
  );
  if (problems.length > 0) throw failedWith(problems);
}

/** One typed validation error for `problems` (one message, or a count of them). */
function failedWith(problems: FieldProblem[]): ValidationFailed {
  return new ValidationFailed(
    problems.length === 1
      ? (problems[0] as FieldProblem).message
      : `${problems.length} fields are invalid.`,
    problems,
  );
}

/** Refuses bad input before any upstream call: the static rules, then the type's own check. */
function precheck(
  spec: ResourceSpec,
  dto: Record<string, unknown>,
  op: Op,
  check: ((dto: Record<string, unknown>) => void) | undefined,
): void {
  const problems = staticProblems(spec, dto, op);
  try {
    check?.(dto);
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    problems.push(...e.fields);
  }
  if (problems.length > 0) throw failedWith(problems);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** How long to wait before reading back a write: PowerOffice's replica lag (reference A7). */
export function lagOf(ctx: Context): number {
  return ctx.client.config.cache.replicaLagMs;
}

/** Reads a record straight from PowerOffice (no cache, no overlay): the reconciliation read. */
export async function readBack(
  ctx: Context,
  spec: ResourceSpec,
  id: string | number,
): Promise<Record<string, unknown> | null> {
  const reader = readResource(spec);
  const opts = { tracker: ctx.tracker, fresh: true };
  if (reader.operations.get) {
    return (await ctx.client.get(reader, id, opts)) as Record<string, unknown> | null;
  }
  const { items } = await ctx.client.list(
    reader,
    { filter: { op: 'eq', field: 'id', value: id }, top: 1 },
    opts,
  );
  return (items[0] as Record<string, unknown> | undefined) ?? null;
}

/**
 * A create whose answer was lost: after the lag, the record holding its idempotency key is the
 * answer. Found by the natural key it was sent with instead (no idempotency key), the record is
 * the answer only when it holds everything sent: a record with that key and other values may be
 * another's (the create was then refused as a duplicate) or ours changed since, so the outcome
 * stays unknown. None means it was not applied; a failed lookup leaves the outcome unknown.
 */
async function reconcileCreate(
  ctx: Context,
  spec: ResourceSpec,
  dto: Record<string, unknown>,
  key: string | null,
  cause: PowerOfficeError,
): Promise<Record<string, unknown>> {
  const natural = Object.keys(spec.keys).find(
    (k) => typeof dto[k] === 'string' || typeof dto[k] === 'number',
  );
  const field = key !== null ? KEY_FIELD : natural;
  if (field === undefined) {
    throw new OutcomeUnknown('The outcome of the create is unknown.', null);
  }
  await sleep(lagOf(ctx));
  const value = (key ?? dto[field]) as string | number;
  let found: Record<string, unknown> | undefined;
  try {
    const { items } = await ctx.client.list(
      readResource(spec),
      { filter: { op: 'eq', field, value }, top: 1 },
      { tracker: ctx.tracker, fresh: true },
    );
    found = items[0] as Record<string, unknown> | undefined;
  } catch {
    throw new OutcomeUnknown('The outcome of the create is unknown.', key);
  }
  if (!found) {
    throw new UpstreamUnavailable(
      'PowerOffice did not answer and the record was not saved.',
      cause.code,
      key,
    );
  }
  if (key === null && sentHolds(spec, dto, found) !== true) {
    throw new OutcomeUnknown('The outcome of the create is unknown.', null);
  }
  return found;
}

/**
 * Whether `row` holds every writable property of `sent` that can be compared: true when it does
 * (at least one compared), false when one differs, undefined when nothing was comparable.
 */
function sentHolds(
  spec: ResourceSpec,
  sent: Record<string, unknown>,
  row: Record<string, unknown>,
): boolean | undefined {
  let verdict: boolean | undefined;
  for (const [k, v] of Object.entries(sent)) {
    const field = spec.fields[k];
    if (k === 'id' || !field || field.readOnly || field.writeOnly) continue;
    const m = matches(v, row[k]);
    if (m === false) return false;
    if (m === true) verdict = true;
  }
  return verdict;
}

/** Compares what was sent with what PowerOffice holds: true/false, undefined if incomparable. */
function matches(sent: unknown, got: unknown): boolean | undefined {
  if (sent === null) return got === null || got === undefined;
  if (typeof sent === 'number' || typeof sent === 'boolean') {
    return typeof got === typeof sent ? sent === got : undefined;
  }
  if (typeof sent === 'string') {
    if (typeof got !== 'string') return undefined;
    if (sent === got || (/^\d{4}-\d{2}-\d{2}$/.test(sent) && got.startsWith(sent))) return true;
    const a = Date.parse(sent);
    const b = Date.parse(got.replace(/\s(?=[+-])/, ''));
    if (/^\d{4}-\d{2}-\d{2}T/.test(sent) && Number.isFinite(a) && Number.isFinite(b)) {
      return a === b;
    }
    return false;
  }
  if (typeof sent === 'object' && !Array.isArray(sent)) {
    if (typeof got !== 'object' || got === null) return undefined;
    let result: boolean | undefined;
    for (const [k, v] of Object.entries(sent as Record<string, unknown>)) {
      if (k === 'id') continue;
      const m = matches(v, (got as Record<string, unknown>)[k]);
      if (m === false) return false;
      if (m === true) result = true;
    }
    return result;
  }
  return undefined;
}

/**
 * An update whose answer was lost: read back after the lag. Not applied when a comparable
 * property sent does not hold the sent value. Applied when they all do and at least one of them
 * is a change (a property sent with the value it already had proves nothing); with no such
 * change to compare, when `lastChanged` moved. Unknown when the read fails or nothing tells.
 */
async function reconcileUpdate(
  ctx: Context,
  spec: ResourceSpec,
  id: string | number,
  before: Record<string, unknown> | null,
  dto: Record<string, unknown>,
  cause: PowerOfficeError,
  globalId: string,
): Promise<Record<string, unknown>> {
  await sleep(lagOf(ctx));
  let after: Record<string, unknown> | null;
  try {
    after = await readBack(ctx, spec, id);
  } catch {
    throw new OutcomeUnknown('The outcome of the update is unknown.');
  }
  if (!after) throw new NotFound('The record does not exist.', globalId);
  let verdict: boolean | undefined;
  for (const [k, v] of Object.entries(dto)) {
    const field = spec.fields[k];
    if (k === 'id' || !field || field.readOnly || field.writeOnly) continue;
    const m = matches(v, after[k]);
    if (m === false) {
      verdict = false;
      break;
    }
    // Evidence only when the record held something else before (or we do not know what).
    if (m === true && (before === null || matches(v, before[k]) !== true)) verdict = true;
  }
  if (verdict === undefined && before && typeof before.lastChanged === 'string') {
    verdict = after.lastChanged !== before.lastChanged;
  }
  if (verdict === true) return after;
  if (verdict === false) {
    throw new UpstreamUnavailable(
      'PowerOffice did not answer and the change was not saved.',
      cause.code,
    );
  }
  throw new OutcomeUnknown('The outcome of the update is unknown.');
}

/** A delete whose answer was lost: gone after the lag means deleted; still there means not. */
async function reconcileDelete(
  ctx: Context,
  spec: ResourceSpec,
  id: string | number,
  cause: PowerOfficeError,
): Promise<void> {
  await sleep(lagOf(ctx));
  let row: Record<string, unknown> | null;
  try {
    row = await readBack(ctx, spec, id);
  } catch {
    throw new OutcomeUnknown('The outcome of the delete is unknown.');
  }
  if (row) {
    throw new UpstreamUnavailable(
      'PowerOffice did not answer and the record was not deleted.',
      cause.code,
    );
  }
}

export const unknownOutcome = (e: unknown): e is PowerOfficeError =>
  isPowerOfficeError(e) && e.writeOutcome === 'unknown';

/**
 * POST a create with its idempotency key. A unique-constraint answer on that key means an
 * earlier attempt with the same key was applied: its record is the answer (a repeated create
 * never makes a second record). A lost answer is reconciled.
 */
async function createWithKey(
  ctx: Context,
  spec: ResourceSpec,
  dto: Record<string, unknown>,
  key: string | null,
  post: () => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  try {
    return await post();
  } catch (e) {
    if (
      key !== null &&
      isPowerOfficeError(e, 'UNIQUE_CONSTRAINT') &&
      e.fieldErrors?.some((f) => f.path.toLowerCase() === KEY_FIELD.toLowerCase())
    ) {
      // PowerOffice holds a record with this key: an earlier attempt was applied. Its answer is
      // that record; a replica that does not show it yet gets one more look after the lag
      // (reference A7). A record known to exist is never reported as not saved: without it
      // the outcome is unknown, and repeating with the same key stays safe.
      const byKey = async () => {
        const { items } = await ctx.client.list(
          readResource(spec),
          { filter: { op: 'eq', field: KEY_FIELD, value: key }, top: 1 },
          { tracker: ctx.tracker, fresh: true },
        );
        return items[0] as Record<string, unknown> | undefined;
      };
      let existing: Record<string, unknown> | undefined;
      try {
        existing = (await byKey()) ?? (await sleep(lagOf(ctx)).then(byKey));
      } catch {
        throw new OutcomeUnknown('A record with this key exists but could not be read.', key);
      }
      if (existing) return existing;
      // Read without failing and still not there: the key is held by a record this integration
      // does not see (a bank transfer of another integration, §5), not by an earlier attempt of
      // this create. That is the conflict PowerOffice answered.
    }
    if (unknownOutcome(e)) return reconcileCreate(ctx, spec, dto, key, e);
    throw e;
  }
}

/** A fresh idempotency key: 40 characters, within PowerOffice's 50 (reference A9). */
function newIdempotencyKey(): string {
  return `gql-${randomUUID()}`;
}

export const DeletePayload = builder.objectRef<{ deletedId: string }>('DeletePayload').implement({
  description: 'The result of a delete.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', {
      nullable: false,
      description: 'Global id of the deleted record.',
    }),
  }),
});

export interface CrudOptions<Shape> {
  readonly typeName: string;
  readonly ref: ObjectRef<Types, Shape>;
  readonly resource: ResourceSpec;
  readonly map: FieldMap;
  readonly input?: InputOptions;
  /** Turns the global id's local part into the PowerOffice id (number or GUID). */
  readonly parseId: (id: string) => string | number;
  /** Seeds this request's loaders with the saved row (and drops stale copies). */
  readonly remember?: (ctx: Context, saved: Shape) => void;
  /** Last checks on a DTO before it goes upstream; throw ValidationFailed to refuse it. */
  readonly check?: (dto: Record<string, unknown>) => void;
}

function callOptions(ctx: Context) {
  return { tracker: ctx.tracker };
}

/** The three mutation fields of a resource, for `builder.mutationFields`. */
export function crudMutations<Shape>(
  t: PothosSchemaTypes.MutationFieldBuilder<Types, Record<string, never>>,
  o: CrudOptions<Shape>,
) {
  const fields = inputFor(`${o.typeName}Fields`, o.map, {
    ...o.input,
    description: `Writable properties of a ${o.typeName}.`,
  });
  const keyed = KEY_FIELD in o.resource.fields;
  const CreateInput = builder.inputType(`Create${o.typeName}Input`, {
    description: keyed
      ? `A new ${o.typeName}. \`data.externalImportReference\` is the create's idempotency key ` +
        '(at most 50 characters, unique): give your own to repeat a create safely, or the ' +
        'facade generates one and returns it with the record.'
      : `A new ${o.typeName}.`,
    fields: (ti) => ({
      data: ti.field({ type: fields, required: true, description: 'Properties.' }),
    }),
  });
  // No update input for a create-only resource: the schema would show an unused type.
  const UpdateInput = o.resource.createOnly
    ? undefined
    : builder.inputType(`Update${o.typeName}Input`, {
        description: `Changes to an existing ${o.typeName}: properties left out keep their value.`,
        fields: (ti) => ({
          id: ti.id({ required: true, description: `Global id of the ${o.typeName}.` }),
          data: ti.field({ type: fields, required: true, description: 'Properties to change.' }),
        }),
      });
  const localId = (globalId: string, field: string) =>
    localIdOf(globalId, o.typeName, o.parseId, field);
  const post = async (ctx: Context, dto: Record<string, unknown>) =>
    (await ctx.client.save(o.resource, dto as never, callOptions(ctx))) as Record<string, unknown>;
  const remember = (ctx: Context, saved: Record<string, unknown>) => {
    o.remember?.(ctx, saved as Shape);
    return saved as Shape;
  };
  const errors = (verb: string) => ({
    types: ERROR_TYPES,
    result: { name: `${verb}${o.typeName}Payload`, description: `The ${o.typeName} as saved.` },
    union: { name: `${verb}${o.typeName}Result` },
    dataField: { name: lowerFirst(o.typeName), description: `The ${o.typeName} as saved.` },
  });
  // Shape is generic here; the ref fixes the GraphQL type, so the options are checked loosely.
  const field = t.field.bind(t) as unknown as (
    options: Record<string, unknown>,
  ) => ReturnType<typeof t.field>;
  type CreateArgs = { input: { data: InputShape } };
  type UpdateArgs = { input: { id: string; data: InputShape } };
  return {
    [`create${o.typeName}`]: field({
      type: o.ref,
      nullable: false,
      description:
        `Creates a ${o.typeName} (POST without id). Never fails by throwing: every failure is ` +
        'a typed result.',
      errors: errors('Create'),
      args: { input: t.arg({ type: CreateInput, required: true }) },
      resolve: (_root: unknown, args: CreateArgs, ctx: Context) => {
        const dto = toDto(args.input.data);
        delete dto.id;
        let key: string | null = null;
        return guarded({ op: 'create', key: () => key }, async () => {
          if (keyed) {
            const given = dto[KEY_FIELD];
            key = typeof given === 'string' && given !== '' ? given : newIdempotencyKey();
            dto[KEY_FIELD] = key;
          }
          precheck(o.resource, dto, 'create', o.check);
          const saved = await createWithKey(ctx, o.resource, dto, key, () => post(ctx, dto));
          return remember(ctx, saved);
        });
      },
    }),
    // A create-only resource (accounting.md §5) has no update: delete and recreate.
    ...(o.resource.createOnly
      ? {}
      : {
          [`update${o.typeName}`]: field({
            type: o.ref,
            nullable: false,
            description: `Updates a ${o.typeName} (POST with id; a partial body).`,
            errors: errors('Update'),
            args: {
              input: t.arg({
                type: UpdateInput as NonNullable<typeof UpdateInput>,
                required: true,
              }),
            },
            resolve: (_root: unknown, args: UpdateArgs, ctx: Context) => {
              const globalId = String(args.input.id);
              return guarded({ op: 'update', globalId }, async () => {
                const id = localId(globalId, 'input.id');
                const dto = { ...toDto(args.input.data), id };
                precheck(o.resource, dto, 'update', o.check);
                // Reads this client's own recent writes (recent-writes.ts): an update right after a
                // create finds the record even inside the replica lag.
                const existing = (await ctx.client.get(o.resource, id, callOptions(ctx))) as Record<
                  string,
                  unknown
                > | null;
                // POST with an unknown id would create a record: refuse instead.
                if (!existing) throw new NotFound(`No ${o.typeName} has this id.`, globalId);
                await storedPrecheck(o.resource, existing, dto, () =>
                  readBack(ctx, o.resource, id),
                );
                try {
                  return remember(ctx, await post(ctx, dto));
                } catch (e) {
                  if (!unknownOutcome(e)) throw e;
                  const after = await reconcileUpdate(
                    ctx,
                    o.resource,
                    id,
                    existing,
                    dto,
                    e,
                    globalId,
                  );
                  return remember(ctx, after);
                }
              });
            },
          }),
        }),
    [`delete${o.typeName}`]: field({
      type: DeletePayload,
      nullable: false,
      description: `Deletes a ${o.typeName}. Records with related data cannot be deleted (archive a party instead).`,
      errors: { ...errors('Delete'), dataField: { name: 'result' } },
      args: { id: t.arg.id({ required: true, description: `Global id of the ${o.typeName}.` }) },
      resolve: (_root: unknown, args: { id: string }, ctx: Context) => {
        const globalId = String(args.id);
        return guarded({ op: 'delete', globalId }, async () => {
          const id = localId(globalId, 'id');
          try {
            await ctx.client.delete(o.resource, id, callOptions(ctx));
          } catch (e) {
            if (!unknownOutcome(e)) throw e;
            await reconcileDelete(ctx, o.resource, id, e);
          }
          return { deletedId: globalId };
        });
      },
    }),
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "ContactPerson" → "contact person", for generated descriptions. */
export function humanName(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Mutations of a sub-resource written under its parent (`/Customer/{parentId}/Contact`): a
 * create names the parent; update and delete find the parent from the row's own `parent.field`
 * (read through the resource's global view), so clients never send it twice.
 */
export function subResourceMutations<Shape>(
  t: PothosSchemaTypes.MutationFieldBuilder<Types, Record<string, never>>,
  o: { readonly spec: ResourceSpec; readonly ref: ObjectRef<Types, Shape> },
) {
  const { spec } = o;
  if (!spec.parent) throw new Error(`${spec.name} has no parent`);
  // One variant per parent (registry `parentVariants`): the declaration at each parent's path.
  const variants = parentVariants(spec);
  const parents = variants.map((v) => v.parent as NonNullable<ResourceSpec['parent']>);
  const name = spec.name;
  const human = humanName(name);
  const parentsHuman = parents.map((p) => humanName(p.resource)).join(' or ');
  const argOf = (resource: string) => `${lowerFirst(resource)}Id`;
  const reader = spec.readVia ? spec.readVia : spec.name;
  const fields = inputFor(`${name}Fields`, spec.fields, {
    description: `Writable properties of a ${name}.`,
  });
  const localId = (globalId: string, typename: string, at: string): number =>
    localIdOf(globalId, typename, parseIntegerId, at);
  /**
   * The parent that holds a row: the one whose key the row carries (a contact person of a
   * supplier has `partySupplierCode`), else the first.
   */
  const refs = refsOf(spec.fields);
  const variantOf = async (ctx: Context, row: Record<string, unknown>): Promise<ResourceSpec> => {
    const byKey = variants.find((v) =>
      refs.some(
        (use) => use.ref.to === v.parent?.resource && use.ref.key !== 'id' && row[use.key] != null,
      ),
    );
    if (byKey || variants.length === 1) return byKey ?? spec;
    // Only the parent's id is on the row (a bank account's `partyId`, reference B6): the first
    // parent resource that has a row with that id (one batched lookup per parent resource).
    const found = await Promise.all(
      variants.map(async (v) => {
        const parent = v.parent as NonNullable<ResourceSpec['parent']>;
        const parentId = row[parent.field];
        if (typeof parentId !== 'number') return false;
        const loader = ctx.loaders.byKey(readResource(registryResource(parent.resource)), 'id');
        return (await loader.load(parentId)) != null;
      }),
    );
    return variants[found.indexOf(true)] ?? spec;
  };
  /** The row's id, its parent's id and the variant to address it under, or NotFound. */
  const owner = async (ctx: Context, globalId: string, at: string) => {
    const id = localId(globalId, name, at);
    const view = ctx.loaders.byKey(registryResource(reader), 'id');
    const row = (await view.load(id)) as Record<string, unknown> | null;
    const variant = row ? await variantOf(ctx, row) : spec;
    const parentSpec = (variant.parent ?? parents[0]) as NonNullable<ResourceSpec['parent']>;
    const held = row?.[parentSpec.field];
    // A row that holds its parent by a natural key (a project activity's projectCode) reaches
    // the parent's id, which the path needs, through the parent's own loader.
    const parentId =
      parentKeyOf(parentSpec) === 'id' || (typeof held !== 'string' && typeof held !== 'number')
        ? held
        : (
            (await ctx.loaders
              .byKey(readResource(registryResource(parentSpec.resource)), parentKeyOf(parentSpec))
              .load(held)) as Record<string, unknown> | null
          )?.id;
    if (!row || typeof parentId !== 'number') {
      throw new NotFound(`No ${human} has this id.`, globalId);
    }
    return { id, parentId, row, variant };
  };
  const post = async (
    ctx: Context,
    variant: ResourceSpec,
    parentId: number,
    dto: Record<string, unknown>,
  ) => {
    const saved = (await ctx.client.save(variant, dto as never, {
      tracker: ctx.tracker,
      parentId,
    })) as Record<string, unknown>;
    ctx.loaders.afterWrite(spec, saved);
    return saved;
  };
  const errors = (verb: string) => ({
    types: ERROR_TYPES,
    result: { name: `${verb}${name}Payload`, description: `The ${human} as saved.` },
    union: { name: `${verb}${name}Result` },
    dataField: { name: lowerFirst(name), description: `The ${human} as saved.` },
  });
  const field = t.field.bind(t) as unknown as (
    options: Record<string, unknown>,
  ) => ReturnType<typeof t.field>;
  const routes = variants
    .map((v) => v.path.replace(`{${v.parent?.param ?? 'parentId'}}`, '{id}'))
    .join(' or ');
  const single = parents.length === 1;
  type CreateArgs = { input: Record<string, unknown> & { data: InputShape } };
  type UpdateArgs = { input: { id: string; data: InputShape } };
  return {
    [`create${name}`]: field({
      type: o.ref,
      nullable: false,
      description: `Adds a ${human} to a ${parentsHuman} (POST ${routes}).`,
      errors: errors('Create'),
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType(`Create${name}Input`, {
            description: single
              ? `A new ${human} of a ${parentsHuman}.`
              : `A new ${human} of a ${parentsHuman}: give exactly one parent id.`,
            fields: (ti) => ({
              ...Object.fromEntries(
                parents.map((p) => [
                  argOf(p.resource),
                  ti.id({
                    required: single,
                    description: `Global id of the ${humanName(p.resource)}.`,
                  }),
                ]),
              ),
              data: ti.field({ type: fields, required: true, description: 'Properties.' }),
            }),
          }),
        }),
      },
      resolve: (_root: unknown, args: CreateArgs, ctx: Context) =>
        guarded({ op: 'create' }, async () => {
          const given = variants.filter((v) => args.input[argOf(v.parent?.resource ?? '')] != null);
          if (given.length !== 1) {
            throw new ValidationFailed(
              `Give exactly one of ${parents.map((p) => argOf(p.resource)).join(', ')}.`,
              [
                {
                  field: `input.${argOf(parents[0]?.resource ?? '')}`,
                  message: 'Exactly one parent id is required.',
                },
              ],
            );
          }
          const variant = given[0] as ResourceSpec;
          const arg = argOf(variant.parent?.resource ?? '');
          const parentId = localId(
            String(args.input[arg]),
            variant.parent?.resource ?? '',
            `input.${arg}`,
          );
          const dto = toDto(args.input.data);
          delete dto.id;
          precheck(spec, dto, 'create', undefined);
          const saved = await createWithKey(ctx, spec, dto, null, () =>
            post(ctx, variant, parentId, dto),
          );
          ctx.loaders.afterWrite(spec, saved);
          return saved;
        }),
    }),
    [`update${name}`]: field({
      type: o.ref,
      nullable: false,
      description: `Updates a ${human} (POST to its ${parentsHuman} with the id; a partial body).`,
      errors: errors('Update'),
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType(`Update${name}Input`, {
            description: `Changes to a ${human}: properties left out keep their value.`,
            fields: (ti) => ({
              id: ti.id({ required: true, description: `Global id of the ${human}.` }),
              data: ti.field({ type: fields, required: true, description: 'Changes.' }),
            }),
          }),
        }),
      },
      resolve: (_root: unknown, args: UpdateArgs, ctx: Context) => {
        const globalId = String(args.input.id);
        return guarded({ op: 'update', globalId }, async () => {
          const { id, parentId, row, variant } = await owner(ctx, globalId, 'input.id');
          const dto = { ...toDto(args.input.data), id };
          precheck(spec, dto, 'update', undefined);
          await storedPrecheck(spec, row, dto, () => readBack(ctx, spec, id));
          try {
            return await post(ctx, variant, parentId, dto);
          } catch (e) {
            if (!unknownOutcome(e)) throw e;
            return reconcileUpdate(ctx, spec, id, row, dto, e, globalId);
          }
        });
      },
    }),
    [`delete${name}`]: field({
      type: DeletePayload,
      nullable: false,
      description: `Removes a ${human} from its ${parentsHuman}.`,
      errors: { ...errors('Delete'), dataField: { name: 'result' } },
      args: { id: t.arg.id({ required: true, description: `Global id of the ${human}.` }) },
      resolve: (_root: unknown, args: { id: string }, ctx: Context) => {
        const globalId = String(args.id);
        return guarded({ op: 'delete', globalId }, async () => {
          const { id, parentId, variant } = await owner(ctx, globalId, 'id');
          try {
            await ctx.client.delete(variant, id, { tracker: ctx.tracker, parentId });
          } catch (e) {
            if (!unknownOutcome(e)) throw e;
            await reconcileDelete(ctx, spec, id, e);
          }
          return { deletedId: globalId };
        });
      },
    }),
  };
}

/**
 * `update<Name>(input: { data })` of a singleton (Client, reference B18): a POST to its path with
 * the changed properties. The same typed results as every write; a lost answer is settled by
 * reading the row back, as for updates.
 */
export function singletonMutation<Shape>(
  t: PothosSchemaTypes.MutationFieldBuilder<Types, Record<string, never>>,
  o: { readonly spec: ResourceSpec; readonly ref: ObjectRef<Types, Shape> },
) {
  const { spec } = o;
  const name = spec.name;
  const fields = inputFor(`${name}Fields`, spec.fields, {
    description: `Writable properties of the ${name}.`,
  });
  const field = t.field.bind(t) as unknown as (
    options: Record<string, unknown>,
  ) => ReturnType<typeof t.field>;
  return {
    [`update${name}`]: field({
      type: o.ref,
      nullable: false,
      description: `Updates the ${name} (POST ${spec.path}; a partial body).`,
      errors: {
        types: ERROR_TYPES,
        result: { name: `Update${name}Payload`, description: `The ${name} as saved.` },
        union: { name: `Update${name}Result` },
        dataField: { name: lowerFirst(name), description: `The ${name} as saved.` },
      },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType(`Update${name}Input`, {
            description: `Changes to the ${name}: properties left out keep their value.`,
            fields: (ti) => ({
              data: ti.field({
                type: fields,
                required: true,
                description: 'Properties to change.',
              }),
            }),
          }),
        }),
      },
      resolve: (_root: unknown, args: { input: { data: InputShape } }, ctx: Context) =>
        guarded({ op: 'update', globalId: name }, async () => {
          const dto = toDto(args.input.data);
          precheck(spec, dto, 'update', undefined);
          const before = (await ctx.client.get(spec, '', callOptions(ctx))) as Record<
            string,
            unknown
          > | null;
          await storedPrecheck(spec, before, dto, () => readBack(ctx, spec, ''));
          try {
            const saved = await ctx.client.save(spec, dto as never, callOptions(ctx));
            ctx.loaders.afterWrite(spec, saved);
            return saved;
          } catch (e) {
            if (!unknownOutcome(e)) throw e;
            return reconcileUpdate(ctx, spec, '', before, dto, e, name);
          }
        }),
    }),
  };
}
