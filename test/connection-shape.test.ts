import { type GraphQLObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGING } from '../src/context.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { type KeysetList, resolvePage } from '../src/schema/connection.js';
import { schema } from '../src/schema/index.js';

// `pageInfo` and edges are made for every page a query reads. Their cursors are getters, read
// only when selected; they must live on a prototype, not in an object literal per page (why:
// `PageInfo` in src/schema/connection.ts).
const list: KeysetList = {
  id: 'Customer',
  where: undefined,
  orderBy: [{ field: 'id', direction: 'asc' }],
  map: CustomerResource.fields,
};

const page = (ids: number[]) =>
  resolvePage(
    { first: 2 },
    DEFAULT_PAGING,
    list,
    async () => ({ items: ids.map((id) => ({ id, name: `C${id}` })), count: 10 }),
    async () => 10,
  );

describe('connection objects', () => {
  it('keeps the cursor getters on prototypes, shared by every page', async () => {
    const a = await page([1, 2]);
    const b = await page([3, 4]);
    for (const c of [a, b]) {
      expect(Object.getOwnPropertyDescriptor(c.pageInfo, 'startCursor')).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(c.pageInfo, 'endCursor')).toBeUndefined();
      for (const e of c.edges) expect(Object.getOwnPropertyDescriptor(e, 'cursor')).toBeUndefined();
    }
    expect(Object.getPrototypeOf(a.pageInfo)).toBe(Object.getPrototypeOf(b.pageInfo));
    expect(Object.getPrototypeOf(a.edges[0])).toBe(Object.getPrototypeOf(b.edges[0]));
  });

  it('holds its rows as nodes, and makes the edges only when they are read', async () => {
    const a = await page([1, 2]);
    expect(a.nodes).toEqual([
      { id: 1, name: 'C1' },
      { id: 2, name: 'C2' },
    ]);
    expect(Object.getOwnPropertyDescriptor(a, 'edges')).toBeUndefined();
    expect(a.edges.map((e) => e.node)).toEqual(a.nodes);
    expect(a.edges).toBe(a.edges);
  });

  it('leaves every connection type without a nodes resolver: the page holds them', () => {
    const connections = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => isObjectType(t) && t.name.endsWith('Connection'),
    );
    expect(connections.length).toBeGreaterThan(20);
    for (const c of connections) expect(c.getFields().nodes?.resolve, c.name).toBeUndefined();
  });

  it('still answers pageInfo as before: flags, and cursors of the first and last edge', async () => {
    const a = await page([1, 2]);
    expect(a.pageInfo.hasNextPage).toBe(true);
    expect(a.pageInfo.hasPreviousPage).toBe(false);
    expect(a.pageInfo.startCursor).toBe(a.edges[0]?.cursor);
    expect(a.pageInfo.endCursor).toBe(a.edges[1]?.cursor);
    expect(a.pageInfo.startCursor).not.toBe(a.pageInfo.endCursor);
    const empty = await page([]);
    expect(empty.pageInfo.startCursor).toBeNull();
    expect(empty.pageInfo.endCursor).toBeNull();
  });
});
