import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './emulator-support.js';
import { gid, useHarness } from './graph-harness.js';

// ExternallyDeliverableInvoice (reference B11): the list, `delivered` (the file is mandatory),
// and the EHF download through the facade's authenticated file route.

const KEY = 'e'.repeat(40);
type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: 'tiny', seed: 9 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
  server: { apiKeys: [KEY] },
});
let base: string;

beforeAll(async () => {
  base = h.url.replace(/\/graphql$/, '');
});

const auth = { authorization: `Bearer ${KEY}` };
const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
async function gql<T>(query: string, variables?: Row) {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}
const deliverableId = (id: unknown) => gid('ExternallyDeliverableInvoice', id);

describe('list and relations', () => {
  it('rows equal the stored ones; customer and invoice resolve in one call each', async () => {
    h.emulator.reset();
    const res = await gql<{ externallyDeliverableInvoices: { nodes: Row[] } }>(
      `{ externallyDeliverableInvoices(first: 50) { nodes { databaseId invoiceNo totalAmount
          isDelivered customerCode customer { code } invoice { databaseId invoiceNo } ehfUrl } } }`,
    );
    expect(res.errors).toBeUndefined();
    const stored = rows('ExternallyDeliverableInvoice');
    const nodes = res.data?.externallyDeliverableInvoices.nodes ?? [];
    expect(nodes.length).toBe(stored.length);
    for (const n of nodes) {
      const r = stored.find((s) => s.id === n.databaseId) as Row;
      expect(n).toMatchObject({
        invoiceNo: r.invoiceNo,
        totalAmount: r.totalAmount,
        isDelivered: r.isDelivered,
        customer: { code: r.customerCode },
        invoice: { invoiceNo: r.invoiceNo },
        ehfUrl: `/files/ExternallyDeliverableInvoice/ehf/${String(r.id)}`,
      });
    }
    expect(h.upstream().map((r) => r.path)).toEqual([
      '/ExternallyDeliverableInvoice',
      '/Customer',
      '/OutgoingInvoice/List',
    ]);
  });
});

describe('delivered', () => {
  const MARK = /* GraphQL */ `
    mutation ($input: MarkExternallyDeliverableInvoiceDeliveredInput!) {
      r: markExternallyDeliverableInvoiceDelivered(input: $input) {
        __typename
        ... on MarkExternallyDeliverableInvoiceDeliveredPayload { externallyDeliverableInvoice { databaseId isDelivered invoiceDeliveryDate } }
        ... on ValidationError { fields { field } }
      }
    }
  `;
  type Result = { r: { __typename: string; externallyDeliverableInvoice?: Row; fields?: Row[] } };
  const pdf = Buffer.from('%PDF-1.4\n% levert\n%%EOF\n').toString('base64');

  it('the emulator refuses it without the file', async () => {
    const open = rows('ExternallyDeliverableInvoice').find((r) => !r.isDelivered) as Row;
    const res = await call(
      h.emulator,
      h.emulator.issueToken(),
      'POST',
      '/ExternallyDeliverableInvoice/delivered',
      { externallyDeliverableInvoiceId: open.id },
    );
    expect(res.body.success).toBe(false);
    expect(Object.keys(res.body.validation.fields)).toEqual(['file']);
    expect(rows('ExternallyDeliverableInvoice').find((r) => r.id === open.id)?.isDelivered).toBe(
      false,
    );
  });

  it('marks an invoice delivered with its document; a second report is refused, typed', async () => {
    const open = rows('ExternallyDeliverableInvoice').find((r) => !r.isDelivered) as Row;
    h.emulator.reset();
    const res = await gql<Result>(MARK, {
      input: {
        externallyDeliverableInvoiceId: deliverableId(open.id),
        file: { fileName: 'kvittering.pdf', base64EncodedData: pdf },
        comment: 'Levert per post.',
        exemptDebtCollection: true,
      },
    });
    expect(res.data?.r.__typename, JSON.stringify(res)).toBe(
      'MarkExternallyDeliverableInvoiceDeliveredPayload',
    );
    expect(res.data?.r.externallyDeliverableInvoice).toMatchObject({
      databaseId: open.id,
      isDelivered: true,
    });
    // The answer carries the row: one POST, no read-back.
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /ExternallyDeliverableInvoice',
      'POST /ExternallyDeliverableInvoice/delivered',
    ]);
    const invoice = rows('OutgoingInvoice').find((i) => i.id === open.id) as Row;
    expect(invoice.invoiceDebtCollectionStatus).toBe(2);

    const again = await gql<Result>(MARK, {
      input: {
        externallyDeliverableInvoiceId: deliverableId(open.id),
        file: { fileName: 'kvittering.pdf', base64EncodedData: pdf },
      },
    });
    expect(again.data?.r.__typename).toBe('ValidationError');

    const badFile = await gql<Result>(MARK, {
      input: {
        externallyDeliverableInvoiceId: deliverableId(
          (rows('ExternallyDeliverableInvoice').find((r) => !r.isDelivered) as Row).id,
        ),
        file: { fileName: 'kvittering', base64EncodedData: 'not base64!' },
      },
    });
    expect(badFile.data?.r.__typename).toBe('ValidationError');
    expect((badFile.data?.r.fields ?? []).map((f) => f.field).sort()).toEqual([
      'input.file.base64EncodedData',
      'input.file.fileName',
    ]);
  });
});

