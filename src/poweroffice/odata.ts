import {
  type EnumSpec,
  type FieldMap,
  type FieldSpec,
  odataName,
  type ScalarKind,
} from './resources/fields.js';
import type { ResourceSpec } from './resources/resource.js';

/**
 * The typed OData filter AST shared by the GraphQL `where` compiler, the client's `$filter`
 * builder and the in-memory evaluator used by property tests.
 *
 * Field references are camelCase JSON paths (`name`, `mailAddress.city`) and are translated to
 * PowerOffice property names only through the resource's field registry.
 */
export type Literal = string | number | boolean | null | Date;

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunctionOp = 'startswith' | 'endswith' | 'contains';

export type FilterNode =
  | { readonly op: 'and' | 'or'; readonly args: readonly FilterNode[] }
  | { readonly op: 'not'; readonly arg: FilterNode }
  | {
      readonly op: ComparisonOp;
      readonly field: string;
      readonly value: Literal;
      /** Compare `tolower(Field)` with the lower-cased value (strings only). */
      readonly caseInsensitive?: boolean;
    }
  | {
      readonly op: 'in';
      readonly field: string;
      readonly values: readonly Literal[];
      readonly caseInsensitive?: boolean;
    }
  | {
      readonly op: StringFunctionOp;
      readonly field: string;
      readonly value: string;
      readonly caseInsensitive?: boolean;
    };

