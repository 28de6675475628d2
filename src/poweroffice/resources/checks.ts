import type { FieldMap } from './fields.js';

/**
 * The value rules a declaration states besides `required` and `maxLength` (checked where those
 * are): `range`, `above`, `min` and `check`, for one DTO. The facade runs them before any upstream call, the
 * emulator on every save. Contract: one message per top-level JSON key that breaks a rule; an
 * empty object when none does; absent and null values are not checked.
 */
export function fieldProblems(
  fields: FieldMap,
  dto: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields)) {
    const v = dto[key];
    if (v === undefined || v === null || v === '') continue;
    if (field.range && typeof v === 'number') {
      const [min, max] = field.range;
      if (v < min || v > max) out[key] = `Must be between ${min} and ${max}.`;
    }
    // A lower bound (BankTransfer.amount "must be > 0", accounting.md §5).
    if (field.above !== undefined && typeof v === 'number' && !(v > field.above)) {
      out[key] = `Must be greater than ${field.above}.`;
    }
    if (field.min !== undefined && typeof v === 'number' && v < field.min) {
      out[key] = `Must be at least ${field.min}.`;
    }
    const problem = field.check?.(v);
    if (problem) out[key] = problem;
  }
  return out;
}

/**
 * The `pairedWith` rule on a whole row (a create's body, or an update merged onto the stored
 * row): a field and its partner are both given or both left out (TimeTrackingEntry fromTime and
 * toTime, accounting.md §18 "both or neither"). One message, on the one that is missing.
 */
export function pairProblems(
  fields: FieldMap,
  row: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const given = (k: string) => row[k] !== undefined && row[k] !== null && row[k] !== '';
  for (const [key, field] of Object.entries(fields)) {
    const other = field.pairedWith;
    if (other === undefined || given(key) || !given(other)) continue;
    out[key] = `Give ${key} and ${other} together, or neither.`;
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
