import type { InputObjectRef } from '@pothos/core';
import {
  type FilterNode,
  formatLiteral,
  type Literal,
  type OrderBy,
} from '../poweroffice/odata.js';
import type { EnumSpec, FieldMap, FieldSpec } from '../poweroffice/resources/fields.js';
import { builder, type Types } from './builder.js';
import { enumRef, OrderDirection, upperSnake } from './enums.js';
import { badInput } from './errors.js';
import { scalarOf } from './wire.js';

/**
 * `where` and `orderBy` inputs generated from a resource's field registry, and their compilation
 * to the shared filter AST (which the client turns into one `$filter`). Property names come only
 * from the registry; values are typed by GraphQL and escaped by the client.
 *
 * Everything a `where` can say, OData can say. What it cannot (an empty `in`, an empty `OR`,
 * `NOT` of an empty filter, a filter too long for a URL, `AND`/`OR`/`NOT` nested deeper than
 * `MAX_WHERE_DEPTH`, a value the property's OData literal cannot carry such as a non-GUID for a
 * GUID) is rejected with BAD_USER_INPUT before any upstream call, never filtered in memory.
 */

/** At most this many values in one `in`. */
export const MAX_IN_VALUES = 100;
/** Upper bound of the percent-encoded size of the compiled filter, to stay under URL limits. */
export const MAX_FILTER_LENGTH = 6000;
/**
 * Deepest nesting of `AND`/`OR`/`NOT` (and embedded objects) in one `where`; the top level is 1.
 * A filter a person writes needs a handful; hundreds of levels only make PowerOffice's OData
 * parser refuse the request (or work hard on it) after we spent a call and a token on it.
 */
export const MAX_WHERE_DEPTH = 10;

export type WhereInput = { [key: string]: unknown };
export interface OrderByInput {
  readonly field: string;
  readonly direction?: 'asc' | 'desc' | null;
}

interface OperatorFilter {
  eq?: unknown;
  ne?: unknown;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  in?: unknown[] | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  caseInsensitive?: boolean | null;
  isNull?: boolean | null;
}

const StringFilter = builder.inputType('StringFilter', {
  description:
    'Conditions on a text property, all of which must hold. Comparisons are case-sensitive ' +
    'unless `caseInsensitive` is true (then both sides are lower-cased with OData `tolower`).',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to.' }),
    ne: t.string({ description: 'Not equal to (null values also match).' }),
    in: t.stringList({ description: `Equal to one of these (1..${MAX_IN_VALUES} values).` }),
    startsWith: t.string({ description: 'Starts with.' }),
    endsWith: t.string({ description: 'Ends with.' }),
    contains: t.string({ description: 'Contains.' }),
    caseInsensitive: t.boolean({ description: 'Compare ignoring case.' }),
    isNull: t.boolean({ description: 'true: the property is null; false: it has a value.' }),
  }),
});

const GuidFilter = builder.inputType('GuidFilter', {
  description: 'Conditions on a GUID property.',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to.' }),
    ne: t.string({ description: 'Not equal to.' }),
    in: t.stringList({ description: `Equal to one of these (1..${MAX_IN_VALUES} values).` }),
    isNull: t.boolean({ description: 'true: the property is null; false: it has a value.' }),
  }),
});

const BooleanFilter = builder.inputType('BooleanFilter', {
  description: 'Conditions on a yes/no property.',
  fields: (t) => ({
    eq: t.boolean({ description: 'Equal to.' }),
    ne: t.boolean({ description: 'Not equal to (null values also match).' }),
    isNull: t.boolean({ description: 'true: the property is null; false: it has a value.' }),
  }),
});

type Comparable = 'Int' | 'Long' | 'Float' | 'Date' | 'DateTime';

function comparableFilter(scalar: Comparable, what: string) {
  return builder.inputType(`${scalar}Filter`, {
    description: `Conditions on ${what}, all of which must hold.`,
    fields: (t) => ({
      eq: t.field({ type: scalar, description: 'Equal to.' }),
      ne: t.field({ type: scalar, description: 'Not equal to (null values also match).' }),
      gt: t.field({ type: scalar, description: 'Greater than.' }),
      gte: t.field({ type: scalar, description: 'Greater than or equal to.' }),
      lt: t.field({ type: scalar, description: 'Less than.' }),
      lte: t.field({ type: scalar, description: 'Less than or equal to.' }),
      in: t.field({
        type: [scalar],
        required: { list: false, items: true },
        description: `Equal to one of these (1..${MAX_IN_VALUES} values).`,
      }),
      isNull: t.boolean({ description: 'true: the property is null; false: it has a value.' }),
    }),
  });
}

