/**
 * What one GET costs the caller from each tier of the response cache: a local hit (parsed,
 * frozen value from the in-process LRU), a Redis-tier hit (one round trip + `JSON.parse`, then
 * kept locally) and an upstream call (limiter lifted, emulator with no injected latency, so
 * this is the floor of an upstream call; PowerOffice adds its own tens of ms).
 * `npx tsx bench/cache-tiers.ts [calls]`. Uses REDIS_URL or starts a private redis-server;
 * the emulator runs in its own process. Two payloads: one invoice with its lines, and a page
 * of 100 customers. Sequential calls (concurrency 1): latency per call and this process's CPU.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { facadeEnv, NO_RATE_LIMIT, startEmulatorProc } from './lib/emulator.js';
import { freePort } from './lib/systems.js';

const calls = Number(process.argv[2] ?? 2000);

let redisServer: ChildProcess | undefined;
let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  const port = await freePort();
  redisServer = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  redisUrl = `redis://127.0.0.1:${port}`;
  for (;;) {
    const r = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => null });
    r.on('error', () => undefined);
    const up = await r.connect().then(
      () => true,
      () => false,
    );
    r.disconnect();
    if (up) break;
    await sleep(50);
  }
}

const emu = await startEmulatorProc(
  {
    seed: 42,
    anchorDate: '2026-01-01',
    scale: { customers: 2000, invoicesPerCustomer: 2, products: 100 },
    latency: { fixedMs: 0, jitterMs: 0 },
    rateLimit: false,
  },
  0,
);
const ids = (await emu.call<Array<{ id: string }>>('rows', 'OutgoingInvoice')).map((r) => r.id);

const env = facadeEnv(emu, {
  ...NO_RATE_LIMIT,
  POWEROFFICE_CACHE_TTL_MS: '600000',
  POWEROFFICE_CACHE_MAX_BYTES: String(512 * 1024 * 1024),
  POWEROFFICE_SESSION_STORE: 'redis',
  POWEROFFICE_SESSION_PREFIX: `bench-cache-tiers-${process.pid}`,
  REDIS_URL: redisUrl,
  FACADE_API_KEYS: 'k'.repeat(40),
});
const make = (extra: Record<string, string> = {}) =>
  createClient(loadConfig({ ...env, ...extra }).powerOffice);

type Get = (c: PowerOfficeClient, i: number) => Promise<unknown>;
const payloads: Record<string, Get> = {
  'invoice + lines': (c, i) => c.get(OutgoingInvoiceResource, ids[i % ids.length] as string),
  '100 customers': (c, i) => c.list(CustomerResource, { top: 100, skip: i % 1900 }),
};

async function measure(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const us = (x: number) => `${((x * 1000) / n).toFixed(1).padStart(7)} µs`;
  console.log(`${label.padEnd(34)} ${us(wall)} per GET, ${us((cpu.user + cpu.system) / 1000)} CPU`);
}

const clients: PowerOfficeClient[] = [];
try {
  for (const [name, get] of Object.entries(payloads)) {
    const n = Math.min(calls, name === '100 customers' ? 1900 : ids.length);
    // Fresh replicas per payload: A fills Redis, B finds every URL there (its local tier is
    // empty), then finds each in its local tier; C has no cache and always goes upstream.
    const a = make();
    const b = make();
    const c = make({ POWEROFFICE_CACHE_TTL_MS: '0', POWEROFFICE_CACHE_SHARED: 'false' });
    clients.push(a, b, c);
    await Promise.all([a.checkAuth(), b.checkAuth(), c.checkAuth()]);
    for (let i = 0; i < 200; i++) await get(c, i); // warm-up: JIT, sockets
    await measure(`${name}: upstream (cache off)`, n, (i) => get(c, i));
    for (let i = 0; i < n; i++) await get(a, i);
    const warm = make(); // warm-up of the Redis and local paths, on another replica
    clients.push(warm);
    for (let i = 0; i < 200; i++) await get(warm, i);
    for (let i = 0; i < 200; i++) await get(warm, i);
    await measure(`${name}: Redis-tier hit`, n, (i) => get(b, i));
    await measure(`${name}: local hit`, n, (i) => get(b, i));
    const s = b.stats();
    if (s.sharedCacheHits !== n || s.cacheHits !== 2 * n || s.cacheMisses !== 0) {
      throw new Error(`unexpected tier use: ${JSON.stringify(s)}`);
    }
  }
} finally {
  await Promise.all(clients.map((c) => c.close()));
  await emu.stop();
  redisServer?.kill('SIGTERM');
}
