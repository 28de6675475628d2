/**
 * What an operation holds while it is in flight, raw path against facade: `npx tsx bench/heap.ts
 * s1 128 600` sends each system in turn (pinned to core 1) 600 cold operations of s1, 128 at a
 * time, as warm-up, and takes a V8 heap snapshot of it idle. It then keeps 128 operations in
 * flight and takes three more snapshots, an operation's latency apart, and prints what the load
 * added per operation in flight (the mean of the three, less idle, over the connections): bytes
 * and objects by kind, and the closures by the script that made them.
 *
 * A snapshot keeps only what is reachable (V8 collects first), so the figures are what the
 * operations hold, which is what the young generation's GC copies and promotes: the GC part of
 * s1's gap at 128 connections grows with it (bench/analysis.md). Objects by count, not by what
 * they cost to make. Snapshots are written under `bench/.out/heap/` and removed once read;
 * `HEAP_KEEP=1` keeps them, for Chrome DevTools' Memory tab.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startProbeEmulator } from './lib/emulator.js';
import { scenarioSender } from './lib/load.js';
import { OUT, type System, startProbeFacade, startRaw } from './lib/systems.js';
import type { ScenarioId } from './scenarios.js';

const [scenario = 's1', conns = '128', ops = '600'] = process.argv.slice(2);
const connections = Number(conns);
const count = Number(ops);
const DIR = `${OUT}heap/`;
mkdirSync(DIR, { recursive: true });
const FLAGS = ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${DIR}`];

const { emu, d } = await startProbeEmulator(50);
const batch = scenarioSender(d, scenario as ScenarioId, connections);

/** How long a snapshot may take to appear: seconds for a facade's heap, never minutes. */
const SNAPSHOT_WAIT_MS = 120_000;

/**
 * Asks `s` for a snapshot (SIGUSR2) and waits until V8 has written it; returns its path. Throws
 * when none appears within `SNAPSHOT_WAIT_MS` (the process died, or ignored the signal).
 */
async function snapshot(s: System, tag: string): Promise<string> {
  const before = new Set(readdirSync(DIR));
  const pid = s.proc.pid;
  if (pid === undefined) throw new Error(`${s.name} has no process id`);
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + SNAPSHOT_WAIT_MS;
  for (;;) {
    if (Date.now() > deadline) {
      throw new Error(`${s.name} wrote no heap snapshot within ${SNAPSHOT_WAIT_MS / 1000} s`);
    }
    await sleep(250);
    const file = readdirSync(DIR).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
    if (!file) continue;
    // V8 writes the file in one go on the main thread; it is whole once the process answers.
    await fetch(`${s.url}/healthz`, { headers: s.headers ?? {} }).catch(() => undefined);
    const path = `${DIR}${tag}.heapsnapshot`;
    renameSync(`${DIR}${file}`, path);
    return path;
  }
}

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
      location_fields: string[];
    };
  };
  nodes: number[];
  edges: number[];
  locations: number[];
  strings: string[];
}

type Tally = Map<string, { objects: number; bytes: number }>;

/** The kind a node counts under. */
function kindOf(type: string, name: string): string {
  if (type.endsWith('string')) return 'strings';
  if (type === 'number') return 'heap numbers';
  if (type === 'closure') return 'closures';
  if (type === 'code') return 'code and its metadata';
  if (type === 'array') return 'arrays and their elements';
  if (type === 'object') {
    if (name === 'Object') return 'plain objects';
    if (name === 'Array') return 'arrays and their elements';
    if (name === 'system / Context') return 'closure contexts';
    if (name === 'Promise') return 'promises';
    // V8 names a suspended async function's object after generators, whose machinery it shares.
    if (name === 'Generator') return 'suspended async functions';
    return 'other objects';
  }
  if (name === 'system / PromiseReaction') return 'promise reactions';
  return 'other';
}

