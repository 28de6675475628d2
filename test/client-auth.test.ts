import { mkdtemp, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { sessionKeyFor } from '../src/poweroffice/auth.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { MemorySessionStore } from '../src/poweroffice/sessions/memory.js';
import { type Rig, startRig } from './client-support.js';

let rig: Rig;
let emu: EmulatorHandle;
const clients: PowerOfficeClient[] = [];
const track = (c: PowerOfficeClient) => {
  clients.push(c);
  return c;
};

beforeAll(async () => {
  rig = await startRig({ rateLimit: false });
  emu = rig.emu;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await emu.stop();
});
beforeEach(() => emu.reset());

const tokenRequests = () => emu.count({ kind: 'token' });

describe('token manager', () => {
  it('100 concurrent first calls fetch exactly one token', async () => {
    const client = track(
      createClient(rig.config({ POWEROFFICE_RATE_LIMIT: '1000', POWEROFFICE_RATE_BURST: '200' })),
    );
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => client.list(CustomerResource, { top: i + 1 })),
    );
    expect(results.every((r) => r.items.length > 0)).toBe(true);
    expect(tokenRequests()).toBe(1);
    expect(emu.count({ kind: 'list' })).toBe(100);
    expect(client.stats().tokenFetches).toBe(1);
  });

  it('sends client_credentials with Basic auth and reuses the token while it is valid', async () => {
    const client = track(createClient(rig.config()));
    await client.checkAuth();
    for (let i = 0; i < 5; i++) await client.list(CustomerResource, { top: 1 });
    expect(tokenRequests()).toBe(1);
    const token = emu.requests().find((r) => r.kind === 'token');
    expect(token?.method).toBe('POST');
    expect(token?.status).toBe(200);
  });

  it('fetches a new token once expires_in minus the margin has passed', async () => {
    emu.configure({ tokenLifetimeSeconds: 2 });
    try {
      const client = track(createClient(rig.config()));
      await client.list(CustomerResource, { top: 1 });
      await client.list(CustomerResource, { top: 1 });
      expect(tokenRequests()).toBe(1);
      // A 2 s token is refreshed after half its life (the 60 s margin is capped at half).
      await new Promise((r) => setTimeout(r, 1_100));
      await client.list(CustomerResource, { top: 1 });
      expect(tokenRequests()).toBe(2);
      expect(emu.requests().filter((r) => r.status === 401)).toHaveLength(0);
    } finally {
      emu.configure({ tokenLifetimeSeconds: 1200 });
    }
  });

  it('past its refresh time a still-valid token keeps serving while a new one is fetched', async () => {
    const config = rig.config();
    const store = new MemorySessionStore();
    const key = sessionKeyFor(
      config.session.keyPrefix,
      config.env,
      config.tokenUrl,
      config.applicationKey!,
      config.clientKey!,
    );
    const old = emu.issueToken({ lifetimeSeconds: 600 });
    await store.set(key, {
      accessToken: old,
      expiresAt: Date.now() + 600_000,
      refreshAt: Date.now() + 200,
    });
    const client = track(createClient(config, { sessionStore: store }));
    await client.list(CustomerResource, { top: 1 });
    expect(tokenRequests()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    emu.configure({ latency: { fixedMs: 300, jitterMs: 0 } });
    try {
      await client.list(CustomerResource, { top: 2 });
      await vi.waitFor(() => expect(tokenRequests()).toBe(1));
      const token = emu.requests().find((r) => r.kind === 'token')!;
      const list = emu.requests().filter((r) => r.kind === 'list')[1]!;
      // The call went out with the old token before the token endpoint had even answered.
      expect(list.at).toBeLessThan(token.at + token.ms);
      await vi.waitFor(async () => expect((await store.get(key))?.accessToken).not.toBe(old));
      await client.list(CustomerResource, { top: 3 });
      expect(tokenRequests()).toBe(1);
    } finally {
      emu.configure({ latency: { fixedMs: 0, jitterMs: 0 } });
    }
  });

  it('on 401 drops the token, fetches a new one and retries once', async () => {
    const config = rig.config();
    const store = new MemorySessionStore();
    const key = sessionKeyFor(
      config.session.keyPrefix,
      config.env,
      config.tokenUrl,
      config.applicationKey!,
      config.clientKey!,
    );
    // A token the API no longer accepts (expired), but which our clock still trusts.
    const stale = emu.issueToken({ lifetimeSeconds: -60 });
    await store.set(key, {
      accessToken: stale,
      expiresAt: Date.now() + 6e5,
      refreshAt: Date.now() + 6e5,
    });
    const client = track(createClient(config, { sessionStore: store }));
    const { items } = await client.list(CustomerResource, { top: 2 });
    expect(items).toHaveLength(2);
    expect(emu.requests().map((r) => `${r.kind}:${r.status}`)).toEqual([
      'list:401',
      'token:200',
      'list:200',
    ]);
    expect((await store.get(key))?.accessToken).not.toBe(stale);
    expect(client.stats().retries).toBe(1);
  });

  it('a second 401 becomes UNAUTHORIZED, with no retry loop', async () => {
    // Tokens from another emulator are signed with another secret: this API rejects them all.
    const other = await startEmulator({ scale: 'tiny' });
    try {
      const client = track(createClient({ ...rig.config(), tokenUrl: other.tokenUrl }));
      const error = await client.list(CustomerResource, { top: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PowerOfficeError);
      expect((error as PowerOfficeError).code).toBe('UNAUTHORIZED');
      expect(emu.count({ kind: 'list' })).toBe(2);
      expect(other.count({ kind: 'token' })).toBe(2);
    } finally {
      await other.stop();
    }
  });

  it('invalid_client is a typed error after one token request, even for many callers', async () => {
    const wrong = '00000000-0000-4000-8000-000000000000';
    const client = track(createClient({ ...rig.config(), clientKey: wrong }));
    const errors = await Promise.all(
      Array.from({ length: 10 }, () => client.list(CustomerResource).catch((e: unknown) => e)),
    );
    for (const e of errors) {
      expect(e).toBeInstanceOf(PowerOfficeError);
      expect((e as PowerOfficeError).code).toBe('INVALID_CLIENT');
      expect((e as PowerOfficeError).upstreamSummary).toBe('invalid_client');
    }
    // Rejected credentials are remembered briefly: a retry storm does not reach the host.
    await expect(client.checkAuth()).rejects.toMatchObject({ code: 'INVALID_CLIENT' });
    expect(tokenRequests()).toBe(1);
    expect(emu.count({ kind: 'list' })).toBe(0);
  });
});

describe('session stores with the emulator', () => {
  it('file store: a restarted client reuses the stored token; the file is 0600 and keyless', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'po-client-'));
    const env = {
      POWEROFFICE_SESSION_STORE: 'file',
      POWEROFFICE_SESSION_FILE: join(dir, 's.json'),
    };
    const first = createClient(rig.config(env));
    await first.list(CustomerResource, { top: 1 });
    await first.close();
    const second = track(createClient(rig.config(env)));
    await second.list(CustomerResource, { top: 1 });
    expect(tokenRequests()).toBe(1);
    expect(emu.count({ kind: 'list' })).toBe(2);
    expect((await stat(join(dir, 's.json'))).mode & 0o777).toBe(0o600);
    const text = await readFile(join(dir, 's.json'), 'utf8');
    expect(text).not.toContain(emu.keys.clientKey);
    expect(text).not.toContain(emu.keys.applicationKey);
  });

  it('redis store: two clients share one token, fetched under a lock by one of them', async () => {
    const env = {
      POWEROFFICE_SESSION_STORE: 'redis',
      REDIS_URL: inject('redisUrl'),
      POWEROFFICE_SESSION_PREFIX: `test-auth-${process.pid}-${Date.now()}`,
    };
    const a = track(createClient(rig.config(env)));
    const b = track(createClient(rig.config(env)));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).list(CustomerResource, { top: 1 })),
    );
    expect(tokenRequests()).toBe(1);
    expect(a.stats().tokenFetches + b.stats().tokenFetches).toBe(1);
    // A third instance (a new replica) starts warm.
    const c = track(createClient(rig.config(env)));
    await c.checkAuth();
    expect(tokenRequests()).toBe(1);
  });

  it('a Redis that is down degrades to an unshared token instead of failing calls', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((r) => dead.close(r)); // nothing listens there now
    const c = track(
      createClient(
        rig.config({ POWEROFFICE_SESSION_STORE: 'redis', REDIS_URL: `redis://127.0.0.1:${port}` }),
        { logger: pino({ level: 'warn' }, sink) },
      ),
    );
    expect((await c.list(CustomerResource, { top: 1 })).items).toHaveLength(1);
    expect(tokenRequests()).toBe(1);
    expect(lines.join('')).toContain('poweroffice.session_store.failed');
  });
});

