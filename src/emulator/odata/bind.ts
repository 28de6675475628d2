import type { EnumSpec, FieldMap, FieldSpec } from '../../poweroffice/resources/fields.js';
import { odataName } from '../../poweroffice/resources/fields.js';
import type { ComparisonOp, Expr, LiteralValue } from './ast.js';
import { ODataError, quoteName } from './error.js';
import { instantOf } from './instant.js';

export type Row = Record<string, unknown>;

/**
 * The static type of a bound expression. Every runtime value is a primitive or null, so the
 * compiled closures compare with `===` and `<`:
 * string → string, number/enum → number, bool → boolean, guid → lower-case string,
 * date → epoch milliseconds.
 */
export type BoundType =
  | { readonly t: 'string' | 'number' | 'bool' | 'guid' | 'date' | 'null' }
  | { readonly t: 'enum'; readonly spec: EnumSpec };

type Value = string | number | boolean | null;
export type Getter = (row: Row) => Value;
export type Predicate = (row: Row) => boolean;

interface Bound {
  readonly type: BoundType;
  readonly get: Getter;
  /** Set when the expression is a literal: its value and the literal as written. */
  readonly constant?: { readonly value: Value; readonly literal: LiteralValue };
}

interface Resolved {
  readonly jsonKey: string;
  readonly field: FieldSpec;
}

// OData name → JSON key, per field map, built once per map.
const indexes = new WeakMap<FieldMap, Map<string, Resolved>>();

function indexOf(fields: FieldMap): Map<string, Resolved> {
  let index = indexes.get(fields);
  if (!index) {
    index = new Map();
    for (const [jsonKey, field] of Object.entries(fields)) {
      index.set(odataName(jsonKey, field), { jsonKey, field });
    }
    indexes.set(fields, index);
  }
  return index;
}

/** Turns syntax trees into closures over rows, checking names and types against a field map. */
export class Binder {
  constructor(
    private readonly fields: FieldMap,
    private readonly option: string,
  ) {}

  private fail(msg: string): never {
    throw new ODataError(`Invalid ${this.option}: ${msg}.`, this.option);
  }

  /** A boolean expression as a predicate that is true only when the expression is true. */
  predicate(expr: Expr): Predicate {
    switch (expr.kind) {
      case 'and': {
        const l = this.predicate(expr.left);
        const r = this.predicate(expr.right);
        return (row) => l(row) && r(row);
      }
      case 'or': {
        const l = this.predicate(expr.left);
        const r = this.predicate(expr.right);
        return (row) => l(row) || r(row);
      }
      case 'not': {
        const p = this.predicate(expr.arg);
        return (row) => !p(row);
      }
      case 'compare':
        return this.comparison(expr.op, this.bind(expr.left), this.bind(expr.right));
      case 'in':
        return this.membership(
          this.bind(expr.left),
          expr.items.map((i) => this.bind(i)),
        );
      default: {
        const b = this.bind(expr);
        if (b.type.t !== 'bool') this.fail('the expression must evaluate to true or false');
        if (b.constant) return b.constant.value === true ? () => true : () => false;
        const get = b.get;
        return (row) => get(row) === true;
      }
    }
  }

  /** Any expression as a typed getter. */
  bind(expr: Expr): Bound {
    switch (expr.kind) {
      case 'literal':
        return literal(expr.value);
      case 'property':
        return this.property(expr.path);
      case 'call':
        return this.call(expr.name, expr.args);
      default: {
        const p = this.predicate(expr);
        return { type: { t: 'bool' }, get: p };
      }
    }
  }

