import { beforeEach, describe, expect, it } from 'vitest';
import { call } from './emulator-support.js';
import { gid, useHarness } from './graph-harness.js';

// Writes whose answer was lost, judged against what the emulator holds: a record that the
// reconciliation finds must be the write's own before it is reported as saved, a property sent
// with the value it already had proves nothing about an update, and a record PowerOffice says
// exists under the idempotency key is never reported as not saved.

const LAG_MS = 60;
const h = useHarness({
  emulator: {
    scale: { customers: 5, invoicesPerCustomer: 0, products: 3 },
    seed: 21,
    replicaLagMs: LAG_MS / 2,
  },
  env: {
    POWEROFFICE_TIMEOUT_MS: '300',
    POWEROFFICE_REPLICA_LAG_MS: String(LAG_MS),
    POWEROFFICE_RETRY_ATTEMPTS: '2',
    POWEROFFICE_RETRY_BASE_MS: '10',
    POWEROFFICE_MAX_RETRY_AFTER_S: '0',
  },
});

beforeEach(() => {
  h.emulator.resetData();
  h.emulator.reset();
  calm();
});

type Row = Record<string, unknown>;
const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
const calm = () => h.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
/** Every write (POST) fails with `kind`; reads are answered. */
const failWrites = (kind: 'reset' | 'drop-after') =>
  h.emulator.configure({ faults: { rate: 1, kinds: [kind], hangMs: 0, methods: ['POST'] } });
const posts = () => h.upstream().filter((r) => r.method === 'POST');

const RESULT = `__typename
  ... on UserError { message }
  ... on OutcomeUnknownError { idempotencyKey }
  ... on UpstreamUnavailableError { idempotencyKey }`;

describe('a create reconciled by its natural key', () => {
  const CREATE = `mutation ($input: CreateProductInput!) { r: createProduct(input: $input) {
    ${RESULT} ... on CreateProductPayload { product { databaseId code name } } } }`;

  it("is not reported saved when the record with that key is another's", async () => {
    const taken = rows('Product')[0] as Row;
    failWrites('reset'); // the connection drops before PowerOffice processes the create
    const res = await h.gql<{ r: { __typename: string; product?: Row } }>(CREATE, {
      input: { data: { code: taken.code, name: 'Et helt nytt produkt' } },
    });
    expect(posts().length).toBeGreaterThan(0);
    // Nothing new was stored, and the old product is not passed off as the new one.
    expect(rows('Product').filter((p) => p.code === taken.code)).toHaveLength(1);
    expect(res.data?.r.__typename).not.toBe('CreateProductPayload');
    expect(res.data?.r.__typename).toBe('OutcomeUnknownError');
  });

  it('is reported saved when the record found holds what was sent', async () => {
    failWrites('drop-after'); // PowerOffice saves it, the answer is lost
    const res = await h.gql<{ r: { __typename: string; product?: Row } }>(CREATE, {
      input: { data: { code: 'NY-1', name: 'Nytt produkt' } },
    });
    expect(res.data?.r.__typename).toBe('CreateProductPayload');
    const stored = rows('Product').filter((p) => p.code === 'NY-1');
    expect(stored).toHaveLength(1);
    expect(res.data?.r.product?.databaseId).toBe(stored[0]?.id);
  });
});

describe('an update reconciled by reading the record back', () => {
  const UPDATE = `mutation ($input: UpdateCustomerInput!) { r: updateCustomer(input: $input) {
    ${RESULT} ... on UpdateCustomerPayload { customer { name } } } }`;

  it('is not reported applied because of a property sent unchanged', async () => {
    const { data } = await h.gql<{ customers: { nodes: { id: string; name: string }[] } }>(
      '{ customers(first: 1) { nodes { id name } } }',
    );
    const customer = data?.customers.nodes[0] as { id: string; name: string };
    const stored = rows('Customer').find((c) => c.name === customer.name) as Row;
    failWrites('reset'); // not applied
    const res = await h.gql<{ r: { __typename: string } }>(UPDATE, {
      input: { id: customer.id, data: { name: customer.name, contactGroups: ['Nye kunder'] } },
    });
    expect(posts().length).toBeGreaterThan(0);
    const after = rows('Customer').find((c) => c.id === stored.id) as Row;
    expect(after.contactGroups ?? []).not.toContain('Nye kunder');
    // The unchanged name proves nothing; lastChanged did not move: not applied.
    expect(res.data?.r.__typename).not.toBe('UpdateCustomerPayload');
    expect(res.data?.r.__typename).toBe('UpstreamUnavailableError');
  });
});

