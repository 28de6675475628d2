import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { facadeEnv } from '../bench/lib/emulator.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';

// Two facade processes (`src/main.ts`, as deployed) sharing one Redis in front of one emulator
// over loopback: the shared response cache, its invalidation, the shared token.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let emu: EmulatorHandle;
const children: ChildProcessWithoutNullStreams[] = [];
const outputs: string[] = [];

/** The environment without any PowerOffice or server variable of the machine running tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      !/^(POWEROFFICE_|PORT$|HOST$|EXPOSE_COST$|LOG_LEVEL$|NODE_ENV$|FACADE_|CORS_|REDIS_)/.test(k)
    )
      env[k] = v;
  }
  return { ...env, ...extra };
}

/** Starts one replica; resolves with its GraphQL URL once it listens. */
async function replica(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: cleanEnv(env),
  });
  children.push(child);
  const index = outputs.push('') - 1;
  const append = (chunk: Buffer) => {
    outputs[index] += chunk.toString();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const deadline = Date.now() + 20_000;
  while (!/GraphiQL: http:\/\/\S+\/graphql/.test(outputs[index] ?? '')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`replica did not start:\n${outputs[index]}`);
    }
    await sleep(50);
  }
  const match = /GraphiQL: (http:\/\/\S+\/graphql)/.exec(outputs[index] ?? '');
  if (!match?.[1]) throw new Error(`no GraphiQL URL in:\n${outputs[index]}`);
  return match[1];
}

interface Response<T> {
  data?: T;
  errors?: unknown[];
  extensions?: { poweroffice?: { requests: number; cacheHits: number } };
}

async function gql<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Response<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Response<T>;
}

type Customers = { customers: { nodes: { id: string; phoneNumber: string | null }[] } };
const QUERY = '{ customers(first: 3) { nodes { id phoneNumber } } }';
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { __typename }
  }
`;

let a: string;
let b: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, scale: 'tiny' });
  const env = {
    ...facadeEnv(emu, { POWEROFFICE_ENV: 'sandbox' }),
    POWEROFFICE_SESSION_STORE: 'redis',
    REDIS_URL: inject('redisUrl'),
    POWEROFFICE_SESSION_PREFIX: `test-replicas-${process.pid}-${Date.now()}`,
    POWEROFFICE_CACHE_TTL_MS: '60000',
    POWEROFFICE_REPLICA_LAG_MS: '0',
    PORT: '0',
    LOG_LEVEL: 'warn',
  };
  [a, b] = await Promise.all([replica(env), replica(env)]);
}, 30_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await emu?.stop();
});

describe('two facade processes sharing one Redis', () => {
  it('share one token, answer B from what A fetched, and invalidate B by a write on A', async () => {
    emu.reset();
    const first = await gql<Customers>(a, QUERY);
    expect(first.extensions?.poweroffice?.requests).toBe(1);
    const second = await gql<Customers>(b, QUERY);
    expect(second.data).toEqual(first.data);
    expect(second.extensions?.poweroffice).toEqual({ requests: 0, cacheHits: 1 });
    expect(emu.count({ kind: 'list' })).toBe(1);
    // One token served both processes (the Redis session store).
    expect(emu.count({ kind: 'token' })).toBe(1);
    // B now answers the whole operation from its operation cache (on by default).
    const repeat = await gql<Customers>(b, QUERY);
    expect(repeat.data).toEqual(first.data);
    expect(repeat.extensions?.poweroffice?.requests).toBe(0);

    const target = first.data?.customers.nodes[0];
    expect(target).toBeDefined();
    const phone = `+47 ${String(Date.now()).slice(-8)}`;
    const updated = await gql<{ updateCustomer: { __typename: string } }>(a, UPDATE, {
      input: { id: target?.id, data: { phoneNumber: phone } },
    });
    expect(updated.data?.updateCustomer.__typename).toBe('UpdateCustomerPayload');
    // A's write reached B through the shared cache's feed: B's cached operation is stale too.
    const after = await gql<Customers>(b, QUERY);
    expect(after.extensions?.poweroffice?.requests).toBe(1);
    expect(after.data?.customers.nodes[0]?.phoneNumber).toBe(phone);
    expect(emu.count({ kind: 'list' })).toBe(2);
    expect(emu.count({ kind: 'token' })).toBe(1);
    for (const out of outputs) expect(out).not.toContain('redis_failed');
  });
});
