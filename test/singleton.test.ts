import { describe, expect, it } from 'vitest';
import { useHarness } from './graph-harness.js';

// The Client singleton (reference B18): one root field, one update mutation with typed results,
// both from the declaration's `singleton: true`.

const h = useHarness({ emulator: { scale: 'tiny', seed: 3 } });

type Row = Record<string, unknown>;

describe('Client', () => {
  it('reads the company at one upstream call, fields equal to the emulator row', async () => {
    h.emulator.reset();
    const res = await h.gql<{ client: Row }>(
      '{ client { databaseId name vatNumber vatPeriod financialYearEndMonth lockDate mailAddress { city } } }',
    );
    expect(res.errors).toBeUndefined();
    const row = h.emulator.rows('Client')[0] as Row;
    expect(res.data?.client).toEqual({
      databaseId: row.id,
      name: row.name,
      vatNumber: row.vatNumber,
      vatPeriod: 'BI_MONTHLY',
      financialYearEndMonth: 'DECEMBER',
      lockDate: String(row.lockDate).slice(0, 10),
      mailAddress: { city: (row.mailAddress as Row).city },
    });
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /Client']);
  });

  it('updates it with a typed result and refuses read-only fields before any call', async () => {
    const res = await h.gql<{ updateClient: Row }>(
      `mutation { updateClient(input: { data: { phoneNumber: "+47 40 00 00 00" } }) {
        __typename ... on UpdateClientPayload { client { phoneNumber } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateClient).toEqual({
      __typename: 'UpdateClientPayload',
      client: { phoneNumber: '+47 40 00 00 00' },
    });
    expect((h.emulator.rows('Client')[0] as Row).phoneNumber).toBe('+47 40 00 00 00');
    h.emulator.reset();
    const bad = await h.gql(
      'mutation { updateClient(input: { data: { lockDate: "2026-01-01" } }) { __typename } }',
    );
    expect(bad.errors?.[0]?.message).toMatch(/lockDate/);
    expect(h.upstream()).toHaveLength(0);
  });
});

describe('Client within the replica lag', () => {
  // PowerOffice reads a replica up to 1–2 s behind a write (reference A7): the singleton's own
  // write answers its next read, as every other resource's does (recent-writes.ts).
  const LAG_MS = 1_500;
  const l = useHarness({
    emulator: { scale: 'tiny', seed: 3, replicaLagMs: LAG_MS },
    env: { POWEROFFICE_REPLICA_LAG_MS: String(LAG_MS) },
  });

  it('reads its own update at once', async () => {
    const first = await l.gql<{ client: Row }>('{ client { phoneNumber } }');
    expect(first.errors).toBeUndefined();
    expect(first.data?.client.phoneNumber).not.toBe('+47 41 11 11 11');
    const res = await l.gql<{ updateClient: Row }>(
      `mutation { updateClient(input: { data: { phoneNumber: "+47 41 11 11 11" } }) {
        __typename } }`,
    );
    expect(res.data?.updateClient.__typename).toBe('UpdateClientPayload');
    l.emulator.reset();
    const read = await l.gql<{ client: Row }>('{ client { phoneNumber } }');
    expect(read.data?.client).toEqual({ phoneNumber: '+47 41 11 11 11' });
    // Answered by the write, not by a replica that may not have it yet.
    expect(l.upstream()).toHaveLength(0);
  });
});
