import { isGuid } from '../odata.js';
import type { FieldMap, FieldSpec } from './fields.js';
import type { ResourceSpec } from './resource.js';

/**
 * The rules of a whole row (a create's body, or an update merged onto the stored row; the
 * emulator's row as it would be stored): declared pairs and exclusions (`pairProblems`) and the
 * resource's `rowCheck`, as messages by field.
 */
export function rowProblems(
  spec: Pick<ResourceSpec, 'fields' | 'rowCheck'>,
  row: Readonly<Record<string, unknown>>,
): Record<string, string> {
  return { ...pairProblems(spec.fields, row), ...spec.rowCheck?.(row) };
}

/**
 * The value rules a declaration states besides `required` on a body (checked where the body is
 * known to be whole): `maxLength`, `base64` (uploads), `range`, `above`, `min`, `check`, the GUID
 * form of `guid` fields (reference A10: `uuid`), and `required` inside a nested object (a
 * nested object is sent whole; list rows may be partial updates, so their `required` is not
 * checked here). Nested objects and lists of them are walked. The facade runs them before any
 * upstream call, the emulator on every save. Contract: one message per JSON path that breaks a
 * rule (`amount`, `file.fileType`, `outgoingInvoiceLines[2].discountPercent`); an empty object
 * when none does; absent and null values are not checked.
 */
export function fieldProblems(
  fields: FieldMap,
  dto: Readonly<Record<string, unknown>>,
  prefix = '',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields)) {
    const v = dto[key];
    const path = `${prefix}${key}`;
    if (v === undefined || v === null || v === '') continue;
    const problem = valueProblem(field, v);
    if (problem) out[path] = problem;
    if (field.type === 'list' && Array.isArray(v)) {
      const item = field.item;
      v.forEach((x, i) => {
        if (item.type === 'object' && x !== null && typeof x === 'object') {
          Object.assign(
            out,
            fieldProblems(item.fields, x as Record<string, unknown>, `${path}[${i}].`),
          );
        } else if (x !== null && x !== undefined) {
          const p = valueProblem(item, x);
          if (p) out[`${path}[${i}]`] = p;
        }
      });
    } else if (field.type === 'object' && typeof v === 'object' && !Array.isArray(v)) {
      // (A list field given something else than a list is the GraphQL layer's to refuse.)
      const inner = v as Record<string, unknown>;
      for (const [k, m] of Object.entries(requiredProblems(field.fields, inner))) {
        out[`${path}.${k}`] = m;
      }
      Object.assign(out, fieldProblems(field.fields, inner, `${path}.`));
    }
  }
  return out;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The first rule of one field that `v` (present, not null) breaks, as its message. */
function valueProblem(field: FieldSpec, v: unknown): string | undefined {
  if (field.maxLength !== undefined && typeof v === 'string' && v.length > field.maxLength) {
    return `At most ${field.maxLength} characters.`;
  }
  // An upload (fields.ts `base64`): base64, and no larger than allowed once decoded.
  if (field.base64 && typeof v === 'string') {
    if (v.length % 4 !== 0 || !BASE64.test(v)) return 'Must be base64.';
    const bytes = Math.floor((v.length * 3) / 4) - (v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0);
    if (bytes > field.base64.maxBytes) return `At most ${field.base64.maxBytes} bytes.`;
  }
  if (field.type === 'scalar' && field.kind === 'guid' && typeof v === 'string' && !isGuid(v)) {
    return 'Must be a GUID (a databaseId, not a global id).';
  }
  if (typeof v === 'number') {
    if (field.range && (v < field.range[0] || v > field.range[1])) {
      return `Must be between ${field.range[0]} and ${field.range[1]}.`;
    }
    // A lower bound (BankTransfer.amount "must be > 0", accounting.md §5).
    if (field.above !== undefined && !(v > field.above))
      return `Must be greater than ${field.above}.`;
    if (field.min !== undefined && v < field.min) return `Must be at least ${field.min}.`;
  }
  return field.check?.(v);
}

/**
 * Every rule of a body sent whole (an action's, reference §8–§12): required fields, then the value
 * rules of `fieldProblems`, by JSON path. The facade and the emulator both call this.
 */
export function bodyProblems(
  fields: FieldMap,
  dto: Readonly<Record<string, unknown>>,
): Record<string, string> {
  return { ...requiredProblems(fields, dto), ...fieldProblems(fields, dto) };
}

/** Required fields a whole body leaves out (a create's, or an action's): one message per field. */
export function requiredProblems(
  fields: FieldMap,
  dto: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields)) {
    const v = dto[key];
    if (field.required && (v === undefined || v === null || v === '')) {
      out[key] = `${key} is required.`;
    }
  }
  return out;
}

/**
 * The rules between fields, on a whole row (a create's body, or an update merged onto the stored
 * row): `pairedWith`, both given or both left out (TimeTrackingEntry fromTime and toTime,
 * accounting.md §18 "both or neither"; the message is on the one that is missing), and
 * `excludes`, never both given.
 */
