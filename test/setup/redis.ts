import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A Redis every suite may use (keys under a per-suite prefix): REDIS_URL or our own. */
    redisUrl: string;
  }
}

let child: ChildProcess | undefined;

/** A free loopback port (the OS picks one, then it is released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject()));
    });
  });
}

async function waitForRedis(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    r.on('error', () => undefined); // refusals while the server starts are expected
    try {
      await r.connect();
      await r.ping();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`Redis at ${url} did not answer: ${String(e)}`);
      await sleep(50);
    } finally {
      r.disconnect();
    }
  }
}

/**
 * Vitest globalSetup: provides `redisUrl`. Uses REDIS_URL when set (CI starts one); otherwise
 * starts a private, non-persistent redis-server on a free loopback port. A missing redis-server
 * fails the run: the Redis tests are never skipped.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.REDIS_URL;
  if (!url) {
    if (spawnSync('redis-server', ['--version']).error) {
      throw new Error(
        'redis-server is not installed and REDIS_URL is not set. Install it with ' +
          '`apt-get install -y redis-server` (Debian/Ubuntu) or point REDIS_URL at a Redis.',
      );
    }
    const port = await freePort();
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    url = `redis://127.0.0.1:${port}`;
  }
  await waitForRedis(url);
  project.provide('redisUrl', url);
}

export async function teardown(): Promise<void> {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