describe('secrets stay out of errors and logs', () => {
  it('no key or token appears in any log line or error under failures', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    const errors: unknown[] = [];
    const keep = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e));

    const store = new MemorySessionStore();
    const good = track(
      createClient(rig.config({ POWEROFFICE_RETRY_ATTEMPTS: '2', POWEROFFICE_TIMEOUT_MS: '300' }), {
        logger,
        sessionStore: store,
      }),
    );
    await keep(good.list(CustomerResource, { top: 1 }));
    emu.configure({ faults: { rate: 1, kinds: ['500', '503', 'reset'], hangMs: 1000 } });
    await keep(good.list(CustomerResource, { top: 1 }));
    await keep(good.save(CustomerResource, { name: 'x' }));
    emu.configure({ faults: { rate: 1, kinds: ['hang'], hangMs: 1000 } });
    await keep(good.get(CustomerResource, 100_001));
    emu.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 1000 } });
    await keep(good.save(CustomerResource, { name: 'x', emailAddress: 42 as unknown as string }));
    const bad = track(
      createClient(
        { ...rig.config(), applicationKey: '11111111-1111-4111-8111-111111111111' },
        { logger },
      ),
    );
    await keep(bad.list(CustomerResource));

    expect(errors.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeGreaterThan(5);
    const secrets = [
      emu.keys.applicationKey,
      emu.keys.clientKey,
      '11111111-1111-4111-8111-111111111111',
    ];
    const stored = (
      await store.get(
        sessionKeyFor(
          'poweroffice-graphql',
          'sandbox',
          emu.tokenUrl,
          emu.keys.applicationKey,
          emu.keys.clientKey,
        ),
      )
    )?.accessToken;
    if (stored) secrets.push(stored);
    const basic = Buffer.from(`${emu.keys.applicationKey}:${emu.keys.clientKey}`).toString(
      'base64',
    );
    // JWTs start with the base64 of '{"': no log line or error may carry one.
    secrets.push(basic, 'Bearer ', 'eyJ');
    const haystacks = [
      ...lines,
      JSON.stringify(good),
      inspect(good, { depth: 10, showHidden: true }),
      JSON.stringify(good.config),
      ...errors.map((e) => `${inspect(e, { depth: 10 })} ${JSON.stringify(e)} ${String(e)}`),
    ];
    for (const text of haystacks) {
      for (const s of secrets) expect(text).not.toContain(s);
    }
    for (const e of errors) expect(e).toBeInstanceOf(PowerOfficeError);
  });
});
