import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  allResources,
  graphResources,
  readResource,
} from '../src/poweroffice/resources/registry.js';
import { schema } from '../src/schema/index.js';
import { rootListName } from '../src/schema/resource-type.js';
import { useHarness } from './graph-harness.js';

// Every property field of every type, read through its root list, equals the emulator's row:
// names, enums (wire number ↔ GraphQL name), dates, date-times, lists, embedded addresses.

type Row = Record<string, unknown>;

const h = useHarness({ emulator: { scale: 'tiny', seed: 21 } });

/** Root list field → emulator resource, for every declaration with a root list (not reports). */
const ROOTS: Record<string, string> = Object.fromEntries(
  graphResources
    .filter((r) => r.graph?.list && !r.params && !r.computed)
    .map((r) => [rootListName(r), readResource(r).name]),
);

/** GraphQL field → wire key, where they differ. */
const WIRE_KEY: Record<string, string> = {
  databaseId: 'id',
  contactGroupTitles: 'contactGroups',
  // Scalars the declaration renames (`gqlName`), e.g. TimeTrackingEntry.hourTypeDescription.
  ...Object.fromEntries(
    allResources.flatMap((r) =>
      Object.entries(r.fields)
        .filter(([, f]) => f.type !== 'list' && f.gqlName !== undefined)
        .map(([key, f]) => [f.gqlName as string, key]),
    ),
  ),
};

/** Embedded objects that are plain copies of wire data (not relations). */
const EMBEDDED = new Set(['Address', 'EmployeeHourlyRate', 'Accrual']);

function leafSelection(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && !f.deprecationReason)
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (depth === 0 && isObjectType(named) && EMBEDDED.has(named.name)) {
        return `${f.name} { ${leafSelection(named, 1)} }`;
      }
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

function expectedValue(field: GraphQLField<unknown, unknown>, raw: unknown): unknown {
  let type: GraphQLOutputType = field.type;
  if (isNonNullType(type)) type = type.ofType;
  if (isListType(type)) {
    const item = getNamedType(type);
    if (isObjectType(item)) {
      return ((raw as Row[] | undefined) ?? []).map((r) => expectedRow(item, r));
    }
    // PowerOffice omits empty properties: a non-null list reads an absent one as empty.
    const absent = isNonNullType(field.type) ? [] : null;
    if (raw === undefined || raw === null) return absent;
    // A list of enum values (a recurring invoice's excluded months): each by its name.
    return isEnumType(item)
      ? (raw as unknown[]).map((v) => item.getValues().find((e) => e.value === v)?.name ?? null)
      : raw;
  }
  if (raw === undefined || raw === null) return null;
  const named = getNamedType(type);
  if (isObjectType(named)) return expectedRow(named, raw as Row);
  if (isEnumType(named)) {
    const hit = (named as GraphQLEnumType).getValues().find((v) => v.value === raw);
    return hit?.name ?? null;
  }
  if (named.name === 'Date') return String(raw).slice(0, 10);
  if (named.name === 'DateTime')
    return new Date(String(raw).replace(/\s(?=[+-])/, '')).toISOString();
  return raw;
}

function expectedRow(type: GraphQLObjectType, row: Row): Row {
  const out: Row = {};
  for (const f of Object.values(type.getFields())) {
    if (f.args.length > 0 || f.deprecationReason) continue;
    const named = getNamedType(f.type);
    if (!isLeafType(named) && !(isObjectType(named) && EMBEDDED.has(named.name))) continue;
    if (f.name === 'id' && type.getInterfaces().some((i) => i.name === 'Node')) continue;
    // The facade's own download path of a row's file (plugins/files.ts), not wire data.
    if (f.name === 'downloadUrl') {
      out[f.name] = `/files/${type.name}/${String(row.id)}`;
      continue;
    }
    // A declared download's path (resource.ts `downloads`): the facade's, from the row's key.
    const download = Object.entries(
      allResources.find((r) => r.name === type.name)?.downloads ?? {},
    ).find(([, d]) => d.graph.field === f.name);
    if (download) {
      const [name, d] = download;
      const key = row[d.key];
      out[f.name] = d.pages
        ? expectedValue(f, undefined)
        : key == null
          ? null
          : `/files/${type.name}/${name}/${String(key)}`;
      continue;
    }
    out[f.name] = expectedValue(f, row[WIRE_KEY[f.name] ?? f.name]);
  }
  return out;
}

describe('every property field equals the wire data', () => {
  it.each(Object.entries(ROOTS))('%s', async (root, resource) => {
    const connection = schema.getQueryType()?.getFields()[root];
    const node = getNamedType(
      (getNamedType(connection?.type as GraphQLOutputType) as GraphQLObjectType).getFields().nodes
        ?.type as GraphQLOutputType,
    ) as GraphQLObjectType;
    const selection = leafSelection(node);
    const res = await h.gql<Record<string, { nodes: Row[] }>>(
      `{ ${root}(first: 15) { nodes { ${selection} } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.[root]?.nodes ?? [];
    // Rows are matched by their node key: `id`, or the code of a resource without one.
    const key = allResources.find((r) => r.name === resource)?.nodeKey;
    const rows = new Map(
      h.emulator.rows(resource).map((r) => [String(r[key ?? 'id']).toLowerCase(), r]),
    );
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      const row = rows.get(String(n[key ?? 'databaseId']).toLowerCase()) as Row;
      const { id: _id, ...got } = n;
      const want = expectedRow(node, row);
      // Detail-only invoice fields come from the full invoice, which the emulator stores too.
      expect(got).toEqual(want);
    }
  });
});