describe('EHF download', () => {
  it('streams the XML through the facade route with its type, never the token', async () => {
    const edi = rows('ExternallyDeliverableInvoice')[0] as Row;
    h.emulator.reset();
    const res = await fetch(`${base}/files/ExternallyDeliverableInvoice/ehf/${String(edi.id)}`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain(`<cbc:ID>${String(edi.invoiceNo)}</cbc:ID>`);
    expect(xml).toContain(
      `<cbc:PayableAmount currencyID="NOK">${Number(edi.totalAmount).toFixed(2)}</cbc:PayableAmount>`,
    );
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /ExternallyDeliverableInvoice/InvoiceEhf/${String(edi.id)}`,
    ]);
    const upstreamToken = h.emulator.issueToken().split('.')[0] as string;
    expect(xml).not.toContain(upstreamToken);
    expect([...res.headers.keys()].join(' ')).not.toMatch(/authorization|token/i);

    // Without the client key: refused before anything goes upstream.
    h.emulator.reset();
    const anonymous = await fetch(
      `${base}/files/ExternallyDeliverableInvoice/ehf/${String(edi.id)}`,
    );
    expect(anonymous.status).toBe(401);
    expect(h.upstream()).toHaveLength(0);

    const unknown = await fetch(
      `${base}/files/ExternallyDeliverableInvoice/ehf/00000000-0000-4000-a000-000000000000`,
      { headers: auth },
    );
    expect(unknown.status).toBe(404);
  });
});

describe('delivered, with the response cache on', () => {
  // Exempting an invoice from debt collection changes the outgoing invoice and its journal line
  // (reference B11), so a cached read of either must not outlive the write.
  const c = useHarness({
    emulator: { scale: 'tiny', seed: 9, replicaLagMs: 0 },
    env: { POWEROFFICE_CACHE_TTL_MS: '60000' },
  });

  const READ = /* GraphQL */ `
    query ($id: ID!) {
      node(id: $id) { ... on OutgoingInvoice { invoiceDebtCollectionStatus } }
      invoiceJournal(fromDate: "2000-01-01", toDate: "2100-12-31", first: 100) {
        nodes { databaseId invoiceDebtCollectionStatus }
      }
    }
  `;
  type Read = {
    node: { invoiceDebtCollectionStatus: string } | null;
    invoiceJournal: { nodes: Row[] };
  };
  const statusOf = (res: { data?: Read | null }, id: unknown) => ({
    invoice: res.data?.node?.invoiceDebtCollectionStatus,
    journal: res.data?.invoiceJournal.nodes.find((n) => n.databaseId === id)
      ?.invoiceDebtCollectionStatus,
  });

  it('exempting it from debt collection is seen at once by the invoice and the journal', async () => {
    const invoices = c.emulator.rows('OutgoingInvoice') as readonly Row[];
    const open = (c.emulator.rows('ExternallyDeliverableInvoice') as readonly Row[]).find(
      (r) =>
        !r.isDelivered &&
        invoices.some(
          (i) => i.id === r.id && (i.status as number) >= 2 && i.invoiceDebtCollectionStatus !== 2,
        ),
    ) as Row;
    expect(open).toBeDefined();
    const id = gid('OutgoingInvoice', open.id);
    const before = await c.gql<Read>(READ, { id });
    expect(before.errors).toBeUndefined();
    // The seed leaves the status unset (null); anything but OnHold will do.
    expect(statusOf(before, open.id)).toEqual({ invoice: null, journal: null });
    // Cached now: the same read again costs nothing upstream.
    c.emulator.reset();
    await c.gql<Read>(READ, { id });
    expect(c.upstream()).toHaveLength(0);

    const mark = await c.gql<{ r: { __typename: string } }>(
      `mutation ($input: MarkExternallyDeliverableInvoiceDeliveredInput!) {
        r: markExternallyDeliverableInvoiceDelivered(input: $input) { __typename } }`,
      {
        input: {
          externallyDeliverableInvoiceId: deliverableId(open.id),
          file: {
            fileName: 'kvittering.pdf',
            base64EncodedData: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
          },
          exemptDebtCollection: true,
        },
      },
    );
    expect(mark.data?.r.__typename).toBe('MarkExternallyDeliverableInvoiceDeliveredPayload');

    c.emulator.reset();
    const after = await c.gql<Read>(READ, { id });
    expect(after.errors).toBeUndefined();
    expect(statusOf(after, open.id)).toEqual({ invoice: 'ON_HOLD', journal: 'ON_HOLD' });
    // Both asked PowerOffice (in either order: the two root fields resolve concurrently).
    expect(
      c
        .upstream()
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([`GET /OutgoingInvoice/${String(open.id)}`, 'GET /Reporting/InvoiceJournal']);
  });
});
