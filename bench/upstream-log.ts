/**
 * What one operation asks of PowerOffice, facade against raw path: `npx tsx bench/upstream-log.ts
 * s1` starts the probe emulator behind a logging proxy, runs the scenario once through the facade
 * (in-process, cache off) and once through the raw path, and prints each system's upstream calls
 * with the size of every answer. Used to check that both make the same calls (bench/analysis.md).
 */
import http from 'node:http';
import { startProbeEmulator } from './lib/emulator.js';
import { inprocFacade } from './lib/inproc-facade.js';
import { startRaw } from './lib/systems.js';
import { bodyOk, requestFor, type ScenarioId } from './scenarios.js';

const scenario = (process.argv[2] ?? 's1') as ScenarioId;
const { emu, d } = await startProbeEmulator(0);
const up = new URL(emu.url);
const log: string[] = [];
let bytes = 0;
const proxy = http.createServer((req, res) => {
  const p = http.request(
    { host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers },
    (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => {
        const b = Buffer.concat(chunks);
        bytes += b.length;
        log.push(`${b.length}\t${req.method} ${decodeURIComponent(req.url ?? '').slice(0, 200)}`);
        res.writeHead(r.statusCode ?? 500, r.headers);
        res.end(b);
      });
    },
  );
  req.pipe(p);
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
const port = (proxy.address() as { port: number }).port;
const purl = `http://127.0.0.1:${port}${up.pathname === '/' ? '' : up.pathname}`;
const pemu = { ...emu, url: purl.replace(/\/$/, '') };
const { client, server } = inprocFacade(pemu);
const r = requestFor('facade', d, scenario, 3);
const res = await server.yoga.fetch('http://127.0.0.1/graphql', {
  method: 'POST',
  headers: r.headers ?? {},
  body: r.body ?? null,
});
const out = await res.text();
// A failed answer makes a call list that compares nothing: say so instead of printing it.
if (!res.ok || !bodyOk(out)) throw new Error(`facade answered ${res.status}: ${out.slice(0, 300)}`);
console.log('FACADE calls', log.length, 'bytes', bytes, 'response', out.length);
console.log(log.join('\n'));
log.length = 0;
bytes = 0;
const raw = await startRaw(pemu as typeof emu);
const rr = requestFor('raw', d, scenario, 3);
const rawRes = await fetch(raw.url + rr.path);
const t = await rawRes.text();
if (!rawRes.ok || !bodyOk(t))
  throw new Error(`raw path answered ${rawRes.status}: ${t.slice(0, 300)}`);
console.log('RAW calls', log.length, 'bytes', bytes, 'response', t.length);
console.log(log.join('\n'));
await raw.stop();
await server.close(100);
await client.close();
await emu.stop();
proxy.close();