export interface OrderBy {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** One list request: filter, order and paging. */
export interface ListQuery {
  readonly filter?: FilterNode;
  readonly orderBy?: readonly OrderBy[];
  readonly top?: number;
  readonly skip?: number;
  /** The route's own query parameters (a report's `fromDate`), already in wire form. */
  readonly params?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// AST → OData query options. Everything below is pure: it builds strings, it does not send them.

/** Rendering choices that the reference leaves open. */
export interface ODataOptions {
  /**
   * Render `in` nodes as OData 4 `Field in (a,b)` instead of `(Field eq a or Field eq b)`.
   * PowerOffice documents only `eq ne gt ge lt le and or not`, so the default is `or`.
   */
  readonly inOperator?: boolean;
}

/** A resolved field reference: its OData path (`MailAddress/City`) and its spec. */
export interface ResolvedField {
  readonly path: string;
  readonly spec: FieldSpec;
}

type FieldsLike = FieldMap | Pick<ResourceSpec, 'listFields'>;

function fieldMapOf(fields: FieldsLike): FieldMap {
  return isResourceLike(fields) ? fields.listFields : fields;
}

function isResourceLike(x: FieldsLike): x is Pick<ResourceSpec, 'listFields'> {
  // A field map could itself have a field called `listFields`; that one would be a FieldSpec.
  const lf = (x as { listFields?: unknown }).listFields;
  return (
    typeof lf === 'object' && lf !== null && typeof (lf as { type?: unknown }).type !== 'string'
  );
}

/**
 * Maps a camelCase JSON path (`mailAddress.city`) to its OData property path through the field
 * registry. Throws for unknown or non-filterable fields: that is a programming error, not input.
 */
export function resolveField(fields: FieldsLike, jsonPath: string): ResolvedField {
  const root = fieldMapOf(fields);
  let known = resolved.get(root);
  if (known === undefined) {
    known = new Map();
    resolved.set(root, known);
  }
  let found = known.get(jsonPath);
  if (found === undefined) {
    found = resolveUncached(root, jsonPath);
    known.set(jsonPath, found);
  }
  return found;
}

/**
 * Fields resolved so far, per field map: every list call resolves its filter and sort fields,
 * and the registry's maps do not change once built. Bounded by the fields the maps declare.
 */
const resolved = new WeakMap<FieldMap, Map<string, ResolvedField>>();

function resolveUncached(root: FieldMap, jsonPath: string): ResolvedField {
  let map: FieldMap = root;
  const parts = jsonPath.split('.');
  const names: string[] = [];
  let spec: FieldSpec | undefined;
  for (const [i, key] of parts.entries()) {
    spec = Object.hasOwn(map, key) ? map[key] : undefined;
    if (!spec) throw new Error(`OData: unknown field "${jsonPath}"`);
    names.push(odataName(key, spec));
    if (i < parts.length - 1) {
      if (spec.type !== 'object') throw new Error(`OData: "${jsonPath}" is not an object path`);
      map = spec.fields;
    }
  }
  if (!spec || spec.type === 'object' || spec.type === 'list' || !spec.filterable) {
    throw new Error(`OData: field "${jsonPath}" cannot be filtered or sorted on`);
  }
  return { path: names.join('/'), spec };
}

function kindOf(spec: FieldSpec): ScalarKind | 'enum' {
  if (spec.type === 'enum') return 'enum';
  if (spec.type === 'scalar') return spec.kind;
  throw new Error('OData: only scalar and enum fields have literals');
}

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a GUID in its usual hyphenated form (any case), as PowerOffice's `uuid`. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function isoSeconds(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('OData: invalid Date literal');
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

function enumNumber(e: EnumSpec, value: Literal): number {
  if (typeof value === 'number' && Object.values(e.values).includes(value)) return value;
  if (typeof value === 'string') {
    const hit = Object.entries(e.values).find(([k]) => k.toLowerCase() === value.toLowerCase());
    if (hit) return hit[1];
  }
  throw new Error(`OData: ${String(value)} is not a value of enum ${e.name}`);
}

/** Quotes a string literal: `'` doubles to `''` (OData's only escape inside quotes). */
export function quoteString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * Formats `value` as an OData literal for a field of `spec`'s kind: strings quoted and escaped,
 * numbers bare, `DateTime'…'` / `DateTimeOffset'…'` for dates (reference A6), GUIDs bare
 * (OData 4), enums as their wire number. Throws when the value does not fit the field.
 */
export function formatLiteral(spec: FieldSpec, value: Literal): string {
  if (value === null) return 'null';
  const kind = kindOf(spec);
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') throw new Error('OData: expected a string literal');
      return quoteString(value);
    case 'int':
    case 'long':
    case 'double': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error('OData: expected a finite number literal');
      }
      if (kind !== 'double' && !Number.isInteger(value)) {
        throw new Error('OData: expected an integer literal');
      }
      return String(value);
    }
    case 'bool':
      if (typeof value !== 'boolean') throw new Error('OData: expected a boolean literal');
      return value ? 'true' : 'false';
    case 'guid':
      if (typeof value !== 'string' || !GUID.test(value)) throw new Error('OData: expected a GUID');
      return value.toLowerCase();
    case 'datetime':
    case 'datetimeoffset': {
      let text: string;
      if (value instanceof Date) {
        // DateTime carries no offset on the wire: send the UTC wall-clock time without `Z`.
        text = kind === 'datetime' ? isoSeconds(value).replace(/Z$/, '') : isoSeconds(value);
      } else if (typeof value === 'string' && ISO_DATE.test(value.trim())) {
        text = value.trim().replace(/\s+(?=[Z+-])/i, '');
      } else {
        throw new Error('OData: expected a Date or an ISO-8601 date string');
      }
      return `${kind === 'datetime' ? 'DateTime' : 'DateTimeOffset'}'${text}'`;
    }
    case 'enum':
      return String(enumNumber((spec as { enum: EnumSpec }).enum, value));
  }
}

