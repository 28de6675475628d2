import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { type Logger, pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import {
  type EmulatorHandle,
  type EmulatorOptions,
  type RecordedRequest,
  startEmulator,
} from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import type { SessionStore } from '../src/poweroffice/sessions/store.js';
import { type AppServer, createServer, type ServerConfig } from '../src/server.js';

/**
 * The real stack for schema tests: the emulator on a loopback port, a PowerOfficeClient on it,
 * and the real Yoga server listening on another loopback port. Operations go over HTTP.
 */
export interface Harness {
  readonly emulator: EmulatorHandle;
  readonly client: PowerOfficeClient;
  readonly server: AppServer;
  readonly url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  /** Upstream API calls recorded by the emulator since the last `emulator.reset()`. */
  upstream(): RecordedRequest[];
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { poweroffice?: { requests: number; cacheHits: number } };
}

export async function startHarness(
  opts: {
    emulator?: EmulatorOptions;
    env?: Record<string, string>;
    sessionStore?: SessionStore;
    /** Server settings besides `exposeCost` (limits, keys). */
    server?: Partial<ServerConfig>;
    /** The server's logger; default: silent. */
    logger?: Logger;
    /** The server's schema; default: the facade's. */
    schema?: GraphQLSchema;
  } = {},
): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, scale: 'tiny', ...opts.emulator });
  const config = withSandbox(
    loadConfig({ POWEROFFICE_CACHE_TTL_MS: '60000', ...opts.env }),
    emulator,
  ).powerOffice;
  const client = createClient(config, opts.sessionStore ? { sessionStore: opts.sessionStore } : {});
  const server = createServer({
    client,
    config: { exposeCost: true, ...opts.server },
    logger: opts.logger ?? pino({ level: 'silent' }),
    ...(opts.schema ? { schema: opts.schema } : {}),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    emulator,
    client,
    server,
    url,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<T>;
    },
    upstream: () => emulator.requests().filter((r) => r.kind !== 'token'),
    async close() {
      await server.close(100);
      await client.close();
      await emulator.stop();
    },
  };
}

/**
 * A harness for the whole file: started before its first test, closed after its last. The
 * returned object stands for it (read it in hooks and tests, not while the file is collected).
 */
export function useHarness(opts: Parameters<typeof startHarness>[0] = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(opts);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!started) throw new Error('the harness starts in beforeAll: use it in hooks and tests');
      return Reflect.get(started, key);
    },
  });
}

/** The global id (`node(id:)`) of a `type` row with database id `id`. */
export function gid(type: string, id: unknown): string {
  return Buffer.from(`${type}:${String(id)}`).toString('base64');
}

/** The decoded `$filter` of a recorded request, or null. */
export function filterOf(r: RecordedRequest): string | null {
  return new URLSearchParams(r.query).get('$filter');
}

/** Counts recorded requests per `Resource.kind`. */
export function costOf(requests: readonly RecordedRequest[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) {
    const key = `${r.resource}.${r.kind}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/**
 * What a server's fast path served and handed to Yoga since `before` (an earlier result of this
 * call; absent: since start). -1 each when the fast path is off, so no expected count matches.
 */
export function fastPathSince(
  server: AppServer,
  before: { served: number; handedOver: number } = { served: 0, handedOver: 0 },
): { served: number; handedOver: number } {
  const now = server.fastPath?.stats() ?? { served: -1, handedOver: -1 };
  return { served: now.served - before.served, handedOver: now.handedOver - before.handedOver };
}
