/**
 * CPU per upstream GET: the facade's PowerOfficeClient (limiter lifted, cache off) against a
 * bare node:http keep-alive GET + JSON.parse, on the same invoice-detail route the nested
 * scenario calls 60 times per operation. `npx tsx bench/client-cost.ts [calls] [concurrency]`.
 * The emulator runs in its own process, so this process's CPU time is the client's alone.
 */
import http from 'node:http';
import { loadConfig } from '../src/config.js';
import { createClient } from '../src/poweroffice/client.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { facadeEnv, NO_RATE_LIMIT, startEmulatorProc } from './lib/emulator.js';

const calls = Number(process.argv[2] ?? 3000);
const concurrency = Number(process.argv[3] ?? 8);

const emu = await startEmulatorProc(
  {
    seed: 42,
    anchorDate: '2026-01-01',
    scale: { customers: 200, invoicesPerCustomer: 10, products: 100 },
    latency: { fixedMs: 0, jitterMs: 0 },
    rateLimit: false,
  },
  0,
);
const ids = (await emu.call<Array<{ id: string }>>('rows', 'OutgoingInvoice')).map((r) => r.id);
const token = await emu.call<string>('issueToken', { lifetimeSeconds: 3600 });

async function pool(n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

async function measure(name: string, get: (id: string) => Promise<unknown>): Promise<void> {
  await pool(300, (i) => get(ids[i % ids.length] as string)); // warm-up: JIT, sockets, token
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await pool(calls, (i) => get(ids[(i * 7) % ids.length] as string));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${name.padEnd(28)} ${(cpuMs / calls).toFixed(3)} ms CPU per GET, ${((calls / wall) * 1000).toFixed(0)} GET/s`,
  );
}

const agent = new http.Agent({ keepAlive: true });
const base = new URL(emu.url);
const rawGet = (id: string) =>
  new Promise<unknown>((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: `/OutgoingInvoice/${id}`,
        agent,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });

const config = loadConfig(
  facadeEnv(emu, {
    ...NO_RATE_LIMIT,
    POWEROFFICE_CACHE_TTL_MS: '0',
    FACADE_API_KEYS: 'k'.repeat(40),
  }),
);
const client = createClient(config.powerOffice);

try {
  for (let round = 0; round < 2; round++) {
    await measure('node:http keep-alive', rawGet);
    await measure('PowerOfficeClient', (id) => client.get(OutgoingInvoiceResource, id));
  }
} finally {
  await client.close();
  agent.destroy();
  await emu.stop();
}
