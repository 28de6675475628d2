/**
 * RSS of the facade: compiled build vs `tsx`, and with node memory flags. Not part of
 * `npm run bench`; run `npx tsx bench/rss.ts [seconds per window]`. For each variant: idle RSS
 * (one request of each scenario, then 2 s of rest, as the bench measures it), then the peak
 * (samples every 200 ms and VmHWM) over s1 cold at 32 connections, s1 warm at 128 and s2 cold at
 * 32 (the bench's memory run). Same emulator and data as the bench; the facade in production mode
 * with the 5 s cache and no limiter.
 */
import os from 'node:os';
import type { EmulatorOptions } from '../src/emulator/types.js';
import { startEmulatorProc } from './lib/emulator.js';
import { runLoad } from './lib/load.js';
import { cpuSecondsOf, memoryOf, sampleRss, sleep } from './lib/procs.js';
import { type FacadeOptions, startFacade, startFlags } from './lib/systems.js';
import { type Dataset, requestFor, type ScenarioId } from './scenarios.js';

const WINDOW_S = Number(process.argv[2] ?? 5);

const ALL_VARIANTS: ReadonlyArray<{ label: string } & Partial<FacadeOptions>> = [
  { label: 'tsx (src/main.ts)', fromSource: true, nodeArgs: [] },
  { label: 'compiled (dist/src/main.js)', nodeArgs: [] },
  { label: 'compiled, --max-semi-space-size=8', nodeArgs: ['--max-semi-space-size=8'] },
  { label: 'compiled, --max-semi-space-size=4', nodeArgs: ['--max-semi-space-size=4'] },
  { label: 'compiled, --max-semi-space-size=2', nodeArgs: ['--max-semi-space-size=2'] },
  {
    label: 'compiled, --max-semi-space-size=4 --max-old-space-size=192',
    nodeArgs: ['--max-semi-space-size=4', '--max-old-space-size=192'],
  },
  {
    label: 'compiled, --max-semi-space-size=4 --max-old-space-size=128',
    nodeArgs: ['--max-semi-space-size=4', '--max-old-space-size=128'],
  },
  { label: "compiled, npm start's flags", nodeArgs: startFlags() },
  {
    label: "compiled, npm start's flags --optimize-for-size",
    nodeArgs: [...startFlags(), '--optimize-for-size'],
  },
  {
    label: 'compiled, --max-semi-space-size=16 --heap-growing-percent=50',
    nodeArgs: ['--max-semi-space-size=16', '--heap-growing-percent=50'],
  },
  {
    label: 'compiled, --max-semi-space-size=2 --heap-growing-percent=50',
    nodeArgs: ['--max-semi-space-size=2', '--heap-growing-percent=50'],
  },
  {
    label: 'compiled, --max-semi-space-size=16 --heap-growing-percent=80',
    nodeArgs: ['--max-semi-space-size=16', '--heap-growing-percent=80'],
  },
  {
    label: 'compiled, --max-semi-space-size=32 --heap-growing-percent=80',
    nodeArgs: ['--max-semi-space-size=32', '--heap-growing-percent=80'],
  },
  {
    label: 'compiled, --max-semi-space-size=32 --heap-growing-percent=50',
    nodeArgs: ['--max-semi-space-size=32', '--heap-growing-percent=50'],
  },
  {
    label: 'compiled, --max-semi-space-size=24 --heap-growing-percent=80',
    nodeArgs: ['--max-semi-space-size=24', '--heap-growing-percent=80'],
  },
  {
    label: 'compiled, --max-semi-space-size=24 --heap-growing-percent=120',
    nodeArgs: ['--max-semi-space-size=24', '--heap-growing-percent=120'],
  },
  {
    label: 'compiled, --max-semi-space-size=24 --heap-growing-percent=150',
    nodeArgs: ['--max-semi-space-size=24', '--heap-growing-percent=150'],
  },
];
/** `npx tsx bench/rss.ts 8 1,3`: only the variants at those indexes. */
const pick = process.argv[3]?.split(',').map(Number);
const VARIANTS = pick
  ? pick.flatMap((i) => (ALL_VARIANTS[i] ? [ALL_VARIANTS[i]] : []))
  : ALL_VARIANTS;
/**
 * A fourth argument `cpu`: only s1 warm at 32 connections, so CPU ms/op compares variants;
 * `phases`: the windows `npm run bench` gives the deployed facade (s1, s2, s3 warm at 1, 32 and
 * 128 connections, then three s2 runs with new keys: the drift), RSS printed after each.
 */
