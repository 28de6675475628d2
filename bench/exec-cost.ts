/**
 * CPU per operation of the facade's own work, in this process and without a server in front:
 * `npx tsx bench/exec-cost.ts s2 [ops] [concurrency] [rounds] [replay|live]`.
 *
 * Each operation is what the fast path runs for a hot query: a fresh context (loaders, tracker,
 * cancel), the scenario's document compiled by graphql-jit, the client's GETs, and
 * `JSON.stringify` of the result. No HTTP server, no load generator and no other process share
 * the measured CPU, so two builds' figures differ by a few per cent run to run instead of the
 * 10–15 % between processes of `ab.ts` (bench/analysis.md): a change of the execution's own cost
 * shows here first.
 *
 * - `replay` (default): the emulator's answers are recorded once, for `KEYS` keys (env, default
 *   200), then served from memory by the client's `HttpPool.send`, each after one `setImmediate`
 *   as I/O would. What is left is the facade's work on the answers: parsing them, the client's
 *   machinery, the loaders, the resolvers and the result.
 * - `live`: the client talks to the emulator process over loopback (`LATENCY_MS` env, default
 *   0). For s2 and s3 the raw path's upstream code (`bench/lib/upstream.ts`) runs the same
 *   calls in this process next, as the baseline.
 */
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createContext } from '../src/context.js';
import { Cancel } from '../src/poweroffice/cancel.js';
import { createClient } from '../src/poweroffice/client.js';
import { HttpPool, type HttpRequest, type HttpResponse } from '../src/poweroffice/http.js';
import { schema } from '../src/schema/index.js';
import { rawCallsIn, startProbeEmulator } from './lib/emulator.js';
import { inprocConfig } from './lib/inproc-facade.js';
import { inTurns } from './lib/load.js';
import { FACADE_QUERIES, keyOf, LIST, POINT_INVOICES, type ScenarioId } from './scenarios.js';

const [scenarioArg = 's2', opsArg = '4000', concArg = '32', roundsArg = '5', mode = 'replay'] =
  process.argv.slice(2);
if (!(scenarioArg in FACADE_QUERIES)) throw new Error(`exec-cost: unknown scenario ${scenarioArg}`);
if (mode !== 'replay' && mode !== 'live') throw new Error(`exec-cost: unknown mode ${mode}`);
const scenario = scenarioArg as ScenarioId;
const ops = Number(opsArg);
const concurrency = Number(concArg);
const rounds = Number(roundsArg);
const keys = Number(process.env.KEYS ?? 200);

const { emu, d } = await startProbeEmulator(Number(process.env.LATENCY_MS ?? 0));

// The client's one HTTP stack, wrapped: it records what the emulator answers, then replays it.
const send = HttpPool.prototype.send;
const tape = new Map<string, HttpResponse>();
/** `record`: the first pass; `live`: straight through, as if unwrapped; `replay`: from `tape`. */
let phase: 'record' | 'live' | 'replay' = 'record';
HttpPool.prototype.send = function (this: HttpPool, r: HttpRequest): Promise<HttpResponse> {
  // The live phase must not record: a key per call and the answers kept in the tape cost the
  // measured operations about as much as the facade's own work on them.
  if (phase === 'live') return send.call(this, r);
  const key = `${r.method} ${r.url.pathname}${r.url.search}`;
  if (phase === 'record') {
    return send.call(this, r).then((res) => {
      tape.set(key, res);
      return res;
    });
  }
  const answer = tape.get(key);
  if (answer === undefined) return Promise.reject(new Error(`exec-cost: not recorded: ${key}`));
  return new Promise((resolve) => setImmediate(() => resolve({ ...answer })));
};

// The in-process probes' configuration; no server is built, as the fast path runs without one.
const client = createClient(inprocConfig(emu).powerOffice);
const contextFor = createContext(client);
const compiledOrErrors = compileQuery(schema, parse(FACADE_QUERIES[scenario]));
if (!isCompiledQuery(compiledOrErrors)) throw new Error('exec-cost: the document did not compile');
const compiled = compiledOrErrors;
const noHeaders = { get: () => null };

/** One operation of the facade; the length of its answer. */
async function facadeOperation(k: number): Promise<number> {
  const context = contextFor({ request: { signal: new Cancel(), headers: noHeaders } });
  const variables = keyOf(d, scenario, k % keys) as Record<string, unknown>;
  const result = await compiled.query(undefined, context, variables);
  if (result.errors?.length) throw new Error(`exec-cost: ${result.errors[0]?.message}`);
  return JSON.stringify(result).length;
}

/** The median CPU µs per operation over `rounds` rounds, after one round of warm-up. */
async function measure(name: string, operation: (k: number) => Promise<number>): Promise<void> {
  await inTurns(ops, concurrency, operation);
  const perOp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    await inTurns(ops, concurrency, operation);
    const cpu = process.cpuUsage(cpu0);
    perOp.push((cpu.user + cpu.system) / ops);
  }
  perOp.sort((a, b) => a - b);
  const median = perOp[Math.floor(perOp.length / 2)] as number;
  console.log(
    `${name.padEnd(22)} ${median.toFixed(1).padStart(8)} µs CPU/op  [${perOp.map((x) => x.toFixed(0)).join(' ')}]`,
  );
}

// Record every key's answers (and, in replay, fetch nothing more from the emulator).
for (let k = 0; k < keys; k++) await facadeOperation(k);
console.log(
  `${scenario}, ${concurrency} at a time, ${rounds} × ${ops} operations, ${mode}` +
    (mode === 'live' ? `, upstream latency ${process.env.LATENCY_MS ?? 0} ms` : ''),
);
if (mode === 'replay') {
  phase = 'replay';
  await emu.stop();
  await measure('facade', facadeOperation);
} else {
  phase = 'live';
  tape.clear();
  await measure('facade', facadeOperation);
  if (scenario !== 's1') {
    // The raw path's calls, from its own module.
    const up = await rawCallsIn(emu);
    const raw = async (k: number): Promise<number> => {
      const key = keyOf(d, scenario, k % keys);
      if ('code' in key) {
        const customer = await up.customerByCode(key.code);
        const { rows } = await up.invoicePage(`CustomerCode eq ${customer?.code}`, POINT_INVOICES);
        return JSON.stringify({ customer, rows }).length;
      }
      if (!('min' in key)) throw new Error('exec-cost: not an s3 key');
      const page = await up.invoicePage(up.rangeFilter(key.from, key.to, key.min), LIST.rows);
      return JSON.stringify(page).length;
    };
    await measure('raw path (upstream.ts)', raw);
  }
  await emu.stop();
}
process.exit(0);
