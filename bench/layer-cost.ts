/**
 * s2's CPU per operation layer by layer, in one process: `npx tsx bench/layer-cost.ts [ops]
 * [concurrency] [rounds] [systems]` (`LATENCY_MS`, default 0: the emulator's added latency).
 *
 * The same point lookup (a customer by code, then its latest invoices) is made four ways, each
 * over loopback HTTP against one emulator process, in interleaved rounds:
 * - `facade`: the scenario's document compiled by graphql-jit, as the fast path runs it;
 * - `loaders`: the two loads the resolvers make (`byKey`, then `relatedPage`), no GraphQL;
 * - `list`: the two `client.list` calls those loaders end in, no loaders;
 * - `raw`: the raw path's own calls (`bench/lib/upstream.ts`).
 * Each difference between neighbours is what one layer costs. `systems` picks some
 * (`facade,raw`). Every round prints CPU µs per operation and the GC time and count the round
 * saw (a `PerformanceObserver`).
 *
 * `HEAP_PROFILE=file` also samples allocations over the measured rounds (every KB, including
 * objects already collected) and writes V8's profile to `file`: bytes per operation by function
 * are then `(selfSize summed) / (ops × rounds)`. Profile one system at a time.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { type Context, createContext } from '../src/context.js';
import { Cancel } from '../src/poweroffice/cancel.js';
import { createClient } from '../src/poweroffice/client.js';
import { readResource, resourceNamed } from '../src/poweroffice/resources/registry.js';
import { schema } from '../src/schema/index.js';
import { rawCallsIn, startProbeEmulator } from './lib/emulator.js';
import { inprocConfig } from './lib/inproc-facade.js';
import { inTurns } from './lib/load.js';
import { median } from './lib/stats.js';
import { FACADE_QUERIES, keyOf, POINT_INVOICES } from './scenarios.js';

const [opsArg = '2000', concArg = '32', roundsArg = '5', only = ''] = process.argv.slice(2);
const ops = Number(opsArg);
const concurrency = Number(concArg);
const rounds = Number(roundsArg);
const KEYS = 200;

const { emu, d } = await startProbeEmulator(Number(process.env.LATENCY_MS ?? 0));
const client = createClient(inprocConfig(emu).powerOffice);
const contextFor = createContext(client);
const compiled = compileQuery(schema, parse(FACADE_QUERIES.s2));
if (!isCompiledQuery(compiled)) throw new Error('layer-cost: the document did not compile');
const noHeaders = { get: () => null };
const newContext = () =>
  contextFor({ request: { signal: new Cancel(), headers: noHeaders } }) as Context;
const Customer = readResource(resourceNamed('Customer'));
const Invoice = readResource(resourceNamed('OutgoingInvoice'));
const codeOf = (k: number) => (keyOf(d, 's2', k % KEYS) as { code: number }).code;
const ORDER = [{ field: 'orderDate', direction: 'desc' as const }];

type Row = Record<string, unknown>;
/** The answer every system builds: what the document selects. */
const answer = (customer: Row | null | undefined, invoices: readonly Row[]) =>
  JSON.stringify({
    data: customer
      ? {
          customer: {
            code: customer.code,
            name: customer.name,
            invoices: {
              nodes: invoices.map((i) => ({
                invoiceNo: i.invoiceNo,
                orderDate: i.orderDate,
                totalAmount: i.totalAmount,
              })),
            },
          },
        }
      : { customer: null },
  }).length;

const up = await rawCallsIn(emu);

const SYSTEMS: Record<string, (k: number) => Promise<number>> = {
  facade: async (k) => {
    const result = await compiled.query(undefined, newContext(), { code: codeOf(k) });
    if (result.errors?.length) throw new Error(`layer-cost: ${result.errors[0]?.message}`);
    return JSON.stringify(result).length;
  },
  loaders: async (k) => {
    const { loaders } = newContext();
    const customer = (await loaders.byKey(Customer, 'code').load(codeOf(k))) as Row | null;
    const page = customer
      ? await loaders
          .relatedPage(Invoice, 'customerCode', { rowsPerParent: POINT_INVOICES, orderBy: ORDER })
          .load(customer.code as number)
      : { rows: [] };
    return answer(customer, page.rows as Row[]);
  },
  list: async (k) => {
    const { tracker } = newContext();
    const opts = { tracker, signal: new Cancel() };
    const { items } = await client.list(
      Customer,
      { filter: { op: 'eq', field: 'code', value: codeOf(k) } },
      opts,
    );
    const customer = items[0] as Row | undefined;
    const page = customer
      ? await client.list(
          Invoice,
          {
            filter: { op: 'eq', field: 'customerCode', value: customer.code as number },
            orderBy: [...ORDER, { field: 'id', direction: 'asc' }],
            top: POINT_INVOICES,
          },
          opts,
        )
      : { items: [] };
    return answer(customer, page.items as Row[]);
  },
  raw: async (k) => {
    const customer = await up.customerByCode(codeOf(k));
    const { rows } = await up.invoicePage(`CustomerCode eq ${customer?.code}`, POINT_INVOICES);
    return answer(customer, rows);
  },
};
const names = only ? only.split(',') : Object.keys(SYSTEMS);
for (const name of names) {
  if (!(name in SYSTEMS)) throw new Error(`layer-cost: unknown system ${name}`);
}

let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount += 1;
  }
}).observe({ entryTypes: ['gc'] });

// One round of each as warm-up (JIT, sockets, token).
for (const name of names)
  await inTurns(ops, concurrency, SYSTEMS[name] as (k: number) => Promise<number>);

const heapFile = process.env.HEAP_PROFILE;
const heap = heapFile ? new Session() : null;
if (heap) {
  heap.connect();
  await heap.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
}
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const gc: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < rounds; r++) {
  for (const name of names) {
    const before = process.cpuUsage();
    const gc0 = gcMs;
    const n0 = gcCount;
    await inTurns(ops, concurrency, SYSTEMS[name] as (k: number) => Promise<number>);
    const used = process.cpuUsage(before);
    // GC entries are delivered on a later turn.
    await new Promise((resolve) => setImmediate(resolve));
    cpu[name]?.push((used.user + used.system) / ops);
    gc[name]?.push(`${(((gcMs - gc0) * 1000) / ops).toFixed(0)}µs/${gcCount - n0}`);
  }
}
if (heap && heapFile) {
  const { profile } = (await heap.post('HeapProfiler.stopSampling')) as { profile: unknown };
  writeFileSync(heapFile, JSON.stringify(profile));
}
console.log(
  `s2 by layer, ${concurrency} at a time, ${rounds} × ${ops} operations, ` +
    `upstream latency ${process.env.LATENCY_MS ?? 0} ms (CPU µs per operation; GC per round)`,
);
for (const name of names) {
  const sorted = [...(cpu[name] ?? [])].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(8)} ${median(sorted).toFixed(1).padStart(8)}  [${sorted.map((x) => x.toFixed(0)).join(' ')}]` +
      `  gc ${(gc[name] ?? []).join(' ')}`,
  );
}
await emu.stop();
process.exit(0);