const comparableFilters: Record<Comparable, InputObjectRef<Types, OperatorFilter>> = {
  Int: comparableFilter('Int', 'a 32-bit number'),
  Long: comparableFilter('Long', 'a 64-bit number'),
  Float: comparableFilter('Float', 'a decimal number'),
  Date: comparableFilter('Date', 'a calendar date'),
  DateTime: comparableFilter('DateTime', 'an instant'),
} as unknown as Record<Comparable, InputObjectRef<Types, OperatorFilter>>;

const enumFilters = new Map<string, InputObjectRef<Types, OperatorFilter>>();

function enumFilter(spec: EnumSpec): InputObjectRef<Types, OperatorFilter> {
  let ref = enumFilters.get(spec.name);
  if (!ref) {
    const gql = enumRef(spec);
    ref = builder.inputType(`${spec.name}Filter`, {
      description: `Conditions on a ${spec.name} property.`,
      fields: (t) => ({
        eq: t.field({ type: gql, description: 'Equal to.' }),
        ne: t.field({ type: gql, description: 'Not equal to (null values also match).' }),
        in: t.field({
          type: [gql],
          required: { list: false, items: true },
          description: `Equal to one of these (1..${MAX_IN_VALUES} values).`,
        }),
        isNull: t.boolean({ description: 'true: the property is null; false: it has a value.' }),
      }),
    }) as unknown as InputObjectRef<Types, OperatorFilter>;
    enumFilters.set(spec.name, ref);
  }
  return ref;
}

const nestedWheres = new Map<string, InputObjectRef<Types, OperatorFilter>>();

/**
 * `<TypeName>Where` of an object-valued property (an address): its own properties' operators,
 * compiled to OData paths such as `MailAddress/City`. Shared by every type that embeds it.
 */
function nestedWhere(typeName: string, map: FieldMap): InputObjectRef<Types, OperatorFilter> {
  let ref = nestedWheres.get(typeName);
  if (!ref) {
    const created = builder.inputRef<WhereInput>(`${typeName}Where`);
    ref = created as unknown as InputObjectRef<Types, OperatorFilter>;
    nestedWheres.set(typeName, ref);
    created.implement({
      description: `Conditions on the properties of an embedded ${typeName}.`,
      fields: (t) => {
        const fields: Record<string, ReturnType<typeof t.field>> = {};
        for (const key of filterableKeys(map)) {
          const spec = map[key] as FieldSpec;
          fields[key] = t.field({
            type: filterInputOf(spec) as InputObjectRef<Types, OperatorFilter>,
            description: spec.description,
          });
        }
        return fields;
      },
    });
  }
  return ref;
}

/** The operator input of a property, or undefined when it cannot be filtered on. */
function filterInputOf(spec: FieldSpec): InputObjectRef<Types, OperatorFilter> | undefined {
  if (!spec.filterable || spec.writeOnly) return undefined;
  if (spec.type === 'object') return nestedWhere(spec.typeName, spec.fields);
  if (spec.type === 'enum') return enumFilter(spec.enum);
  if (spec.type !== 'scalar') return undefined;
  switch (spec.kind) {
    case 'string':
      return StringFilter as unknown as InputObjectRef<Types, OperatorFilter>;
    case 'guid':
      return GuidFilter as unknown as InputObjectRef<Types, OperatorFilter>;
    case 'bool':
      return BooleanFilter as unknown as InputObjectRef<Types, OperatorFilter>;
    default:
      return comparableFilters[scalarOf(spec.kind) as Comparable];
  }
}

/** Keys of `map` that a `where` can name (embedded objects included). */
export function filterableKeys(map: FieldMap): string[] {
  return Object.keys(map).filter((k) => filterInputOf(map[k] as FieldSpec) !== undefined);
}

/** Keys of `map` that an `orderBy` can name: filterable scalars and enums. */
export function orderableKeys(map: FieldMap): string[] {
  return filterableKeys(map).filter((k) => {
    const spec = map[k] as FieldSpec;
    return spec.type === 'scalar' || spec.type === 'enum';
  });
}

/**
 * `<TypeName>Where`: one operator object per filterable property, plus `AND`, `OR`, `NOT`.
 * All conditions given at one level must hold.
 */