/** Every node by kind, and the closures by the script that made them. */
function read(path: string): { kinds: Tally; closures: Tally } {
  const s = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  if (process.env.HEAP_KEEP !== '1') rmSync(path);
  const m = s.snapshot.meta;
  const nf = m.node_fields.length;
  const ef = m.edge_fields.length;
  const [types] = m.node_types;
  const [edgeTypes] = m.edge_types;
  const iType = m.node_fields.indexOf('type');
  const iName = m.node_fields.indexOf('name');
  const iSize = m.node_fields.indexOf('self_size');
  const iEdges = m.node_fields.indexOf('edge_count');
  const add = (t: Tally, key: string, bytes: number) => {
    const e = t.get(key) ?? { objects: 0, bytes: 0 };
    e.objects += 1;
    e.bytes += bytes;
    t.set(key, e);
  };
  const kinds: Tally = new Map();
  const firstEdge = new Uint32Array(s.nodes.length / nf);
  for (let n = 0, e = 0; n < s.nodes.length; n += nf) {
    firstEdge[n / nf] = e;
    e += (s.nodes[n + iEdges] as number) * ef;
    const type = types[s.nodes[n + iType] as number] as string;
    add(
      kinds,
      kindOf(type, s.strings[s.nodes[n + iName] as number] as string),
      s.nodes[n + iSize] as number,
    );
  }
  /** The node an edge named `name` of `node` points to. */
  const follow = (node: number, name: string): number | undefined => {
    let e = firstEdge[node / nf] as number;
    for (let c = 0; c < (s.nodes[node + iEdges] as number); c++, e += ef) {
      const t = edgeTypes[s.edges[e] as number];
      if (t !== 'element' && t !== 'hidden' && s.strings[s.edges[e + 1] as number] === name) {
        return s.edges[e + 2];
      }
    }
    return undefined;
  };
  const scriptNames = new Map<number, string>();
  const scriptOf = (closure: number, id: number): string => {
    let name = scriptNames.get(id);
    if (name !== undefined) return name;
    const shared = follow(closure, 'shared');
    const script = shared === undefined ? undefined : follow(shared, 'script_or_debug_info');
    const source = script === undefined ? undefined : follow(script, 'source');
    const url =
      script === undefined ? '' : (s.strings[s.nodes[script + iName] as number] as string);
    const text =
      source === undefined ? '' : (s.strings[s.nodes[source + iName] as number] as string);
    name = url
      ? url.replace(/^file:\/\/.*\/dist\//, 'dist/')
      : text.startsWith('(function anonymous')
        ? 'graphql-jit: compiled queries'
        : `script ${id}`;
    scriptNames.set(id, name);
    return name;
  };
  const closures: Tally = new Map();
  const lf = m.location_fields.length;
  let located = 0;
  for (let i = 0; i < s.locations.length; i += lf) {
    const node = s.locations[i] as number;
    if (types[s.nodes[node + iType] as number] !== 'closure') continue;
    located += 1;
    add(closures, scriptOf(node, s.locations[i + 1] as number), s.nodes[node + iSize] as number);
  }
  const all = kinds.get('closures')?.objects ?? 0;
  // Closures with no source location are V8's own: the resolve and reject functions of each
  // `new Promise`, Promise.all's element functions and the like.
  closures.set('(V8 builtins: promise resolvers and the like)', {
    objects: all - located,
    bytes: 0,
  });
  return { kinds, closures };
}

/** `load − idle` per operation in flight, largest first. */
function perOperation(load: Tally, idle: Tally) {
  return [...load]
    .map(([key, v]) => ({
      key,
      objects: (v.objects - (idle.get(key)?.objects ?? 0)) / connections,
      bytes: (v.bytes - (idle.get(key)?.bytes ?? 0)) / connections,
    }))
    .filter((r) => r.objects > 0.5)
    .sort((a, b) => b.objects - a.objects);
}

const results: {
  name: string;
  kinds: ReturnType<typeof perOperation>;
  closures: ReturnType<typeof perOperation>;
}[] = [];

const SNAPSHOTS = 3;

async function probe(s: System): Promise<void> {
  const t0 = performance.now();
  await batch(s, count); // warm-up: JIT, sockets, token, heap sizes
  const opMs = ((performance.now() - t0) / count) * connections; // one operation's latency
  const idle = read(await snapshot(s, `${s.kind}-idle`));
  // Operations in flight until the last snapshot. A snapshot freezes the process for seconds; a
  // connection reset after it is counted by the sender, which goes on.
  let stopped = false;
  const load = batch(s, Number.POSITIVE_INFINITY, () => stopped);
  const busy: ReturnType<typeof read>[] = [];
  // Snapshots at moments an operation's latency apart, so they meet operations in every phase.
  for (let i = 0; i < SNAPSHOTS; i++) {
    await sleep(Math.max(1_000, opMs * (i === 0 ? 2 : 1)));
    busy.push(read(await snapshot(s, `${s.kind}-load-${i}`)));
  }
  stopped = true;
  const { failed } = await load;
  if (failed > 0) console.error(`${s.name}: ${failed} sends failed or answered errors`);
  results.push({
    name: s.name,
    kinds: perOperation(mean(busy.map((b) => b.kinds)), idle.kinds),
    closures: perOperation(mean(busy.map((b) => b.closures)), idle.closures),
  });
  await s.stop();
}

/** The mean of several tallies, key by key. */
function mean(tallies: readonly Tally[]): Tally {
  const out: Tally = new Map();
  for (const t of tallies) {
    for (const [key, v] of t) {
      const e = out.get(key) ?? { objects: 0, bytes: 0 };
      e.objects += v.objects / tallies.length;
      e.bytes += v.bytes / tallies.length;
      out.set(key, e);
    }
  }
  return out;
}

await probe(await startRaw(emu, 1, FLAGS));
await probe(await startProbeFacade(emu, FLAGS));
await emu.stop();

console.log(
  `${scenario}, ${connections} connections: held per operation in flight (snapshot under load − idle, ÷ ${connections})`,
);
for (const r of results) {
  const total = r.kinds.reduce(
    (t, k) => ({ objects: t.objects + k.objects, bytes: t.bytes + k.bytes }),
    { objects: 0, bytes: 0 },
  );
  console.log(
    `\n${r.name}: ${Math.round(total.objects)} objects, ${(total.bytes / 1024).toFixed(0)} KB`,
  );
  console.log('| kind | objects | KB |\n|---|--:|--:|');
  for (const k of r.kinds)
    console.log(`| ${k.key} | ${Math.round(k.objects)} | ${(k.bytes / 1024).toFixed(1)} |`);
  console.log('\nclosures by the script that made them:');
  for (const c of r.closures.slice(0, 8))
    console.log(`  ${Math.round(c.objects).toString().padStart(6)}  ${c.key}`);
}
