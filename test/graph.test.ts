import { describe, expect, it } from 'vitest';
import { chunkKeys } from '../src/poweroffice/batch.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { costOf, useHarness } from './graph-harness.js';

// The headline: a four-level nested query costs one upstream call per level (plus one detail
// GET per invoice, which PowerOffice cannot batch), and nothing when repeated within the TTL.

type Row = Record<string, unknown>;

const NESTED = /* GraphQL */ `
  query Nested {
    customers(first: 20) {
      totalCount
      nodes {
        id
        databaseId
        code
        name
        invoices {
          totalCount
          nodes {
            databaseId
            invoiceNo
            customerCode
            totalAmount
            lines {
              productCode
              quantity
              sortOrder
              product {
                code
                name
                productGroupId
                group { databaseId code name }
              }
            }
          }
        }
      }
    }
  }
`;

interface NestedData {
  customers: {
    totalCount: number;
    nodes: {
      id: string;
      databaseId: number;
      code: number;
      name: string | null;
      invoices: {
        totalCount: number;
        nodes: {
          databaseId: string;
          invoiceNo: number | null;
          customerCode: number;
          totalAmount: number;
          lines: {
            productCode: string | null;
            quantity: number | null;
            sortOrder: number;
            product: {
              code: string;
              name: string | null;
              productGroupId: number | null;
              group: { databaseId: number; code: string | null; name: string | null } | null;
            } | null;
          }[];
        }[];
      };
    }[];
  };
}

const h = useHarness({
  emulator: { scale: { customers: 30, invoicesPerCustomer: 3, products: 15 }, seed: 7 },
});

/** What the nested query must return, computed from the emulator's own rows. */
function expected() {
  const byId = (a: Row, b: Row) => (Number(a.id) < Number(b.id) ? -1 : 1);
  const customers = [...h.emulator.rows('Customer')].sort(byId);
  const invoices = h.emulator.rows('OutgoingInvoice');
  const products = new Map(h.emulator.rows('Product').map((p) => [p.code, p]));
  const groups = new Map(h.emulator.rows('ProductGroup').map((g) => [g.id, g]));
  return {
    totalCount: customers.length,
    nodes: customers.slice(0, 20).map((c) => {
      const mine = invoices
        .filter((i) => i.customerCode === c.code)
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
      return {
        databaseId: c.id,
        code: c.code,
        name: c.name ?? null,
        invoices: {
          totalCount: mine.length,
          nodes: mine.map((i) => ({
            databaseId: i.id,
            invoiceNo: i.invoiceNo ?? null,
            customerCode: i.customerCode,
            totalAmount: i.totalAmount,
            lines: [...((i.outgoingInvoiceLines as Row[] | undefined) ?? [])]
              .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
              .map((l) => {
                const p = l.productCode ? products.get(l.productCode) : undefined;
                const g = p?.productGroupId != null ? groups.get(p.productGroupId) : undefined;
                return {
                  productCode: l.productCode ?? null,
                  quantity: l.quantity ?? null,
                  sortOrder: l.sortOrder,
                  product: p
                    ? {
                        code: p.code,
                        name: p.name ?? null,
                        productGroupId: p.productGroupId ?? null,
                        group: g
                          ? { databaseId: g.id, code: g.code ?? null, name: g.name ?? null }
                          : null,
                      }
                    : null,
                };
              }),
          })),
        },
      };
    }),
  };
}

/** Invoices in the order the test compares them (the upstream order of GUIDs is its own). */
function normalise(data: NestedData) {
  return {
    totalCount: data.customers.totalCount,
    nodes: data.customers.nodes.map(({ id: _id, ...c }) => ({
      ...c,
      invoices: {
        ...c.invoices,
        nodes: [...c.invoices.nodes].sort((a, b) => a.databaseId.localeCompare(b.databaseId)),
      },
    })),
  };
}

