import type { FieldKind, InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import { type RelatedPage, type RelatedPageQuery, withTieBreaker } from '../loaders/index.js';
import type { FilterNode, OrderBy } from '../poweroffice/odata.js';
import type { FieldMap } from '../poweroffice/resources/fields.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { builder, type Types } from './builder.js';
import { type Connection, type PageArgs, resolvePage } from './connection.js';
import { type UpstreamCost, upstream } from './cost.js';
import {
  compileOrderBy,
  compileWhere,
  type OrderByInput,
  orderByInput,
  type WhereInput,
  whereInput,
} from './filters.js';
import { scalarOf } from './wire.js';

/**
 * Root list fields and relation lists as connections, sharing one shape: `where`, `orderBy`,
 * `first/after/last/before`, `totalCount`. Root lists read one page upstream; relation lists
 * read their parents' rows in one batch and page each parent's share.
 */

export interface ListInputs {
  readonly where: InputObjectRef<Types, WhereInput>;
  readonly orderBy: InputObjectRef<Types, OrderByInput>;
}

/** The `where` and `orderBy` inputs of a type, generated from its field registry. */
export function listInputs(typeName: string, map: FieldMap): ListInputs {
  return { where: whereInput(typeName, map), orderBy: orderByInput(typeName, map) };
}

export interface ListArgs extends PageArgs {
  readonly where?: WhereInput | null;
  readonly orderBy?: readonly OrderByInput[] | null;
}

type FieldBuilder<P> = PothosSchemaTypes.RootFieldBuilder<Types, P, FieldKind>;

/** The connection field options shared by root and relation lists. */
function connectionArgs<P>(t: FieldBuilder<P>, inputs: ListInputs, params?: FieldMap) {
  return {
    ...routeArgs(t, params),
    where: t.arg({ type: inputs.where, description: 'Only rows matching these conditions.' }),
    orderBy: t.arg({
      type: [inputs.orderBy],
      required: { list: false, items: true },
      description: 'Sort keys, most significant first; ties are broken by id.',
    }),
  };
}

/**
 * A route's own parameters (a report's dates) as arguments: typed by kind, required when the
 * declaration says the parameter is not nullable, so a missing date is refused before any call.
 */
export function routeArgs<P>(t: FieldBuilder<P>, params: FieldMap | undefined) {
  const args: Record<string, ReturnType<FieldBuilder<P>['arg']>> = {};
  for (const [name, spec] of Object.entries(params ?? {})) {
    if (spec.type !== 'scalar') throw new Error(`Route parameter ${name} must be a scalar`);
    args[name] = t.arg({
      type: scalarOf(spec.kind) as 'String',
      required: !spec.nullable,
      description: spec.description,
    });
  }
  return args;
}

/** The wire form of the route parameters given (dates as `YYYY-MM-DD`, as the Date scalar). */
export function routeParams(
  params: FieldMap | undefined,
  args: Readonly<Record<string, unknown>>,
): Record<string, string> | undefined {
  if (!params) return undefined;
  const out: Record<string, string> = {};
  for (const name of Object.keys(params)) {
    const value = args[name];
    if (value !== undefined && value !== null) out[name] = String(value);
  }
  return out;
}

// One connection type per node type, shared by the root list and every relation list of it, so
// one fragment on `CustomerConnection` serves everywhere.
const connections = new Map<string, unknown>();

/** The `<Type>Connection` of a node type (and its `<Type>Edge`), created once. */
function connectionOf<Shape>(type: ObjectRef<Types, Shape>, typeName: string): unknown {
  let ref = connections.get(typeName);
  if (!ref) {
    ref = builder.connectionObject(
      {
        type,
        name: `${typeName}Connection`,
        description: `A page of ${typeName} rows.`,
        fields: (tc) => ({
          // The page's rows as the page holds them (`ConnectionPage.nodes`). Exposed, not
          // resolved: graphql-jit reads the property inline (`withoutDefaultResolvers`), where
          // the relay plugin's own `nodes` read each edge back through a call per row.
          // Pothos cannot type `nodes` on the connection's shape from a runtime-chosen type.
          nodes: (tc.expose as unknown as (name: string, options: object) => never).call(
            tc,
            'nodes',
            { type: [type], nullable: { list: false, items: false } },
          ),
          totalCount: tc.int({
            nullable: false,
            description: 'Number of rows matching `where`, over all pages.',
            resolve: (c) => {
              const total = (c as unknown as Connection<unknown>).totalCount;
              return typeof total === 'function' ? total() : total;
            },
          }),
        }),
      },
      { name: `${typeName}Edge`, description: `A row of ${typeName}Connection.` },
    );
    connections.set(typeName, ref);
  }
  return ref;
}

/**
 * A root list: one upstream list request per page (`$filter`, `$orderby`, `$top`, `$skip`);
 * rows prime the by-key loaders.
 */
export function rootConnection<Shape>(
  // Typed loosely: comparing Pothos' root and object field builders exceeds tsc's depth limit.
  tb: unknown,
  opts: {
    readonly type: ObjectRef<Types, Shape>;
    readonly resource: ResourceSpec;
    readonly map: FieldMap;
    readonly inputs: ListInputs;
    /** The node type's name: the connection is `<typeName>Connection`. */
    readonly typeName: string;
    readonly description: string;
    /** The route's own query parameters (`resource.params`), as arguments. */
    readonly params?: FieldMap;
  },
) {
  const t = tb as FieldBuilder<unknown>;
  // Pothos' connection generics do not follow a runtime-chosen resource; the shapes are the
  // resource's list rows, which is what `type` is backed by.
  const connection = t.connection as unknown as (
    ...a: unknown[]
  ) => ReturnType<FieldBuilder<unknown>['field']>;
  return connection.call(
    t,
    {
      type: opts.type,
      description: opts.description,
      // Nullable: one failing root list must not take the other root fields down with it.
      nullable: true,
      extensions: upstream({ calls: 'list' }),
      args: connectionArgs(t, opts.inputs, opts.params),
      resolve: (_parent: unknown, args: ListArgs, ctx: Context) =>
        resolveList(ctx, opts.resource, opts.map, args, opts.typeName),
    },
    connectionOf(opts.type, opts.typeName),
  );
}

/** Compiles the list arguments and reads one page through the per-request list loader. */
export async function resolveList(
  ctx: Context,
  resource: ResourceSpec,
  map: FieldMap,
  args: ListArgs,
  listId: string = resource.name,
): Promise<Connection<unknown>> {
  const where = compileWhere(map, args.where);
  const orderBy = withTieBreaker(compileOrderBy(args.orderBy), resource.nodeKey);
  const and = (a: FilterNode | undefined, b: FilterNode | undefined) =>
    a && b ? { op: 'and' as const, args: [a, b] } : (a ?? b);
  const params = routeParams(resource.params, args as Record<string, unknown>);
  return resolvePage(
    args,
    ctx.paging,
    // A cursor belongs to one date range as much as to one filter.
    { id: params ? `${listId}${JSON.stringify(params)}` : listId, where, orderBy, map },
    ({ cursorFilter, orderBy: order, top }) => {
      const filter = and(where, cursorFilter);
      // Never more than the route's row cap in one request (A6; reports: accounting.md §0): a
      // page asked beyond it comes back shorter, with `hasNextPage`, not as an upstream error.
      // Every field named, absent ones undefined: a property after a spread is V8's slow path
      // (loaders/index.ts).
      return ctx.loaders.list(resource, {
        filter,
        orderBy: order,
        top: Math.min(top, ctx.loaders.capOf(resource)),
        params,
      });
    },
    async () =>
      (await ctx.loaders.list(resource, { filter: where, orderBy, top: 1, params })).count,
  );
}

/**
 * A relation list: `load(query)` returns the first `query.rowsPerParent` related rows of this
 * parent in `query.orderBy` and their total (batched for all parents, bounded: see
 * `Loaders.relatedPage`); this parent's page is cut from them. A page from the end (`last`
 * without `before`) reads the reversed order.
 */
export function relationConnection<P, Shape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>,
  opts: {
    readonly type: ObjectRef<Types, Shape>;
    readonly inputs: ListInputs;
    /** The node type's name: the connection is `<typeName>Connection`. */
    readonly typeName: string;
    readonly description: string;
    readonly load: (
      parent: P,
      query: RelatedPageQuery & { orderBy: OrderBy[] },
      ctx: Context,
    ) => Promise<RelatedPage<unknown>>;
    readonly map: FieldMap;
    /** The relation's name on its parent (`invoices`): part of the cursors' fingerprint. */
    readonly relation: string;
    /** What it costs upstream when not a batched relation (one call per parent: `detail`). */
    readonly cost?: UpstreamCost;
    /** The holder report's route parameters, as arguments of the relation (`ledger(toDate:)`). */
    readonly params?: FieldMap;
  },
) {
  const connection = t.connection as unknown as (
    ...a: unknown[]
  ) => ReturnType<FieldBuilder<unknown>['field']>;
  return connection.call(
    t,
    {
      type: opts.type,
      description: opts.description,
      nullable: true,
      extensions: upstream(opts.cost ?? { calls: 'relation' }),
      args: connectionArgs(t as unknown as FieldBuilder<P>, opts.inputs, opts.params),
      resolve: async (parent: P, args: ListArgs, ctx: Context) => {
        const where = compileWhere(opts.map, args.where);
        const orderBy = withTieBreaker(compileOrderBy(args.orderBy));
        const params = routeParams(opts.params, args as Record<string, unknown>);
        // Every parent of a batch pages with the same arguments, so the cursor conditions are
        // shared by the batch like `where` (the cursor's fingerprint names the relation).
        return resolvePage(
          args,
          ctx.paging,
          {
            id: `${opts.typeName}<-${opts.relation}${params ? JSON.stringify(params) : ''}`,
            where,
            orderBy,
            map: opts.map,
          },
          async ({ cursorFilter, orderBy: order, top }) => {
            const filter =
              where && cursorFilter
                ? { op: 'and' as const, args: [where, cursorFilter] }
                : (where ?? cursorFilter);
            const page = await opts.load(
              parent,
              { filter, orderBy: [...order], rowsPerParent: top, params },
              ctx,
            );
            return { items: page.rows.slice(0, top), count: page.count };
          },
          async () =>
            (await opts.load(parent, { filter: where, orderBy, rowsPerParent: 1, params }, ctx))
              .count,
        );
      },
    },
    connectionOf(opts.type, opts.typeName),
  );
}