  private property(path: readonly string[]): Bound {
    let fields = this.fields;
    const keys: string[] = [];
    let field: FieldSpec | undefined;
    for (let n = 0; n < path.length; n++) {
      const name = path[n] as string;
      const found = indexOf(fields).get(name);
      if (!found) {
        const hint = [...indexOf(fields).keys()].find(
          (k) => k.toLowerCase() === name.toLowerCase(),
        );
        this.fail(
          `no property named ${quoteName(name)}` +
            (hint ? ` (names are case-sensitive; did you mean '${hint}'?)` : ''),
        );
      }
      field = found.field;
      keys.push(found.jsonKey);
      if (!field.filterable) this.fail(`the property ${quoteName(name)} cannot be queried`);
      if (n < path.length - 1) {
        if (field.type !== 'object') this.fail(`the property ${quoteName(name)} has no members`);
        fields = field.fields;
      }
    }
    const spec = field as FieldSpec;
    if (spec.type === 'object' || spec.type === 'list') {
      this.fail(
        `the property ${quoteName(path[path.length - 1] as string)} is not a single value` +
          (spec.type === 'object' ? "; name a member with '/'" : ''),
      );
    }
    const raw = rawGetter(keys);
    if (spec.type === 'enum') {
      const byName = enumNames(spec.enum);
      return {
        type: { t: 'enum', spec: spec.enum },
        get: (row) => {
          const v = raw(row);
          if (typeof v === 'number') return v;
          return typeof v === 'string' ? (byName.get(v.toLowerCase()) ?? null) : null;
        },
      };
    }
    switch (spec.kind) {
      case 'string':
        return {
          type: { t: 'string' },
          get: (row) => {
            const v = raw(row);
            return typeof v === 'string' ? v : null;
          },
        };
      case 'int':
      case 'long':
      case 'double':
        return {
          type: { t: 'number' },
          get: (row) => {
            const v = raw(row);
            return typeof v === 'number' ? v : null;
          },
        };
      case 'bool':
        return {
          type: { t: 'bool' },
          get: (row) => {
            const v = raw(row);
            return typeof v === 'boolean' ? v : null;
          },
        };
      case 'guid':
        return {
          type: { t: 'guid' },
          get: (row) => {
            const v = raw(row);
            return typeof v === 'string' ? v.toLowerCase() : null;
          },
        };
      case 'datetime':
      case 'datetimeoffset':
        return { type: { t: 'date' }, get: (row) => instantOf(raw(row)) };
      default:
        return this.fail(`the property ${quoteName(path.join('/'))} has an unknown kind`);
    }
  }

  private call(name: string, args: readonly Expr[]): Bound {
    const bound = args.map((a) => this.bind(a));
    for (const b of bound) {
      if (b.type.t !== 'string' && b.type.t !== 'null') {
        this.fail(`${name} takes string arguments`);
      }
    }
    const a = (bound[0] as Bound).get;
    if (name === 'tolower' || name === 'toupper') {
      const lower = name === 'tolower';
      return {
        type: { t: 'string' },
        get: (row) => {
          const v = a(row) as string | null;
          if (v === null) return null;
          return lower ? v.toLowerCase() : v.toUpperCase();
        },
      };
    }
    const b = (bound[1] as Bound).get;
    // A null operand makes the test false (2-valued logic, see compileQuery's contract).
    const test =
      name === 'startswith'
        ? (s: string, t: string) => s.startsWith(t)
        : name === 'endswith'
          ? (s: string, t: string) => s.endsWith(t)
          : (s: string, t: string) => s.includes(t);
    return {
      type: { t: 'bool' },
      get: (row) => {
        const s = a(row);
        const t = b(row);
        return typeof s === 'string' && typeof t === 'string' && test(s, t);
      },
    };
  }

  /** Brings both sides to one comparable type, converting enum-name literals; or fails. */
  private unify(op: string, l: Bound, r: Bound): [Bound, Bound] {
    const lt = l.type;
    const rt = r.type;
    if (lt.t === 'null' || rt.t === 'null') return [l, r];
    if (lt.t === 'enum' || rt.t === 'enum') {
      if (lt.t === 'enum' && rt.t === 'enum') {
        if (lt.spec !== rt.spec) this.fail(`'${op}' compares two different enum types`);
        return [l, r];
      }
      return lt.t === 'enum'
        ? [l, this.enumLiteral(op, lt.spec, r)]
        : [this.enumLiteral(op, (rt as { spec: EnumSpec }).spec, l), r];
    }
    if (lt.t !== rt.t) {
      this.fail(`'${op}' cannot compare a ${typeName(lt)} with a ${typeName(rt)}`);
    }
    return [l, r];
  }

  private enumLiteral(op: string, spec: EnumSpec, b: Bound): Bound {
    const lit = b.constant?.literal;
    if (lit?.type === 'number' && lit.integer) return b;
    if (lit?.type === 'string') {
      // .NET's Enum.Parse also reads a quoted wire number.
      const trimmed = lit.value.trim();
      const value = /^-?\d{1,9}$/.test(trimmed)
        ? Number(trimmed)
        : enumNames(spec).get(trimmed.toLowerCase());
      if (value === undefined) this.fail(`the text is not a member of ${spec.name}`);
      return literal({ type: 'number', value, integer: true });
    }
    return this.fail(`'${op}' compares ${spec.name} with something that is not a member of it`);
  }