/** True when `value` can be a literal of `spec`'s kind (a key that cannot is never stored). */
export function fitsLiteral(spec: FieldSpec, value: Literal): boolean {
  try {
    formatLiteral(spec, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Folds constant sub-trees: `and[]` is true, `or[]` and `in []` are false. Returns `true` when
 * the filter matches everything and `false` when it can match nothing.
 */
export function simplifyFilter(node: FilterNode): FilterNode | boolean {
  switch (node.op) {
    case 'and':
    case 'or': {
      const absorbing = node.op === 'or';
      const kept: FilterNode[] = [];
      for (const a of node.args) {
        const s = simplifyFilter(a);
        if (s === absorbing) return absorbing;
        if (s !== !absorbing) kept.push(s as FilterNode);
      }
      if (kept.length === 0) return !absorbing;
      if (kept.length === 1) return kept[0] as FilterNode;
      return { op: node.op, args: kept };
    }
    case 'not': {
      const s = simplifyFilter(node.arg);
      return typeof s === 'boolean' ? !s : { op: 'not', arg: s };
    }
    case 'in':
      return node.values.length === 0 ? false : node;
    default:
      return node;
  }
}

/** True when the filter provably matches no row, so a list call can skip the upstream. */
export function isUnsatisfiable(node: FilterNode | undefined): boolean {
  return node !== undefined && simplifyFilter(node) === false;
}

function lowerValue(v: Literal, ci: boolean | undefined): Literal {
  return ci && typeof v === 'string' ? v.toLowerCase() : v;
}

function render(fields: FieldsLike, node: FilterNode, opts: ODataOptions, top: boolean): string {
  const wrap = (s: string) => (top ? s : `(${s})`);
  switch (node.op) {
    case 'and':
    case 'or':
      return wrap(node.args.map((a) => render(fields, a, opts, false)).join(` ${node.op} `));
    case 'not':
      return `not (${render(fields, node.arg, opts, true)})`;
    case 'in': {
      const f = resolveField(fields, node.field);
      const ci = node.caseInsensitive && kindOf(f.spec) === 'string';
      const prop = ci ? `tolower(${f.path})` : f.path;
      const lits = node.values.map((v) => formatLiteral(f.spec, lowerValue(v, ci)));
      if (opts.inOperator) return `${prop} in (${lits.join(',')})`;
      if (lits.length === 1) return `${prop} eq ${lits[0]}`;
      return wrap(lits.map((l) => `${prop} eq ${l}`).join(' or '));
    }
    case 'startswith':
    case 'endswith':
    case 'contains': {
      const f = resolveField(fields, node.field);
      if (kindOf(f.spec) !== 'string') {
        throw new Error(`OData: ${node.op} needs a string field, "${node.field}" is not one`);
      }
      const prop = node.caseInsensitive ? `tolower(${f.path})` : f.path;
      const lit = formatLiteral(f.spec, lowerValue(node.value, node.caseInsensitive));
      return `${node.op}(${prop},${lit})`;
    }
    default: {
      const f = resolveField(fields, node.field);
      const ci = node.caseInsensitive && kindOf(f.spec) === 'string';
      const prop = ci ? `tolower(${f.path})` : f.path;
      return `${prop} ${node.op} ${formatLiteral(f.spec, lowerValue(node.value, ci))}`;
    }
  }
}

/**
 * Renders a filter AST as the value of `$filter`, enclosed in parentheses as the reference
 * asks. Returns null when the filter matches everything; throws when it can match nothing
 * (check `isUnsatisfiable` first) or names a field the registry does not know.
 */
export function toFilterString(
  fields: FieldsLike,
  node: FilterNode,
  opts: ODataOptions = {},
): string | null {
  const s = simplifyFilter(node);
  if (s === true) return null;
  if (s === false) throw new RangeError('OData: the filter can never match; skip the request');
  return `(${render(fields, s, opts, true)})`;
}

/** Renders `$orderby`: PascalCase names through the registry, lower-case directions, commas. */
export function toOrderByString(fields: FieldsLike, orderBy: readonly OrderBy[]): string {
  return orderBy.map((o) => `${resolveField(fields, o.field).path} ${o.direction}`).join(',');
}

/**
 * The query string of one list call. Paging always carries `$orderby` (the reference: `$skip`
 * does not work without `$top` and `$orderby`); without an explicit order we sort by `id`.
 */
export function toSearchParams(
  resource: Pick<ResourceSpec, 'listFields'> & { maxRows?: number },
  query: ListQuery = {},
  opts: ODataOptions = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.filter) {
    const filter = toFilterString(resource, query.filter, opts);
    if (filter !== null) params.$filter = filter;
  }
  const paging = query.skip !== undefined || query.top !== undefined;
  let orderBy = query.orderBy ?? [];
  if (paging && orderBy.length === 0) {
    if (!Object.hasOwn(resource.listFields, 'id')) {
      throw new Error('OData: paging needs an orderBy on a resource without an id field');
    }
    orderBy = [{ field: 'id', direction: 'asc' }];
  }
  if (orderBy.length > 0) params.$orderby = toOrderByString(resource, orderBy);
  if (query.skip !== undefined) {
    params.$top = String(query.top ?? resource.maxRows ?? 10_000);
    params.$skip = String(query.skip);
  } else if (query.top !== undefined) {
    params.$top = String(query.top);
  }
  return { ...query.params, ...params };
}

// ---------------------------------------------------------------------------------------------
// In-memory evaluation with the same semantics the emulator implements. Used by property tests
// (emulator result == in-memory result for random ASTs); never used to filter API results.

type Comparable = string | number | boolean;

/** Parses an ISO-8601 instant; strings without an offset are read as UTC (never local time). */
export function parseInstant(s: string): number {
  let t = s.trim().replace(/\s+(?=[Z+-]\d{0,2})/i, '');
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/i.test(t)) t += 'Z';
  return Date.parse(t);
}

function normalize(spec: FieldSpec, v: unknown, ci: boolean | undefined): Comparable | null {
  if (v === null || v === undefined) return null;
  const kind = kindOf(spec);
  if (kind === 'enum') return enumNumber((spec as { enum: EnumSpec }).enum, v as Literal);
  if (kind === 'datetime' || kind === 'datetimeoffset') {
    return v instanceof Date ? v.getTime() : parseInstant(String(v));
  }
  if (kind === 'guid') return String(v).toLowerCase();
  if (ci && typeof v === 'string') return v.toLowerCase();
  return v as Comparable;
}

function readPath(row: unknown, jsonPath: string): unknown {
  let cur: unknown = row;
  for (const key of jsonPath.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function compare(op: ComparisonOp, a: Comparable | null, b: Comparable | null): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

/**
 * Evaluates `node` against one wire row (camelCase JSON, nulls possibly omitted) with OData's
 * two-valued semantics: comparisons with null are false except `eq`/`ne`; strings compare
 * ordinally and case-sensitively unless `caseInsensitive`.
 */
export function evaluateFilter(fields: FieldsLike, node: FilterNode, row: unknown): boolean {
  switch (node.op) {
    case 'and':
      return node.args.every((a) => evaluateFilter(fields, a, row));
    case 'or':
      return node.args.some((a) => evaluateFilter(fields, a, row));
    case 'not':
      return !evaluateFilter(fields, node.arg, row);
    case 'in': {
      const f = resolveField(fields, node.field);
      const v = normalize(f.spec, readPath(row, node.field), node.caseInsensitive);
      return node.values.some((x) => normalize(f.spec, x, node.caseInsensitive) === v);
    }
    case 'startswith':
    case 'endswith':
    case 'contains': {
      const f = resolveField(fields, node.field);
      const v = normalize(f.spec, readPath(row, node.field), node.caseInsensitive);
      const x = normalize(f.spec, node.value, node.caseInsensitive);
      if (typeof v !== 'string' || typeof x !== 'string') return false;
      if (node.op === 'startswith') return v.startsWith(x);
      if (node.op === 'endswith') return v.endsWith(x);
      return v.includes(x);
    }
    default: {
      const f = resolveField(fields, node.field);
      const v = normalize(f.spec, readPath(row, node.field), node.caseInsensitive);
      return compare(node.op, v, normalize(f.spec, node.value, node.caseInsensitive));
    }
  }
}