export function whereInput(typeName: string, map: FieldMap): InputObjectRef<Types, WhereInput> {
  const ref = builder.inputRef<WhereInput>(`${typeName}Where`);
  ref.implement({
    description: `Conditions on ${typeName} properties, compiled to one OData $filter.`,
    fields: (t) => {
      const fields: Record<string, ReturnType<typeof t.field>> = {};
      for (const key of filterableKeys(map)) {
        const spec = map[key] as FieldSpec;
        fields[key] = t.field({
          type: filterInputOf(spec) as InputObjectRef<Types, OperatorFilter>,
          description: spec.description,
        });
      }
      fields.AND = t.field({
        type: [ref],
        required: { list: false, items: true },
        description: 'All of these hold.',
      });
      fields.OR = t.field({
        type: [ref],
        required: { list: false, items: true },
        description: 'At least one of these holds (1 or more entries).',
      });
      fields.NOT = t.field({ type: ref, description: 'This does not hold.' });
      return fields;
    },
  });
  return ref;
}

/** `<TypeName>OrderBy`: a property of the registry and a direction. */
export function orderByInput(typeName: string, map: FieldMap): InputObjectRef<Types, OrderByInput> {
  const values: Record<string, { value: string; description: string }> = {};
  for (const key of orderableKeys(map)) {
    values[upperSnake(key)] = { value: key, description: (map[key] as FieldSpec).description };
  }
  const field = builder.enumType(`${typeName}OrderField`, {
    description: `Properties a ${typeName} list can be sorted by.`,
    values,
  });
  return builder.inputType(`${typeName}OrderBy`, {
    description: `One sort key of a ${typeName} list; earlier entries sort first.`,
    fields: (t) => ({
      field: t.field({ type: field, required: true, description: 'Property to sort by.' }),
      direction: t.field({
        type: OrderDirection,
        defaultValue: 'asc',
        description: 'Direction; ascending by default.',
      }),
    }),
  }) as unknown as InputObjectRef<Types, OrderByInput>;
}

/** `orderBy` entries as the AST's order list; a repeated property keeps its first entry. */
export function compileOrderBy(entries: readonly OrderByInput[] | null | undefined): OrderBy[] {
  const out: OrderBy[] = [];
  for (const e of entries ?? []) {
    if (!out.some((o) => o.field === e.field)) {
      out.push({ field: e.field, direction: e.direction ?? 'asc' });
    }
  }
  return out;
}

/**
 * A `where` as one filter node (undefined when it constrains nothing). Throws BAD_USER_INPUT for
 * what OData cannot express and for filters too long to send.
 */
export function compileWhere(
  map: FieldMap,
  where: WhereInput | null | undefined,
): FilterNode | undefined {
  const node = compileLevel(map, where ?? {}, 'where', '', 1);
  if (node && encodedSize(node) > MAX_FILTER_LENGTH) {
    throw badInput(
      `The filter is too long to send to PowerOffice (over ${MAX_FILTER_LENGTH} characters ` +
        'once URL-encoded). Use fewer or shorter values.',
    );
  }
  return node;
}

