import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './emulator-support.js';
import { gid, useHarness } from './graph-harness.js';

// Files (reference B12): the graph carries an attachment's metadata and `downloadUrl`; the bytes
// come from the facade's authenticated file route, fetched with the facade's own token.

const KEY = 'k'.repeat(40);
const h = useHarness({ emulator: { scale: 'tiny', seed: 4 }, server: { apiKeys: [KEY] } });
let base: string;

beforeAll(async () => {
  base = h.url.replace(/\/graphql$/, '');
});

type Row = Record<string, unknown>;
const auth = { authorization: `Bearer ${KEY}` };

async function gql<T>(query: string, variables?: Row) {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

describe('invoice attachments', () => {
  it('lists metadata without content and downloads the bytes with the right type', async () => {
    const stored = h.emulator.rows('InvoiceAttachment')[0] as Row;
    const res = await gql<{ invoiceAttachments: { nodes: Row[] } }>(
      '{ invoiceAttachments(first: 10) { nodes { databaseId fileName fileSizeInBytes downloadUrl invoice { databaseId } } } }',
    );
    expect(res.errors).toBeUndefined();
    const node = res.data?.invoiceAttachments.nodes.find((n) => n.databaseId === stored.id) as Row;
    expect(node).toMatchObject({
      fileName: stored.fileName,
      fileSizeInBytes: stored.fileSizeInBytes,
      invoice: { databaseId: stored.invoiceId },
    });
    h.emulator.reset();
    const file = await fetch(`${base}${String(node.downloadUrl)}`, { headers: auth });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="${String(stored.fileName)}"`,
    );
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.equals(Buffer.from(String(stored.base64EncodedData), 'base64'))).toBe(true);
    // One GET of the attachment by id (only it carries the content); no token in the answer.
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /InvoiceAttachment/${String(stored.id)}`,
    ]);
    expect([...file.headers.keys()].join(' ')).not.toMatch(/authorization|token/i);
  });

  it('adds a file through the graph and serves it back; attachments hang on their invoice', async () => {
    const invoice = h.emulator.rows('OutgoingInvoice')[0] as Row;
    const text = 'Avtalt levering fredag.';
    const res = await gql<{ r: { __typename: string; invoiceAttachment?: Row } }>(
      `mutation ($input: CreateInvoiceAttachmentInput!) {
        r: createInvoiceAttachment(input: $input) {
          __typename ... on CreateInvoiceAttachmentPayload { invoiceAttachment { databaseId fileSizeInBytes downloadUrl } }
        } }`,
      {
        input: {
          data: {
            invoiceId: invoice.id,
            fileName: 'notat.txt',
            base64EncodedData: Buffer.from(text).toString('base64'),
          },
        },
      },
    );
    expect(res.data?.r.__typename).toBe('CreateInvoiceAttachmentPayload');
    const added = res.data?.r.invoiceAttachment as Row;
    expect(added.fileSizeInBytes).toBe(Buffer.byteLength(text));
    const file = await fetch(`${base}${String(added.downloadUrl)}`, { headers: auth });
    expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await file.text()).toBe(text);
    const listed = await gql<{ node: { attachments: { nodes: Row[] } } }>(
      `{ node(id: "${gid('OutgoingInvoice', invoice.id)}") {
        ... on OutgoingInvoice { attachments { nodes { databaseId } } } } }`,
    );
    expect(listed.data?.node.attachments.nodes.map((n) => n.databaseId)).toContain(
      added.databaseId,
    );
  });

  it('serves files named in any script, with control characters, as attachments (RFC 6266)', async () => {
    const invoice = h.emulator.rows('OutgoingInvoice')[0] as Row;
    for (const [fileName, ascii] of [
      ['faktura – mars.pdf', 'faktura _ mars.pdf'],
      ['請求書.pdf', '___.pdf'],
      ['x\u0001y".pdf', 'x_y_.pdf'],
    ] as const) {
      const res = await gql<{ r: { __typename: string; invoiceAttachment?: Row } }>(
        `mutation ($input: CreateInvoiceAttachmentInput!) { r: createInvoiceAttachment(input: $input) {
          __typename ... on CreateInvoiceAttachmentPayload { invoiceAttachment { downloadUrl } } } }`,
        { input: { data: { invoiceId: invoice.id, fileName, base64EncodedData: 'YQ==' } } },
      );
      expect(res.data?.r.__typename).toBe('CreateInvoiceAttachmentPayload');
      const file = await fetch(`${base}${String(res.data?.r.invoiceAttachment?.downloadUrl)}`, {
        headers: auth,
        signal: AbortSignal.timeout(5_000),
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/'/g, '%27')}`,
      );
      expect(await file.text()).toBe('a');
    }
  });

  it('a name that is not a declared download is 404, even an inherited property', async () => {
    for (const name of ['constructor', 'toString', 'nope']) {
      const res = await fetch(`${base}/files/OutgoingInvoice/${name}/1`, { headers: auth });
      expect(res.status).toBe(404);
    }
  });

  it('an attachment is added and deleted, never changed (reference B12): no update mutation', async () => {
    const schema = await gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const mutations = schema.data?.__type.fields.map((f) => f.name) ?? [];
    expect(mutations).toContain('createInvoiceAttachment');
    expect(mutations).toContain('deleteInvoiceAttachment');
    expect(mutations).not.toContain('updateInvoiceAttachment');
    // The emulator refuses a POST with an existing id, as PowerOffice's "add" route does.
    const stored = h.emulator.rows('InvoiceAttachment')[0] as Row;
    const { body } = await call(h.emulator, h.emulator.issueToken(), 'POST', '/InvoiceAttachment', {
      ...stored,
      fileName: 'endret.pdf',
    });
    expect(body.success).toBe(false);
    expect(body.validation?.summary).toMatch(/cannot be changed/);
    expect(h.emulator.rows('InvoiceAttachment')[0]?.fileName).toBe(stored.fileName);
  });

  it('refuses a file without a key, a malformed id and an unknown one', async () => {
    const stored = h.emulator.rows('InvoiceAttachment')[0] as Row;
    h.emulator.reset();
    const anonymous = await fetch(`${base}/files/InvoiceAttachment/${String(stored.id)}`);
    expect(anonymous.status).toBe(401);
    const malformed = await fetch(`${base}/files/InvoiceAttachment/abc`, { headers: auth });
    expect(malformed.status).toBe(400);
    // A broken percent-encoding is bad input too, not a server error.
    const undecodable = await fetch(`${base}/files/InvoiceAttachment/%E0%A4%A`, { headers: auth });
    expect(undecodable.status).toBe(400);
    expect(h.upstream()).toHaveLength(0);
    const unknown = await fetch(`${base}/files/InvoiceAttachment/999999`, { headers: auth });
    expect(unknown.status).toBe(404);
    const noRoute = await fetch(`${base}/files/Customer/1`, { headers: auth });
    expect(noRoute.status).toBe(404);
  });
});
