/**
 * `npm run bench` — the facade against the raw path (the floor) and a GraphQL Mesh peer, all
 * over the same emulator with injected latency, on loopback, no network. See bench/README.md.
 *
 * Flags: --quick (1 repeat, short windows),
 *        --systems=raw,facade-cold,facade,mesh (a subset; default all),
 *        --merge (keep the other systems' figures from the existing bench/results.json),
 *        --cpu-prof (profile the facade's cold runs into bench/.out/profiles).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { EmulatorOptions } from '../src/emulator/types.js';
import { type EmulatorProc, startEmulatorProc } from './lib/emulator.js';
import { runLoad, runOpenLoop, runSteady, spreadPct } from './lib/load.js';
import { cpuSecondsOf, HAS_TASKSET, memoryOf, sampleRss, sleep } from './lib/procs.js';
import { renderMarkdown } from './lib/report.js';
import { median } from './lib/stats.js';
import {
  composeMesh,
  ensurePeers,
  OUT,
  ROOT,
  type System,
  startFacade,
  startMesh,
  startRaw,
} from './lib/systems.js';
import {
  type BenchRequest,
  bodyOk,
  type Dataset,
  requestFor,
  SCENARIOS,
  type ScenarioId,
} from './scenarios.js';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const CPU_PROF = argv.includes('--cpu-prof');
const only = argv
  .find((a) => a.startsWith('--systems='))
  ?.slice('--systems='.length)
  .split(',');
const want = (s: string) => !only || only.includes(s);
const MERGE = argv.includes('--merge');

const P = QUICK
  ? {
      repeats: 1,
      coldPasses: 1,
      warmupS: 1,
      coldWarmupOps: 300,
      windowS: 2,
      nestedWindowS: 4,
      connections: [1, 32, 128],
      s5S: 8,
      driftS: 2,
    }
  : {
      repeats: 3,
      // The cold section's ratios are the targets, and one process of a build can read
      // 10–15 % from another of the same build for its whole life: with three passes s2 at 32
      // connections was decided by one raw-path process reading 0.46 ms against 0.80 for another
      // (bench/analysis.md, 05:40). Five passes, so a cell's median is not one process's draw.
      coldPasses: 5,
      // Each pass of the cold section starts fresh processes, whose first loaded window of a
      // scenario follows a single window of it at 1 connection. s2 at 32 connections read 0.65
      // ms of CPU per operation on the raw path after a 1 s warm-up, 0.37–0.46 after 3 s, and
      // 0.33 when one process ran every repeat (bench/analysis.md, 22:00).
      warmupS: 3,
      // A cold window of s2 or s3 at 32 or 128 connections also waits for this many answers
      // first. Three seconds of s3 are 400–800 operations, after which V8 is still compiling
      // the scenario's code: gc.ts s3 32 read the facade 1.36 ms of CPU per operation against
      // the raw path's 0.80 after 1 500 operations of warm-up (TurboFan 0.20 and 0.07 ms of it),
      // and 0.91 against 0.89 after 3 000 (TurboFan 0.03 and 0.02; bench/analysis.md,
      // 2026-12-06 21:04). A server pays that compilation once, not per operation. s1's
      // operations make 65 calls each: its seconds of warm-up run its code thousands of times.
      coldWarmupOps: 3_000,
      windowS: 3,
      nestedWindowS: 5,
      connections: [1, 32, 128],
      s5S: 12,
      driftS: 3,
    };

// Cores: the emulator and the load generator share core 0; each system under test gets core 1.
const CORE_EMULATOR = 0;
const CORE_SUT = 1;
const FIXED = { fixedMs: 50, jitterMs: 0 };
const JITTER = { fixedMs: 20, jitterMs: 60 };
const RATE = { perSecond: 50, burst: 50 };
const SCENARIO_IDS: ScenarioId[] = ['s1', 's2', 's3'];
const NO_LIMIT = 1_000_000;

export interface LoadRow {
  system: string;
  scenario: string;
  cache: 'cold' | 'warm';
  latency: 'fixed50' | 'jitter20-80';
  connections: number;
  runs: Array<{
    opsPerSec: number;
    p50: number;
    p99: number;
    failed: number;
    upstreamPerOp: number;
    cpuPerOpMs: number;
    status429: number;
    /** CPU the emulator used during the window: near 100 % means the emulator was the bound. */
    emulatorCpuPct: number;
  }>;
  median: {
    opsPerSec: number;
    p50: number;
    p99: number;
    upstreamPerOp: number;
    cpuPerOpMs: number;
    emulatorCpuPct: number;
  };
  spreadPct: { opsPerSec: number; p50: number; p99: number };
  failed: number;
  status429: number;
  /** 1-minute load average when the row finished: above 2 the machine was shared. */
  loadAvg: number;
}

