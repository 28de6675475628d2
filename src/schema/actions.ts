import type { ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import { fileUrl } from '../plugins/files.js';
import { isPowerOfficeError } from '../poweroffice/errors.js';
import { bodyProblems } from '../poweroffice/resources/checks.js';
import type { FieldSpec } from '../poweroffice/resources/fields.js';
import { resourceNamed } from '../poweroffice/resources/registry.js';
import {
  type ActionSpec,
  actionAnswer,
  type ReadSpec,
  type ResourceSpec,
  type RowType,
} from '../poweroffice/resources/resource.js';
import { builder, type Types } from './builder.js';
import { upstream } from './cost.js';
import {
  AppliedButUnread,
  NotFound,
  OutcomeUnknown,
  UpstreamUnavailable,
  ValidationFailed,
} from './errors.js';
import { type InputShape, inputTypeOf, toDto, writableKeys } from './inputs.js';
import { relationConnection } from './lists.js';
import {
  ACTION_ERROR_TYPES,
  asUserError,
  ERROR_TYPES,
  humanName,
  lagOf,
  localIdOf,
  readBack,
  sleep,
  unknownOutcome,
} from './mutations.js';
import { generatedType, inputsOf, objectFields, type Row, typeRef } from './resource-type.js';
import { scalarOf } from './wire.js';

/**
 * The graph of a resource's declared action routes and sub-lists (resource.ts, issue 8):
 *
 * - each sub-list is a plain list field on the resource's type (`OutgoingInvoice.notes`), one
 *   GET per parent row (`loaders.subList`), of a row type built from its field map;
 * - each action is a mutation (`sendOutgoingInvoice`) whose flat input is generated from the
 *   body's field map (the `target` field as the row's global id) and whose result union is the
 *   CRUD mutations' one: every failure a typed result (`asUserError`), paths as `input.<field>`.
 *   The payload is the action's row result, or for a `'success'` action the target row read
 *   back from PowerOffice itself (fresh), so a client can follow an asynchronous action.
 *
 * A lost answer (timeout, reset, 5xx) is never retried: with `appliedWhen` the target is read
 * back after the replica lag (reference A7) and compared with its state before the action;
 * otherwise the outcome is reported unknown. An action that succeeded but whose target cannot
 * be read back afterwards is `AppliedButUnreadError`: applied, only the fresh row is missing.
 */

/** The payload of an action PowerOffice only accepts (queues), with nothing to read back. */
const Accepted = builder.objectRef<Row>('ActionAccepted').implement({
  description: 'PowerOffice accepted the request (for an asynchronous action: it is queued).',
  fields: (t) => ({
    accepted: t.boolean({
      nullable: false,
      description: 'Always true: a refusal is another member of the result union.',
      resolve: () => true,
    }),
  }),
});

/**
 * The object type of a row type (VoucherNote): `generatedType` makes it once per name, shared
 * with nested objects of the same reference type (DebtCollectionInvoiceMatch).
 */
function rowTypeRef(row: RowType): ObjectRef<Types, Row> {
  return generatedType(row.type, (made) =>
    made.implement({
      description: row.description,
      fields: (t) =>
        objectFields(t, row.fields, {
          nested: true,
          idDescription: `PowerOffice id of the ${humanName(row.type)}.`,
        }),
    }),
  );
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Sub-list fields and action mutations of one resource; `resource-type.ts` calls it. */
export function buildActions(spec: ResourceSpec, parseId: (id: string) => string | number): void {
  const ref = typeRef(spec.name);
  const subLists = Object.entries(spec.subLists ?? {});
  if (subLists.length > 0) {
    builder.objectFields(ref, (t) => {
      const out: Record<string, unknown> = {};
      for (const [name, sub] of subLists) {
        // The path's key: the row's id, or another key (an account's code).
        const key = sub.key ?? 'id';
        if (sub.of) {
          // Rows of another resource with OData (contact-group members): a connection of its
          // type, one call per parent row and page (the key is in the path, reference B4).
          const rows = resourceNamed(sub.of);
          out[sub.graph.field] = relationConnection(t, {
            type: typeRef(sub.of),
            inputs: inputsOf(rows),
            map: rows.listFields,
            typeName: sub.of,
            relation: `${spec.name}.${sub.graph.field}`,
            description: sub.graph.description,
            cost: { calls: 'detail', detail: `${spec.name}.${name}` },
            load: (row, query, ctx) => {
              const value = row[key];
              return typeof value === 'string' || typeof value === 'number'
                ? ctx.loaders.subListPage(spec, name, query).load(value)
                : Promise.resolve({ rows: [], count: 0 });
            },
          });
          continue;
        }
        out[sub.graph.field] = t.field({
          type: [typeof sub.item === 'string' ? typeRef(sub.item) : rowTypeRef(sub.item)],
          nullable: { list: false, items: false },
          description: sub.graph.description,
          extensions: upstream({ calls: 'detail', detail: `${spec.name}.${name}` }),
          resolve: (row, _args, ctx) =>
            row[key] == null ? [] : ctx.loaders.subList(spec, name).load(row[key] as string),
        });
      }
      // Keys chosen at runtime: Pothos cannot check them against the object type.
      return out as never;
    });
  }
  for (const [name, action] of Object.entries(spec.actions ?? {})) {
    builder.mutationFields((t) => ({
      [action.graph.mutation]: actionMutation(t, spec, name, action, parseId),
    }));
  }
  buildReads(spec);
  buildDownloads(spec);
}

/** The GraphQL output type of a read's result: a row type's object, or the field's scalar. */
function readType(result: ReadSpec['result']): unknown {
  if ('type' in result && typeof result.type === 'string' && 'fields' in result) {
    return rowTypeRef(result as RowType);
  }
  const field = result as FieldSpec;
  return field.type === 'scalar' ? scalarOf(field.kind) : 'String';
}

/**
 * Declared reads (`reads`): with `{id}` in the path, a field of the resource's type, one GET per
 * row (PowerOffice has no batch form); without, a root field, one GET per operation.
 */
function buildReads(spec: ResourceSpec): void {
  for (const [name, read] of Object.entries(spec.reads ?? {})) {
    const type = readType(read.result) as 'String';
    if (read.path.includes('{id}')) {
      builder.objectFields(typeRef(spec.name), (t) => ({
        [read.graph.field]: t.field({
          type,
          nullable: true,
          description: read.graph.description,
          extensions: upstream({ calls: 'detail', detail: `${spec.name}.${name}` }),
          resolve: (row, _args, ctx) =>
            row.id == null
              ? null
              : (ctx.loaders.read(spec, name).load(row.id as string) as Promise<never>),
        }),
      }));
    } else {
      builder.queryFields((t) => ({
        [read.graph.field]: t.field({
          type,
          nullable: true,
          description: read.graph.description,
          extensions: upstream({ calls: 'list' }),
          resolve: (_root, _args, ctx) => ctx.loaders.read(spec, name).load('') as Promise<never>,
        }),
      }));
    }
  }
}

/**
 * Declared downloads (`downloads`): a URL of the facade's file route on the resource's type
 * (a list of page URLs for paged content), null when the row has no key to fetch by.
 */
function buildDownloads(spec: ResourceSpec): void {
  for (const [name, download] of Object.entries(spec.downloads ?? {})) {
    const keyOf = (row: Row) => {
      const v = row[download.key];
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    };
    const pages = download.pages;
    builder.objectFields(typeRef(spec.name), (t) => ({
      [download.graph.field]: pages
        ? t.field({
            type: ['String'],
            nullable: { list: false, items: false },
            description: download.graph.description,
            resolve: (row) => {
              const key = keyOf(row);
              const count = Number(row[pages] ?? 0);
              if (key === null || !(count > 0)) return [];
              return Array.from({ length: count }, (_, i) => fileUrl(spec.name, key, name, i + 1));
            },
          })
        : t.field({
            type: 'String',
            nullable: true,
            description: download.graph.description,
            resolve: (row) => {
              const key = keyOf(row);
              return key === null ? null : fileUrl(spec.name, key, name);
            },
          }),
    }));
  }
}

function actionMutation(
  t: PothosSchemaTypes.MutationFieldBuilder<Types, Record<string, never>>,
  spec: ResourceSpec,
  name: string,
  action: ActionSpec,
  parseId: (id: string) => string | number,
) {
  const Name = upperFirst(action.graph.mutation);
  const target = action.target;
  const human = humanName(spec.name);
  const input = builder.inputType(`${Name}Input`, {
    description: action.description,
    fields: (ti) => {
      const fields: Record<string, unknown> = {};
      const filled: readonly string[] = action.credentialFields ?? [];
      for (const key of writableKeys(action.body, { keepId: true })) {
        // Filled by the PowerOffice client from its credentials, never by a GraphQL client.
        if (filled.includes(key)) continue;
        const field = action.body[key] as FieldSpec;
        if (key === target) {
          fields[key] = ti.id({ required: true, description: `Global id of the ${human}.` });
          continue;
        }
        const type = inputTypeOf(field);
        fields[key] = ti.field({
          // The GraphQL type is picked from the registry at runtime (see wire.ts).
          type: type as 'String',
          required: !field.nullable,
          description: field.description,
        });
      }
      return fields as never;
    },
  });
  const answer = actionAnswer(spec, action);
  const rowResult = answer.kind === 'echo' || answer.kind === 'row' ? answer.type : undefined;
  // A `Success` answer with no row to read back (ForwardIncomingEhf queues a file): the payload
  // says only that PowerOffice accepted it.
  const accepted = answer.kind === 'none' && target === undefined;
  const resultRef = accepted ? Accepted : rowResult ? rowTypeRef(rowResult) : typeRef(spec.name);
  const dataName = accepted ? 'accepted' : lowerFirst(rowResult ? rowResult.type : spec.name);
  const field = t.field.bind(t) as unknown as (
    options: Record<string, unknown>,
  ) => ReturnType<typeof t.field>;
  return field({
    type: resultRef,
    nullable: false,
    description: action.graph.description,
    errors: {
      // Only an action with a target whose row is read back after it can be applied-but-unread.
      types: target !== undefined && answer.kind !== 'echo' ? ACTION_ERROR_TYPES : ERROR_TYPES,
      result: {
        name: `${Name}Payload`,
        description: rowResult
          ? `The ${humanName(rowResult.type)} as saved.`
          : `The ${human} read back after the action.`,
      },
      union: { name: `${Name}Result` },
      dataField: {
        name: dataName,
        description: rowResult
          ? `The ${humanName(rowResult.type)} as saved.`
          : `The ${human} as PowerOffice shows it now (read after the action).`,
      },
    },
    args: { input: t.arg({ type: input, required: true }) },
    resolve: async (_root: unknown, args: { input: InputShape }, ctx: Context) => {
      const globalId = target === undefined ? null : String(args.input[target]);
      try {
        const dto = toDto(args.input);
        let id: string | number | undefined;
        if (target !== undefined && globalId !== null) {
          id = localIdOf(globalId, spec.name, parseId, `input.${target}`);
          dto[target] = id;
        }
        // The body's declared rules (required fields, lengths, ranges, GUIDs, checks) and its
        // uploads (base64 and bounded), refused before any upstream call. An action's body is
        // sent whole, like a create's.
        const problems = Object.entries(bodyProblems(action.body, dto)).map(([path, message]) => ({
          field: `input.${path}`,
          message,
        }));
        if (problems.length > 0) {
          throw new ValidationFailed(problems[0]?.message ?? 'Invalid content.', problems);
        }
        return await run(ctx, spec, name, action, dto, id, globalId);
      } catch (e) {
        throw atInput(asUserError(e, { op: 'update', globalId }));
      }
    },
  });
}

/** The action, its reconciliation, and its payload (see the file comment). */
async function run(
  ctx: Context,
  spec: ResourceSpec,
  name: string,
  action: ActionSpec,
  dto: Record<string, unknown>,
  id: string | number | undefined,
  globalId: string | null,
): Promise<Row> {
  const opts = { tracker: ctx.tracker };
  // The state before, to tell after a lost answer whether this action changed it.
  let before: Row | null = null;
  if (action.appliedWhen && id !== undefined) {
    before = await readBack(ctx, spec, id);
    if (!before) throw new NotFound(`No ${humanName(spec.name)} has this id.`, globalId);
  }
  let result: Row | null;
  try {
    result = await ctx.client.action(spec, name, dto, opts);
  } catch (e) {
    if (!unknownOutcome(e) || !action.appliedWhen || !before || id === undefined) throw e;
    if (action.appliedWhen(before))
      throw new OutcomeUnknown('The outcome of the action is unknown.');
    await sleep(lagOf(ctx));
    let after: Row | null;
    try {
      after = await readBack(ctx, spec, id);
    } catch {
      throw new OutcomeUnknown('The outcome of the action is unknown.');
    }
    // A target that is gone tells nothing about the action: only a row that is there and does
    // not show it proves the action was not applied.
    if (!after) throw new OutcomeUnknown('The outcome of the action is unknown.');
    if (!action.appliedWhen(after)) {
      throw new UpstreamUnavailable(
        'PowerOffice did not answer and the action was not applied.',
        e.code,
      );
    }
    ctx.loaders.afterAction(spec, id);
    return after;
  }
  if (id !== undefined) ctx.loaders.afterAction(spec, id);
  if (result) return result;
  const answer = actionAnswer(spec, action);
  if (id === undefined && answer.kind === 'none') return { accepted: true };
  // PowerOffice answers `Success` with no row: the request as applied is the result.
  if (answer.kind === 'echo') return dto;
  if (id === undefined)
    throw new Error(`${spec.name}.${name} has neither a row result nor a target`);
  // The action is applied from here on: a failed or empty read-back must not be reported as
  // "nothing was saved" (UpstreamUnavailable, NotFound), nor the action sent again.
  let now: Row | null;
  try {
    now = await readBack(ctx, spec, id);
  } catch (e) {
    throw appliedButUnread(spec, globalId, isPowerOfficeError(e) ? e.code : 'INTERNAL');
  }
  if (!now) throw appliedButUnread(spec, globalId, 'NOT_FOUND');
  return now;
}

function appliedButUnread(
  spec: ResourceSpec,
  globalId: string | null,
  code: string,
): AppliedButUnread {
  return new AppliedButUnread(
    `The action was applied, but the ${humanName(spec.name)} could not be read back; do not repeat it.`,
    globalId,
    code,
  );
}

/** The action's input is flat: `input.data.x` paths of the shared mapping become `input.x`. */
function atInput(e: unknown): unknown {
  if (!(e instanceof ValidationFailed)) return e;
  const fields = e.fields.map((f) => ({ ...f, field: f.field.replace(/^input\.data\b/, 'input') }));
  return new ValidationFailed(e.message, fields);
}
