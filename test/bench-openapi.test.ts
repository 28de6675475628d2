import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { allResources } from '../src/poweroffice/resources/registry.js';

// The emulator describes itself for the benchmark's peer gateway: every read route of the
// registry, with the envelopes it really answers with.

let emulator: EmulatorHandle;

interface Doc {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, { get?: { operationId: string; parameters: Array<{ name: string }> } }>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'tiny' });
});

afterAll(async () => {
  await emulator?.stop();
});

async function documentOf(): Promise<Doc> {
  const res = await fetch(`${emulator.url}/__emulator/openapi.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

describe('GET /__emulator/openapi.json', () => {
  it('lists the list and get routes of every resource, with OData parameters', async () => {
    const doc = await documentOf();
    expect(doc.openapi).toMatch(/^3\.0\./);
    for (const r of allResources) {
      if (r.operations.list) {
        const op = doc.paths[r.listPath]?.get;
        expect(op?.operationId).toBe(`${r.name}_list`);
        expect(op?.parameters.map((p) => p.name)).toEqual(
          expect.arrayContaining(['$filter', '$orderby', '$top', '$skip']),
        );
      }
      if (r.operations.get)
        expect(doc.paths[`${r.path}/{id}`]?.get?.operationId).toBe(`${r.name}_get`);
    }
  });

  it('describes the envelopes and fields the emulator answers with', async () => {
    const doc = await documentOf();
    const token = emulator.issueToken();
    const res = await fetch(`${emulator.url}/Customer?$top=1&$orderby=Code asc`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { data: Array<Record<string, unknown>>; count: number };
    const envelope = doc.components.schemas.CustomerListEnvelope?.properties ?? {};
    expect(Object.keys(envelope)).toEqual(expect.arrayContaining(['data', 'count', 'success']));
    const described = Object.keys(doc.components.schemas.Customer?.properties ?? {});
    // Every field of a real row is described (the row may omit nulls, never add fields).
    expect(described).toEqual(expect.arrayContaining(Object.keys(body.data[0] ?? {})));
  });

  it('resolves its server against its own address, so it stays right on any port', async () => {
    const doc = await documentOf();
    expect(doc.servers).toEqual([{ url: '/' }]);
  });
});
