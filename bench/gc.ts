/**
 * What a scenario costs in garbage collection and recompilation, raw path against facade:
 * `npx tsx bench/gc.ts s1 128 600` sends 600 cold operations of s1 at 128 connections through
 * each system in turn (after as many again as warm-up, continuous load, each pinned to core 1)
 * with V8's `--trace-gc-nvp` and `--trace-opt`, and prints per operation: CPU (user and system),
 * the main thread's sleeps and preemptions, scavenges and their pauses, the bytes they promote,
 * full (mark-compact) collections and their pauses, and TurboFan's compile time, with the part
 * spent compiling a function again (a function whose closures all died loses its optimized code
 * at a full collection, and the next closure that gets hot compiles it anew). The trace output
 * costs a little CPU of its own: compare the two columns, not either with `ab.ts`. Extra
 * environment (POWEROFFICE_MAX_SOCKETS…) passes through to the facade.
 */
import { startProbeEmulator } from './lib/emulator.js';
import { scenarioSender } from './lib/load.js';
import { CLK_TCK, cpuTicksOf, memoryOf, statusOf } from './lib/procs.js';
import { type System, startProbeFacade, startRaw } from './lib/systems.js';
import type { ScenarioId } from './scenarios.js';

const [scenario = 's1', conns = '128', ops = '600'] = process.argv.slice(2);
const count = Number(ops);
const TRACE = ['--trace-gc-nvp', '--trace-opt'];
const { emu, d } = await startProbeEmulator(50);
const batch = scenarioSender(d, scenario as ScenarioId, Number(conns));

/** User and system CPU (clock ticks), and voluntary and involuntary switches, of a process. */
function counters(pid: number) {
  const status = statusOf(pid);
  return {
    ...cpuTicksOf(pid),
    voluntary: status('voluntary_ctxt_switches'),
    involuntary: status('nonvoluntary_ctxt_switches'),
  };
}

/** Sums of the trace lines from offset `from` of `log` (earlier compilations are only seen). */
function tally(log: string, from: number) {
  const t = { scavenges: 0, scavengeMs: 0, promotedKb: 0, fulls: 0, fullMs: 0, compileMs: 0 };
  const again = { compiles: 0, ms: 0 };
  const seen = new Set<string>();
  let at = 0;
  for (const line of log.split('\n')) {
    const inWindow = at >= from;
    at += line.length + 1;
    const gc = inWindow ? /gc=(\w+)/.exec(line)?.[1] : undefined;
    if (gc) {
      const pause = Number(/ pause=([\d.]+)/.exec(line)?.[1] ?? 0);
      if (gc === 's') {
        t.scavenges += 1;
        t.scavengeMs += pause;
        t.promotedKb += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0) / 1024;
      } else if (gc === 'mc' || gc === 'ms') {
        t.fulls += 1;
        t.fullMs += pause;
      }
      continue;
    }
    const done = /^\[completed compiling .*\(sfi = (0x[0-9a-f]+)\).*took [\d.]+, ([\d.]+), /.exec(
      line,
    );
    if (done && inWindow) {
      const ms = Number(done[2]);
      t.compileMs += ms;
      if (seen.has(done[1] as string)) {
        again.compiles += 1;
        again.ms += ms;
      }
    }
    if (done) seen.add(done[1] as string);
  }
  return { ...t, again };
}

async function probe(s: System): Promise<void> {
  let log = '';
  s.proc.child.stdout?.on('data', (b: Buffer) => {
    log += b.toString();
  });
  await batch(s, count); // warm-up: JIT, sockets, token, heap sizes
  const c0 = counters(s.proc.pid);
  const from = log.length;
  const t0 = performance.now();
  await batch(s, count);
  const seconds = (performance.now() - t0) / 1000;
  const c1 = counters(s.proc.pid);
  const t = tally(log, from);
  const per = (x: number, digits = 2) => (x / count).toFixed(digits);
  const tick = (x: number) => ((x * 1000) / CLK_TCK / count).toFixed(2);
  console.log(
    `${s.name}: ${(count / seconds).toFixed(1)} ops/s, peak RSS ${memoryOf(s.proc.pid).hwmMb.toFixed(0)} MB`,
  );
  console.log(
    `  CPU ${tick(c1.user + c1.sys - c0.user - c0.sys)} ms/op (user ${tick(c1.user - c0.user)}, system ${tick(c1.sys - c0.sys)});` +
      ` sleeps ${per(c1.voluntary - c0.voluntary, 1)}/op, preemptions ${per(c1.involuntary - c0.involuntary, 1)}/op`,
  );
  console.log(
    `  scavenges ${per(t.scavenges, 3)}/op, ${per(t.scavengeMs)} ms/op, promoted ${per(t.promotedKb, 0)} KB/op;` +
      ` full GCs ${per(t.fulls, 3)}/op, ${per(t.fullMs)} ms/op`,
  );
  console.log(
    `  TurboFan ${per(t.compileMs)} ms/op, of it compiling a function again ${per(t.again.ms)} ms/op` +
      ` (${t.again.compiles} of the window's compilations)`,
  );
  await s.stop();
}

// The raw path as the bench runs it (node's default heap), the facade with npm start's flags.
await probe(await startRaw(emu, 1, TRACE));
await probe(await startProbeFacade(emu, TRACE));
await emu.stop();
