import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_RULES } from '../src/emulator/actions.js';
import { createLoaders } from '../src/loaders/index.js';
import type { RequestTracker } from '../src/poweroffice/client.js';
import { odataName } from '../src/poweroffice/resources/fields.js';
import {
  allResources,
  graphResources,
  type HeldRef,
  heldRefs,
  inversesTo,
  readResource,
  uniqueKeys,
} from '../src/poweroffice/resources/registry.js';
import type { ResourceSpec } from '../src/poweroffice/resources/resource.js';
import { schema } from '../src/schema/index.js';
import { forwardName, rootListName } from '../src/schema/resource-type.js';
import { call as emulatorCall, reportArgs, reportArgsGql } from './emulator-support.js';
import { useHarness } from './graph-harness.js';

// Walks the registry: every key, reference, reverse and delete block a declaration states is
// proven against the emulator over loopback, so a step forgotten in a declaration (or a seed
// that leaves a relation empty) fails here. Cache off: every load must reach the emulator.

type Row = Record<string, unknown>;

const h = useHarness({
  emulator: { scale: 'tiny', seed: 8 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

/** Report parameters that hold every voucher of the seed (emulator-support.ts). */
const rangeArgs = (spec: ResourceSpec) => reportArgsGql(spec);
/** Report rows, read once over HTTP through the client (reports have no table). */
const reportRows = new Map<string, readonly Row[]>();

beforeAll(async () => {
  // Reports and computed lists have no table: their rows are what the list answers.
  for (const spec of allResources.filter((r) => r.params || r.computed)) {
    const { items } = await h.client.list(spec, { params: reportArgs(spec) });
    reportRows.set(spec.name, items as Row[]);
  }
});

/** Stored rows of a resource, as its reads see them. */
const rowsOf = (spec: ResourceSpec): readonly Row[] =>
  reportRows.get(spec.name) ?? h.emulator.rows(readResource(spec).name);

const byId = (a: Row, b: Row) =>
  Number(a.id) - Number(b.id) || String(a.id).localeCompare(String(b.id));

/** Values a row holds at a nested path (invoice lines) or at the top. */
function held(row: Row, ref: HeldRef): unknown[] {
  let level: Row[] = [row];
  for (const key of ref.path) {
    level = level.flatMap((r) => (Array.isArray(r[key]) ? (r[key] as Row[]) : []));
  }
  return level.flatMap((r) => {
    const v = r[ref.key];
    return ref.many ? ((v as unknown[] | undefined) ?? []) : [v];
  });
}

/** The row field that identifies a node, and the GraphQL field that shows it. */
const nodeKey = (spec: ResourceSpec) => spec.nodeKey ?? 'id';
const idField = (spec: ResourceSpec) => ('id' in spec.fields ? 'databaseId' : nodeKey(spec));

const meaningful = (v: unknown, none?: string) =>
  (typeof v === 'string' || typeof v === 'number') && v !== '' && v !== none;

function globalId(type: string, id: unknown): string {
  return Buffer.from(`${type}:${String(id)}`).toString('base64');
}

async function run<T = Row>(query: string) {
  h.emulator.reset();
  const res = await h.gql<T>(query);
  expect(res.errors, query).toBeUndefined();
  return { data: res.data as T, upstream: h.upstream() };
}

describe('every key of every resource has a batched loader', () => {
  // Report rows exist only per date range: they are reached through their report, not by key.
  // A singleton (Client) has no list route to batch keys on: it is read at its path.
  // Computed rows (available invoices) are only listed, never looked up by key.
  for (const spec of graphResources.filter((r) => !r.params && !r.singleton && !r.computed)) {
    const reader = readResource(spec);
    for (const key of uniqueKeys(spec)) {
      it(`${spec.name}.${key}`, async () => {
        const sample = rowsOf(spec)
          .filter((r) => meaningful(r[key]))
          .slice(0, 3);
        expect(sample.length, `the seed has ${spec.name} rows with a ${key}`).toBeGreaterThan(1);
        const unknown = typeof sample[0]?.[key] === 'number' ? 987_654_321 : 'no-such-key';
        h.emulator.reset();
        const tracker: RequestTracker = { requests: 0, cacheHits: 0 };
        const loaders = createLoaders(h.client, tracker);
        const got = await loaders
          .byKey(reader, key)
          .loadMany([...sample.map((r) => r[key] as string | number), unknown]);
        const id = nodeKey(spec);
        expect(got.map((r) => (r as Row | null)?.[id] ?? null)).toEqual([
          ...sample.map((r) => r[id]),
          null,
        ]);
        expect(h.upstream(), 'one list request for all keys').toHaveLength(1);
      });
    }
  }
});

describe('every reference resolves forward with one upstream call per level', () => {
  for (const holder of graphResources) {
    if (!holder.graph?.list) continue;
    for (const ref of heldRefs(holder)) {
      if (ref.ref.as === null || ref.path.length > 1) continue;
      // A value naming a row of one of several resources has the first's forward field.
      if (ref.anyOf[0] !== ref.ref.to) continue;
      const name = forwardName(ref.key, ref.ref.as ?? undefined);
      const via = ref.path[0];
      it(`${holder.name}.${[...ref.path, ref.key].join('.')} → ${ref.ref.to}.${ref.ref.key}`, async () => {
        const target = allResources.find((r) => r.name === ref.ref.to) as ResourceSpec;
        const targets = rowsOf(target);
        const expectedOf = (row: Row) =>
          held(row, ref)
            .filter((v) => meaningful(v, ref.ref.none))
            .map((v) => targets.find((t) => t[ref.ref.key] === v)?.[nodeKey(target)] ?? null);
        expect(
          rowsOf(holder).flatMap(expectedOf).length,
          'the seed holds this reference',
        ).toBeGreaterThan(0);
        const pathField = via ? (holder.fields[via]?.gqlName ?? via) : undefined;
        const inner = `${name} { ${idField(target)} }`;
        const selection = pathField ? `${pathField} { ${inner} }` : inner;
        const list = rootListName(holder);
        const { data, upstream } = await run<Record<string, { nodes: Row[] }>>(
          `{ ${list}(first: 100${rangeArgs(holder)}) { nodes { ${idField(holder)} ${selection} } } }`,
        );
        const got = (data[list]?.nodes ?? []).map((n) => {
          const parents = pathField ? ((n[pathField] as Row[] | null) ?? []) : [n];
          return parents.flatMap((p) => {
            const v = p[name] as Row | Row[] | null;
            return (Array.isArray(v) ? v : [v])
              .filter((x) => x !== null)
              .map((x) => x?.[idField(target)]);
          });
        });
        const nodes = data[list]?.nodes ?? [];
        expect(nodes.length).toBe(Math.min(100, rowsOf(holder).length));
        const expected = nodes.map((n) =>
          expectedOf(
            rowsOf(holder).find((r) => r[nodeKey(holder)] === n[idField(holder)]) as Row,
          ).filter((id) => id !== null),
        );
        expect(got).toEqual(expected);
        const byKind = upstream.map((r) => `${r.resource}.${r.kind}`);
        const details = byKind.filter((k) => k.endsWith('.get')).length;
        // The holder list, one batch of targets, and (invoices) one GET per full row read.
        // Targets already loaded by the list itself (an employee's manager) cost nothing more.
        expect(upstream.length - details).toBeGreaterThanOrEqual(1);
        expect(upstream.length - details).toBeLessThanOrEqual(2);
        const detailOnly = holder.listFields !== holder.fields && !(ref.key in holder.listFields);
        if (!via && !detailOnly) expect(details).toBe(0);
      });
    }
  }
});

describe('every declared reverse lists its holders with one upstream call per level', () => {
  for (const target of graphResources) {
    if (!target.graph?.list) continue;
    for (const ref of inversesTo(target.name)) {
      const inverse = ref.ref.inverse as {
        name: string;
        plainList?: boolean;
        params?: boolean;
        single?: boolean;
      };
      it(`${target.name}.${inverse.name} (${ref.holder.name}.${ref.key})`, async () => {
        const holders = [...rowsOf(ref.holder)].sort(byId);
        const holderKey = nodeKey(ref.holder);
        const expectedOf = (t: Row) =>
          meaningful(t[ref.ref.key])
            ? holders
                .filter((row) => held(row, ref).includes(t[ref.ref.key]))
                .map((r) => r[holderKey])
            : [];
        expect(
          rowsOf(target).flatMap(expectedOf).length,
          'the seed holds this reference',
        ).toBeGreaterThan(0);
        const list = rootListName(target);
        // A report holder: the relation takes the report's parameters (emulator-support.ts).
        const args = inverse.params ? reportArgsGql(ref.holder).slice(2) : '';
        const holderId = idField(ref.holder);
        const selection = inverse.single
          ? `${inverse.name}${args ? `(${args})` : ''} { ${holderId} }`
          : inverse.plainList
            ? `${inverse.name} { ${holderId} }`
            : `${inverse.name}(first: 100${args ? `, ${args}` : ''}) { totalCount nodes { ${holderId} } }`;
        const { data, upstream } = await run<Record<string, { nodes: Row[] }>>(
          `{ ${list}(first: 100) { nodes { databaseId ${selection} } } }`,
        );
        const got = (data[list]?.nodes ?? []).map((n) => {
          const v = n[inverse.name] as { nodes: Row[] } | Row[] | Row | null;
          if (inverse.single) return v ? [(v as Row)[holderId]] : [];
          return (Array.isArray(v) ? v : (v as { nodes: Row[] }).nodes).map((x) => x[holderId]);
        });
        const nodes = data[list]?.nodes ?? [];
        expect(nodes.length).toBe(Math.min(100, rowsOf(target).length));
        const expected = nodes.map((n) =>
          expectedOf(rowsOf(target).find((r) => r.id === n.databaseId) as Row),
        );
        expect(got).toEqual(expected);
        // The target list, then one list of holders per URL chunk of keys: as many chunks as
        // `Field eq key or …` clauses need to fit a 2 000-character URL (with room for the rest
        // of the query): one for short keys, more for GUIDs or long property names.
        const sample = (nodes as Row[]).length
          ? rowsOf(target).find((r) => meaningful(r[ref.ref.key]))?.[ref.ref.key]
          : undefined;
        const literal = typeof sample === 'number' ? String(sample) : `'${String(sample)}'`;
        const clause = encodeURIComponent(`${odataName(ref.key, ref.field)} eq ${literal} or `);
        const chunks = Math.max(1, Math.ceil(nodes.length / Math.floor(1_500 / clause.length)));
        expect(upstream.length, 'the target list and one batch of holders').toBeGreaterThan(1);
        expect(upstream.length).toBeLessThanOrEqual(1 + chunks);
      });
    }
  }
});

describe('every delete block is refused', () => {
  const blockers = allResources
    .filter((r) => !r.readVia)
    .flatMap((holder) => heldRefs(holder).filter((ref) => ref.ref.blocksDelete));
  for (const ref of blockers) {
    it(`${ref.ref.to} while ${ref.holder.name}.${[...ref.path, ref.key].join('.')} holds it`, async () => {
      const target = allResources.find((r) => r.name === ref.ref.to) as ResourceSpec;
      expect(target.graph && target.operations.delete, `${target.name} is deletable`).toBeTruthy();
      const usedBy = (blocker: HeldRef, t: Row) =>
        rowsOf(blocker.holder).some((row) => held(row, blocker).includes(t[blocker.ref.key]));
      const others = blockers.filter((b) => b !== ref && b.ref.to === target.name);
      const candidates = rowsOf(target).filter((t) => usedBy(ref, t));
      expect(candidates.length, 'the seed holds this reference').toBeGreaterThan(0);
      // Prefer a row only this reference holds, so no other rule can refuse in its place.
      const victim = candidates.find((t) => !others.some((o) => usedBy(o, t))) ?? candidates[0];
      const { data } = await run<Record<string, { __typename: string }>>(
        `mutation { r: delete${target.name}(id: "${globalId(target.name, victim?.id)}") { __typename } }`,
      );
      expect(data.r?.__typename).not.toBe(`Delete${target.name}Success`);
      expect(rowsOf(target).some((t) => t.id === victim?.id)).toBe(true);
    });
  }
});

// Issue 8: every declared action route and sub-list exists in the emulator (a route, not 404/405,
// with a rule behind it) and in the schema (the mutation, the field on the resource's type).
describe('every declared action and sub-list has its route and its graph field', () => {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await emulatorCall(h.emulator, h.emulator.issueToken(), method, path, body);
    return { status: res.status, body: res.body as Row };
  };
  const actions = allResources.flatMap((spec) =>
    Object.entries(spec.actions ?? {}).map(([name, action]) => ({ spec, name, action })),
  );
  const subLists = allResources.flatMap((spec) =>
    Object.entries(spec.subLists ?? {}).map(([name, sub]) => ({ spec, name, sub })),
  );

  it('declares some (OutgoingInvoice send, saveNote, notes)', () => {
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(subLists.length).toBeGreaterThanOrEqual(1);
  });

  for (const { spec, name, action } of actions) {
    it(`${spec.name}.${name}: POST ${action.path} reaches its rule; Mutation.${action.graph.mutation}`, async () => {
      expect(ACTION_RULES[`${spec.name}.${name}`]).toBeTypeOf('function');
      h.emulator.reset();
      // An empty body is refused by the rule (a validation answer), never by the router.
      const res = await call('POST', action.path, {});
      expect(res.status).toBe(200);
      expect(res.body.success).toBe(false);
      expect(h.emulator.requests().at(-1)).toMatchObject({ resource: spec.name, kind: 'action' });
      const field = schema.getMutationType()?.getFields()[action.graph.mutation];
      expect(field?.args.map((a) => a.name)).toEqual(['input']);
    });
  }

  for (const { spec, name, sub } of subLists) {
    it(`${spec.name}.${name}: GET ${sub.path} lists rows; ${spec.name}.${sub.graph.field}`, async () => {
      const parent = rowsOf(spec)[0] as Row;
      const key = sub.key ?? 'id';
      const res = await call('GET', sub.path.replace(`{${key}}`, String(parent[key])));
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.data)).toBe(true);
      const type = schema.getType(spec.name);
      expect(type && 'getFields' in type ? Object.keys(type.getFields()) : []).toContain(
        sub.graph.field,
      );
    });
  }
});
