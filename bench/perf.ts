/**
 * Where a scenario's CPU goes, raw path against facade, by kind of work: `npx tsx bench/perf.ts
 * s2 32 6000` runs 6 000 cold operations of s2 at 32 connections through each system (pinned to
 * core 1, node's `--perf-basic-prof` for JavaScript names) under `perf record -e cpu-clock -g`,
 * then prints µs of CPU per operation by kind (kernel, V8 runtime, node's JavaScript, ours,
 * JSON, GC…) for both, and the functions whose self time differs most, named from the build's
 * source map. Every thread of the process counts, and perf's own cost is in the figures: compare
 * the two columns, not either with `ab.ts`. Needs `perf` (linux-perf) and a kernel that lets
 * this user record (`perf_event_paranoid` ≤ 2 for one's own processes).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startProbeEmulator } from './lib/emulator.js';
import { scenarioSender } from './lib/load.js';
import { OUT, type System, startProbeFacade, startRaw } from './lib/systems.js';
import type { ScenarioId } from './scenarios.js';

const [scenario = 's2', conns = '32', ops = '6000'] = process.argv.slice(2);
const count = Number(ops);
/** perf's sampling rate: each sample stands for this many µs of CPU. */
const HZ = 4_000;
const SAMPLE_US = 1e6 / HZ;

const { emu, d } = await startProbeEmulator(50);
const batch = scenarioSender(d, scenario as ScenarioId, Number(conns));

/** Samples per symbol (`dso`, `sym`) of `count` operations through `s`. */
async function record(s: System, file: string): Promise<Map<string, number>> {
  await batch(s, Math.round(count / 2)); // warm-up: JIT, sockets, token
  const perf = spawn(
    'perf',
    ['record', '-e', 'cpu-clock', '-F', String(HZ), '-g', '-o', file, '-p', String(s.proc.pid)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  await batch(s, count);
  perf.kill('SIGINT');
  await new Promise((resolve) => perf.once('exit', resolve));
  const report = spawnSync(
    'perf',
    ['report', '-i', file, '--no-children', '--sort', 'dso,sym', '-g', 'none', '-n'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  ).stdout;
  const samples = new Map<string, number>();
  for (const line of report.split('\n')) {
    const m = /^\s*[\d.]+%\s+(\d+)\s+(\S+(?: tid \d+)?)\s+\[.\]\s+(.*)$/.exec(line);
    if (m) samples.set(`${m[2]}\t${(m[3] as string).trim()}`, Number(m[1]));
  }
  return samples;
}

/** The kind of work a symbol does (a rough, name-based split). */
function kindOf(dso: string, sym: string): string {
  if (dso.startsWith('[kernel')) return 'kernel';
  if (sym.startsWith('JS:') || dso.startsWith('[JIT]')) {
    if (sym.includes(' node:')) return "JavaScript: node's own";
    if (sym.includes('/dist/src/') || sym.includes('/bench/')) return 'JavaScript: ours, bundled';
    return 'JavaScript: generated (graphql-jit), other';
  }
  if (/Json/.test(sym)) return 'JSON';
  if (/Scaveng|Heap::|Marking|Sweep|Evacuat|IteratePointers|Compactor|SlotSet|FreeList/.test(sym))
    return 'GC';
  if (/compiler::|Maglev|Baseline|Compile|Parser::|Scanner|Zone/.test(sym)) return 'compilation';
  if (dso.startsWith('libc') || /malloc|memmove|memcpy/.test(sym)) return 'libc';
  if (/llhttp|node::|uv_/.test(sym)) return "node's C++ and libuv";
  return 'V8 runtime and builtins';
}

/** `file:///…/x.js:L:C` in a perf symbol, named by the file's source map where it has one. */
const maps = new Map<string, SourceMap | null>();
function named(sym: string): string {
  return sym.replace(/(file:\/\/\/\S+?\.js):(\d+):(\d+)/, (whole, url: string, l, c) => {
    const path = fileURLToPath(url);
    if (!maps.has(path)) {
      let map: SourceMap | null = null;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
      } catch {
        // No map (node's own files, tsx-run sources): the position stays as it is.
      }
      maps.set(path, map);
    }
    const e = maps.get(path)?.findEntry(Number(l) - 1, Number(c) - 1);
    return e && 'originalSource' in e && e.originalSource
      ? `${e.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/')}:${e.originalLine + 1}`
      : whole;
  });
}

const perOp = (n: number) => (n * SAMPLE_US) / count;
const raw = await startRaw(emu, 1, ['--perf-basic-prof']);
const rawSamples = await record(raw, `${OUT}perf-raw.data`);
await raw.stop();
const facade = await startProbeFacade(emu, ['--perf-basic-prof']);
const facadeSamples = await record(facade, `${OUT}perf-facade.data`);
await facade.stop();
await emu.stop();

const byKind = (samples: Map<string, number>) => {
  const out = new Map<string, number>();
  for (const [key, n] of samples) {
    const [dso = '', sym = ''] = key.split('\t');
    const kind = kindOf(dso, sym);
    out.set(kind, (out.get(kind) ?? 0) + n);
  }
  return out;
};
const fk = byKind(facadeSamples);
const rk = byKind(rawSamples);
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(
  `${scenario}, ${conns} connections, ${count} cold operations each; µs of CPU per operation`,
);
console.log('| kind | facade | raw path | gap |\n|---|--:|--:|--:|');
for (const kind of [...fk.keys()].sort((a, b) => (fk.get(b) ?? 0) - (fk.get(a) ?? 0))) {
  const f = perOp(fk.get(kind) ?? 0);
  const r = perOp(rk.get(kind) ?? 0);
  console.log(
    `| ${kind} | ${f.toFixed(0)} | ${r.toFixed(0)} | ${(f - r >= 0 ? '+' : '') + (f - r).toFixed(0)} |`,
  );
}
console.log(`| all | ${perOp(total(fk)).toFixed(0)} | ${perOp(total(rk)).toFixed(0)} | |`);

// Symbols by name alone (the JIT's map file differs per process).
const bySym = (samples: Map<string, number>) => {
  const out = new Map<string, number>();
  for (const [key, n] of samples) {
    const sym = named(key.split('\t')[1] ?? '').replace(/^JS:[*~^]?/, 'JS:');
    out.set(sym, (out.get(sym) ?? 0) + n);
  }
  return out;
};
const fs = bySym(facadeSamples);
const rs = bySym(rawSamples);
const gaps = [...new Set([...fs.keys(), ...rs.keys()])]
  .map((sym) => ({ sym, f: perOp(fs.get(sym) ?? 0), r: perOp(rs.get(sym) ?? 0) }))
  .sort((a, b) => b.f - b.r - (a.f - a.r))
  .slice(0, 30);
console.log('\nlargest differences in self time, µs per operation (difference, facade, raw path):');
for (const g of gaps) {
  console.log(
    `${(g.f - g.r).toFixed(1).padStart(7)} ${g.f.toFixed(1).padStart(7)} ${g.r.toFixed(1).padStart(7)}  ${g.sym.slice(0, 110)}`,
  );
}
