import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { documentHash } from '../src/plugins/persisted.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer, type ServerConfig } from '../src/server.js';

// Automatic persisted queries (Apollo's persisted-query link) and trusted documents (an
// allow-list from graphql-codegen's `persistedDocuments`), over loopback HTTP against the
// emulator, counting what reaches it.

let emulator: EmulatorHandle;
let client: PowerOfficeClient;
const servers: AppServer[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'tiny' });
  // No cross-request cache: an operation that runs always reaches the emulator.
  client = createClient(
    withSandbox(loadConfig({ POWEROFFICE_CACHE_TTL_MS: '0' }), emulator).powerOffice,
  );
});

afterAll(async () => {
  for (const server of servers) await server.close(100);
  await client?.close();
  await emulator?.stop();
});

async function listen(config: Partial<ServerConfig> = {}): Promise<string> {
  const server = createServer({
    client,
    config: { exposeCost: false, ...config },
    logger: pino({ level: 'silent' }),
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
}

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A POST as Apollo's link sends it: the hash in `extensions`, the query only when asked for. */
async function send(url: string, body: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const CUSTOMERS = 'query Customers { customers(first: 2) { nodes { name } } }';
const PRODUCTS = 'query Products { products(first: 2) { nodes { name } } }';

describe('automatic persisted queries', () => {
  it('hash only → PersistedQueryNotFound; hash + query registers; hash only then runs', async () => {
    const url = await listen();
    // A query no other test registers: the store is per server, but be explicit.
    const query = `${CUSTOMERS} # apq`;
    const hash = documentHash(query);

    emulator.reset();
    const miss = await send(url, { extensions: persisted(hash) });
    expect(miss.status).toBe(404);
    expect(miss.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    expect(miss.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(emulator.count()).toBe(0);

    const register = await send(url, { query, extensions: persisted(hash) });
    expect(register.errors).toBeUndefined();
    expect(register.data?.customers).toBeTruthy();

    emulator.reset();
    const hit = await send(url, { extensions: persisted(hash) });
    expect(hit.status).toBe(200);
    expect(hit.errors).toBeUndefined();
    expect(hit.data).toEqual(register.data);
    expect(emulator.count()).toBeGreaterThan(0);

    // Apollo's link can send hashed queries as GET: the JSON content type passes the CSRF check.
    const params = new URLSearchParams({ extensions: JSON.stringify(persisted(hash)) });
    const get = await fetch(`${url}?${params}`, {
      headers: { accept: 'application/json', 'content-type': 'application/json' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Answer).data).toEqual(register.data);
  });

  it('refuses a query that does not match its hash, and does not register it', async () => {
    const url = await listen();
    const hash = documentHash(PRODUCTS);
    emulator.reset();
    const wrong = await send(url, { query: CUSTOMERS, extensions: persisted(hash) });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_MISMATCH');
    expect(emulator.count()).toBe(0);
    expect((await send(url, { extensions: persisted(hash) })).errors?.[0]?.message).toBe(
      'PersistedQueryNotFound',
    );
  });

  it('a registered document still goes through the limits and input checks', async () => {
    const url = await listen({ limits: { maxDepth: 3 } });
    const deep = '{ customers(first: 1) { nodes { invoices(first: 1) { totalCount } } } }';
    const hash = documentHash(deep);
    emulator.reset();
    const first = await send(url, { query: deep, extensions: persisted(hash) });
    expect(first.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const again = await send(url, { extensions: persisted(hash) });
    expect(again.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(emulator.count()).toBe(0);
  });
});

describe('trusted documents', () => {
  const manifest = new Map([[documentHash(CUSTOMERS), CUSTOMERS]]);

  it('runs a listed document by hash, by documentId and by its full text', async () => {
    const url = await listen({ trustedDocuments: manifest });
    const hash = documentHash(CUSTOMERS);
    for (const body of [
      { extensions: persisted(hash) },
      { documentId: hash },
      { query: CUSTOMERS },
    ]) {
      emulator.reset();
      const answer = await send(url, body);
      expect(answer.errors, JSON.stringify(body)).toBeUndefined();
      expect((answer.data?.customers as { nodes?: unknown[] } | undefined)?.nodes).toHaveLength(2);
      expect(emulator.count()).toBeGreaterThan(0);
    }
  });

  it('refuses anything else before execution, with a code', async () => {
    const url = await listen({ trustedDocuments: manifest });
    emulator.reset();
    const unlisted = await send(url, { query: PRODUCTS });
    expect(unlisted.status).toBe(403);
    expect(unlisted.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(unlisted.errors?.[0]?.message).toContain('Only trusted documents run');

    const unknown = await send(url, { extensions: persisted(documentHash(PRODUCTS)) });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // APQ registration is off: the retry with the text is refused, and nothing is stored.
    const retry = await send(url, {
      query: PRODUCTS,
      extensions: persisted(documentHash(PRODUCTS)),
    });
    expect(retry.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const after = await send(url, { extensions: persisted(documentHash(PRODUCTS)) });
    expect(after.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // A listed text changed by one character is another document.
    const edited = await send(url, { query: `${CUSTOMERS} ` });
    expect(edited.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');

    const empty = await send(url, { variables: {} });
    expect(empty.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(emulator.count()).toBe(0);
  });

  it('FACADE_TRUSTED_DOCUMENTS reads a codegen manifest and names a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    const good = join(dir, 'persisted-documents.json');
    writeFileSync(good, JSON.stringify({ [documentHash(CUSTOMERS)]: CUSTOMERS }));
    expect(loadConfig({ FACADE_TRUSTED_DOCUMENTS: good }).trustedDocuments).toEqual(manifest);
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
    const bad = join(dir, 'bad.json');
    for (const [content, message] of [
      ['{', 'is not JSON'],
      ['[]', 'must be a JSON object'],
      ['{}', 'at least one hash'],
      ['{"abc": 42}', 'at least one hash'],
    ] as const) {
      writeFileSync(bad, content);
      expect(() => loadConfig({ FACADE_TRUSTED_DOCUMENTS: bad })).toThrow(message);
    }
    expect(() => loadConfig({ FACADE_TRUSTED_DOCUMENTS: join(dir, 'missing.json') })).toThrow(
      ConfigError,
    );
  });
});