export interface Results {
  meta: Record<string, unknown>;
  calls: Record<string, Record<string, { cold: number; warm: number }>>;
  minimum: Record<string, { cold: number; warm: number }>;
  load: LoadRow[];
  inflight: Record<string, { one: number; burst32: number; okResponses: number }>;
  sustained: Record<
    string,
    {
      offeredPerSec: number;
      sustainablePerSec: number;
      /** Answered OK inside the offered window, per second of the window. */
      opsPerSec: number;
      /** Answered OK in all, per second from the first send to the last answer. */
      opsPerSecOverall: number;
      p50: number;
      p99: number;
      failed: number;
      status429: number;
      upstreamPerSec: number;
    }
  >;
  memory: Record<
    string,
    { idleMb: number; peakMb: number; driftRunsMb: number[]; driftPct: number }
  >;
  notes: string[];
}

const results: Results = {
  meta: {},
  calls: {},
  minimum: {},
  load: [],
  inflight: {},
  sustained: {},
  memory: {},
  notes: [],
};

const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// --- helpers ---------------------------------------------------------------------------------

/** The scenario's request for `sys`, with the system's own headers (the facade's API key). */
function reqFor(sys: System, d: Dataset, s: ScenarioId, k: number): BenchRequest {
  const r = requestFor(sys.kind, d, s, k);
  return sys.headers ? { ...r, headers: { ...r.headers, ...sys.headers } } : r;
}

async function send(sys: System, req: BenchRequest): Promise<{ status: number; body: string }> {
  const res = await fetch(sys.url + req.path, {
    method: req.method,
    ...(req.headers ? { headers: req.headers } : {}),
    ...(req.body ? { body: req.body } : {}),
  });
  return { status: res.status, body: await res.text() };
}

/** Upstream calls of one operation with a fresh key (cold), then the same one again (warm). */
async function callsOf(
  emu: EmulatorProc,
  sys: System,
  d: Dataset,
  s: ScenarioId,
  k: number,
): Promise<{ cold: number; warm: number }> {
  const req = reqFor(sys, d, s, k);
  await emu.drain();
  await emu.reset();
  const a = await send(sys, req);
  if (a.status !== 200 || !bodyOk(a.body)) {
    throw new Error(`${sys.name} ${s}: HTTP ${a.status} ${a.body.slice(0, 400)}`);
  }
  const cold = await emu.apiCalls();
  await emu.reset();
  await send(sys, req);
  const warm = await emu.apiCalls();
  return { cold, warm };
}

let keyCounter = 1_000; // cold keys never repeat within one run of the benchmark

type Run = LoadRow['runs'][number];

/**
 * One measured window of `sys` inside a continuous load, after a warm-up that fills the pipeline
 * (`runSteady`); leaves the emulator drained. CPU and upstream calls are read as the window
 * opens and closes.
 */