function compileLevel(
  map: FieldMap,
  where: WhereInput,
  path: string,
  prefix: string,
  depth: number,
): FilterNode | undefined {
  if (depth > MAX_WHERE_DEPTH) {
    throw badInput(
      `${path} nests AND/OR/NOT more than ${MAX_WHERE_DEPTH} levels deep; flatten the filter ` +
        '(AND and OR take lists).',
      { limit: MAX_WHERE_DEPTH },
    );
  }
  const parts: FilterNode[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    if (key === 'AND') {
      (value as WhereInput[]).forEach((w, i) => {
        const n = compileLevel(map, w, `${path}.AND[${i}]`, prefix, depth + 1);
        if (n) parts.push(n);
      });
    } else if (key === 'OR') {
      const list = value as WhereInput[];
      if (list.length === 0) {
        throw badInput(`${path}.OR needs at least one entry: an empty OR matches nothing.`);
      }
      const alts = list.map((w, i) => compileLevel(map, w, `${path}.OR[${i}]`, prefix, depth + 1));
      // One unconstrained alternative makes the whole OR true.
      if (alts.every((a): a is FilterNode => a !== undefined)) {
        parts.push(alts.length === 1 ? (alts[0] as FilterNode) : { op: 'or', args: alts });
      }
    } else if (key === 'NOT') {
      const inner = compileLevel(map, value as WhereInput, `${path}.NOT`, prefix, depth + 1);
      if (!inner) {
        throw badInput(`${path}.NOT of an empty filter matches nothing; give it a condition.`);
      }
      parts.push({ op: 'not', arg: inner });
    } else {
      const spec = map[key];
      if (!spec) throw badInput(`${path}.${key} is not a filterable property.`);
      if (spec.type === 'object') {
        const n = compileLevel(
          spec.fields,
          value as WhereInput,
          `${path}.${key}`,
          `${prefix}${key}.`,
          depth + 1,
        );
        if (n) parts.push(n);
      } else {
        parts.push(
          ...compileField(`${prefix}${key}`, spec, value as OperatorFilter, `${path}.${key}`),
        );
      }
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { op: 'and', args: parts };
}

const COMPARISONS = { eq: 'eq', ne: 'ne', gt: 'gt', gte: 'ge', lt: 'lt', lte: 'le' } as const;
const STRING_FUNCTIONS = {
  startsWith: 'startswith',
  endsWith: 'endswith',
  contains: 'contains',
} as const;

function compileField(
  field: string,
  spec: FieldSpec,
  ops: OperatorFilter,
  path: string,
): FilterNode[] {
  const ci = ops.caseInsensitive === true;
  const lit = (v: unknown, op: string): Literal => {
    const value = ci && typeof v === 'string' ? v.toLowerCase() : (v as Literal);
    checkLiteral(spec, value, `${path}.${op}`);
    return value;
  };
  const withCi = ci ? { caseInsensitive: true } : {};
  const out: FilterNode[] = [];
  for (const [name, op] of Object.entries(COMPARISONS)) {
    const v = ops[name as keyof typeof COMPARISONS];
    if (v !== undefined && v !== null) out.push({ op, field, value: lit(v, name), ...withCi });
  }
  if (ops.in !== undefined && ops.in !== null) {
    if (ops.in.length === 0) {
      throw badInput(`${path}.in needs at least one value: an empty list matches nothing.`);
    }
    if (ops.in.length > MAX_IN_VALUES) {
      throw badInput(`${path}.in takes at most ${MAX_IN_VALUES} values.`);
    }
    out.push({ op: 'in', field, values: ops.in.map((v) => lit(v, 'in')), ...withCi });
  }
  for (const [name, op] of Object.entries(STRING_FUNCTIONS)) {
    const v = ops[name as keyof typeof STRING_FUNCTIONS];
    if (v !== undefined && v !== null) {
      out.push({ op, field, value: lit(v, name) as string, ...withCi });
    }
  }
  if (ops.isNull !== undefined && ops.isNull !== null) {
    out.push({ op: ops.isNull ? 'eq' : 'ne', field, value: null });
  }
  if (out.length === 0 && spec.type === 'scalar' && ci) {
    throw badInput(`${path}.caseInsensitive needs an operator to apply to.`);
  }
  return out;
}

/** What a value of each kind must look like, for the message when it does not. */
const LITERAL_SHAPES: Partial<Record<string, string>> = {
  guid: 'a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6',
  int: 'a finite whole number',
  long: 'a finite whole number',
  double: 'a finite number',
  datetime: 'a date between 0001-01-01 and 9999-12-31',
  datetimeoffset: 'an instant between 0001-01-01 and 9999-12-31 (UTC)',
};

/**
 * Throws BAD_USER_INPUT unless `value` renders as an OData literal of the property's kind: the
 * client formats every literal again when it builds `$filter`, and a failure there is a plain
 * Error (a 500 "Unexpected error."), so the same check runs here first, where the path is known.
 */
function checkLiteral(spec: FieldSpec, value: Literal, path: string): void {
  if (value === null || (spec.type !== 'scalar' && spec.type !== 'enum')) return;
  try {
    formatLiteral(spec, value);
  } catch {
    const shape = spec.type === 'scalar' ? LITERAL_SHAPES[spec.kind] : undefined;
    throw badInput(`${path} must be ${shape ?? "a value of the property's type"}.`);
  }
}

/** A generous estimate of the node's size in a URL: field names plus encoded literals. */
function encodedSize(node: FilterNode): number {
  switch (node.op) {
    case 'and':
    case 'or':
      return node.args.reduce((n, a) => n + encodedSize(a) + 9, 0);
    case 'not':
      return encodedSize(node.arg) + 9;
    case 'in':
      return node.values.reduce<number>((n, v) => n + literalSize(v) + 3, node.field.length + 30);
    default:
      return node.field.length + literalSize(node.value) + 30;
  }
}

function literalSize(v: Literal): number {
  return encodeURIComponent(String(v instanceof Date ? v.toISOString() : v)).length + 6;
}
