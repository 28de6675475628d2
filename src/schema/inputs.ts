import type { InputObjectRef } from '@pothos/core';
import type { FieldMap, FieldSpec } from '../poweroffice/resources/fields.js';
import { builder, type Types } from './builder.js';
import { enumRef } from './enums.js';
import { scalarOf } from './wire.js';

/**
 * Mutation inputs generated from a resource's field registry: every property a client may send
 * (not read-only), typed by its kind, described as in the registry. Nested objects (addresses,
 * invoice lines, accruals, hourly rates) become `<TypeName>Input` types that keep their `id`, so
 * an existing address or line can be updated (or, for lines, deleted with `isDeleted`).
 */
export type InputShape = Record<string, unknown>;

const refs = new Map<string, InputObjectRef<Types, InputShape>>();

export interface InputOptions {
  /** Properties left out, e.g. `outgoingInvoiceLines` renamed or handled separately. */
  readonly omit?: readonly string[];
  /** Keep `id` even though the registry marks it read-only (nested rows are matched by it). */
  readonly keepId?: boolean;
  readonly description?: string;
}

/** The GraphQL input type of one registry field (enum, scalar, nested input, list). */
export function inputTypeOf(spec: FieldSpec): unknown {
  if (spec.type === 'enum') return enumRef(spec.enum);
  if (spec.type === 'scalar') return scalarOf(spec.kind);
  if (spec.type === 'object')
    return inputFor(`${spec.typeName}Input`, spec.fields, { keepId: true });
  return [inputTypeOf(spec.item)];
}

/** The keys of `map` a client may send. */
export function writableKeys(map: FieldMap, opts: InputOptions = {}): string[] {
  return Object.keys(map).filter((k) => {
    if (opts.omit?.includes(k)) return false;
    if (k === 'id') return opts.keepId === true;
    return !(map[k] as FieldSpec).readOnly;
  });
}

/** `name` as an input type of the writable properties of `map`; created once per name. */
export function inputFor(
  name: string,
  map: FieldMap,
  opts: InputOptions = {},
): InputObjectRef<Types, InputShape> {
  const ref = refs.get(name);
  if (ref) return ref;
  const created = builder.inputRef<InputShape>(name);
  refs.set(name, created);
  created.implement({
    description: opts.description ?? `Writable properties of ${name.replace(/Input$/, '')}.`,
    fields: (t) => {
      const fields: Record<string, ReturnType<typeof t.field>> = {};
      for (const key of writableKeys(map, opts)) {
        const spec = map[key] as FieldSpec;
        const type = inputTypeOf(spec);
        fields[key] = t.field({
          // The GraphQL type is picked from the registry at runtime (see wire.ts).
          type: type as 'String',
          ...(Array.isArray(type) ? { required: { list: false, items: true } } : {}),
          description: spec.description,
        } as { type: 'String'; description: string });
      }
      // Keys chosen at runtime: Pothos cannot check them against InputShape.
      return fields as never;
    },
  });
  return created;
}

/** Drops keys whose value is undefined, keeping explicit nulls (they clear a property). */
export function toDto(input: InputShape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined) out[k] = v;
  return out;
}