  private comparison(op: ComparisonOp, left: Bound, right: Bound): Predicate {
    const [l, r] = this.unify(op, left, right);
    const gl = l.get;
    const gr = r.get;
    // C# null semantics, as the .NET backend evaluates them: null eq null is true, null ne x is
    // true, and an ordering comparison with a null side is false.
    if (r.constant) {
      const c = r.constant.value;
      switch (op) {
        case 'eq':
          return (row) => gl(row) === c;
        case 'ne':
          return (row) => gl(row) !== c;
      }
      if (c === null) return () => false;
      switch (op) {
        case 'gt':
          return (row) => {
            const v = gl(row);
            return v !== null && v > c;
          };
        case 'ge':
          return (row) => {
            const v = gl(row);
            return v !== null && v >= c;
          };
        case 'lt':
          return (row) => {
            const v = gl(row);
            return v !== null && v < c;
          };
        case 'le':
          return (row) => {
            const v = gl(row);
            return v !== null && v <= c;
          };
      }
    }
    switch (op) {
      case 'eq':
        return (row) => gl(row) === gr(row);
      case 'ne':
        return (row) => gl(row) !== gr(row);
      case 'gt':
        return (row) => ordered(gl(row), gr(row)) > 0;
      case 'ge':
        return (row) => ordered(gl(row), gr(row)) >= 0;
      case 'lt':
        return (row) => ordered(gl(row), gr(row)) < 0;
      case 'le':
        return (row) => ordered(gl(row), gr(row)) <= 0;
    }
  }

  private membership(left: Bound, items: Bound[]): Predicate {
    const values = new Set<Value>();
    for (const item of items) {
      const [, r] = this.unify('in', left, item);
      values.add((r.constant as NonNullable<Bound['constant']>).value);
    }
    const gl = left.get;
    if (values.size === 1) {
      const [only] = values;
      return (row) => gl(row) === only;
    }
    return (row) => values.has(gl(row));
  }

  /** A sort key getter; the expression must have an orderable single value. */
  sortKey(expr: Expr): Getter {
    const b = this.bind(expr);
    if (b.type.t === 'null') this.fail('cannot sort by null');
    return b.get;
  }
}

/** -1/0/1 for two non-null values of one type; NaN (so every test is false) if either is null. */
function ordered(a: Value, b: Value): number {
  if (a === null || b === null) return Number.NaN;
  return a === b ? 0 : a < b ? -1 : 1;
}

function literal(lit: LiteralValue): Bound {
  const value: Value = lit.type === 'null' ? null : lit.value;
  const type: BoundType =
    lit.type === 'datetime' ? { t: 'date' } : lit.type === 'null' ? { t: 'null' } : { t: lit.type };
  return { type, get: () => value, constant: { value, literal: lit } };
}

function typeName(t: BoundType): string {
  switch (t.t) {
    case 'date':
      return 'date/time';
    case 'guid':
      return 'GUID';
    case 'bool':
      return 'boolean';
    case 'enum':
      return t.spec.name;
    default:
      return t.t;
  }
}

const enumIndexes = new WeakMap<EnumSpec, Map<string, number>>();

/** Enum names, lower-cased, to wire numbers (names are accepted in any casing, A10). */
export function enumNames(spec: EnumSpec): Map<string, number> {
  let m = enumIndexes.get(spec);
  if (!m) {
    const entries = Object.entries(spec.values as Record<string, number>);
    m = new Map(entries.map(([k, v]) => [k.toLowerCase(), v]));
    enumIndexes.set(spec, m);
  }
  return m;
}

/** Reads a JSON path; a missing or non-object parent reads as missing. */
function rawGetter(keys: readonly string[]): (row: Row) => unknown {
  if (keys.length === 1) {
    const k = keys[0] as string;
    return (row) => row[k];
  }
  if (keys.length === 2) {
    const [k0, k1] = keys as [string, string];
    return (row) => {
      const o = row[k0];
      return o !== null && typeof o === 'object' ? (o as Row)[k1] : undefined;
    };
  }
  return (row) => {
    let v: unknown = row;
    for (const k of keys) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Row)[k];
    }
    return v;
  };
}
