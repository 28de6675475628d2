import type { EnumRef } from '@pothos/core';
import type { EnumSpec } from '../poweroffice/resources/fields.js';
import { builder } from './builder.js';

/**
 * PowerOffice enums as GraphQL enums. Convention: GraphQL value names are the reference's names
 * in UPPER_SNAKE_CASE (`PdfByEmail` → `PDF_BY_EMAIL`, `EHF` → `EHF`); their internal value is the
 * wire number, so resolvers hand numbers through and filters send numbers upstream.
 *
 * The wire format is disputed (reference A10: numbers in the docs, names in the OpenAPI), so
 * `decodeEnum` accepts both.
 */
const refs = new Map<string, EnumRef<never, number, number>>();

/** PascalCase (or ALLCAPS) to UPPER_SNAKE_CASE, keeping runs of capitals and digits together. */
export function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}

/** The GraphQL enum of a PowerOffice enum, created once per schema. */
export function enumRef(spec: EnumSpec): EnumRef<never, number, number> {
  let ref = refs.get(spec.name);
  if (!ref) {
    const values: Record<string, { value: number; description: string }> = {};
    for (const [name, num] of Object.entries(spec.values)) {
      values[upperSnake(name)] = { value: num, description: `${name} (${num} on the wire).` };
    }
    ref = builder.enumType(spec.name, {
      description: spec.description,
      values,
    }) as unknown as EnumRef<never, number, number>;
    refs.set(spec.name, ref);
  }
  return ref;
}

/**
 * A wire value (number or name, any casing) as the enum's number; `null` for absent or unknown
 * values, so one unexpected upstream value does not fail the whole object.
 */
export function decodeEnum(spec: EnumSpec, raw: unknown): number | null {
  if (typeof raw === 'number') return Object.values(spec.values).includes(raw) ? raw : null;
  if (typeof raw === 'string') {
    if (/^-?\d+$/.test(raw)) return decodeEnum(spec, Number(raw));
    const wanted = raw.toLowerCase();
    for (const [name, num] of Object.entries(spec.values)) {
      if (name.toLowerCase() === wanted) return num;
    }
  }
  return null;
}

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction of an `orderBy` entry.',
  values: {
    ASC: { value: 'asc', description: 'Ascending.' },
    DESC: { value: 'desc', description: 'Descending.' },
  } as const,
});