async function window(emu: EmulatorProc, sys: System, d: Dataset, cell: Cell): Promise<Run> {
  const { scenario: s, cache, connections } = cell;
  const next = () => reqFor(sys, d, s, cache === 'warm' ? 0 : keyCounter++);
  // A cold s1 operation at 32+ connections takes seconds (the emulator is saturated): the
  // warm-up must fill that pipeline, and the window must be long enough to hold many of them.
  const slow = s === 's1' && cache === 'cold' && connections >= 32;
  await emu.reset();
  const seconds =
    s === 's1' ? Math.round(P.nestedWindowS * (slow && connections >= 128 ? 1.6 : 1)) : P.windowS;
  let cpu = 0;
  let emuCpu = 0;
  let calls0: Promise<{ api: number; status429: number }> | undefined;
  let calls1: Promise<{ api: number; status429: number }> | undefined;
  const r = await runSteady({
    url: sys.url,
    connections,
    warmupS: slow ? 4 : P.warmupS,
    warmupOps: cache === 'cold' && s !== 's1' && connections >= 32 ? P.coldWarmupOps : 0,
    seconds,
    next,
    mark: (at) => {
      // Read in the load's own turn; the emulator's counters answer a moment later.
      const sign = at === 'open' ? -1 : 1;
      cpu += sign * cpuSecondsOf(sys.proc.pid);
      emuCpu += sign * cpuSecondsOf(emu.proc.pid);
      if (at === 'open') calls0 = emu.calls();
      else calls1 = emu.calls();
    },
  });
  const [before, after] = await Promise.all([calls0, calls1]);
  const api = (after?.api ?? 0) - (before?.api ?? 0);
  const status429 = (after?.status429 ?? 0) - (before?.status429 ?? 0);
  // Work still queued when the window closed must not leak into the next one.
  await emu.drain();
  return {
    opsPerSec: r.opsPerSec,
    p50: r.p50,
    p99: r.p99,
    failed: r.failed,
    upstreamPerOp: r.ok ? api / r.ok : 0,
    cpuPerOpMs: r.ok ? (cpu * 1000) / r.ok : 0,
    status429,
    emulatorCpuPct: (emuCpu / r.seconds) * 100,
  };
}

/** One cell of the load table: a scenario, cold or warm, at a connection count and a latency. */
interface Cell {
  readonly scenario: ScenarioId;
  readonly cache: 'cold' | 'warm';
  readonly connections: number;
  readonly latency: LoadRow['latency'];
}

/**
 * The repeats of one cell for one or more systems, interleaved (A, B, A, B, …) so that whatever
 * else the machine is doing weighs on each system alike: the added-latency comparison of facade
 * and raw path depends on it.
 */
async function measure(
  emu: EmulatorProc,
  systems: System | readonly System[],
  d: Dataset,
  cell: Cell,
): Promise<void> {
  const list = Array.isArray(systems) ? systems : [systems as System];
  // The same processes for every repeat: one pass per repeat, recorded at once.
  const passes = new Passes();
  for (let i = 0; i < P.repeats; i++) await passes.measure(emu, list, d, cell);
  passes.record();
}

/**
 * A section's cells measured over passes, each pass on processes of its own: `measure` runs one
 * repeat of a cell and keeps it, `record` writes every cell's rows once all passes have run, so
 * a cell's median spans one process per pass. One process of a build can run 10–15 % from
 * another of the same build for its whole life (bench/analysis.md), which the median of one
 * process's windows cannot see.
 */
class Passes {
  readonly #cells = new Map<
    string,
    { readonly cell: Cell; readonly bySystem: Map<string, { sys: System; runs: Run[] }> }
  >();

  /** One window of each system (interleaved, in order) of a cell, kept for `record`. */
  async measure(
    emu: EmulatorProc,
    systems: readonly System[],
    d: Dataset,
    cell: Cell,
  ): Promise<void> {
    const key = `${cell.scenario}|${cell.cache}|${cell.connections}|${cell.latency}`;
    const entry = this.#cells.get(key) ?? { cell, bySystem: new Map() };
    this.#cells.set(key, entry);
    for (const sys of systems) {
      const kept = entry.bySystem.get(sys.name) ?? { sys, runs: [] };
      kept.runs.push(await window(emu, sys, d, cell));
      entry.bySystem.set(sys.name, kept);
    }
  }

  /** Writes each cell's rows, in the order the cells were first measured. */
  record(): void {
    for (const { cell, bySystem } of this.#cells.values()) {
      for (const { sys, runs } of bySystem.values()) record(sys, runs, cell);
    }
  }
}

