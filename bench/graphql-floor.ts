/**
 * A GraphQL floor for s2 and s3: the least a GraphQL server does for the facade's own documents
 * (`FACADE_QUERIES`), written by hand, to split the facade's CPU gap to the raw path into what
 * GraphQL itself costs and what the facade adds. node:http reads the POST body and parses it;
 * the document is parsed, validated and compiled with graphql-jit once per query text (as the
 * facade's fast path does); each request coerces its variables, runs the compiled query and
 * writes `JSON.stringify` of the result. Resolvers make the raw path's upstream calls
 * (`bench/lib/upstream.ts`): no DataLoader, cache, limiter, client auth, metrics or error
 * masking. The schema is the part of the facade's that s2 and s3 read, with its argument types.
 *
 * `FLOOR_WITH_FACADE=1` also starts the facade's production build in this process (cache off,
 * on a port of its own) and sends it s2 and s3 operations before the floor listens; it then
 * idles. The floor still answers the load, in a process that holds the facade's schema and whose
 * code (node's HTTP and streams included) has run the facade's paths: what the facade's size and
 * shapes cost the same work, apart from the work the facade adds.
 *
 * Environment: FLOOR_PORT, UPSTREAM_URL, TOKEN_URL, APP_KEY, CLIENT_KEY, FLOOR_WITH_FACADE.
 */
import http from 'node:http';
import { buildSchema, type GraphQLScalarType, parse, validate } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { benchFacadeEnv, freePort, PROBE_FACADE } from './lib/systems.js';
import {
  customerByCode,
  fetchToken,
  get,
  invoicePage,
  pool,
  type Row,
  rangeFilter,
  required,
} from './lib/upstream.js';
import { FACADE_QUERIES, keyOf } from './scenarios.js';

const schema = buildSchema(`
  scalar Long
  scalar Date
  enum Direction { ASC DESC }
  enum InvoiceOrderField { ORDER_DATE }
  input InvoiceOrder { field: InvoiceOrderField!, direction: Direction! }
  input DateRange { gte: Date, lte: Date }
  input FloatRange { gte: Float }
  input InvoiceWhere { orderDate: DateRange, totalAmount: FloatRange }
  type Invoice { invoiceNo: Long, customerCode: Long, orderDate: Date, totalAmount: Float }
  type InvoiceConnection { totalCount: Int, nodes: [Invoice!]! }
  type Customer {
    code: Long
    name: String
    invoices(first: Int, orderBy: [InvoiceOrder!]): InvoiceConnection!
  }
  type Query {
    customer(code: Long!): Customer
    outgoingInvoices(first: Int, where: InvoiceWhere, orderBy: [InvoiceOrder!]): InvoiceConnection!
  }
`);
// Identity scalars: the values pass as they come (the facade checks and converts them).
for (const name of ['Long', 'Date']) {
  const type = schema.getType(name) as GraphQLScalarType;
  type.serialize = (v: unknown) => v;
  type.parseValue = (v: unknown) => v;
}

interface Page {
  totalCount: number | undefined;
  nodes: Row[];
}

const invoiceList = async (filter: string, first: number): Promise<Page> => {
  const { rows, count } = await invoicePage(filter, first);
  return { totalCount: count, nodes: rows };
};

type Resolve = (parent: Row, args: Record<string, unknown>) => unknown;
/** Sets a field's resolver (graphql-jit reads a field without one as a plain property). */
function resolveField(type: string, field: string, resolve: Resolve): void {
  const fields = (
    schema.getType(type) as { getFields(): Record<string, { resolve?: Resolve }> }
  ).getFields();
  (fields[field] as { resolve?: Resolve }).resolve = resolve;
}
resolveField('Query', 'customer', async (_, { code }) => (await customerByCode(code)) ?? null);
resolveField('Query', 'outgoingInvoices', (_, args) => {
  const where = args.where as {
    orderDate: { gte: string; lte: string };
    totalAmount: { gte: number };
  };
  return invoiceList(
    rangeFilter(where.orderDate.gte, where.orderDate.lte, where.totalAmount.gte),
    args.first as number,
  );
});
resolveField('Customer', 'invoices', (customer, args) =>
  invoiceList(`CustomerCode eq ${customer.code}`, args.first as number),
);

const compiled = new Map<string, CompiledQuery>();
function compiledFor(query: string): CompiledQuery {
  let c = compiled.get(query);
  if (!c) {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
    const made = compileQuery(schema, document);
    if (!isCompiledQuery(made)) throw new Error('graphql-jit could not compile the query');
    c = made;
    compiled.set(query, c);
  }
  return c;
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const fail = (e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: e instanceof Error ? e.message : 'failed' }] }));
    };
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      Promise.resolve(compiledFor(body.query).query({}, {}, body.variables ?? {})).then(
        (result) => {
          const text = JSON.stringify(result);
          res.writeHead(result.errors ? 500 : 200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        },
        fail,
      );
    } catch (e) {
      fail(e);
    }
  });
});

/** The facade's build, started in this process and sent `operations` of s2 and s3 (see above). */
async function startFacadeHere(operations: number): Promise<void> {
  const port = await freePort();
  const emu = {
    url: required('UPSTREAM_URL'),
    tokenUrl: required('TOKEN_URL'),
    keys: { applicationKey: required('APP_KEY'), clientKey: required('CLIENT_KEY') },
  };
  // main.js reads its configuration from the environment, as `npm start` does.
  Object.assign(process.env, benchFacadeEnv(emu, port, PROBE_FACADE));
  await import(new URL('../dist/src/main.js', import.meta.url).href);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if ((await fetch(`${url}/healthz`).catch(() => null))?.ok) break;
    if (i > 600) throw new Error('graphql-floor: the facade did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const codes = ((await get('/Customer?%24top=500')).data as Row[]).map((c) => c.code as number);
  const d = { customerCodes: codes, firstOrderDate: '2024-01-03', lastOrderDate: '2026-01-01' };
  // 32 at a time, as the bench's loads send them.
  const keys = Array.from({ length: operations }, (_, k) => k);
  await pool(keys, 32, async (k) => {
    const s = k % 2 === 0 ? 's2' : 's3';
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FACADE_QUERIES[s], variables: keyOf(d, s, k) }),
    });
    if (!res.ok) throw new Error(`graphql-floor: the facade answered ${res.status}`);
    await res.arrayBuffer();
  });
}

server.keepAliveTimeout = 60_000;
await fetchToken();
if (process.env.FLOOR_WITH_FACADE === '1') await startFacadeHere(2000);
server.listen(Number(process.env.FLOOR_PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  // The runner waits for this line to know the port.
  console.log(JSON.stringify({ ready: true, port }));
});
// Exits on SIGTERM through node's own exit path, so `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
