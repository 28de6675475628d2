import { isGuid } from '../poweroffice/odata.js';
import type { EnumSpec, FieldMap, FieldSpec } from '../poweroffice/resources/fields.js';

/**
 * Wire conversions of the emulator: what comes in on POST (lenient, like the API's JSON binder)
 * and what goes out (nulls omitted, write-only data never returned).
 */

/**
 * A stored entity: plain JSON data without nulls. Seeded rows may carry `undefined` for an
 * absent field (JSON output and the OData engine treat it as absent); saved rows never do.
 */
export type Row = Record<string, unknown>;

const INT_RE = /^-?\d+$/;
const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export { isGuid };

/** Milliseconds in a day (dates on the wire are whole UTC days). */
export const DAY_MS = 86_400_000;
// Seeding formats hundreds of thousands of dates on few distinct days: cache the date part.
const dayCache = new Map<number, string>();
const midnights = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoParts(ms: number): [string, string] {
  const day = Math.floor(ms / DAY_MS);
  let date = dayCache.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayCache.size < 20_000) dayCache.set(day, date);
  }
  const rest = ms - day * DAY_MS;
  const s = Math.floor(rest / 1000);
  const time = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  return [date, `${time}.${String(rest % 1000).padStart(3, '0')}`];
}

/** `2024-03-05T00:00:00`: .NET DateTime without offset. */
export function formatDateTime(ms: number): string {
  if (ms % DAY_MS === 0) {
    // Seeded dates are mostly whole days: one cached string per day.
    let s = midnights.get(ms);
    if (s === undefined) {
      s = `${isoParts(ms)[0]}T00:00:00`;
      if (midnights.size < 20_000) midnights.set(ms, s);
    }
    return s;
  }
  const [date, time] = isoParts(ms);
  return `${date}T${time.slice(0, 8)}`;
}

/** `2024-03-05T10:11:12.345+00:00`: .NET DateTimeOffset as System.Text.Json writes it. */
export function formatDateTimeOffset(ms: number): string {
  const [date, time] = isoParts(ms);
  return `${date}T${time}+00:00`;
}