function record(sys: System, runs: Run[], cell: Cell): void {
  const { scenario: s, cache, connections, latency } = cell;
  const pick = (f: (x: Run) => number) => runs.map(f);
  const row: LoadRow = {
    system: sys.name,
    scenario: s,
    cache,
    latency,
    connections,
    runs,
    median: {
      opsPerSec: median(pick((x) => x.opsPerSec)),
      p50: median(pick((x) => x.p50)),
      p99: median(pick((x) => x.p99)),
      upstreamPerOp: median(pick((x) => x.upstreamPerOp)),
      cpuPerOpMs: median(pick((x) => x.cpuPerOpMs)),
      emulatorCpuPct: median(pick((x) => x.emulatorCpuPct)),
    },
    spreadPct: {
      opsPerSec: spreadPct(pick((x) => x.opsPerSec)),
      p50: spreadPct(pick((x) => x.p50)),
      p99: spreadPct(pick((x) => x.p99)),
    },
    failed: pick((x) => x.failed).reduce((a, b) => a + b, 0),
    status429: pick((x) => x.status429).reduce((a, b) => a + b, 0),
    loadAvg: os.loadavg()[0] ?? 0,
  };
  results.load.push(row);
  log(
    `${sys.name} ${s} ${cache} c=${connections} ${latency}: ${row.median.opsPerSec.toFixed(1)} ops/s`,
    `p50 ${row.median.p50} ms p99 ${row.median.p99} ms, ${row.median.upstreamPerOp.toFixed(2)} up/op`,
    row.failed ? `FAILED ${row.failed}` : '',
  );
}

/** Scenario 4: 32 identical nested queries at once vs one, on a key nobody asked for yet. */
async function inflight(emu: EmulatorProc, sys: System, d: Dataset): Promise<void> {
  const one = reqFor(sys, d, 's1', keyCounter++);
  await emu.drain();
  await emu.reset();
  await send(sys, one);
  const oneCalls = await emu.apiCalls();
  const same = reqFor(sys, d, 's1', keyCounter++);
  await emu.reset();
  const answers = await Promise.all(Array.from({ length: 32 }, () => send(sys, same)));
  const burst = await emu.apiCalls();
  results.inflight[sys.name] = {
    one: oneCalls,
    burst32: burst,
    okResponses: answers.filter((a) => a.status === 200 && bodyOk(a.body)).length,
  };
  log(`${sys.name} s4: one=${oneCalls} upstream calls, 32 identical at once=${burst}`);
}

/** Scenario 5: point lookups offered at twice the rate the 50/s upstream limit sustains. */
async function sustained(emu: EmulatorProc, sys: System, d: Dataset, perOp: number) {
  const sustainable = RATE.perSecond / Math.max(1, perOp);
  const offered = Math.round(2 * sustainable);
  await emu.drain();
  await emu.configure({ rateLimit: RATE });
  await emu.reset();
  const next = () => reqFor(sys, d, 's2', keyCounter++);
  const t0 = Date.now();
  const r = await runOpenLoop({ url: sys.url, ratePerSec: offered, seconds: P.s5S, next });
  const elapsedS = (Date.now() - t0) / 1000;
  const calls = await emu.calls();
  await emu.drain();
  await emu.configure({ rateLimit: false });
  results.sustained[sys.name] = {
    offeredPerSec: offered,
    sustainablePerSec: sustainable,
    opsPerSec: r.opsPerSec,
    opsPerSecOverall: r.ok / elapsedS,
    p50: r.p50,
    p99: r.p99,
    failed: r.failed,
    status429: calls.status429,
    upstreamPerSec: calls.api / elapsedS,
  };
  log(
    `${sys.name} s5: offered ${offered}/s, done ${r.opsPerSec.toFixed(1)}/s,`,
    `429s ${calls.status429}, failed ${r.failed}`,
  );
}

/** Idle RSS, then three back-to-back cold point-lookup runs with distinct keys. */
async function memory(emu: EmulatorProc, sys: System, d: Dataset, stopPeak: () => number) {
  const driftRunsMb: number[] = [];
  for (let i = 0; i < 3; i++) {
    const next = () => reqFor(sys, d, 's2', keyCounter++);
    await runLoad({ url: sys.url, connections: 32, seconds: P.driftS, next });
    await emu.drain();
    await sleep(1_000);
    driftRunsMb.push(memoryOf(sys.proc.pid).rssMb);
  }
  await emu.reset();
  const first = driftRunsMb[0] ?? 0;
  const last = driftRunsMb[2] ?? 0;
  const entry = results.memory[sys.name] ?? emptyMemory();
  entry.driftRunsMb = driftRunsMb;
  entry.driftPct = first ? ((last - first) / first) * 100 : 0;
  results.memory[sys.name] = entry;
  notePeak(sys, stopPeak);
}

/** A system's peak RSS so far: the sampler's maximum or the kernel's high-water mark. */
function notePeak(sys: System, stopPeak: () => number): void {
  const entry = results.memory[sys.name] ?? emptyMemory();
  entry.peakMb = Math.max(entry.peakMb, stopPeak(), memoryOf(sys.proc.pid).hwmMb);
  results.memory[sys.name] = entry;
}

