/**
 * CPU of one operation inside the facade, without the HTTP server around it or another process
 * in the measure: `npx tsx bench/inproc.ts s1 40 4 [profile]` runs scenario s1 40 times, 4 at a
 * time, through `yoga.fetch` (the facade's Yoga with its plugins, cache off) against the
 * emulator in its own process with no latency, and prints CPU ms per operation of this process
 * (the facade's work: client, loaders, GraphQL). With `profile`, a CPU profile of the measured
 * runs (no start-up in it) is written to bench/.out/profiles/inproc-<scenario>.cpuprofile.
 * With `TRACE=1` in the environment an OpenTelemetry SDK is registered first (batch processor,
 * an exporter that drops the spans), to measure what tracing costs per operation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startProbeEmulator } from './lib/emulator.js';
import { inprocFacade } from './lib/inproc-facade.js';
import { OUT } from './lib/systems.js';
import { bodyOk, requestFor, type ScenarioId } from './scenarios.js';

const [scenario = 's1', count = '40', conc = '4', profile] = process.argv.slice(2);
if (process.env.TRACE === '1') {
  const { context, trace } = await import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
  const { BasicTracerProvider, BatchSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const drop = {
    export: (_: unknown, done: (r: { code: 0 }) => void) => done({ code: 0 }),
    shutdown: async () => {},
  };
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(drop)] }),
  );
}
const { emu, d } = await startProbeEmulator(0);
const { client, server } = inprocFacade(emu);
let k = 0;
async function run(n: number, c: number): Promise<void> {
  let left = n;
  await Promise.all(
    Array.from({ length: c }, async () => {
      while (left > 0) {
        left -= 1;
        const r = requestFor('facade', d, scenario as ScenarioId, k++);
        const res = await server.yoga.fetch('http://127.0.0.1/graphql', {
          method: 'POST',
          headers: r.headers ?? {},
          body: r.body ?? null,
        });
        const text = await res.text();
        if (!bodyOk(text)) throw new Error(text.slice(0, 300));
      }
    }),
  );
}
await run(Math.max(8, Number(count) / 2), Number(conc)); // warm-up: JIT, sockets, token
const session = new Session();
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await run(Number(count), Number(conc));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (profile) {
  const { profile: p } = await session.post('Profiler.stop');
  mkdirSync(`${OUT}profiles`, { recursive: true });
  writeFileSync(`${OUT}profiles/inproc-${scenario}.cpuprofile`, JSON.stringify(p));
}
console.log(
  `${scenario} ×${count} (${conc} at a time): ${((cpu.user + cpu.system) / 1000 / Number(count)).toFixed(2)} ms CPU/op,`,
  `${((Number(count) / wall) * 1000).toFixed(1)} ops/s`,
);
await server.close(100);
await client.close();
await emu.stop();