/** Parses the date forms the reference says clients send; undefined when unparseable. */
export function parseDate(value: string): number | undefined {
  const m = DATE_RE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', offset] = m;
  let iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}`;
  if (offset === undefined || offset.toUpperCase() === 'Z') iso += 'Z';
  else iso += offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Enum input: the wire number, or a name in any casing (reference A10). */
export function parseEnum(spec: EnumSpec, value: unknown): number | undefined {
  const values = Object.values(spec.values) as number[];
  if (typeof value === 'number') return values.includes(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (INT_RE.test(value.trim())) return parseEnum(spec, Number(value.trim()));
  const wanted = value.trim().toLowerCase();
  for (const [name, n] of Object.entries(spec.values) as [string, number][]) {
    if (name.toLowerCase() === wanted) return n;
  }
  return undefined;
}

/** Field-level input errors, keyed by JSON path (`mailAddress.zipCode`, `lines[2].quantity`). */
export type FieldErrors = Record<string, string>;

const INVALID = Symbol('invalid');

function coerceScalar(field: FieldSpec, value: unknown): unknown {
  if (field.type === 'enum') return parseEnum(field.enum, value) ?? INVALID;
  if (field.type !== 'scalar') return INVALID;
  switch (field.kind) {
    case 'int':
    case 'long': {
      const n =
        typeof value === 'string' && INT_RE.test(value.trim()) ? Number(value.trim()) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return INVALID;
      if (field.kind === 'int' && (n > 2147483647 || n < -2147483648)) return INVALID;
      return n;
    }
    case 'double': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : INVALID;
    }
    case 'string':
      return typeof value === 'string' ? value : INVALID;
    case 'bool':
      return typeof value === 'boolean' ? value : INVALID;
    case 'guid':
      return typeof value === 'string' && isGuid(value) ? value.toLowerCase() : INVALID;
    case 'datetime':
    case 'datetimeoffset': {
      const ms = typeof value === 'string' ? parseDate(value) : undefined;
      if (ms === undefined) return INVALID;
      return field.kind === 'datetime' ? formatDateTime(ms) : formatDateTimeOffset(ms);
    }
  }
}

function describe(field: FieldSpec): string {
  if (field.type === 'enum') return `a ${field.enum.name} value (number or name)`;
  if (field.type === 'object') return `an object (${field.typeName})`;
  if (field.type === 'list') return 'an array';
  return {
    int: 'an integer',
    long: 'an integer',
    double: 'a number',
    string: 'a string',
    bool: 'true or false',
    guid: 'a GUID',
    datetime: 'a date',
    datetimeoffset: 'a date',
  }[field.kind];
}

function coerceValue(field: FieldSpec, value: unknown, path: string, errors: FieldErrors): unknown {
  if (value === null) return null;
  if (field.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) {
      errors[path] = `Expected ${describe(field)}.`;
      return INVALID;
    }
    return coerceObject(field.fields, value as Row, errors, `${path}.`);
  }
  if (field.type === 'list') {
    if (!Array.isArray(value)) {
      errors[path] = `Expected ${describe(field)}.`;
      return INVALID;
    }
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const v = coerceValue(field.item, item, `${path}[${i}]`, errors);
      if (v !== INVALID && v !== null) out.push(v);
    });
    return out;
  }
  const v = coerceScalar(field, value);
  if (v === INVALID) errors[path] = `Expected ${describe(field)}.`;
  return v;
}

const lowerKeys = new WeakMap<FieldMap, Map<string, string>>();

/**
 * The field a JSON key names. Like ASP.NET Core's web JSON defaults, property names match
 * case-insensitively on input (`Name` sets `name`); output is always camelCase.
 */
function fieldKey(fields: FieldMap, sent: string): string | undefined {
  if (Object.hasOwn(fields, sent)) return sent;
  let map = lowerKeys.get(fields);
  if (!map) {
    map = new Map(Object.keys(fields).map((k) => [k.toLowerCase(), k]));
    lowerKeys.set(fields, map);
  }
  return map.get(sent.toLowerCase());
}

/**
 * Turns a POST body (or a nested object of it) into a patch: known, writable keys only, values
 * converted to their stored form, `null` kept as "clear this field". Unknown keys and read-only
 * fields are ignored like the API's JSON binder does — except `id`, which selects what to update
 * (top level) or which nested item (addresses, lines) is meant.
 */
export function coerceObject(fields: FieldMap, body: Row, errors: FieldErrors, prefix = ''): Row {
  const patch: Row = {};
  for (const [sent, value] of Object.entries(body)) {
    const key = fieldKey(fields, sent);
    const field = key === undefined ? undefined : fields[key];
    if (key === undefined || !field || value === undefined) continue;
    if (key === 'id') {
      if (value === null) continue;
      const id = coerceScalar(field, value);
      if (id === INVALID) errors[`${prefix}id`] = `Expected ${describe(field)}.`;
      else patch.id = id;
      continue;
    }
    if (field.readOnly) continue;
    const v = coerceValue(field, value, `${prefix}${key}`, errors);
    if (v !== INVALID) patch[key] = v;
  }
  return patch;
}

/** Applies a patch: `null` removes a key, anything else replaces it. Returns a new row. */
export function applyPatch(base: Row, patch: Row): Row {
  const out: Row = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Deep copy without null/undefined members (the API omits null properties, reference A4). */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v != null).map(compact);
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as Row)) {
      if (v != null) out[k] = compact(v);
    }
    return out;
  }
  return value;
}

/**
 * The outgoing view of a stored row under a field map: only the map's keys, in the map's order,
 * write-only fields dropped, nested objects projected the same way, nulls omitted.
 */
export function project(fields: FieldMap, row: Row, enumNames = false): Row {
  const out: Row = {};
  for (const key in fields) {
    const field = fields[key] as FieldSpec;
    const v = row[key];
    // Write-only data is never returned, except the API's "hidden" marker for a set value.
    if (v == null || (field.writeOnly && v !== 'hidden')) continue;
    if (field.type === 'object' && typeof v === 'object') {
      out[key] = project(field.fields, v as Row, enumNames);
    } else if (field.type === 'list' && field.item.type === 'object' && Array.isArray(v)) {
      const itemFields = field.item.fields;
      out[key] = v.map((item) => project(itemFields, item as Row, enumNames));
    } else if (enumNames && field.type === 'enum' && typeof v === 'number') {
      out[key] = enumName(field.enum, v);
    } else if (
      enumNames &&
      field.type === 'list' &&
      field.item.type === 'enum' &&
      Array.isArray(v)
    ) {
      const spec = field.item.enum;
      out[key] = v.map((n) => (typeof n === 'number' ? enumName(spec, n) : n));
    } else {
      out[key] = v;
    }
  }
  return out;
}

const enumNamesOf = new WeakMap<EnumSpec, Map<number, string>>();

/** The member name of an enum number (the number itself when it has none). */
function enumName(spec: EnumSpec, n: number): string | number {
  let names = enumNamesOf.get(spec);
  if (!names) {
    names = new Map(Object.entries(spec.values).map(([name, v]) => [v as number, name]));
    enumNamesOf.set(spec, names);
  }
  return names.get(n) ?? n;
}
