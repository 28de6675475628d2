/**
 * The benchmark scenarios, one request shape per system. A "key index" picks the data an
 * operation asks for: cold runs advance it on every request (distinct keys), warm runs keep it
 * at 0 (the same operation again and again).
 */

export type SystemKind = 'facade' | 'raw' | 'mesh';
export type ScenarioId = 's1' | 's2' | 's3';

export interface Dataset {
  /** Customer codes in ascending order. */
  readonly customerCodes: readonly number[];
  /** First and last order date of the invoices (YYYY-MM-DD). */
  readonly firstOrderDate: string;
  readonly lastOrderDate: string;
}

export interface BenchRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export const NESTED = { customers: 20, invoicesPerCustomer: 3 } as const;
export const POINT_INVOICES = 10;
export const LIST = { rows: 50, windowDays: 30, minAmount: 20_000 } as const;

export const SCENARIOS: Record<ScenarioId, { title: string }> = {
  s1: {
    title: `Nested: ${NESTED.customers} customers → ${NESTED.invoicesPerCustomer} latest invoices each → lines → product → product group`,
  },
  s2: { title: `Point lookup: one customer by code with its ${POINT_INVOICES} latest invoices` },
  s3: {
    title: `Filtered, sorted, paged list: ${LIST.rows} invoices in a ${LIST.windowDays}-day window with totalAmount ≥ ${LIST.minAmount}, newest first`,
  },
};

// --- GraphQL documents ---------------------------------------------------------------------

export const FACADE_QUERIES: Record<ScenarioId, string> = {
  s1: `query Nested($from: Long!) {
  customers(first: ${NESTED.customers}, where: { code: { gte: $from } }, orderBy: [{ field: CODE, direction: ASC }]) {
    nodes {
      code
      name
      invoices(first: ${NESTED.invoicesPerCustomer}, orderBy: [{ field: ORDER_DATE, direction: DESC }]) {
        nodes {
          invoiceNo
          totalAmount
          lines { description quantity product { code name group { name } } }
        }
      }
    }
  }
}`,
  s2: `query Point($code: Long!) {
  customer(code: $code) {
    code
    name
    invoices(first: ${POINT_INVOICES}, orderBy: [{ field: ORDER_DATE, direction: DESC }]) {
      nodes { invoiceNo orderDate totalAmount }
    }
  }
}`,
  s3: `query Filtered($from: Date!, $to: Date!, $min: Float!) {
  outgoingInvoices(
    first: ${LIST.rows}
    where: { orderDate: { gte: $from, lte: $to }, totalAmount: { gte: $min } }
    orderBy: [{ field: ORDER_DATE, direction: DESC }]
  ) {
    totalCount
    nodes { invoiceNo customerCode orderDate totalAmount }
  }
}`,
};

// Mesh needs the join keys (id, productCode, productGroupId) selected explicitly: with nested
// `@resolveTo` fields it does not add a child's requiredSelectionSet to the parent's call.
export const MESH_QUERIES: Record<ScenarioId, string> = {
  s1: `query Nested($filter: String!) {
  Customer_list(_DOLLAR_filter: $filter, _DOLLAR_orderby: "Code asc", _DOLLAR_top: ${NESTED.customers}) {
    data {
      code
      name
      invoices(first: ${NESTED.invoicesPerCustomer}) {
        id
        invoiceNo
        totalAmount
        lines {
          description
          quantity
          productCode
          product { code name productGroupId group { name } }
        }
      }
    }
  }
}`,
  s2: `query Point($filter: String!) {
  Customer_list(_DOLLAR_filter: $filter) {
    data { code name invoices(first: ${POINT_INVOICES}) { invoiceNo orderDate totalAmount } }
  }
}`,
  s3: `query Filtered($filter: String!) {
  OutgoingInvoice_list(_DOLLAR_filter: $filter, _DOLLAR_orderby: "OrderDate desc, Id asc", _DOLLAR_top: ${LIST.rows}) {
    count
    data { invoiceNo customerCode orderDate totalAmount }
  }
}`,
};

// --- keys ------------------------------------------------------------------------------------

const DAY = 86_400_000;

/** The parameters of operation number `k` of a scenario (wrapping around the dataset). */
export function keyOf(d: Dataset, s: ScenarioId, k: number) {
  const codes = d.customerCodes;
  const pages = Math.max(1, Math.floor(codes.length / NESTED.customers));
  switch (s) {
    case 's1':
      return { from: codes[(k % pages) * NESTED.customers] as number };
    case 's2':
      return { code: codes[k % codes.length] as number };
    case 's3': {
      const first = Date.parse(`${d.firstOrderDate}T00:00:00Z`);
      const last = Date.parse(`${d.lastOrderDate}T00:00:00Z`);
      const span = Math.max(1, Math.floor((last - first) / DAY) - LIST.windowDays);
      // Windows end on successive days, newest first; min amount varies so no two repeat soon.
      const end = last - (k % span) * DAY;
      const from = new Date(end - LIST.windowDays * DAY).toISOString().slice(0, 10);
      const to = new Date(end).toISOString().slice(0, 10);
      const min = LIST.minAmount + Math.floor(k / span);
      return { from, to, min };
    }
  }
}

const gql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

/** The HTTP request system `kind` receives for operation `k` of scenario `s`. */
export function requestFor(kind: SystemKind, d: Dataset, s: ScenarioId, k: number): BenchRequest {
  const key = keyOf(d, s, k);
  if (kind === 'facade') {
    return gql(FACADE_QUERIES[s], key);
  }
  if (kind === 'mesh') {
    if ('from' in key && typeof key.from === 'number') {
      return gql(MESH_QUERIES.s1, { filter: `Code ge ${key.from}` });
    }
    if ('code' in key) return gql(MESH_QUERIES.s2, { filter: `Code eq ${key.code}` });
    if ('min' in key) {
      return gql(MESH_QUERIES.s3, {
        filter: `(OrderDate ge DateTime'${key.from}' and OrderDate le DateTime'${key.to}' and TotalAmount ge ${key.min})`,
      });
    }
  }
  // raw path
  if ('from' in key && typeof key.from === 'number') {
    return {
      method: 'GET',
      path: `/nested?from=${key.from}&first=${NESTED.customers}&invoices=${NESTED.invoicesPerCustomer}`,
    };
  }
  if ('code' in key)
    return { method: 'GET', path: `/point?code=${key.code}&top=${POINT_INVOICES}` };
  if ('min' in key)
    return { method: 'GET', path: `/list?from=${key.from}&to=${key.to}&min=${key.min}` };
  throw new Error(`no request for ${kind} ${s}`);
}

/** True when a response body carries data and no GraphQL errors. */
export function bodyOk(body: string): boolean {
  return body.includes('"data"') && !body.includes('"errors"');
}
