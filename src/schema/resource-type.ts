import type { ImplementableObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import { fileUrl } from '../plugins/files.js';
import type { FieldMap, FieldSpec } from '../poweroffice/resources/fields.js';
import {
  allFields,
  allResources,
  codeFieldsOf,
  codeSpaces,
  fileFieldOf,
  graphResources,
  inversesTo,
  readResource,
  refsOf,
  resourceNamed,
} from '../poweroffice/resources/registry.js';
import { type ResourceSpec, variantOf } from '../poweroffice/resources/resource.js';
import { buildActions } from './actions.js';
import { builder, type Types } from './builder.js';
import { buildCodeSpace, codeField } from './code-space.js';
import { upstream } from './cost.js';
import { enumRef } from './enums.js';
import {
  type ListInputs,
  listInputs,
  relationConnection,
  rootConnection,
  routeArgs,
  routeParams,
} from './lists.js';
import { crudMutations, singletonMutation, subResourceMutations } from './mutations.js';
import { ownNode, parseGuid, parseIntegerId } from './node.js';
import { scalarOf, wire } from './wire.js';

/**
 * Builds the graph from the resource registry: for every resource with a `graph` section, its
 * node type with every property, each declared reference as a forward field, each declared
 * reverse as a list on the target, the root list, one lookup per key, and the mutations its
 * operations allow. Type files in `types/` only add what a declaration cannot say (overrides).
 */

export type Row = Record<string, unknown>;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, Row>;
// Field refs of any output type; their TypeScript types are erased (see wire.ts).
type AnyFieldRef = ReturnType<FieldBuilder['field']>;

export interface TypeOverride {
  /** Fields added to (or replacing, by GraphQL name) the generated ones. */
  readonly fields?: (t: FieldBuilder) => Record<string, AnyFieldRef>;
  /** JSON keys the generator leaves alone: the override exposes them or nothing does. */
  readonly omit?: readonly string[];
  /** Root lookups are the override's (e.g. one field taking either of two keys). */
  readonly customLookup?: boolean;
  /** Last checks on a DTO before it goes upstream; throw ValidationFailed to refuse it. */
  readonly check?: (dto: Record<string, unknown>) => void;
}

const typeRefs = new Map<string, ImplementableObjectRef<Types, Row>>();
const overrides = new Map<string, TypeOverride>();
const inputs = new Map<string, ListInputs>();

/** The object type called `name`, created on first use so types can refer to each other. */
export function typeRef(name: string): ImplementableObjectRef<Types, Row> {
  let ref = typeRefs.get(name);
  if (!ref) {
    ref = builder.objectRef<Row>(name);
    typeRefs.set(name, ref);
  }
  return ref;
}

/** Registers the hand-written part of a resource's type; call before `buildResourceTypes`. */
export function overrideType(name: string, override: TypeOverride): void {
  overrides.set(name, override);
}

/** The `where`/`orderBy` inputs of a resource's list rows, created once per type. */
export function inputsOf(spec: ResourceSpec): ListInputs {
  let found = inputs.get(spec.name);
  if (!found) {
    found = listInputs(spec.name, readResource(spec).listFields);
    inputs.set(spec.name, found);
  }
  return found;
}

/** The name of a forward field: `as`, else the key without its `Code`/`Id` suffix. */
export function forwardName(key: string, as: string | undefined): string {
  // (`as: null` is handled by the caller: no forward field.)
  return as ?? key.replace(/(Code|Id)$/, '');
}

/** The root list field of a resource (`customers`). */
export function rootListName(spec: ResourceSpec): string {
  return spec.graph?.plural ?? `${lowerFirst(spec.name)}s`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A key value worth looking up: not absent, not empty, not the "none" sentinel. */
function refValue(value: unknown, none: string | undefined): string | number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (value === '' || value === none) return null;
  return value;
}

/**
 * The wire fields and forward references of a field map, for any object type (a resource's or
 * a nested one such as an invoice line). `read(row, key, ctx)` gives a property's value; the
 * default reads the row itself, a resource with detail-only fields reads those from its detail.
 */
export function objectFields(
  t: FieldBuilder,
  map: FieldMap,
  opts: {
    readonly omit?: readonly string[];
    readonly idDescription?: string;
    /** Keys every row has (natural keys that are required or assigned): non-null fields. */
    readonly present?: ReadonlySet<string>;
    /** Expose nested objects (and lists of them) as object types generated from their maps. */
    readonly nested?: boolean;
    /** Keys whose value comes from `read` (detail-only properties) instead of the row. */
    readonly detail?: {
      readonly keys: ReadonlySet<string>;
      /** The resource whose full row `read` loads (one GET per parent). */
      readonly resource: string;
      readonly read: (row: Row, key: string, ctx: Context) => unknown;
    };
  } = {},
): Record<string, AnyFieldRef> {
  const out: Record<string, AnyFieldRef> = {};
  const detail = opts.detail;
  const fromDetail = (key: string) => (detail?.keys.has(key) ? detail.read : undefined);
  for (const [key, spec] of Object.entries(map)) {
    // A file's content is downloaded through the facade's file route, not read in the graph.
    if (opts.omit?.includes(key) || spec.writeOnly || spec.file) continue;
    const item: FieldSpec = spec.type === 'list' ? spec.item : spec;
    if (item.type === 'object') {
      if (opts.nested) {
        const read = fromDetail(key);
        out[spec.gqlName ?? key] = nestedField(
          t,
          spec,
          item,
          key,
          read && detail ? { read, resource: detail.resource } : undefined,
        );
      }
      continue;
    }
    if (key === 'id') {
      if (opts.idDescription !== undefined) {
        out.databaseId = wire(t, map, 'id', { description: opts.idDescription });
      }
      continue;
    }
    const name = spec.gqlName ?? key;
    const read = fromDetail(key);
    out[name] = read
      ? detailWire(t, spec, key, read, detail?.resource ?? '')
      : wire(t, map, key, opts.present?.has(key) ? { nullable: false } : {});
  }
  for (const use of refsOf(map)) {
    if (opts.omit?.includes(use.key) || use.ref.as === null) continue;
    // A value that may name a row of several resources: the forward field is the first's.
    if (use.anyOf[0] !== use.ref.to) continue;
    const target = resourceNamed(use.ref.to);
    const loaderOf = (ctx: Context) => ctx.loaders.byKey(readResource(target), use.ref.key);
    const read = fromDetail(use.key);
    // The key's value: from the full row when it is detail-only (a promise), else the row's own.
    const holdValue = (row: Row, ctx: Context): unknown =>
      read ? read(row, use.key, ctx) : row[use.key];
    const name = forwardName(use.key, use.ref.as ?? undefined);
    if (name in out) throw new Error(`The reference ${use.key} would replace the field ${name}`);
    // A key with a scope (agriculture department) loads by the composite key when the holder
    // carries the scope (RefSpec.scope), else by the key alone.
    const scoped = Object.entries(use.ref.scope ?? {});
    // Most references have no scope: decided once here, so their rows build no array.
    const scopeOf =
      scoped.length === 0
        ? (): null => null
        : (row: Row): unknown[] | null => {
            const values = scoped.map(([, holderField]) => row[holderField]);
            return values.some((v) => v !== undefined && v !== null) ? values : null;
          };
    const cost = upstream({
      calls: 'batched',
      ...(read && detail ? { detail: detail.resource } : {}),
    });
    if (use.many) {
      out[name] = t.field({
        type: [typeRef(target.name)],
        nullable: { list: false, items: true },
        description: use.ref.description,
        extensions: cost,
        resolve: async (row, _args, ctx) => {
          const values = (await holdValue(row, ctx)) as unknown[] | null | undefined;
          const keys = (values ?? []).map((v) => refValue(v, use.ref.none));
          return loaderOf(ctx).loadMany(keys.filter((k) => k !== null)) as Promise<Row[]>;
        },
      });
    } else if (use.ref.within) {
      // The key names one of the holder's own rows of the target (an employee's bank account,
      // reference B3): the holder's rows come in one batched call per level (by the target's
      // field that names the holder), and the one holding the key is picked.
      const within = use.ref.within;
      const refKey = use.ref.key;
      out[name] = t.field({
        type: typeRef(target.name),
        description: use.ref.description,
        extensions: cost,
        resolve: async (row, _args, ctx) => {
          const k = refValue(await holdValue(row, ctx), use.ref.none);
          const owner = refValue(row[within.holderKey], undefined);
          if (k === null || owner === null) return null;
          const own = await ctx.loaders
            .related(readResource(target), within.targetField, {})
            .load(owner);
          return ((own as Row[]).find((r) => r[refKey] === k) ?? null) as Row | null;
        },
      });
    } else {
      const load = (row: Row, held: unknown, ctx: Context) => {
        const k = refValue(held, use.ref.none);
        if (k === null) return null;
        const scope = scopeOf(row);
        return (
          scope
            ? ctx.loaders
                .byKeys(readResource(target), use.ref.key)
                .load(JSON.stringify([k, ...scope]))
            : loaderOf(ctx).load(k)
        ) as Promise<Row | null>;
      };
      out[name] = t.field({
        type: typeRef(target.name),
        description: use.ref.description,
        extensions: cost,
        // Called for every row of a page (each invoice line's product): a key on the row itself
        // goes straight to the loader, without an async frame and a promise of its own.
        resolve: read
          ? async (row, _args, ctx) => load(row, await holdValue(row, ctx), ctx)
          : (row, _args, ctx) => load(row, holdValue(row, ctx), ctx),
      });
    }
  }
  for (const use of codeFieldsOf(map)) {
    if (opts.omit?.includes(use.key)) continue;
    const read = fromDetail(use.key);
    const made = codeField(t, use.key, use.spec, (row, ctx) =>
      read ? read(row, use.key, ctx) : row[use.key],
    );
    if (!made) continue;
    if (made.name in out) {
      throw new Error(`The code field ${use.key} would replace the field ${made.name}`);
    }
    out[made.name] = made.field;
  }
  return out;
}

/** Nested object types generated from a declaration, by type name; each implemented once. */
const nestedTypes = new Set<string>();

/**
 * The object type `name` for a generated row type (nested objects, action and sub-list rows):
 * `implement` runs only for the first caller, and never for a type made otherwise (a resource's
 * type, an override), so one reference type used both ways is one GraphQL type.
 */
export function generatedType(
  name: string,
  implement: (ref: ImplementableObjectRef<Types, Row>) => void,
): ImplementableObjectRef<Types, Row> {
  const made = typeRefs.has(name);
  const ref = typeRef(name);
  if (!made && !nestedTypes.has(name)) {
    nestedTypes.add(name);
    implement(ref);
  }
  return ref;
}

/** A nested object (or list of them) as a field of its own generated type. */
function nestedField(
  t: FieldBuilder,
  spec: FieldSpec,
  item: Extract<FieldSpec, { type: 'object' }>,
  key: string,
  /** For a detail-only property (a recurring invoice's lines): read from the full row. */
  detail?: { read: (row: Row, key: string, ctx: Context) => unknown; resource: string },
): AnyFieldRef {
  // A type an override file already made (Address) is used as it is.
  const ref = generatedType(item.typeName, (made) => {
    const id = item.fields.id;
    made.implement({
      description: item.description,
      fields: (tn) =>
        objectFields(tn, item.fields, {
          nested: true,
          ...(id ? { idDescription: id.description } : {}),
        }),
    });
  });
  if (spec.type === 'list') {
    if (detail) {
      // Only the full row has it: one GET per parent (null when the row is gone).
      return t.field({
        type: [ref],
        nullable: { list: true, items: false },
        description: spec.description,
        extensions: upstream({ calls: 'detail', detail: detail.resource }),
        resolve: async (row, _args, ctx) => {
          if (row.id == null) return null;
          return ((await detail.read(row, key, ctx)) as Row[] | undefined) ?? [];
        },
      });
    }
    // PowerOffice omits empty properties (reference A5): an absent list is an empty one.
    return t.field({
      type: [ref],
      nullable: { list: false, items: false },
      description: spec.description,
      resolve: (row) => (row[key] as Row[] | undefined) ?? [],
    });
  }
  return t.field({
    type: ref,
    nullable: true,
    description: spec.description,
    resolve: (row) => (row[key] as Row | undefined) ?? null,
  });
}

/** A wire field whose value may have to come from the full row (see `objectFields`). */
function detailWire(
  t: FieldBuilder,
  spec: FieldSpec,
  key: string,
  read: (row: Row, key: string, ctx: Context) => unknown,
  resource: string,
): AnyFieldRef {
  const item = spec.type === 'list' ? spec.item : spec;
  if (item.type !== 'scalar') return wire(t, { [key]: spec }, key);
  const gql = scalarOf(item.kind);
  return t.field({
    type: (spec.type === 'list' ? [gql] : gql) as 'String',
    nullable: true,
    description: spec.description,
    extensions: upstream({ calls: 'detail', detail: resource }),
    resolve: async (row, _args, ctx) => ((await read(row, key, ctx)) ?? null) as string | null,
  });
}

/** The reverse lists a resource's type gets from the references other resources declare. */
function inverseFields(t: FieldBuilder, spec: ResourceSpec): Record<string, AnyFieldRef> {
  const out: Record<string, AnyFieldRef> = {};
  for (const held of inversesTo(spec.name)) {
    const inverse = held.ref.inverse;
    if (!inverse) continue;
    const source = readResource(held.holder);
    const targetKey = held.ref.key ?? 'code';
    // A report holder: the relation takes the report's parameters (dates) as arguments.
    // (Less the parameter that names the target itself: the relation already filters by it.)
    const params =
      inverse.params && source.params
        ? Object.fromEntries(Object.entries(source.params).filter(([k]) => k !== held.key))
        : undefined;
    if (inverse.single) {
      out[inverse.name] = t.field({
        type: typeRef(held.holder.name),
        nullable: true,
        description: inverse.description,
        extensions: upstream({ calls: 'batched' }),
        args: routeArgs(t as never, params) as never,
        resolve: async (row, args, ctx) => {
          const k = refValue(row[targetKey], undefined);
          if (k === null) return null;
          const p = routeParams(params, args as Record<string, unknown>);
          const page = await ctx.loaders
            .relatedPage(source, held.key, { rowsPerParent: 1, ...(p ? { params: p } : {}) })
            .load(k);
          return (page.rows[0] as Row | undefined) ?? null;
        },
      });
      continue;
    }
    if (inverse.plainList) {
      out[inverse.name] = t.field({
        type: [typeRef(held.holder.name)],
        nullable: { list: true, items: false },
        description: inverse.description,
        extensions: upstream({ calls: 'batched' }),
        resolve: (row, _args, ctx) => {
          const k = refValue(row[targetKey], undefined);
          return k === null
            ? []
            : (ctx.loaders.related(source, held.key, {}).load(k) as Promise<Row[]>);
        },
      });
      continue;
    }
    out[inverse.name] = relationConnection(t, {
      type: typeRef(held.holder.name),
      inputs: inputsOf(held.holder),
      map: source.listFields,
      typeName: held.holder.name,
      relation: `${spec.name}.${inverse.name}`,
      description: inverse.description,
      ...(params ? { params } : {}),
      load: (row, query, ctx) => {
        const k = refValue(row[targetKey], undefined);
        return k === null
          ? Promise.resolve({ rows: [], count: 0 })
          : ctx.loaders.relatedPage(source, held.key, query).load(k);
      },
    });
  }
  return out;
}

/** Merges generated field groups; two declarations giving one type the same field name throw. */
function distinct(
  type: string,
  groups: readonly Record<string, AnyFieldRef>[],
): Record<string, AnyFieldRef> {
  const out: Record<string, AnyFieldRef> = {};
  for (const group of groups) {
    for (const [name, field] of Object.entries(group)) {
      if (name in out) throw new Error(`${type}.${name} is declared twice`);
      out[name] = field;
    }
  }
  return out;
}

/** True for resources whose list rows lack fields that only GET by id returns (invoices). */
function hasDetail(spec: ResourceSpec): boolean {
  return spec.listFields !== spec.fields;
}

const ID_SCALAR = { long: 'Long', int: 'Int', guid: 'String' } as const;

/** The node type, root list, lookups and mutations of one resource. */
function resourceType(spec: ResourceSpec): void {
  const graph = spec.graph;
  if (!graph) return;
  const override = overrides.get(spec.name) ?? {};
  const ref = typeRef(spec.name);
  const reader = readResource(spec);
  // The node's identity: `id`, or the natural key of a resource that has none (Currency).
  const nodeKey = spec.nodeKey ?? 'id';
  const parseId: (id: string) => string | number =
    nodeKey !== 'id' ? (id) => id : spec.idKind === 'guid' ? parseGuid : parseIntegerId;
  const byId = (ctx: Context) =>
    hasDetail(spec) ? ctx.loaders.detail(spec) : ctx.loaders.byKey(reader, nodeKey);
  // Detail-only properties (in `fields`, not in the list row) come from the full row.
  const detailOnly = new Set(
    hasDetail(spec) ? Object.keys(spec.fields).filter((k) => !(k in spec.listFields)) : [],
  );
  const read = async (row: Row, key: string, ctx: Context) => {
    if (row.id == null) return null;
    const full = (await ctx.loaders.detail(spec).load(row.id as string)) as Row | null;
    return full?.[key];
  };

  const fields = (t: FieldBuilder) => ({
    ...distinct(spec.name, [
      'id' in spec.fields
        ? {
            databaseId: t.field({
              type: ID_SCALAR[spec.idKind] as 'String',
              nullable: false,
              description: 'PowerOffice id of the record (the id of its REST resource).',
              resolve: (row) => row.id as string,
            }),
          }
        : {},
      objectFields(t, allFields(spec), {
        present: new Set(
          Object.entries(spec.keys)
            .filter(([, key]) => !key.optional)
            .map(([name]) => name),
        ),
        ...(override.omit ? { omit: override.omit } : {}),
        ...(detailOnly.size ? { detail: { keys: detailOnly, read, resource: spec.name } } : {}),
        // Nested objects are typed from the declaration unless an override shapes them.
        nested: !override.fields,
      }),
      inverseFields(t, spec),
      fileFieldOf(spec)
        ? {
            downloadUrl: t.field({
              type: 'String',
              nullable: false,
              description:
                'Where to download the content: a path of this server, sent with the same ' +
                '`Authorization` header as GraphQL requests (plugins/files.ts).',
              resolve: (row) => fileUrl(spec.name, row.id as string | number),
            }),
          }
        : {},
    ]),
    // Overrides may replace a generated field on purpose.
    ...override.fields?.(t),
  });
  if (graph.node === false) {
    // Report rows exist only for a date range: no global id, no `node` lookup.
    ref.implement({ description: graph.description, fields });
  } else {
    builder.node(ref, {
      description: graph.description,
      // The relay plugin types parsed ids as numbers; GUID ids stay strings at runtime.
      id: { resolve: (row) => String(row[nodeKey]), parse: parseId as (id: string) => number },
      loadWithoutCache: (id, ctx) =>
        (byId(ctx).load(id) as Promise<Row | null>).then((row) => ownNode(row)),
      fields,
    });
  }

  builder.queryFields((t) => {
    const fields: Record<string, unknown> = {};
    if (graph.list) {
      fields[rootListName(spec)] = rootConnection(t, {
        type: ref,
        resource: reader,
        map: reader.listFields,
        inputs: inputsOf(spec),
        typeName: spec.name,
        description: graph.list,
        ...(reader.params ? { params: reader.params } : {}),
      });
    }
    // A report's further routes with a root list of their own (resource.ts `variants`).
    for (const [name, variant] of Object.entries(spec.variants ?? {})) {
      if (!variant.graph) continue;
      const route = variantOf(spec, name);
      fields[variant.graph.list] = rootConnection(t, {
        type: ref,
        resource: route,
        map: route.listFields,
        inputs: inputsOf(spec),
        typeName: spec.name,
        description: variant.graph.description,
        params: variant.params,
      });
    }
    if (spec.singleton) {
      // One row per client: a root field with no arguments (`client`).
      fields[lowerFirst(spec.name)] = t.field({
        type: ref,
        description: graph.description,
        extensions: upstream({ calls: 'list' }),
        resolve: (_root, _args, ctx) => ctx.loaders.detail(spec).load('') as Promise<Row | null>,
      });
    }
    if (!override.customLookup) {
      for (const [key, keySpec] of Object.entries(spec.keys)) {
        if (!keySpec.lookup) continue;
        const field = spec.fields[key];
        const kind = field?.type === 'scalar' ? field.kind : 'string';
        fields[lowerFirst(spec.name)] = t.field({
          type: ref,
          description: keySpec.lookup.description,
          extensions: upstream({ calls: 'batched' }),
          args: {
            [key]: t.arg({
              type: scalarOf(kind) as 'String',
              required: true,
              description: keySpec.lookup.argument,
            }),
            // Chosen at runtime: typed as adding nothing Pothos must check.
            ...(scopeArgs(t, spec, keySpec.scope ?? []) as Record<string, never>),
          },
          resolve: (_root, args, ctx) => {
            const scope = (keySpec.scope ?? []).map((s) => args[s] ?? null);
            // With a scope value given, the composite key (agriculture: code + department).
            return scope.some((v) => v !== null)
              ? ctx.loaders.byKeys(reader, key).load(JSON.stringify([args[key], ...scope]))
              : (ctx.loaders.byKey(reader, key).load(args[key] as string) as Promise<Row | null>);
          },
        });
      }
    }
    // Keys chosen at runtime: Pothos cannot check them against the query type.
    return fields as never;
  });

  // Declared action routes and sub-lists (schema/actions.ts).
  buildActions(spec, parseId);

  if (!spec.operations.save) return;
  builder.mutationFields((t) =>
    spec.singleton
      ? singletonMutation(t, { spec, ref })
      : spec.parent
        ? subResourceMutations(t, { spec, ref })
        : crudMutations(t, {
            typeName: spec.name,
            ref,
            resource: spec,
            map: spec.fields,
            parseId,
            remember: (ctx, saved) => ctx.loaders.afterWrite(spec, saved),
            ...(override.check ? { check: override.check } : {}),
          }),
  );
}

/** Optional lookup arguments for a key's scope fields (agricultureDepartment). */
function scopeArgs(
  t: PothosSchemaTypes.QueryFieldBuilder<Types, Record<string, never>>,
  spec: ResourceSpec,
  scope: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of scope) {
    const field = spec.fields[name];
    if (!field || (field.type !== 'enum' && field.type !== 'scalar')) continue;
    out[name] = t.arg({
      type: (field.type === 'enum' ? enumRef(field.enum) : scalarOf(field.kind)) as 'String',
      required: false,
      description: `${field.description} Part of the key where the client says so.`,
    });
  }
  return out;
}

/** Builds every registered resource's type; `schema/index.ts` calls it once. */
export function buildResourceTypes(): void {
  for (const spec of graphResources) resourceType(spec);
  // Resources that are only actions (ClientAuth): their mutations, no type of their own.
  for (const spec of allResources) {
    if (!spec.graph && spec.actions) buildActions(spec, (id) => id);
  }
  for (const space of codeSpaces) buildCodeSpace(space);
}