export function pairProblems(
  fields: FieldMap,
  row: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const given = (k: string) => row[k] !== undefined && row[k] !== null && row[k] !== '';
  for (const [key, field] of Object.entries(fields)) {
    const other = field.pairedWith;
    if (other !== undefined && !given(key) && given(other)) {
      out[key] = `Give ${key} and ${other} together, or neither.`;
    }
    // "Mutually exclusive" (an invoice's customerCode and contactGroupId, reference B9).
    for (const excluded of field.excludes ?? []) {
      if (given(key) && given(excluded)) out[key] = `Give ${key} or ${excluded}, not both.`;
    }
  }
  return out;
}

const TIMESPAN = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * Minutes since midnight of a time of day written as a .NET TimeSpan `hh:mm[:ss]` (accounting.md
 * "Dates": `timespan` is OAS `date-span`, `hh:mm:ss`), or undefined when it is not one.
 */
export function minutesOfDay(span: unknown): number | undefined {
  const m = typeof span === 'string' ? TIMESPAN.exec(span) : null;
  if (!m) return undefined;
  const h = Number(m[1]);
  return h < 24 ? h * 60 + Number(m[2]) : undefined;
}

/** The `check` of a time-of-day field: a message unless the value is `hh:mm[:ss]` before 24:00. */
export function timeOfDay(value: unknown): string | undefined {
  return minutesOfDay(value) === undefined ? 'A time of day, hh:mm:ss.' : undefined;
}

/** The `check` of a file name: it must end in an extension (reference B11, B12). */
export function withExtension(value: unknown): string | undefined {
  return typeof value === 'string' && !/\.[A-Za-z0-9]+$/.test(value)
    ? 'Include the file extension.'
    : undefined;
}

/** The `check` of a text that may not be blank (a note's text, reference B9). */
export function notBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() === '' ? 'Must not be blank.' : undefined;
}

/** The `check` of a list whose items may each appear once (RecurringInvoice.exceptMonths, B10). */
export function eachOnce(value: unknown): string | undefined {
  return Array.isArray(value) && new Set(value).size !== value.length
    ? 'Each value at most once.'
    : undefined;
}

/**
 * The `check` of an invoice's status: a client may only set Draft (0) or Approved (1); the
 * later states are PowerOffice's (reference B9, B10).
 */
export function settableInvoiceStatus(value: unknown): string | undefined {
  return typeof value === 'number' && value > 1 ? 'Only Draft or Approved may be set.' : undefined;
}

/** The `check` of an enum that must not be `None` (0): Activity.activityType (§18), §3 types. */
export function notNone(value: unknown): string | undefined {
  return value === 0 ? 'Must not be None.' : undefined;
}

/**
 * The `check` of a list holding `min` or more items, each at most once (ids to act on: two or
 * more cases to merge, accounting.md §8; one or more entries to match, §9).
 */
export function distinctItems(min: number): (value: unknown) => string | undefined {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    if (value.length < min) return min === 1 ? 'Give at least one.' : `Give at least ${min}.`;
    // Ids are GUIDs, which PowerOffice reads without case: `A…` and `a…` name one row.
    return eachOnce(value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)));
  };
}

/** A Norwegian organisation number: nine digits (spaces allowed), as ClientAuth expects (A2). */
export function organisationNumber(value: unknown): string | undefined {
  return typeof value === 'string' && !/^\d{9}$/.test(value.replace(/\s/g, ''))
    ? 'A 9-digit organisation number.'
    : undefined;
}

/** An absolute http(s) URI (ClientAuth's callback and redirect, reference A2). */
export function absoluteHttpUri(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:'
      ? undefined
      : 'An absolute http(s) URI.';
  } catch {
    return 'An absolute http(s) URI.';
  }
}

/** The `check` of an EHF file's name: an XML file (accounting.md §3 ForwardIncomingEhf). */
export function xmlFileName(value: unknown): string | undefined {
  return typeof value === 'string' && !/\.xml$/i.test(value)
    ? 'The EHF file name ends in .xml.'
    : undefined;
}

/**
 * The minutes a time entry's times span, less its break (`breakTime`, minutes), or undefined
 * unless both `fromTime` and `toTime` are times of day. Negative when they are out of order.
 */
export function workedMinutes(row: Readonly<Record<string, unknown>>): number | undefined {
  const from = minutesOfDay(row.fromTime);
  const to = minutesOfDay(row.toTime);
  if (from === undefined || to === undefined) return undefined;
  return to - from - (typeof row.breakTime === 'number' ? row.breakTime : 0);
}

/**
 * A time entry's times against its minutes (accounting.md §18 "must agree with fromTime and
 * toTime"): with both times given, the span less the break must not be negative, and minutes
 * given (not 0, which asks PowerOffice to compute them) must equal it.
 */
export function timeSpanProblems(row: Readonly<Record<string, unknown>>): Record<string, string> {
  const span = workedMinutes(row);
  if (span === undefined) return {};
  if (span < 0) return { toTime: 'Must be after fromTime (and the break).' };
  const minutes = row.minutes;
  if (typeof minutes === 'number' && minutes !== 0 && minutes !== span) {
    return { minutes: 'Must agree with fromTime, toTime and breakTime.' };
  }
  return {};
}
