/**
 * A/B of the cold path in one run: `npx tsx bench/ab.ts s1 16 80 3 [variant…]` starts one
 * emulator, the raw path and one facade per variant (cache off), then sends scenario s1 80
 * times, 16 at a time, in 3 rounds, interleaved (raw, A, B, raw, A, B…; a quarter as many before
 * each as warm-up), so background load weighs on every system alike. Prints ops/s and CPU per
 * operation of each system (process CPU over a fixed number of operations, so no window cuts
 * one off; median of the rounds) and its ratio to the raw path. Variants: `base` (npm start's
 * node flags), `flags:--a,--b` (other node flags), `env:NAME=value` (one extra environment
 * variable), `root:/path` (the build in another checkout, for before/after in one run); join
 * parts with `+` (`root:/path+env:NAME=value`). `floor` starts the GraphQL floor
 * (`bench/graphql-floor.ts`, s2 and s3 only) instead of a facade: what GraphQL itself costs over
 * the raw path, apart from what the facade adds; `floor+facade` the same floor in a process that
 * also runs the facade's build, idle once warmed (`FLOOR_WITH_FACADE`); `raw` one more raw path
 * process, its rounds pooled with the first's.
 *
 * `AB_WARMUP=N` sends N operations before each round instead of a quarter of it. Each facade
 * idles while the others run, and a short warm-up weighs what it costs to get fast again after
 * that pause: a V8 flag that cut recompilation read 3–14 % less CPU on s1 at 128 connections
 * with the default warm-up, and 4 % more with `AB_WARMUP=768`, as in continuous runs
 * (bench/analysis.md). Compare JIT or GC settings with a warm-up of a round or two.
 *
 * Name a variant more than once to start that many processes of it: their rounds are pooled
 * under the name (`root:/tmp/a base root:/tmp/a base …`). One process of a build can run 10–15 %
 * above or below another of the same build for its whole life (s1 at 128 connections: 13.7 to
 * 15.9 ms of CPU per operation across six processes of one build), so a smaller difference
 * needs several processes of each side, not more rounds of one.
 */
import { loadavg } from 'node:os';
import { startProbeEmulator } from './lib/emulator.js';
import { latencyStats, scenarioSender } from './lib/load.js';
import { cpuSecondsOf, memoryOf } from './lib/procs.js';
import { median } from './lib/stats.js';
import {
  PROBE_FACADE,
  type System,
  startFacade,
  startFlags,
  startFloor,
  startRaw,
} from './lib/systems.js';
import type { ScenarioId } from './scenarios.js';

const [scenario = 's1', conns = '16', ops = '80', rounds = '3', ...variants] =
  process.argv.slice(2);
const { emu, d } = await startProbeEmulator(50);
const systems: System[] = [await startRaw(emu, 1)];
for (const v of variants.length > 0 ? variants : ['base']) {
  // Another raw path process, pooled with the first: the raw path's own spread across processes.
  if (v === 'raw') {
    systems.push(await startRaw(emu, 1));
    continue;
  }
  // The GraphQL floor (bench/graphql-floor.ts) instead of a facade: s2 and s3 only.
  if (v === 'floor' || v === 'floor+facade') {
    systems.push(await startFloor(emu, 1, [], v === 'floor+facade'));
    continue;
  }
  // A variant may combine parts with `+`: `root:/tmp/x+env:NAME=value`.
  const parts = v.split('+');
  const part = (prefix: string) => parts.find((p) => p.startsWith(prefix))?.slice(prefix.length);
  const flags = part('flags:');
  const env = part('env:');
  const root = part('root:');
  const s = await startFacade(emu, {
    name: v,
    ...PROBE_FACADE,
    nodeArgs: flags !== undefined ? flags.split(',') : startFlags(),
    ...(env !== undefined
      ? { env: { [env.slice(0, env.indexOf('='))]: env.slice(env.indexOf('=') + 1) } }
      : {}),
    ...(root !== undefined ? { root } : {}),
  });
  systems.push(s);
}
const batch = scenarioSender(d, scenario as ScenarioId, Number(conns));
const rows = new Map<string, { ops: number[]; cpu: number[]; p99: number[]; peak: number }>();
const count = Number(ops);
/** Operations sent before each measured round; `AB_WARMUP` overrides a quarter of the round. */
const warmup = Number(process.env.AB_WARMUP ?? Math.max(2, Math.round(count / 4)));
if (!Number.isInteger(warmup) || warmup < 0) {
  throw new Error(`AB_WARMUP must be a whole number of operations, not ${process.env.AB_WARMUP}`);
}
for (let round = 0; round < Number(rounds); round++) {
  for (const s of systems) {
    await batch(s, warmup);
    const cpu0 = cpuSecondsOf(s.proc.pid);
    const t0 = performance.now();
    const r = await batch(s, count);
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSecondsOf(s.proc.pid) - cpu0;
    const row = rows.get(s.name) ?? { ops: [], cpu: [], p99: [], peak: 0 };
    row.ops.push(count / wall);
    row.cpu.push((cpu * 1000) / count);
    row.p99.push(latencyStats(r.lat).p99);
    row.peak = Math.max(row.peak, Math.round(memoryOf(s.proc.pid).hwmMb));
    rows.set(s.name, row);
    if (r.failed > 0) console.log(`${s.name}: ${r.failed} failed`);
  }
}
const raw = rows.get('raw path');
const load = loadavg()[0]?.toFixed(1);
console.log(`${scenario} c=${conns} ${rounds}×${count} ops, load ${load}`);
for (const [name, r] of rows) {
  const cpu = median(r.cpu);
  const ops = median(r.ops);
  console.log(
    `${name.padEnd(40)} ${ops.toFixed(1).padStart(8)} ops/s (×${(ops / median(raw?.ops ?? [1])).toFixed(2)})`,
    `${cpu.toFixed(2).padStart(7)} ms CPU/op (×${(cpu / median(raw?.cpu ?? [1])).toFixed(2)})`,
    `p99 ${median(r.p99)} ms, peak ${r.peak} MB  cpu [${r.cpu.map((c) => c.toFixed(2)).join(' ')}]`,
  );
}
for (const s of systems) await s.stop();
await emu.stop();