/** A memory entry before anything is measured (the cold facade has no drift runs). */
function emptyMemory(): Results['memory'][string] {
  return { idleMb: 0, peakMb: 0, driftRunsMb: [], driftPct: 0 };
}

async function idleRss(sys: System, d: Dataset): Promise<void> {
  // One request of each scenario so every code path is loaded, then let it settle.
  for (const s of SCENARIO_IDS) await send(sys, reqFor(sys, d, s, 0));
  await sleep(2_000);
  const entry = results.memory[sys.name] ?? emptyMemory();
  entry.idleMb = memoryOf(sys.proc.pid).rssMb;
  results.memory[sys.name] = entry;
}

async function dataset(emu: EmulatorProc): Promise<Dataset> {
  const customers = await emu.call<Array<{ code: number }>>('rows', 'Customer');
  const token = await emu.call<string>('issueToken', { lifetimeSeconds: 3600 });
  const get = async (order: string) => {
    const res = await fetch(
      `${emu.url}/OutgoingInvoice/List?$orderby=${encodeURIComponent(order)}&$top=1`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = (await res.json()) as { data: Array<{ orderDate: string }> };
    return (body.data[0]?.orderDate ?? '2025-01-01').slice(0, 10);
  };
  return {
    customerCodes: customers.map((c) => c.code).sort((a, b) => a - b),
    firstOrderDate: await get('OrderDate asc'),
    lastOrderDate: await get('OrderDate desc'),
  };
}

function versions(): Record<string, string> {
  const read = (p: string) => {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      return 'n/a';
    }
  };
  const nm = `${ROOT}node_modules/`;
  const peers = `${ROOT}bench/peers/node_modules/`;
  return {
    'poweroffice-graphql': read(`${ROOT}package.json`),
    'graphql-yoga': read(`${nm}graphql-yoga/package.json`),
    graphql: read(`${nm}graphql/package.json`),
    '@pothos/core': read(`${nm}@pothos/core/package.json`),
    dataloader: read(`${nm}dataloader/package.json`),
    got: read(`${nm}got/package.json`),
    autocannon: read(`${nm}autocannon/package.json`),
    '@graphql-hive/gateway': read(`${peers}@graphql-hive/gateway/package.json`),
    '@graphql-mesh/compose-cli': read(`${peers}@graphql-mesh/compose-cli/package.json`),
    '@omnigraph/openapi': read(`${peers}@omnigraph/openapi/package.json`),
  };
}

function gitRev(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'n/a';
  }
}

