import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APPLICATION_KEY, DEMO_CLIENT_KEY } from '../src/emulator/index.js';
import { basic } from './emulator-support.js';

// `npm run emulator`: the standalone server on loopback, printing its URL and keys.

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

function start(env: Record<string, string>): Promise<{ proc: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
    proc.stdout?.on('data', () => {
      if (/client key/.test(out)) {
        clearTimeout(timer);
        resolve({ proc, output: () => out });
      }
    });
    proc.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe('standalone emulator', () => {
  it('listens on 127.0.0.1:EMULATOR_PORT, prints URL and keys, stops on SIGTERM', async () => {
    const { proc, output } = await start({ EMULATOR_PORT: '0', EMULATOR_SCALE: 'tiny' });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
    expect(url).toBeDefined();
    expect(output()).toContain(DEMO_APPLICATION_KEY);
    expect(output()).toContain(DEMO_CLIENT_KEY);
    const res = await fetch(`${url}/OAuth/Token`, {
      method: 'POST',
      headers: {
        authorization: basic(DEMO_APPLICATION_KEY, DEMO_CLIENT_KEY),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token } = (await res.json()) as { access_token: string };
    const customers = await fetch(`${url}/Customer?$top=1`, {
      headers: { authorization: `Bearer ${access_token}` },
    }).then((r) => r.json());
    expect(customers.count).toBe(12);
    proc.kill('SIGTERM');
    const [code] = await once(proc, 'exit');
    expect(code).toBe(0);
  });
});