describe('customers → invoices → lines → product → group', () => {
  it('returns exactly the emulator data at one upstream call per level, then 0 when warm', async () => {
    h.emulator.reset();
    const cold = await h.gql<NestedData>(NESTED);
    expect(cold.errors).toBeUndefined();
    const data = cold.data as NestedData;
    expect(normalise(data)).toEqual(expected());

    const nCustomers = data.customers.nodes.length;
    const invoiceCount = data.customers.nodes.reduce((n, c) => n + c.invoices.nodes.length, 0);
    const codes = data.customers.nodes.map((c) => c.code);
    const chunks = chunkKeys(OutgoingInvoiceResource, 'customerCode', codes, {
      maxUrlLength: h.client.config.odata.maxUrlLength,
      inOperator: h.client.config.odata.inOperator,
      reserve: 80,
    });
    expect(nCustomers).toBe(20);
    expect(invoiceCount).toBeGreaterThan(20);
    const upstream = h.upstream();
    expect(costOf(upstream)).toEqual({
      'Customer.list': 1,
      'OutgoingInvoice.list': chunks.length,
      'OutgoingInvoice.get': invoiceCount,
      'Product.list': 1,
      'ProductGroup.list': 1,
    });
    // Each invoice detail is fetched once, by its own id.
    const detailPaths = upstream.filter((r) => r.kind === 'get').map((r) => r.path);
    expect(new Set(detailPaths).size).toBe(invoiceCount);
    // The server reports the same cost to the client.
    expect(cold.extensions?.poweroffice?.requests).toBe(upstream.length);

    h.emulator.reset();
    const warm = await h.gql<NestedData>(NESTED);
    expect(warm.errors).toBeUndefined();
    expect(warm.data).toEqual(cold.data);
    expect(h.upstream()).toEqual([]);
    expect(warm.extensions?.poweroffice?.requests).toBe(0);
  });

  it('sends the customer codes of the page as one keyed filter and pages with a stable order', async () => {
    h.client.clearCache();
    h.emulator.reset();
    const res = await h.gql<NestedData>(NESTED);
    expect(res.errors).toBeUndefined();
    const [customerList] = h.upstream().filter((r) => r.resource === 'Customer');
    const q = new URLSearchParams(customerList?.query ?? '');
    expect(q.get('$top')).toBe('20');
    expect(q.get('$orderby')).toBe('Id asc');
    const invoiceList = h
      .upstream()
      .find((r) => r.resource === 'OutgoingInvoice' && r.kind === 'list');
    const filter = new URLSearchParams(invoiceList?.query ?? '').get('$filter') ?? '';
    for (const c of (res.data as NestedData).customers.nodes) {
      expect(filter).toContain(`CustomerCode eq ${c.code}`);
    }
  });
});

describe('reverse relations', () => {
  it('project → invoices, manager → managedProjects, department → employees: one list each', async () => {
    h.client.clearCache();
    h.emulator.reset();
    const res = await h.gql<{
      projects: {
        nodes: {
          code: string;
          invoices: { totalCount: number; nodes: { projectCode: string }[] };
          manager: { code: number; managedProjects: { totalCount: number } } | null;
        }[];
      };
      departments: { nodes: { code: string; employees: { totalCount: number } }[] };
    }>(/* GraphQL */ `
      {
        projects(first: 10) {
          nodes {
            code
            invoices { totalCount nodes { projectCode } }
            manager { code managedProjects { totalCount } }
          }
        }
        departments(first: 10) { nodes { code employees { totalCount } } }
      }
    `);
    expect(res.errors).toBeUndefined();
    const invoices = h.emulator.rows('OutgoingInvoice');
    const projects = h.emulator.rows('Project');
    const employees = h.emulator.rows('Employee');
    const nodes = res.data?.projects.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const p of nodes) {
      expect(p.invoices.totalCount).toBe(invoices.filter((i) => i.projectCode === p.code).length);
      expect(p.invoices.nodes.every((i) => i.projectCode === p.code)).toBe(true);
      if (p.manager) {
        expect(p.manager.managedProjects.totalCount).toBe(
          projects.filter((x) => x.projectManagerCode === p.manager?.code).length,
        );
      }
    }
    expect(nodes.some((p) => p.invoices.totalCount > 0)).toBe(true);
    for (const d of res.data?.departments.nodes ?? []) {
      expect(d.employees.totalCount).toBe(
        employees.filter((e) => e.departmentCode === d.code).length,
      );
    }
    expect(costOf(h.upstream())).toEqual({
      'Project.list': 2,
      'OutgoingInvoice.list': 1,
      'Employee.list': 2,
      'Department.list': 1,
    });
  });
});
