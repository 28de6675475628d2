/**
 * Child processes of the benchmark: spawned (pinned to a core where `taskset` exists), watched
 * for a readiness line or URL, measured through /proc (RSS, CPU time) and stopped by pid.
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const HAS_TASKSET = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

const live = new Set<ChildProcess>();
// A crashed or interrupted runner must not leave servers behind on the shared machine.
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => process.exit(130));
}

export interface Proc {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Everything the process wrote, for error reports (bounded). */
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Core to pin to with `taskset -c`; ignored where taskset is missing. */
  readonly core?: number;
  readonly ipc?: boolean;
}

/** Spawns a process; with `core`, through `taskset` so the pid is the program itself. */
export function startProc(o: SpawnOptions): Proc {
  const pinned = o.core !== undefined && HAS_TASKSET;
  const cmd = pinned ? 'taskset' : o.cmd;
  const args = pinned ? ['-c', String(o.core), o.cmd, ...o.args] : [...o.args];
  const child = spawn(cmd, args, {
    cwd: o.cwd ?? process.cwd(),
    env: { ...process.env, ...o.env },
    stdio: o.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`${o.name}: spawn failed`);
  const pid = child.pid;
  return {
    name: o.name,
    child,
    pid,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resolves with the first stdout line that parses as JSON with `ready: true`. */
export function waitForReadyLine(p: Proc, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => reject(new Error(`${p.name}: not ready in ${timeoutMs} ms\n${p.output()}`)),
      timeoutMs,
    );
    const onData = (b: Buffer) => {
      buf += b.toString();
      for (const line of buf.split('\n')) {
        if (!line.trim().startsWith('{')) continue;
        try {
          const msg = JSON.parse(line) as Record<string, unknown>;
          if (msg.ready === true) {
            clearTimeout(timer);
            p.child.stdout?.off('data', onData);
            resolve(msg);
            return;
          }
        } catch {
          // not our line
        }
      }
    };
    p.child.stdout?.on('data', onData);
    p.child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${p.name}: exited with ${code}\n${p.output()}`));
    });
  });
}

/** Polls `url` until it answers 2xx (or `ok(status)`), or fails after `timeoutMs`. */
export async function waitForHttp(p: Proc, url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (p.child.exitCode !== null) throw new Error(`${p.name}: exited\n${p.output()}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${p.name}: ${url} not ready in ${timeoutMs} ms\n${p.output()}`);
}

// Node's own promise timer, under the name the bench's scripts import it by.
export { sleep };

/**
 * The numeric fields of a process's `/proc/<pid>/status`, read once: `field('VmRSS')` (kB),
 * `field('voluntary_ctxt_switches')`; 0 for a field it lacks.
 */
export function statusOf(pid: number): (field: string) => number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const kb = statusOf(pid);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** User and system CPU a process has used so far, in clock ticks (`CLK_TCK` per second). */
export function cpuTicksOf(pid: number): { user: number; sys: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(rest[11]), sys: Number(rest[12]) };
}

/** User + system CPU seconds a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const { user, sys } = cpuTicksOf(pid);
  return (user + sys) / CLK_TCK;
}

/** Samples RSS every `everyMs` until stopped; returns the highest sample. */
export function sampleRss(pid: number, everyMs = 200): () => number {
  let max = 0;
  const tick = () => {
    try {
      max = Math.max(max, memoryOf(pid).rssMb);
    } catch {
      // process gone
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return () => {
    clearInterval(timer);
    tick();
    return max;
  };
}
