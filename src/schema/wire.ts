import type { FieldMap, FieldSpec, ScalarKind } from '../poweroffice/resources/fields.js';
import type { Types } from './builder.js';
import { decodeEnum, enumRef } from './enums.js';

/** GraphQL scalar of each wire kind. .NET DateTime values are calendar dates in PowerOffice. */
export function scalarOf(
  kind: ScalarKind,
): 'Int' | 'Long' | 'Float' | 'String' | 'Boolean' | 'Date' | 'DateTime' {
  switch (kind) {
    case 'int':
      return 'Int';
    case 'long':
      return 'Long';
    case 'double':
      return 'Float';
    case 'bool':
      return 'Boolean';
    case 'datetime':
      return 'Date';
    case 'datetimeoffset':
      return 'DateTime';
    default:
      return 'String';
  }
}

/** A wire value in the form the GraphQL type of `spec` serialises. */
export function decodeWire(spec: FieldSpec, raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (spec.type === 'enum') return decodeEnum(spec.enum, raw);
  if (spec.type === 'list' && Array.isArray(raw)) {
    const item = spec.item;
    return raw.map((v) => decodeWire(item, v));
  }
  return raw;
}

type Row = Record<string, unknown>;

/**
 * One PowerOffice property as a GraphQL field: type from its kind, nullability and description
 * from the resource's field map. Scalars, enums and lists of them only; object-valued
 * properties are explicit fields of their type files.
 *
 * The field's TypeScript type is erased (`'String'`) because the GraphQL type is chosen from the
 * field map at runtime; the registry, not TypeScript, guarantees the pairing.
 */
export function wire<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  map: FieldMap,
  key: string,
  opts: { description?: string; nullable?: boolean } = {},
) {
  const spec = map[key];
  if (!spec) throw new Error(`No field "${key}" in the field map`);
  const item = spec.type === 'list' ? spec.item : spec;
  if (item.type === 'object') throw new Error(`"${key}" is an object; expose it explicitly`);
  const gql = item.type === 'enum' ? enumRef(item.enum) : scalarOf(item.kind);
  const nullable = opts.nullable ?? spec.nullable;
  if (spec.type === 'list') {
    // PowerOffice omits empty properties (reference A5): an absent list is an empty one.
    return t.field({
      type: [gql] as unknown as ['String'],
      nullable: { list: false, items: false },
      description: opts.description ?? spec.description,
      resolve: (parent) => (decodeWire(spec, (parent as Row)[key]) ?? []) as string[],
    });
  }
  if (item.type === 'enum') {
    return t.field({
      type: gql as 'String',
      nullable: nullable as true,
      description: opts.description ?? spec.description,
      resolve: (parent) => decodeWire(spec, (parent as Row)[key]) as string | null,
    });
  }
  // A scalar is the property as PowerOffice sent it (absent reads as null): exposed, so a field
  // named as its property gets no resolver of its own (`withoutDefaultResolvers`).
  const exposeAs = t.expose as unknown as (
    name: string,
    options: { type: 'String'; nullable: true; description: string | undefined },
  ) => ReturnType<typeof t.field>;
  return exposeAs.call(t, key, {
    type: gql as 'String',
    nullable: nullable as true,
    description: opts.description ?? spec.description,
  });
}