// --- the run ---------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });
  const emuOptions: EmulatorOptions = {
    seed: 42,
    anchorDate: '2026-01-01',
    scale: { customers: 2_000, invoicesPerCustomer: 10, products: 500 },
    latency: FIXED,
    rateLimit: false,
    tokenLifetimeSeconds: 1_200,
  };
  results.meta = {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    git: gitRev(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    taskset: HAS_TASKSET,
    loadAvgStart: os.loadavg(),
    params: P,
    emulator: emuOptions,
    versions: {},
  };

  if (want('mesh')) await ensurePeers();
  if (MERGE) mergePrevious();
  results.meta.versions = versions();

  log('starting the emulator (2 000 customers, 20 000 invoices)…');
  const emu = await startEmulatorProc(emuOptions, CORE_EMULATOR);
  const d = await dataset(emu);
  log(
    `dataset: ${d.customerCodes.length} customers, orders ${d.firstOrderDate}…${d.lastOrderDate}`,
  );

  try {
    // 1. Raw path (the floor, and the minimum of upstream calls) and the facade with its
    // cross-request cache off (TTL 0) and its limiter lifted, so upstream latency, not the 50/s
    // budget, bounds it. Both run at once, idle in turn, and are measured interleaved.
    if (want('raw') || want('facade-cold')) {
      await section('raw path and facade (cold)', async (track) => {
        // Each pass runs every cell once on a fresh pair of processes, and a cell's median is
        // over the passes (`Passes`). Within a pass both processes run at once, idle in turn,
        // and are measured interleaved. Passes rather than three pairs started at once: a
        // process idling through five other windows between its own gets slow again, more than a
        // window's warm-up undoes (s2 at 32 connections read twice the CPU per operation, in
        // both systems, when the three pairs took turns cell by cell).
        const passes = new Passes();
        let raw: System | undefined;
        let stopPeak = () => 0;
        for (let pass = 0; pass < P.coldPasses; pass++) {
          if (raw) {
            notePeak(raw, stopPeak);
            await raw.stop();
          }
          raw = want('raw') ? track(await startRaw(emu, CORE_SUT)) : undefined;
          const cold = want('facade-cold')
            ? track(
                await startFacade(emu, {
                  name: 'facade (cold)',
                  cacheTtlMs: 0,
                  ratePerSecond: NO_LIMIT,
                  core: CORE_SUT,
                  cpuProf: CPU_PROF,
                }),
              )
            : undefined;
          const pair = [raw, cold].filter((x): x is System => x !== undefined);
          const rawPid = raw?.proc.pid;
          stopPeak = rawPid !== undefined ? sampleRss(rawPid) : () => 0;
          // The cold facade's peak too: its s1 runs at 128 connections are the heaviest load
          // any facade of the bench carries (every operation's 65 calls go upstream).
          const stopColdPeak = cold ? sampleRss(cold.proc.pid) : () => 0;
          if (pass === 0) {
            if (cold) await idleRss(cold, d);
            if (raw) {
              await idleRss(raw, d);
              const rawCalls: Results['calls'][string] = {};
              results.calls[raw.name] = rawCalls;
              for (const s of SCENARIO_IDS) {
                const c = await callsOf(emu, raw, d, s, 7);
                rawCalls[s] = c;
                results.minimum[s] = { cold: c.cold, warm: 0 };
              }
            }
          }
          for (const s of SCENARIO_IDS) {
            for (const c of P.connections) {
              await passes.measure(emu, pair, d, {
                scenario: s,
                cache: 'cold',
                connections: c,
                latency: 'fixed50',
              });
            }
          }
          await emu.configure({ latency: JITTER });
          for (const s of ['s1', 's2'] as const) {
            await passes.measure(emu, pair, d, {
              scenario: s,
              cache: 'cold',
              connections: 32,
              latency: 'jitter20-80',
            });
          }
          await emu.configure({ latency: FIXED });
          if (cold) notePeak(cold, stopColdPeak);
          await cold?.stop();
          log(`pass ${pass + 1} of ${P.coldPasses} done`);
        }
        passes.record();
        if (raw) {
          await inflight(emu, raw, d);
          await sustained(emu, raw, d, results.calls[raw.name]?.s2?.cold ?? 2);
          await memory(emu, raw, d, stopPeak);
          await raw.stop();
        }
      });
    }

    // 2. The facade as deployed: the production cache (TTL 5 s), then the production limiter.
    if (want('facade')) {
      await section('facade', async (track) => {
        const warm = track(
          await startFacade(emu, {
            name: 'facade',
            cacheTtlMs: 5_000,
            ratePerSecond: NO_LIMIT,
            core: CORE_SUT,
          }),
        );
        const stopPeak = sampleRss(warm.proc.pid);
        await idleRss(warm, d);
        const warmCalls: Results['calls'][string] = {};
        results.calls[warm.name] = warmCalls;
        for (const s of SCENARIO_IDS) warmCalls[s] = await callsOf(emu, warm, d, s, 7);
        for (const s of SCENARIO_IDS) {
          for (const c of P.connections) {
            await measure(emu, warm, d, {
              scenario: s,
              cache: 'warm',
              connections: c,
              latency: 'fixed50',
            });
          }
        }
        await inflight(emu, warm, d);
        await memory(emu, warm, d, stopPeak);
        await warm.stop();

        // Scenario 5 with the production limiter (50/s, the default) in front of a 50/s upstream.
        const limited = track(
          await startFacade(emu, {
            name: 'facade',
            cacheTtlMs: 5_000,
            core: CORE_SUT,
          }),
        );
        await sustained(emu, limited, d, results.calls.facade?.s2?.cold ?? 2);
        await limited.stop();
      });
    }

    // 3. The peer: GraphQL Mesh (compose) + Hive Gateway, default and tuned.
    if (want('mesh')) {
      await section('mesh', async (track) => {
        const supergraph = await composeMesh(emu);
        for (const tuned of [false, true]) {
          const name = tuned ? 'mesh (tuned)' : 'mesh';
          const mesh = track(await startMesh(emu, supergraph, { name, tuned, core: CORE_SUT }));
          const stopPeak = sampleRss(mesh.proc.pid);
          await idleRss(mesh, d);
          const meshCalls: Results['calls'][string] = {};
          results.calls[name] = meshCalls;
          for (const s of SCENARIO_IDS) meshCalls[s] = await callsOf(emu, mesh, d, s, 7);
          const cache = tuned ? 'warm' : 'cold';
          for (const s of SCENARIO_IDS) {
            // Untuned Mesh makes ~6× the facade's calls on s1: at 32 connections one round is
            // ~12 000 calls, more than the emulator answers in a window, so s1 runs at 1 for it.
            const conns = s === 's1' && !tuned ? [1] : P.connections;
            for (const c of conns) {
              await measure(emu, mesh, d, {
                scenario: s,
                cache,
                connections: c,
                latency: 'fixed50',
              });
            }
          }
          await inflight(emu, mesh, d);
          if (!tuned) await sustained(emu, mesh, d, meshCalls.s2?.cold ?? 2);
          await memory(emu, mesh, d, stopPeak);
          await mesh.stop();
        }
      });
    }
  } finally {
    await emu.stop();
  }

  results.meta.durationS = Math.round((Date.now() - started) / 1000);
  results.meta.loadAvgEnd = os.loadavg();
  write();
  // The project's formatter checks the committed bench/results.json in `npm test` (it ignores
  // bench/.out/, where quick runs write).
  if (!QUICK) formatResults();
  log(`done in ${results.meta.durationS} s: ${OUT_DIR}results.json, ${OUT_DIR}RESULTS.md`);
}

