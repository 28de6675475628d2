import type { ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import { isPowerOfficeError } from '../poweroffice/errors.js';
import type { FieldMap } from '../poweroffice/resources/fields.js';
import { resourceNamed as registryResource } from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { builder, decodeGlobalId, type Types } from './builder.js';
import { badInput, Conflict, NotFound, ValidationFailed } from './errors.js';
import { type InputOptions, type InputShape, inputFor, toDto } from './inputs.js';
import { parseIntegerId } from './node.js';

/**
 * `createX(input)`, `updateX(input)`, `deleteX(id)` for a writable resource. Expected failures
 * are typed results (errors plugin): PowerOffice validation → ValidationError, unknown id →
 * NotFoundError, a broken uniqueness rule → ConflictError. Anything else (auth, rate limits,
 * outages) stays a GraphQL error with its code, like on queries.
 */

const UserError = builder.interfaceRef<Error>('UserError').implement({
  description: 'An expected failure of a mutation; the message is safe to show to users.',
  fields: (t) => ({ message: t.exposeString('message', { nullable: false }) }),
});

const FieldError = builder.objectRef<{ field: string; message: string }>('FieldError').implement({
  description: 'A problem with one input property.',
  fields: (t) => ({
    field: t.exposeString('field', {
      nullable: false,
      description: 'Input path, e.g. `input.name`.',
    }),
    message: t.exposeString('message', { nullable: false }),
  }),
});

builder.objectType(ValidationFailed, {
  name: 'ValidationError',
  interfaces: [UserError],
  description: 'PowerOffice (or the facade) refused the input.',
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
  description: 'A uniqueness rule was broken, e.g. a duplicate externalImportReference or code.',
  fields: () => ({}),
});

/** The typed failures every mutation field declares. */
export const ERROR_TYPES = [ValidationFailed, NotFound, Conflict];

/** PowerOffice's expected failures as the schema's typed errors; other errors pass through. */
export function asUserError(e: unknown, globalId: string | null = null): unknown {
  if (!isPowerOfficeError(e)) return e;
  switch (e.code) {
    case 'VALIDATION':
      return new ValidationFailed(e.message);
    case 'NOT_FOUND':
      return new NotFound(e.message, globalId);
    case 'UNIQUE_CONSTRAINT':
      return new Conflict(e.message);
    default:
      return e;
  }
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
  const CreateInput = builder.inputType(`Create${o.typeName}Input`, {
    description: `A new ${o.typeName}.`,
    fields: (ti) => ({
      data: ti.field({ type: fields, required: true, description: 'Properties.' }),
    }),
  });
  const UpdateInput = builder.inputType(`Update${o.typeName}Input`, {
    description: `Changes to an existing ${o.typeName}: properties left out keep their value.`,
    fields: (ti) => ({
      id: ti.id({ required: true, description: `Global id of the ${o.typeName}.` }),
      data: ti.field({ type: fields, required: true, description: 'Properties to change.' }),
    }),
  });
  const localId = (globalId: string): string | number => {
    const { typename, id } = decodeGlobalId(globalId);
    if (typename !== o.typeName) throw badInput(`"${globalId}" is not the id of a ${o.typeName}.`);
    return o.parseId(id);
  };
  const save = async (ctx: Context, dto: Record<string, unknown>, globalId: string | null) => {
    o.check?.(dto);
    try {
      const saved = (await ctx.client.save(o.resource, dto as never, callOptions(ctx))) as Shape;
      o.remember?.(ctx, saved);
      return saved;
    } catch (e) {
      throw asUserError(e, globalId);
    }
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
      description: `Creates a ${o.typeName} (POST without id).`,
      errors: errors('Create'),
      args: { input: t.arg({ type: CreateInput, required: true }) },
      resolve: (_root: unknown, args: CreateArgs, ctx: Context) => {
        const dto = toDto(args.input.data);
        delete dto.id;
        return save(ctx, dto, null);
      },
    }),
    [`update${o.typeName}`]: field({
      type: o.ref,
      nullable: false,
      description: `Updates a ${o.typeName} (POST with id; a partial body).`,
      errors: errors('Update'),
      args: { input: t.arg({ type: UpdateInput, required: true }) },
      resolve: async (_root: unknown, args: UpdateArgs, ctx: Context) => {
        const id = localId(String(args.input.id));
        const existing = await ctx.client.get(o.resource, id, callOptions(ctx)).catch((e) => {
          throw asUserError(e, String(args.input.id));
        });
        // POST with an unknown id would create a record: refuse instead.
        if (!existing) throw new NotFound(`No ${o.typeName} has this id.`, String(args.input.id));
        return save(ctx, { ...toDto(args.input.data), id }, String(args.input.id));
      },
    }),
    [`delete${o.typeName}`]: field({
      type: DeletePayload,
      nullable: false,
      description: `Deletes a ${o.typeName}. Records with related data cannot be deleted (archive a party instead).`,
      errors: { ...errors('Delete'), dataField: { name: 'result' } },
      args: { id: t.arg.id({ required: true, description: `Global id of the ${o.typeName}.` }) },
      resolve: async (_root: unknown, args: { id: string }, ctx: Context) => {
        const id = localId(String(args.id));
        try {
          await ctx.client.delete(o.resource, id, callOptions(ctx));
        } catch (e) {
          throw asUserError(e, String(args.id));
        }
        return { deletedId: String(args.id) };
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
  const parent = spec.parent;
  if (!parent) throw new Error(`${spec.name} has no parent`);
  const name = spec.name;
  const human = humanName(name);
  const parentHuman = humanName(parent.resource);
  const parentArg = `${lowerFirst(parent.resource)}Id`;
  const reader = spec.readVia ? spec.readVia : spec.name;
  const fields = inputFor(`${name}Fields`, spec.fields, {
    description: `Writable properties of a ${name}.`,
  });
  const localId = (globalId: string, typename: string): number => {
    const { typename: got, id } = decodeGlobalId(globalId);
    if (got !== typename) throw badInput(`"${globalId}" is not the id of a ${typename}.`);
    return parseIntegerId(id);
  };
  /** The row's id and its parent's id, or NotFound. */
  const owner = async (ctx: Context, globalId: string) => {
    const id = localId(globalId, name);
    const view = ctx.loaders.byKey(registryResource(reader), 'id');
    const row = (await view.load(id).catch((e) => {
      throw asUserError(e, globalId);
    })) as Record<string, unknown> | null;
    const parentId = row?.[parent.field];
    if (typeof parentId !== 'number') throw new NotFound(`No ${human} has this id.`, globalId);
    return { id, parentId };
  };
  const save = async (ctx: Context, parentId: number, dto: Record<string, unknown>) => {
    try {
      const saved = await ctx.client.save(spec, dto as never, { tracker: ctx.tracker, parentId });
      ctx.loaders.afterWrite(spec, saved);
      return saved;
    } catch (e) {
      throw asUserError(e, typeof dto.id === 'number' ? String(dto.id) : null);
    }
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
  const route = spec.path.replace(`{${parent.param}}`, '{id}');
  type CreateArgs = { input: Record<string, unknown> & { data: InputShape } };
  type UpdateArgs = { input: { id: string; data: InputShape } };
  return {
    [`create${name}`]: field({
      type: o.ref,
      nullable: false,
      description: `Adds a ${human} to a ${parentHuman} (POST ${route}).`,
      errors: errors('Create'),
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType(`Create${name}Input`, {
            description: `A new ${human} of a ${parentHuman}.`,
            fields: (ti) => ({
              [parentArg]: ti.id({
                required: true,
                description: `Global id of the ${parentHuman}.`,
              }),
              data: ti.field({ type: fields, required: true, description: 'Properties.' }),
            }),
          }),
        }),
      },
      resolve: (_root: unknown, args: CreateArgs, ctx: Context) => {
        const parentId = localId(String(args.input[parentArg]), parent.resource);
        const dto = toDto(args.input.data);
        delete dto.id;
        return save(ctx, parentId, dto);
      },
    }),
    [`update${name}`]: field({
      type: o.ref,
      nullable: false,
      description: `Updates a ${human} (POST to its ${parentHuman} with the id; a partial body).`,
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
      resolve: async (_root: unknown, args: UpdateArgs, ctx: Context) => {
        const { id, parentId } = await owner(ctx, String(args.input.id));
        return save(ctx, parentId, { ...toDto(args.input.data), id });
      },
    }),
    [`delete${name}`]: field({
      type: DeletePayload,
      nullable: false,
      description: `Removes a ${human} from its ${parentHuman}.`,
      errors: { ...errors('Delete'), dataField: { name: 'result' } },
      args: { id: t.arg.id({ required: true, description: `Global id of the ${human}.` }) },
      resolve: async (_root: unknown, args: { id: string }, ctx: Context) => {
        const { id, parentId } = await owner(ctx, String(args.id));
        try {
          await ctx.client.delete(spec, id, { tracker: ctx.tracker, parentId });
        } catch (e) {
          throw asUserError(e, String(args.id));
        }
        return { deletedId: String(args.id) };
      },
    }),
  };
}
