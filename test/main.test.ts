import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { facadeEnv } from '../bench/lib/emulator.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';

// `npm start` as a user runs it: src/main.ts in its own process, found through its log.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

/** The environment without any PowerOffice or server variable of the machine running tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      !/^(POWEROFFICE_|PORT$|HOST$|EXPOSE_COST$|LOG_LEVEL$|NODE_ENV$|FACADE_|CORS_ORIGINS$)/.test(k)
    )
      env[k] = v;
  }
  return { ...env, PORT: '0', ...extra };
}

const children: ChildProcessWithoutNullStreams[] = [];

function start(extra: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: cleanEnv(extra),
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => out, exited };
}

async function graphiqlUrl(started: Started): Promise<string> {
  await expect
    .poll(() => started.output(), { timeout: 30_000, interval: 100 })
    .toMatch(/GraphiQL: http:\/\/\S+\/graphql/);
  const match = /GraphiQL: (http:\/\/\S+\/graphql)/.exec(started.output());
  if (!match?.[1]) throw new Error(`no GraphiQL URL in:\n${started.output()}`);
  return match[1];
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('with no keys: sandbox on loopback, GraphiQL served, graceful exit on SIGTERM', async () => {
    const started = start();
    const url = await graphiqlUrl(started);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(started.output()).toContain('sandbox mode');
    const origin = new URL(url).origin;

    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/graphiql/assets/yoga-graphiql.umd.js');

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers(first: 2) { totalCount nodes { name } } }' }),
    });
    const body = (await res.json()) as {
      data: { customers: { totalCount: number; nodes: { name: string }[] } };
      extensions: { poweroffice: { requests: number } };
    };
    expect(body.data.customers.nodes).toHaveLength(2);
    expect(body.data.customers.totalCount).toBeGreaterThan(2);
    // The cost extension is on by default in the sandbox.
    expect(body.extensions.poweroffice.requests).toBeGreaterThan(0);

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain('"msg":"stopped"');
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
  }, 60_000);

  describe('with keys', () => {
    let upstream: EmulatorHandle;
    afterAll(async () => {
      await upstream?.stop();
    });

    it('demo mode uses the configured upstream, starts no sandbox, never logs the keys', async () => {
      // A stand-in for api-demo.poweroffice.net: the emulator, reached through the URL override.
      upstream = await startEmulator({ port: 0, scale: 'tiny' });
      const started = start({
        ...facadeEnv(upstream, { POWEROFFICE_ENV: 'demo' }),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        FACADE_AUTH: 'none',
      });
      const url = await graphiqlUrl(started);
      expect(started.output()).toContain('demo mode');
      expect(started.output()).not.toContain('sandbox mode');

      upstream.reset();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ customers(first: 1) { nodes { name } } }' }),
      });
      const body = (await res.json()) as { data: unknown; extensions?: unknown };
      expect(body.data).toBeTruthy();
      // Cost is opt-in outside the sandbox.
      expect(body.extensions).toBeUndefined();
      expect(upstream.count({ resource: 'Customer' })).toBe(1);

      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(started.output()).not.toContain(upstream.keys.applicationKey);
      expect(started.output()).not.toContain(upstream.keys.clientKey);
    }, 60_000);
  });

  it('refuses a bad configuration with one readable message', async () => {
    const started = start({ POWEROFFICE_ENV: 'production' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('POWEROFFICE_APPLICATION_KEY is required');
    expect(started.output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
