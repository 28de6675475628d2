import type { UnionRef } from '@pothos/core';
import type { Context } from '../context.js';
import { codeFieldName, seriesHolds } from '../poweroffice/resources/account-code.js';
import type { CodeClasses, CodeRefSpec } from '../poweroffice/resources/fields.js';
import { graphResources } from '../poweroffice/resources/registry.js';
import { builder, type Types } from './builder.js';
import { upstream } from './cost.js';
import { typeRef } from './resource-type.js';

/**
 * Shared code spaces (`CodeClasses`, e.g. account codes: a ledger account or a customer,
 * supplier or employee account) as GraphQL unions. A field declared with `f.accountCode`
 * (resources/account-code.ts) resolves to the union through `Loaders.codeOf`, batched per
 * member type; each space also gets a root lookup by code (`ledgerAccount(code:)`).
 */

type Row = Record<string, unknown>;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, Row>;

/** Which member type a row resolved through a code space is (rows are plain DTOs). */
const memberOf = new WeakMap<object, string>();

// Union refs by space name, created on first use so the member types may be built later.
const unions = new Map<string, UnionRef<Types, Row, Row>>();

function members(classes: CodeClasses): string[] {
  const names = [...classes.fixed.map((r) => r.resource), ...Object.values(classes.series.kinds)];
  // Only members with a GraphQL type of their own (a member not registered yet is dormant).
  return [...new Set(names)].filter((n) => graphResources.some((r) => r.name === n));
}

/** The union of a code space, or null while none of its members has a type. */
export function codeUnion(classes: CodeClasses): UnionRef<Types, Row, Row> | null {
  const found = unions.get(classes.name);
  if (found) return found;
  const types = members(classes);
  if (types.length === 0) return null;
  const union = builder.unionType(classes.name, {
    description: classes.description,
    types: types as never,
    resolveType: (row) => memberOf.get(row as object) ?? null,
    // The member types are chosen at runtime: Pothos cannot infer the shape from them.
  }) as unknown as UnionRef<Types, Row, Row>;
  unions.set(classes.name, union);
  return union;
}

/** The row a code names, tagged with its member type; null for none. */
async function load(ctx: Context, classes: CodeClasses, value: unknown): Promise<Row | null> {
  const code = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(code)) return null;
  const hit = await ctx.loaders.codeOf(classes).load(code);
  if (!hit) return null;
  memberOf.set(hit.row, hit.resource);
  return hit.row;
}

/** The forward field of a field holding a code (see the file comment). */
export function codeField(
  t: FieldBuilder,
  key: string,
  spec: CodeRefSpec,
  read: (row: Row, ctx: Context) => unknown,
): { name: string; field: ReturnType<FieldBuilder['field']> } | null {
  const union = codeUnion(spec.classes);
  if (!union) return null;
  return {
    name: codeFieldName(key, spec.as),
    field: t.field({
      type: union,
      nullable: true,
      description: spec.description,
      extensions: upstream({ calls: 'batched' }),
      resolve: async (row, _args, ctx) => load(ctx, spec.classes, await read(row, ctx)),
    }) as ReturnType<FieldBuilder['field']>,
  };
}

/**
 * On each series kind's type (Customer, Supplier, Employee), the series row whose range holds
 * the row's code and whose kind is that type: the series list, read once per operation.
 */
function seriesFields(classes: CodeClasses): void {
  const s = classes.series;
  const series = graphResources.find((r) => r.name === s.resource);
  if (!series) return;
  for (const [kind, resource] of Object.entries(s.kinds)) {
    if (!graphResources.some((r) => r.name === resource)) continue;
    builder.objectFields(typeRef(resource), (t) => ({
      [s.field.name]: t.field({
        type: typeRef(s.resource),
        nullable: true,
        description: s.field.description,
        extensions: upstream({ calls: 'list' }),
        resolve: async (row, _args, ctx) => {
          const code = row[s.key];
          if (typeof code !== 'number') return null;
          const { items } = await ctx.loaders.list(series, {});
          return (
            (items as Row[]).find(
              (r) => String(r[s.kindField]) === kind && seriesHolds(classes, r, code),
            ) ?? null
          );
        },
      }),
    }));
  }
}

/** A code space in the graph: its root lookup (`ledgerAccount(code: Long!)`) and series fields. */
export function buildCodeSpace(classes: CodeClasses): void {
  seriesFields(classes);
  const union = codeUnion(classes);
  if (!union) return;
  const name = classes.name.charAt(0).toLowerCase() + classes.name.slice(1);
  builder.queryFields((t) => ({
    [name]: t.field({
      type: union,
      nullable: true,
      description: `${classes.description} Null when the code names nothing.`,
      extensions: upstream({ calls: 'batched' }),
      args: { code: t.arg({ type: 'Long', required: true, description: 'The code.' }) },
      resolve: (_root, args, ctx) => load(ctx, classes, args.code),
    }),
  }));
}
