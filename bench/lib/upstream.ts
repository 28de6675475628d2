/**
 * The upstream side of the hand-written baselines (`bench/raw-path.ts`, `bench/graphql-floor.ts`):
 * node:http over one keep-alive agent, a token fetched once (and again after a 401), OData query
 * strings and `or` chunks of keys, and a small worker pool. No cache, no limiter, no retries.
 *
 * Environment: UPSTREAM_URL, TOKEN_URL, APP_KEY, CLIENT_KEY.
 */
import http from 'node:http';
import https from 'node:https';

const env = process.env;
const upstream = new URL(required('UPSTREAM_URL'));
const tokenUrl = new URL(required('TOKEN_URL'));
const MAX_URL = 2000;

const agentOptions = { keepAlive: true };
const agent =
  upstream.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);

export function required(name: string): string {
  const v = env[name];
  if (!v) throw new Error(`bench baseline: ${name} is not set`);
  return v;
}

export type Row = Record<string, unknown>;
export interface Envelope {
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

export async function fetchToken(): Promise<void> {
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
export async function get(pathAndQuery: string, retried = false): Promise<Envelope> {
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

export class UpstreamStatus extends Error {
  constructor(readonly status: number) {
    super(`upstream HTTP ${status}`);
  }
}

export function q(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) parts.push(`${k}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export const literal = (v: unknown) =>
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

export async function listIn(path: string, prop: string, values: readonly unknown[], extra = {}) {
  const pages = await Promise.all(
    orChunks(path, prop, values).map((f) => get(path + q({ $filter: f, ...extra }))),
  );
  return pages.flatMap((p) => (p.data as Row[]) ?? []);
}

export async function pool<T, R>(
  items: readonly T[],
  n: number,
  fn: (t: T) => Promise<R>,
): Promise<R[]> {
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

// The calls s2 and s3 make, shared so the raw path and the GraphQL floor send the same requests.

/** The customer with `code`, or undefined (s2's first call). */
export async function customerByCode(code: unknown): Promise<Row | undefined> {
  return ((await get(`/Customer${q({ $filter: `Code eq ${code}` })}`)).data as Row[])[0];
}

/** The first `top` invoices matching `filter`, newest first, and how many match (s2, s3). */
export async function invoicePage(
  filter: string,
  top: number,
): Promise<{ rows: Row[]; count: number | undefined }> {
  const env = await get(
    `/OutgoingInvoice/List${q({ $filter: filter, $orderby: 'OrderDate desc, Id asc', $top: top })}`,
  );
  return { rows: (env.data as Row[]) ?? [], count: env.count };
}

/** s3's filter: invoices ordered in `from`…`to` with a total of at least `min`. */
export const rangeFilter = (from: unknown, to: unknown, min: unknown) =>
  `(OrderDate ge DateTime'${from}' and OrderDate le DateTime'${to}' and TotalAmount ge ${min})`;