function formatResults(): void {
  try {
    execFileSync('npx', ['biome', 'format', '--write', `${OUT_DIR}results.json`], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {
    log('biome format of results.json failed; run `npm run format`');
  }
}

// A quick run is a smoke test: its figures go to bench/.out/, never over the committed ones.
const OUT_DIR = QUICK ? OUT : `${ROOT}bench/`;

function write(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}results.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    `${OUT_DIR}RESULTS.md`,
    renderMarkdown(results, SCENARIOS, QUICK ? undefined : readAnalysis()),
  );
}

/**
 * One system's measurements. A failure (say, a system that does not start) is recorded in the
 * notes and the run goes on with the next system; partial results are written after each one.
 */
async function section(
  name: string,
  body: (track: (s: System) => System) => Promise<void>,
): Promise<void> {
  const started: System[] = [];
  const track = (s: System) => {
    started.push(s);
    return s;
  };
  try {
    await body(track);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n').slice(0, 6).join(' | ') : String(e);
    results.notes.push(`${name}: the run failed and its figures are incomplete: ${msg}`);
    log(`${name} FAILED: ${msg}`);
    for (const s of started) await s.stop();
  }
  write();
}

await main();

/** bench/analysis.md: commentary on the committed run, kept across re-renders. */
function readAnalysis(): string | undefined {
  try {
    return readFileSync(new URL('./analysis.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `--merge`: start from the committed bench/results.json and drop only what this run measures
 * again, so one system can be re-run (say, after a fix) without re-running the others.
 */
function mergePrevious(): void {
  let previous: Results;
  try {
    previous = JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8')) as Results;
  } catch {
    return;
  }
  const names = new Set<string>();
  if (want('raw')) names.add('raw path');
  if (want('facade-cold')) names.add('facade (cold)');
  if (want('facade')) names.add('facade');
  if (want('mesh')) {
    names.add('mesh');
    names.add('mesh (tuned)');
  }
  const keep = <T>(rec: Record<string, T>) =>
    Object.fromEntries(Object.entries(rec).filter(([k]) => !names.has(k)));
  results.load = previous.load.filter((x) => !names.has(x.system));
  results.calls = keep(previous.calls);
  results.inflight = keep(previous.inflight);
  results.sustained = keep(previous.sustained);
  results.memory = keep(previous.memory);
  if (!want('raw')) results.minimum = previous.minimum;
  results.notes = previous.notes.filter((n) => ![...names].some((x) => n.startsWith(x)));
  results.notes.push(
    `merged run: ${[...names].join(', ')} measured ${new Date().toISOString()}; the rest from the run of ${String(previous.meta.date)}`,
  );
}