const PHASES: ReadonlyArray<readonly [ScenarioId, number, boolean]> = [
  ...(['s1', 's2', 's3'] as const).flatMap((s) => [1, 32, 128].map((c) => [s, c, false] as const)),
  ['s2', 32, true],
  ['s2', 32, true],
  ['s2', 32, true],
];
const WINDOWS: ReadonlyArray<readonly [ScenarioId, number, boolean]> =
  process.argv[4] === 'cpu'
    ? [['s1', 32, false]]
    : process.argv[4] === 'phases'
      ? PHASES
      : [
          ['s1', 32, true],
          ['s1', 128, false],
          ['s2', 32, true],
        ];

const emuOptions: EmulatorOptions = {
  seed: 42,
  anchorDate: '2026-01-01',
  scale: { customers: 2_000, invoicesPerCustomer: 10, products: 500 },
  latency: { fixedMs: 50, jitterMs: 0 },
  rateLimit: false,
  tokenLifetimeSeconds: 1_200,
};

const emu = await startEmulatorProc(emuOptions, 0);
const customers = await emu.call<Array<{ code: number }>>('rows', 'Customer');
const d: Dataset = {
  customerCodes: customers.map((c) => c.code).sort((a, b) => a - b),
  firstOrderDate: '2025-01-01',
  lastOrderDate: '2026-01-01',
};
let key = 1;
const rows: string[] = [];
try {
  for (const v of VARIANTS) {
    const sys = await startFacade(emu, {
      name: v.label,
      cacheTtlMs: 5_000,
      ratePerSecond: 1_000_000,
      core: 1,
      ...(v.nodeArgs ? { nodeArgs: v.nodeArgs } : {}),
      ...(v.fromSource ? { fromSource: true } : {}),
    });
    const started = memoryOf(sys.proc.pid).rssMb;
    const stopPeak = sampleRss(sys.proc.pid);
    const req = (s: ScenarioId, k: number) => {
      const r = requestFor('facade', d, s, k);
      return { ...r, headers: { ...r.headers, ...sys.headers } };
    };
    for (const s of ['s1', 's2', 's3'] as const) {
      const r = req(s, 0);
      await fetch(sys.url + r.path, {
        method: r.method,
        ...(r.headers ? { headers: r.headers } : {}),
        ...(r.body ? { body: r.body } : {}),
      }).then((res) => res.text());
    }
    await sleep(2_000);
    const idle = memoryOf(sys.proc.pid).rssMb;
    let ops = 0;
    let failed = 0;
    const cpu0 = cpuSecondsOf(sys.proc.pid);
    for (const [s, connections, cold] of WINDOWS) {
      const r = await runLoad({
        url: sys.url,
        connections,
        seconds: WINDOW_S,
        next: () => req(s, cold ? key++ : 0),
      });
      ops += r.ok;
      failed += r.failed;
      await emu.drain();
      if (process.argv[4] === 'phases') {
        const m = memoryOf(sys.proc.pid);
        console.log(
          `${s} ${cold ? 'new keys' : 'warm'} c=${connections}: RSS ${m.rssMb.toFixed(0)} MB, high-water ${m.hwmMb.toFixed(0)} MB, ${r.ok} ops`,
        );
      }
    }
    await sleep(1_000);
    if (sys.proc.child.exitCode !== null || sys.proc.child.signalCode !== null) {
      rows.push(
        `| ${v.label} | ${started.toFixed(0)} | ${idle.toFixed(0)} | crashed | | ${ops} | ${failed} | |`,
      );
      console.log(rows.at(-1), sys.proc.output().slice(-400));
      continue;
    }
    const cpuMsPerOp = ((cpuSecondsOf(sys.proc.pid) - cpu0) * 1000) / Math.max(1, ops);
    const after = memoryOf(sys.proc.pid);
    const peak = Math.max(stopPeak(), after.hwmMb);
    rows.push(
      `| ${v.label} | ${started.toFixed(0)} | ${idle.toFixed(0)} | ${peak.toFixed(0)} | ${after.rssMb.toFixed(0)} | ${ops} | ${failed} | ${cpuMsPerOp.toFixed(2)} |`,
    );
    console.log(rows.at(-1));
    await sys.stop();
  }
} finally {
  await emu.stop();
}
console.log(
  `\nNode ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}, ${WINDOW_S} s windows\n`,
);
console.log(
  '| variant | RSS at start MB | idle MB | peak MB | after load MB | ops | failed | CPU ms/op |',
);
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) console.log(r);
