/**
 * Profiles the facade under one scenario: `npx tsx bench/profile.ts s2 warm 32 10` runs scenario
 * s2, warm cache, 32 connections, 10 s against a facade started with `--cpu-prof`, then prints
 * the functions with the most self time. The .cpuprofile lands in bench/.out/profiles (open it
 * in Chrome DevTools → Performance). `PROFILE_FROM_SOURCE=1` profiles src/ under tsx instead of
 * the minified build, for readable names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { startProbeEmulator } from './lib/emulator.js';
import { runLoad } from './lib/load.js';
import { cpuSecondsOf } from './lib/procs.js';
import { OUT, ROOT, startFacade } from './lib/systems.js';
import { requestFor, type ScenarioId } from './scenarios.js';

const [scenario = 's2', cache = 'warm', conns = '32', seconds = '10'] = process.argv.slice(2);

const { emu, d } = await startProbeEmulator(50);
const facade = await startFacade(emu, {
  name: 'facade',
  cacheTtlMs: cache === 'warm' ? 5_000 : 0,
  ratePerSecond: 1_000_000,
  core: 1,
  cpuProf: true,
  // PROFILE_FROM_SOURCE=1: src/ under tsx, so the profile names our functions (the bundle is
  // minified); its CPU figures include tsx's loader and are not the production build's.
  fromSource: process.env.PROFILE_FROM_SOURCE === '1',
});
let k = 0;
const next = () => {
  const r = requestFor('facade', d, scenario as ScenarioId, cache === 'warm' ? 0 : k++);
  return { ...r, headers: { ...r.headers, ...facade.headers } };
};
await runLoad({ url: facade.url, connections: Number(conns), seconds: 2, next });
const cpu0 = cpuSecondsOf(facade.proc.pid);
const r = await runLoad({
  url: facade.url,
  connections: Number(conns),
  seconds: Number(seconds),
  next,
});
const cpu = cpuSecondsOf(facade.proc.pid) - cpu0;
console.log(
  `${scenario} ${cache} c=${conns}: ${r.opsPerSec.toFixed(1)} ops/s, p50 ${r.p50} ms, p99 ${r.p99} ms,`,
  `${((cpu * 1000) / Math.max(1, r.ok)).toFixed(2)} ms CPU/op, failed ${r.failed}`,
);
const startedAt = Date.now();
await facade.stop();
await emu.stop();

// Self time per function from the newest profile.
const dir = `${OUT}profiles/`;
const newest = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => ({ f, t: statSync(dir + f).mtimeMs }))
  .filter((x) => x.t >= startedAt - 60_000)
  // tsx's loader thread writes its own (small) profile; the main thread's is the largest.
  .map((x) => ({ ...x, size: statSync(dir + x.f).size }))
  .sort((a, b) => b.size - a.size)[0];
if (newest) {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  const prof = JSON.parse(readFileSync(dir + newest.f, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const cf = n.callFrame;
    const file = cf.url.replace(`file://${ROOT}`, '').replace(/.*node_modules\//, '~/');
    const key = `${cf.functionName || '(anon)'} ${file}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile ${newest.f}: top self time`);
  for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
}