describe('a create repeated with its idempotency key', () => {
  const CREATE = `mutation ($input: CreateCustomerInput!) { r: createCustomer(input: $input) {
    ${RESULT} ... on CreateCustomerPayload { customer { databaseId } } } }`;
  const KEY = 'gql-repeat-0001';

  it('is never reported as not saved when the record cannot be read', async () => {
    const first = await h.gql<{ r: { __typename: string; customer?: Row } }>(CREATE, {
      input: { data: { name: 'Gjentatt AS', externalImportReference: KEY } },
    });
    expect(first.data?.r.__typename).toBe('CreateCustomerPayload');
    // The repeat meets PowerOffice's unique key; every read then fails.
    h.emulator.configure({ faults: { rate: 1, kinds: ['503'], hangMs: 0, methods: ['GET'] } });
    const again = await h.gql<{ r: { __typename: string; idempotencyKey?: string } }>(CREATE, {
      input: { data: { name: 'Gjentatt AS', externalImportReference: KEY } },
    });
    expect(rows('Customer').filter((c) => c.externalImportReference === KEY)).toHaveLength(1);
    expect(again.data?.r.__typename).toBe('OutcomeUnknownError');
    expect(again.data?.r.idempotencyKey).toBe(KEY);
  });

  it('finds the record a lagging replica does not show yet', async () => {
    // The first create is stored on the primary; the replica shows it only after its lag, which
    // the facade's own (LAG_MS) covers: the second look finds it.
    h.emulator.configure({ replicaLagMs: 40 });
    try {
      const first = await h.gql<{ r: { __typename: string; customer?: Row } }>(CREATE, {
        input: { data: { name: 'Forsinket AS', externalImportReference: KEY } },
      });
      expect(first.data?.r.__typename).toBe('CreateCustomerPayload');
      const again = await h.gql<{ r: { __typename: string; customer?: Row } }>(CREATE, {
        input: { data: { name: 'Forsinket AS', externalImportReference: KEY } },
      });
      expect(rows('Customer').filter((c) => c.externalImportReference === KEY)).toHaveLength(1);
      expect(again.data?.r.__typename).toBe('CreateCustomerPayload');
      expect(again.data?.r.customer?.databaseId).toBe(first.data?.r.customer?.databaseId);
    } finally {
      h.emulator.configure({ replicaLagMs: LAG_MS / 2 });
    }
  });
});

describe('an update checked against the stored row', () => {
  it('is judged on a fresh read before it is refused, not on a cached copy', async () => {
    const entry = rows('TimeTrackingEntry').find(
      (r) => r.fromTime != null && r.toTime != null && r.isLocked !== true && !r.breakTime,
    ) as Row;
    const id = gid('TimeTrackingEntry', entry.id);
    const minutes = (entry.minutes as number) + 60;
    const UPDATE = `mutation($id: ID!, $m: Long!) { r: updateTimeTrackingEntry(input: { id: $id,
      data: { minutes: $m } }) { __typename ... on ValidationError { fields { field } } } }`;
    // Refused: an hour more than the times allow. The stored row it was judged on is now cached.
    const first = await h.gql<{ r: { __typename: string } }>(UPDATE, { id, m: minutes });
    expect(first.data?.r.__typename).toBe('ValidationError');
    // Someone lengthens the entry by an hour in PowerOffice itself.
    const [hh, mm] = String(entry.toTime).split(':').map(Number) as [number, number];
    const later = `${String(hh + 1).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00`;
    const direct = await call(
      h.emulator,
      h.emulator.issueToken(),
      'POST',
      '/TimeTracking/TimeTrackingEntry',
      { id: entry.id, toTime: later, minutes },
    );
    expect(direct.body.success).toBe(true);
    await new Promise((r) => setTimeout(r, LAG_MS));
    // The same update now agrees with the entry as PowerOffice holds it.
    const again = await h.gql<{ r: { __typename: string } }>(UPDATE, { id, m: minutes });
    expect(again.data?.r.__typename).toBe('UpdateTimeTrackingEntryPayload');
  });
});
