/**
 * The raw-path baseline: a minimal HTTP server that answers each benchmark scenario with the
 * fewest upstream calls, written by hand (keep-alive agent, no GraphQL, no cache, no limiter).
 * It is the floor the facade's latency and call counts are compared against.
 *
 * Every route follows the graph's data dependencies the way the facade must (a level's keys come
 * from the level above), with invoice details fetched at the same concurrency as the facade's
 * default, so "added latency" measures the facade's own work rather than a different policy.
 *
 * Environment: RAW_PORT, UPSTREAM_URL, TOKEN_URL, APP_KEY, CLIENT_KEY, DETAIL_CONCURRENCY (8).
 */
import http from 'node:http';
import {
  customerByCode,
  fetchToken,
  get,
  invoicePage,
  listIn,
  pool,
  q,
  type Row,
  rangeFilter,
  UpstreamStatus,
} from './lib/upstream.js';

const env = process.env;
const detailConcurrency = Number(env.DETAIL_CONCURRENCY ?? 8);

/** Scenario 1: a page of customers → latest invoices → lines → product → product group. */
async function nested(fromCode: number, first: number, perCustomer: number) {
  const customers = ((
    await get(
      `/Customer${q({ $filter: `Code ge ${fromCode}`, $orderby: 'Code asc', $top: first })}`,
    )
  ).data ?? []) as Row[];
  const invoices = await listIn(
    '/OutgoingInvoice/List',
    'CustomerCode',
    customers.map((c) => c.code),
    { $orderby: 'OrderDate desc, Id asc', $top: 10000 },
  );
  const byCustomer = new Map<unknown, Row[]>();
  for (const inv of invoices) {
    const list = byCustomer.get(inv.customerCode) ?? [];
    if (list.length < perCustomer) list.push(inv);
    byCustomer.set(inv.customerCode, list);
  }
  const picked = customers.flatMap((c) => byCustomer.get(c.code) ?? []);
  const details = await pool(picked, detailConcurrency, async (inv) => {
    const env = await get(`/OutgoingInvoice/${inv.id}`);
    return env.data as Row;
  });
  const lines = details.flatMap((d) => (d.outgoingInvoiceLines as Row[] | undefined) ?? []);
  const codes = lines.map((l) => l.productCode).filter((c) => c != null);
  const products = codes.length ? await listIn('/Product', 'Code', codes) : [];
  const productByCode = new Map(products.map((p) => [p.code, p]));
  const groupIds = products.map((p) => p.productGroupId).filter((g) => g != null);
  const groups = groupIds.length ? await listIn('/ProductGroup', 'Id', groupIds) : [];
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const detailById = new Map(details.map((d) => [d.id, d]));
  return customers.map((c) => ({
    code: c.code,
    name: c.name,
    invoices: (byCustomer.get(c.code) ?? []).map((inv) => ({
      invoiceNo: inv.invoiceNo,
      totalAmount: inv.totalAmount,
      lines: (
        ((detailById.get(inv.id) as Row | undefined)?.outgoingInvoiceLines as Row[]) ?? []
      ).map((l) => {
        const p = productByCode.get(l.productCode);
        const g = p ? groupById.get(p.productGroupId) : undefined;
        return {
          description: l.description,
          quantity: l.quantity,
          product: p ? { code: p.code, name: p.name, group: g ? { name: g.name } : null } : null,
        };
      }),
    })),
  }));
}

/** Scenario 2: one customer by code with its latest invoices. */
async function point(code: number, top: number) {
  const customer = await customerByCode(code);
  if (!customer) return null;
  const { rows } = await invoicePage(`CustomerCode eq ${customer.code}`, top);
  return {
    code: customer.code,
    name: customer.name,
    invoices: rows.map((i) => ({
      invoiceNo: i.invoiceNo,
      orderDate: i.orderDate,
      totalAmount: i.totalAmount,
    })),
  };
}

/** Scenario 3: one page of invoices in a date range above an amount, newest first. */
async function filtered(from: string, to: string, min: number, top: number) {
  const { rows, count } = await invoicePage(rangeFilter(from, to, min), top);
  return {
    totalCount: count,
    rows: rows.map((i) => ({
      invoiceNo: i.invoiceNo,
      customerCode: i.customerCode,
      orderDate: i.orderDate,
      totalAmount: i.totalAmount,
    })),
  };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://raw');
  const p = url.searchParams;
  const num = (k: string, d: number) => (p.has(k) ? Number(p.get(k)) : d);
  let work: Promise<unknown>;
  switch (url.pathname) {
    case '/healthz':
      work = Promise.resolve({ ok: true });
      break;
    case '/nested':
      work = nested(num('from', 0), num('first', 20), num('invoices', 3));
      break;
    case '/point':
      work = point(num('code', 10001), num('top', 10));
      break;
    case '/list':
      work = filtered(
        p.get('from') ?? '2024-01-01',
        p.get('to') ?? '2024-12-31',
        num('min', 0),
        50,
      );
      break;
    default:
      res.writeHead(404).end();
      return;
  }
  work.then(
    (data) => {
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    },
    (err: unknown) => {
      const status = err instanceof UpstreamStatus && err.status === 429 ? 429 : 502;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: err instanceof Error ? err.message : 'failed' }));
    },
  );
});

server.keepAliveTimeout = 60_000;
await fetchToken();
server.listen(Number(env.RAW_PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  // The runner waits for this line to know the port.
  console.log(JSON.stringify({ ready: true, port }));
});
// Exits on SIGTERM through node's own exit path, so `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
