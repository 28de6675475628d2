import type { FieldMap } from './fields.js';

/**
 * The per-field rules a declaration states (`required` on create, `range`, `check`), for one
 * DTO: the facade runs them before any upstream call, the emulator on every save. Contract: one
 * message per JSON key that breaks a rule; an empty object when none does. Top-level fields
 * only; absent and null values are only checked for `required`.
 */
export function fieldProblems(
  fields: FieldMap,
  dto: Readonly<Record<string, unknown>>,
  op: 'create' | 'update',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields)) {
    const v = dto[key];
    if (v === undefined || v === null || v === '') {
      if (op === 'create' && field.required) out[key] = `${key} is required.`;
      continue;
    }
    if (field.range && typeof v === 'number') {
      const [min, max] = field.range;
      if (v < min || v > max) out[key] = `Must be between ${min} and ${max}.`;
    }
    const problem = field.check?.(v);
    if (problem) out[key] = problem;
  }
  return out;
}
