import { describe, expect, it } from 'vitest';
import { call, qs } from './emulator-support.js';
import { useHarness } from './graph-harness.js';

// ContactGroup members (reference B4): `GET /ContactGroup/{name}/customers|suppliers|employees`
// with the name in the path (and repeated as `contactGroupName`), OData on the rows, titles
// matched ignoring case; in the graph, ContactGroup.customers/suppliers/employees connections.
// The cross-request cache is on (the harness default): a party write must reach the members.

type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: { customers: 40, invoicesPerCustomer: 1, products: 5 }, seed: 5 },
});

const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
const api = (method: string, path: string, body?: unknown) =>
  call(h.emulator, h.emulator.issueToken(), method, path, body);
const inGroup = (title: string) => (r: Row) =>
  ((r.contactGroups as string[] | undefined) ?? []).some(
    (t) => t.toLowerCase() === title.toLowerCase(),
  );
/** The title of the group with the most customers. */
const biggest = (): string => {
  const titles = rows('ContactGroup').map((g) => String(g.title));
  const size = (t: string) => rows('Customer').filter(inGroup(t)).length;
  return titles.reduce((a, b) => (size(b) > size(a) ? b : a));
};
const MEMBERS = ['customers', 'suppliers', 'employees'] as const;
const TABLE = { customers: 'Customer', suppliers: 'Supplier', employees: 'Employee' } as const;

describe('emulator routes', () => {
  it('list the parties holding the title, ignoring its case, with OData and a count', async () => {
    for (const group of rows('ContactGroup')) {
      const title = String(group.title);
      for (const member of MEMBERS) {
        const expected = rows(TABLE[member]).filter(inGroup(title));
        const path = `/ContactGroup/${encodeURIComponent(title.toUpperCase())}/${member}`;
        const all = await api('GET', `${path}${qs({ contactGroupName: title.toUpperCase() })}`);
        expect(all.status, path).toBe(200);
        expect(all.body.count).toBe(expected.length);
        expect(all.body.data.map((r: Row) => r.id).sort()).toEqual(
          expected.map((r) => r.id).sort(),
        );
      }
    }
    const title = biggest();
    const storkunder = rows('Customer').filter(inGroup(title));
    expect(storkunder.length, 'the seed has a group of several customers').toBeGreaterThan(1);
    const page = await api(
      'GET',
      `/ContactGroup/${encodeURIComponent(title.toLowerCase())}/customers${qs({ $orderby: 'Code desc', $top: 1 })}`,
    );
    expect(page.body.count).toBe(storkunder.length);
    expect(page.body.data.map((r: Row) => r.code)).toEqual([
      Math.max(...storkunder.map((r) => r.code as number)),
    ]);
    const filtered = await api(
      'GET',
      `/ContactGroup/${encodeURIComponent(title)}/customers${qs({ $filter: `Code eq ${String(storkunder[0]?.code)}` })}`,
    );
    expect(filtered.body.data.map((r: Row) => r.id)).toEqual([storkunder[0]?.id]);
  });

  it('answer an unknown group as an unknown id, and a bad filter as OData', async () => {
    expect((await api('GET', '/ContactGroup/Ingen%20slik/customers')).status).toBe(404);
    const bad = await api(
      'GET',
      `/ContactGroup/Storkunder/customers${qs({ $filter: 'code eq 1' })}`,
    );
    expect(bad.body).toMatchObject({ success: false, validation: { exception: 'OData' } });
  });
});

describe('graph', () => {
  it('every group lists its members: one call per group and member list, rows as stored', async () => {
    h.client.clearCache();
    h.emulator.reset();
    const res = await h.gql<{ contactGroups: { nodes: Row[] } }>(
      `{ contactGroups(first: 20) { nodes { title
          customers(first: 50, orderBy: [{ field: CODE, direction: ASC }]) { totalCount nodes { databaseId code name } }
          suppliers(first: 50) { totalCount nodes { databaseId code } }
          employees(first: 50) { totalCount nodes { databaseId code firstName } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const groups = res.data?.contactGroups.nodes ?? [];
    expect(groups.length).toBe(rows('ContactGroup').length);
    for (const g of groups) {
      const title = String(g.title);
      const customers = rows('Customer')
        .filter(inGroup(title))
        .sort((a, b) => Number(a.code) - Number(b.code));
      expect(g.customers).toEqual({
        totalCount: customers.length,
        nodes: customers.map((c) => ({ databaseId: c.id, code: c.code, name: c.name })),
      });
      const suppliers = rows('Supplier').filter(inGroup(title));
      expect((g.suppliers as { totalCount: number }).totalCount).toBe(suppliers.length);
      const employees = rows('Employee').filter(inGroup(title));
      expect((g.employees as { nodes: Row[] }).nodes.map((e) => e.databaseId).sort()).toEqual(
        employees.map((e) => e.id).sort(),
      );
    }
    // The group list, then each group's three member routes: PowerOffice has the group name
    // in the path, so there is no batch form (relations §1.1 "Members: P").
    const calls = h.upstream();
    expect(calls[0]?.path).toBe('/ContactGroup');
    expect(calls).toHaveLength(1 + groups.length * MEMBERS.length);
    for (const member of MEMBERS) {
      expect(calls.filter((r) => r.path.endsWith(`/${member}`))).toHaveLength(groups.length);
    }
    // The name is sent in the path and again as contactGroupName (reference B4).
    const sample = calls.find((r) => r.path.endsWith('/customers'));
    const name = decodeURIComponent(sample?.path.split('/')[2] ?? '');
    expect(new URLSearchParams(sample?.query).get('contactGroupName')).toBe(name);
  });

  it('a customer saved with the title in another case joins the members (cache invalidated)', async () => {
    const title = biggest();
    const query = `{ contactGroup(title: "${title}") { customers(first: 100) { totalCount nodes { name } } } }`;
    const before = await h.gql<{ contactGroup: { customers: { totalCount: number } } }>(query);
    const count = before.data?.contactGroup.customers.totalCount ?? 0;
    const created = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: createCustomer(input: { data: { name: "Medlem Test AS", contactGroups: ["${title.toLowerCase()}"] } }) { __typename } }`,
    );
    expect(created.data?.r.__typename, JSON.stringify(created)).toBe('CreateCustomerPayload');
    const after = await h.gql<{
      contactGroup: { customers: { totalCount: number; nodes: Row[] } };
    }>(query);
    expect(after.data?.contactGroup.customers.totalCount).toBe(count + 1);
    expect(after.data?.contactGroup.customers.nodes.map((n) => n.name)).toContain('Medlem Test AS');
  });
});
