import type { FieldMap } from './fields.js';

/**
 * The value rules a declaration states besides `required` and `maxLength` (checked where those
 * are): `range`, `above` and `check`, for one DTO. The facade runs them before any upstream call, the
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
    const problem = field.check?.(v);
    if (problem) out[key] = problem;
  }
  return out;
}
