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
import https from 'node:https';

const env = process.env;
const upstream = new URL(required('UPSTREAM_URL'));
const tokenUrl = new URL(required('TOKEN_URL'));
const detailConcurrency = Number(env.DETAIL_CONCURRENCY ?? 8);
const MAX_URL = 2000;

const agentOptions = { keepAlive: true };
const agent =
  upstream.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);

function required(name: string): string {
  const v = env[name];
  if (!v) throw new Error(`raw-path: ${name} is not set`);
  return v;
}

type Row = Record<string, unknown>;
interface Envelope {
  data?: unknown;
  count?: number;
  success?: boolean;
}

function request(
  method: 'GET' | 'POST',
  url: URL,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: unknown }> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body) req.end(body);
    else req.end();
  });
}

let token = '';

async function fetchToken(): Promise<void> {
  const basic = Buffer.from(`${required('APP_KEY')}:${required('CLIENT_KEY')}`).toString('base64');
  const res = await request(
    'POST',
    tokenUrl,
    {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    },
    'grant_type=client_credentials',
  );
  const body = res.json as { access_token?: string };
  if (res.status !== 200 || !body.access_token) throw new Error(`token: HTTP ${res.status}`);
  token = body.access_token;
}

/** One upstream GET; the path carries an already-encoded query string. */
async function get(pathAndQuery: string, retried = false): Promise<Envelope> {
  const base = upstream.href.endsWith('/') ? upstream.href.slice(0, -1) : upstream.href;
  const res = await request('GET', new URL(base + pathAndQuery), {
    authorization: `Bearer ${token}`,
    accept: 'application/json',
  });
  // Tokens expire during long runs: fetch a new one once, as any client must.
  if (res.status === 401 && !retried) {
    await fetchToken();
    return get(pathAndQuery, true);
  }
  if (res.status !== 200) throw new UpstreamStatus(res.status);
  const env = res.json as Envelope;
  if (env.success === false) throw new Error('upstream: success=false');
  return env;
}

class UpstreamStatus extends Error {
  constructor(readonly status: number) {
    super(`upstream HTTP ${status}`);
  }
}

function q(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) parts.push(`${k}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const literal = (v: unknown) =>
  typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : String(v);

/** `(F eq a or F eq b …)` chunks whose list URL stays under MAX_URL characters. */
function orChunks(path: string, prop: string, values: readonly unknown[], reserve = 200): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const render = (xs: string[]) => `(${xs.join(' or ')})`;
  for (const v of [...new Set(values)]) {
    const term = `${prop} eq ${literal(v)}`;
    const next = [...cur, term];
    if (
      cur.length > 0 &&
      path.length + encodeURIComponent(render(next)).length + reserve > MAX_URL
    ) {
      out.push(render(cur));
      cur = [term];
    } else cur = next;
  }
  if (cur.length > 0) out.push(render(cur));
  return out;
}

async function listIn(path: string, prop: string, values: readonly unknown[], extra = {}) {
  const pages = await Promise.all(
    orChunks(path, prop, values).map((f) => get(path + q({ $filter: f, ...extra }))),
  );
  return pages.flatMap((p) => (p.data as Row[]) ?? []);
}

async function pool<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

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
  const customer = ((await get(`/Customer${q({ $filter: `Code eq ${code}` })}`)).data as Row[])[0];
  if (!customer) return null;
  const invoices = await get(
    `/OutgoingInvoice/List${q({
      $filter: `CustomerCode eq ${customer.code}`,
      $orderby: 'OrderDate desc, Id asc',
      $top: top,
    })}`,
  );
  return {
    code: customer.code,
    name: customer.name,
    invoices: ((invoices.data as Row[]) ?? []).map((i) => ({
      invoiceNo: i.invoiceNo,
      orderDate: i.orderDate,
      totalAmount: i.totalAmount,
    })),
  };
}

/** Scenario 3: one page of invoices in a date range above an amount, newest first. */
async function filtered(from: string, to: string, min: number, top: number) {
  const filter = `(OrderDate ge DateTime'${from}' and OrderDate le DateTime'${to}' and TotalAmount ge ${min})`;
  const env = await get(
    `/OutgoingInvoice/List${q({ $filter: filter, $orderby: 'OrderDate desc, Id asc', $top: top })}`,
  );
  return {
    totalCount: env.count,
    rows: ((env.data as Row[]) ?? []).map((i) => ({
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
