import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import { createClient } from '../src/poweroffice/client.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { call as emulatorCall } from './emulator-support.js';
import { costOf, gid, useHarness } from './graph-harness.js';

// Issue 8/9: action routes declared on a resource, proven through the real server against the
// emulator over loopback: OutgoingInvoice SendInvoice (asynchronous) and invoice notes.

type Row = Record<string, unknown>;

// The send takes DELAY_MS in the emulator; the facade's lag window (LAG_MS) is longer, so every
// poll inside the send is a fresh read (never a cached "processing"), even on a loaded machine.
const DELAY_MS = 500;
const LAG_MS = 1_500;

const h = useHarness({
  emulator: { scale: 'tiny', seed: 9, sendDelayMs: DELAY_MS, replicaLagMs: 0 },
  env: {
    POWEROFFICE_REPLICA_LAG_MS: String(LAG_MS),
    // Answers are kept briefly here; an invoice in transit is never kept (its own test below
    // uses a minute).
    POWEROFFICE_CACHE_TTL_MS: '100',
    POWEROFFICE_TIMEOUT_MS: '300',
    POWEROFFICE_RETRY_BASE_MS: '10',
  },
});
let productCode: string;

beforeAll(() => {
  productCode = h.emulator.rows('Product')[0]?.code as string;
});
beforeEach(() => {
  h.emulator.configure({ faults: { rate: 0, kinds: [], hangMs: 1000 } });
  h.emulator.reset();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A new customer (with or without an email address) and a draft invoice to it with one line. */
async function draft(email: string | null): Promise<Row> {
  const customer = (await h.client.save(CustomerResource, {
    name: `Sendetest ${Math.random().toString(36).slice(2, 8)} AS`,
    ...(email ? { emailAddress: email } : {}),
  })) as Row;
  const invoice = (await h.client.save(OutgoingInvoiceResource, {
    customerCode: customer.code as number,
    // A partial line: PowerOffice fills the rest (the DTO type wants the read-only amounts too).
    outgoingInvoiceLines: [{ lineType: 0, productCode, quantity: 2 } as never],
  })) as Row;
  h.emulator.reset();
  return invoice;
}

const stored = (id: unknown): Row =>
  h.emulator.rows('OutgoingInvoice').find((r) => r.id === id) as Row;

const INVOICE = 'id status isInvoiceBeingProcessed lastErrorMessage invoiceNo documentNo';
const SEND = /* GraphQL */ `
  mutation ($input: SendOutgoingInvoiceInput!) {
    r: sendOutgoingInvoice(input: $input) {
      __typename
      ... on UserError { message }
      ... on ValidationError { fields { field message } }
      ... on NotFoundError { id }
      ... on SendOutgoingInvoicePayload { outgoingInvoice { ${INVOICE} } }
    }
  }
`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on OutgoingInvoice { ${INVOICE} voucherNo cid balance dueDate totalAmount } } }`;

interface SendResult {
  r: {
    __typename: string;
    message?: string;
    fields?: { field: string; message: string }[];
    outgoingInvoice?: Row;
  };
}

/** Polls `node(id:)` as a client following a send would, until `done` or 5 s have passed. */
async function until(id: string, done: (node: Row) => boolean) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const res = await h.gql<{ node: Row }>(NODE, { id });
    if ((res.data?.node && done(res.data.node)) || Date.now() > deadline) return res;
    await sleep(100);
  }
}

describe('sendOutgoingInvoice (POST /OutgoingInvoice/SendInvoice, asynchronous)', () => {
  it('queues a draft: processing at once, then sent with a number; a client follows it', async () => {
    const inv = await draft('faktura@sendetest.no');
    const id = gid('OutgoingInvoice', inv.id);
    // Cached once the replica-lag window of its create has passed: a second read costs nothing.
    await sleep(LAG_MS + 10);
    await h.gql(NODE, { id });
    await h.gql(NODE, { id });
    expect(h.upstream()).toHaveLength(1);
    h.emulator.reset();
    const res = await h.gql<SendResult>(SEND, { input: { invoiceId: id } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.r.__typename).toBe('SendOutgoingInvoicePayload');
    expect(res.data?.r.outgoingInvoice).toMatchObject({
      id,
      status: 'DRAFT',
      isInvoiceBeingProcessed: true,
      invoiceNo: null,
    });
    // Upstream: the state before (fresh), the POST, the state after (fresh). Nothing retried.
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /OutgoingInvoice/${inv.id}`,
      'POST /OutgoingInvoice/SendInvoice',
      `GET /OutgoingInvoice/${inv.id}`,
    ]);
    // Follow it with node(id:) as docs/frontend.md says: the action dropped the cached copy,
    // so the poll asks PowerOffice and sees it processing, then sent.
    h.emulator.reset();
    const polled = await h.gql<{ node: Row }>(NODE, { id });
    expect(polled.data?.node.isInvoiceBeingProcessed).toBe(true);
    expect(h.upstream()).toHaveLength(1);
    const after = await until(id, (n) => n.status === 'SENT');
    const row = stored(inv.id);
    expect(after.data?.node).toMatchObject({
      status: 'SENT',
      isInvoiceBeingProcessed: false,
      lastErrorMessage: null,
      invoiceNo: row.invoiceNo,
      documentNo: String(row.invoiceNo),
      voucherNo: row.invoiceNo,
      cid: row.cid,
      balance: inv.totalAmount,
    });
    expect(row.invoiceNo).toBeGreaterThan(10_000);
    expect(typeof row.dueDate).toBe('string');
    expect(row.customerEmail).toBe('faktura@sendetest.no');
  });

  it('an invoice being delivered is never answered from the cache, however long its lifetime', async () => {
    const inv = await draft('faktura@polling.no');
    // A client whose cache keeps answers for a minute, reading as a poller would.
    const config = withSandbox(loadConfig({ POWEROFFICE_CACHE_TTL_MS: '60000' }), h.emulator);
    const poller = createClient(config.powerOffice);
    try {
      const res = await h.gql<SendResult>(SEND, {
        input: { invoiceId: gid('OutgoingInvoice', inv.id) },
      });
      expect(res.data?.r.outgoingInvoice?.isInvoiceBeingProcessed).toBe(true);
      h.emulator.reset();
      const read = async () =>
        (await poller.get(OutgoingInvoiceResource, inv.id as string)) as Row | null;
      // In passing: every read asks PowerOffice (resource.ts `transientWhen`).
      expect((await read())?.isInvoiceBeingProcessed).toBe(true);
      expect((await read())?.isInvoiceBeingProcessed).toBe(true);
      expect(h.upstream()).toHaveLength(2);
      // Delivered: the next read sees it at once and is kept.
      await sleep(DELAY_MS + 200);
      expect((await read())?.status).toBe(2);
      expect((await read())?.status).toBe(2);
      expect(h.upstream()).toHaveLength(3);
    } finally {
      await poller.close();
    }
  });

  it('refuses a sent invoice with a typed ValidationError on input.invoiceId', async () => {
    const sent = h.emulator.rows('OutgoingInvoice').find((r) => r.status === 2) as Row;
    const res = await h.gql<SendResult>(SEND, {
      input: { invoiceId: gid('OutgoingInvoice', sent.id) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.r).toMatchObject({
      __typename: 'ValidationError',
      fields: [
        { field: 'input.invoiceId', message: 'Only draft and approved invoices can be sent.' },
      ],
    });
    expect(stored(sent.id)).toEqual(sent); // unchanged
    expect(h.upstream().filter((r) => r.method === 'POST')).toHaveLength(1); // never retried
  });

  it('leaves an invoice unsent with lastErrorMessage when the customer has no email', async () => {
    const inv = await draft(null);
    const id = gid('OutgoingInvoice', inv.id);
    const res = await h.gql<SendResult>(SEND, { input: { invoiceId: id } });
    expect(res.data?.r.outgoingInvoice?.isInvoiceBeingProcessed).toBe(true);
    const after = await until(id, (n) => n.isInvoiceBeingProcessed === false);
    expect(after.data?.node).toMatchObject({
      status: 'DRAFT',
      isInvoiceBeingProcessed: false,
      lastErrorMessage: 'The customer has no email address to send the invoice to.',
      invoiceNo: null,
    });
  });

  it('refuses a bad id before any upstream call, and an unknown invoice as NotFoundError', async () => {
    const bad = await h.gql<SendResult>(SEND, {
      input: { invoiceId: gid('Customer', 1) },
    });
    expect(bad.data?.r).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ field: 'input.invoiceId' }],
    });
    expect(h.upstream()).toHaveLength(0);
    const missing = await h.gql<SendResult>(SEND, {
      input: { invoiceId: gid('OutgoingInvoice', '00000000-0000-4000-a000-000000000000') },
    });
    expect(missing.data?.r.__typename).toBe('NotFoundError');
    expect(h.upstream().filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('reconciles a lost answer: the invoice read back is processing, so it was queued', async () => {
    const inv = await draft('lost@sendetest.no');
    h.emulator.configure({
      faults: { rate: 1, kinds: ['drop-after'], hangMs: 1000, methods: ['POST'] },
    });
    const res = await h.gql<SendResult>(SEND, {
      input: { invoiceId: gid('OutgoingInvoice', inv.id) },
    });
    expect(res.data?.r.__typename).toBe('SendOutgoingInvoicePayload');
    // Read back after the lag: still processing, or already sent; either way it was queued.
    const back = res.data?.r.outgoingInvoice;
    expect(back?.isInvoiceBeingProcessed === true || back?.status === 'SENT').toBe(true);
    const posts = h.upstream().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([0]); // dropped once, never repeated
  });

  it('reports a write refused before processing as not applied (500 before the action)', async () => {
    const inv = await draft('refused@sendetest.no');
    h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 1000, methods: ['POST'] } });
    const res = await h.gql<SendResult>(SEND, {
      input: { invoiceId: gid('OutgoingInvoice', inv.id) },
    });
    expect(res.data?.r.__typename).toBe('UpstreamUnavailableError');
    expect(stored(inv.id).isInvoiceBeingProcessed).toBe(false);
    expect(h.upstream().filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('an applied action whose read-back fails (postImport, POST /Import/Post)', () => {
  // The POST succeeds; only the fresh read of the import after it fails. The action WAS applied,
  // so the answer must neither say nothing was saved nor lead a client to post again.
  const POST = /* GraphQL */ `
    mutation ($input: PostImportInput!) {
      r: postImport(input: $input) {
        __typename
        ... on UserError { message }
        ... on AppliedButUnreadError { id code }
        ... on PostImportPayload { import { databaseId isPosted } }
      }
    }
  `;
  interface PostResult {
    r: { __typename: string; message?: string; id?: string; code?: string; import?: Row };
  }

  /** The seed's postable import, unposted again (the data re-seeded). */
  function postable(): Row {
    h.emulator.resetData();
    return h.emulator
      .rows('Import')
      .find((r) => r.isPosted === false && !r.hasFile && r.type === 3) as Row;
  }

  const posts = () =>
    h.upstream().filter((r) => r.method === 'POST' && r.path.endsWith('/Import/Post'));
  const posted = (id: unknown) => h.emulator.rows('Import').find((r) => r.id === id)?.isPosted;

  it.each([
    ['503 on every GET', '503'],
    ['every GET timing out', 'hang'],
  ] as const)('%s: AppliedButUnreadError, posted once', async (_name, kind) => {
    const ready = postable();
    h.emulator.reset();
    // Faults on GETs only: the POST is answered, every read of the import after it fails.
    h.emulator.configure({ faults: { rate: 1, kinds: [kind], hangMs: 600, methods: ['GET'] } });
    const id = gid('Import', ready.id);
    const res = await h.gql<PostResult>(POST, { input: { id } });
    expect(res.errors).toBeUndefined();
    expect(posts().map((r) => r.status)).toEqual([200]); // sent once, never repeated
    expect(posted(ready.id)).toBe(true);
    expect(res.data?.r).toMatchObject({
      __typename: 'AppliedButUnreadError',
      id,
      code: kind === 'hang' ? 'TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
      message: expect.stringContaining('was applied'),
    });
    // The read-back was tried (and retried) after the POST: it is what failed.
    const gets = h.upstream().filter((r) => r.method === 'GET');
    expect(gets.length).toBeGreaterThan(0);
  });

  it('an import not found right after posting is AppliedButUnreadError, not NotFoundError', async () => {
    const ready = postable();
    h.emulator.reset();
    // PowerOffice showing no row for the import just posted (no emulator knob makes a row
    // vanish between two calls): the read-back's GET answers null once.
    const get = vi.spyOn(h.client, 'get').mockResolvedValueOnce(null);
    try {
      const id = gid('Import', ready.id);
      const res = await h.gql<PostResult>(POST, { input: { id } });
      expect(res.errors).toBeUndefined();
      expect(get).toHaveBeenCalledTimes(1);
      expect(posts()).toHaveLength(1);
      expect(posted(ready.id)).toBe(true);
      expect(res.data?.r).toMatchObject({
        __typename: 'AppliedButUnreadError',
        id,
        code: 'NOT_FOUND',
      });
    } finally {
      get.mockRestore();
    }
  });

  it('without faults the payload is the import read back, posted', async () => {
    const ready = postable();
    h.emulator.reset();
    const res = await h.gql<PostResult>(POST, { input: { id: gid('Import', ready.id) } });
    expect(res.data?.r).toEqual({
      __typename: 'PostImportPayload',
      import: { databaseId: ready.id, isPosted: true },
    });
    expect(posts()).toHaveLength(1);
  });
});

describe('invoice notes (GET /OutgoingInvoice/GetNotes/{id}, POST /OutgoingInvoice/SaveNote)', () => {
  const NOTES = /* GraphQL */ `
    query {
      outgoingInvoices(first: 10, where: { status: { eq: DRAFT } }, orderBy: [{ field: ORDER_NO, direction: ASC }]) {
        nodes { databaseId notes { databaseId voucherId text createdByUserId } }
      }
    }
  `;

  it('reads the notes of every invoice of a page, one call per invoice', async () => {
    const res = await h.gql<{
      outgoingInvoices: { nodes: { databaseId: string; notes: Row[] }[] };
    }>(NOTES);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.outgoingInvoices.nodes ?? [];
    const seeded = h.emulator.rows('VoucherNote');
    for (const n of nodes) {
      const want = seeded.filter((s) => s.voucherId === n.databaseId).map((s) => s.text);
      expect(n.notes.map((x) => x.text)).toEqual(want);
    }
    expect(nodes.flatMap((n) => n.notes).length).toBeGreaterThan(0);
    expect(costOf(h.upstream())).toEqual({
      'OutgoingInvoice.list': 1,
      'OutgoingInvoice.sublist': nodes.length,
    });
  });

  it('adds and changes a note; the invoice shows it in the same request that follows', async () => {
    const inv = await draft('note@sendetest.no');
    const id = gid('OutgoingInvoice', inv.id);
    const SAVE = /* GraphQL */ `
      mutation ($input: SaveOutgoingInvoiceNoteInput!) {
        r: saveOutgoingInvoiceNote(input: $input) {
          __typename
          ... on ValidationError { fields { field message } }
          ... on SaveOutgoingInvoiceNotePayload { voucherNote { databaseId voucherId text } }
        }
      }
    `;
    type Saved = { r: { __typename: string; voucherNote?: Row; fields?: Row[] } };
    const added = await h.gql<Saved>(SAVE, { input: { voucherId: id, text: 'Første notat' } });
    expect(added.data?.r).toMatchObject({
      __typename: 'SaveOutgoingInvoiceNotePayload',
      voucherNote: { voucherId: inv.id, text: 'Første notat' },
    });
    const noteId = added.data?.r.voucherNote?.databaseId;
    const changed = await h.gql<Saved>(SAVE, {
      input: { voucherId: id, id: noteId, text: 'Endret notat' },
    });
    expect(changed.data?.r.voucherNote).toMatchObject({ databaseId: noteId, text: 'Endret notat' });
    const read = await h.gql<{ node: { notes: Row[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on OutgoingInvoice { notes { databaseId text } } } }',
      { id },
    );
    expect(read.data?.node.notes).toEqual([{ databaseId: noteId, text: 'Endret notat' }]);
    const empty = await h.gql<Saved>(SAVE, { input: { voucherId: id, text: ' ' } });
    expect(empty.data?.r).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ field: 'input.text', message: 'Must not be blank.' }],
    });
    // The blank text is refused by the facade (declared `notBlank`): it never went upstream.
    expect(h.upstream().filter((r) => r.method === 'POST')).toHaveLength(2);
  });
});

describe('action routes over HTTP', () => {
  // The emulator's HTTP surface through the shared helper, with a fresh token per call.
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await emulatorCall(h.emulator, h.emulator.issueToken(), method, path, body);
    return { status: res.status, allow: res.headers.get('allow'), body: res.body as Row };
  };

  it('routes POST /OutgoingInvoice/SendInvoice to the action, not to an invoice id (was 405)', async () => {
    const inv = await draft('http@sendetest.no');
    const sent = await call('POST', '/OutgoingInvoice/SendInvoice', { invoiceId: inv.id });
    expect(sent).toMatchObject({ status: 200, body: { success: true } });
    expect(Object.keys(sent.body)).toEqual(['success']); // the Success form of reference A4
    const get = await call('GET', '/OutgoingInvoice/SendInvoice');
    expect(get).toMatchObject({ status: 405, allow: 'POST' });
    const notes = await call('GET', `/OutgoingInvoice/GetNotes/${inv.id}`);
    expect(notes).toMatchObject({ status: 200, body: { data: [], count: 0, success: true } });
    const unknown = await call(
      'GET',
      '/OutgoingInvoice/GetNotes/00000000-0000-4000-a000-000000000000',
    );
    expect(unknown.status).toBe(404);
  });

  it('the client accepts the double-wrapped Success form and its success:false', async () => {
    // Reference A4: SendInvoice's route docs show {"data":{"data":…,"success":…,"validation":…}}.
    const { createServer } = await import('node:http');
    const answers = [
      '{"data":{"success":true,"data":null},"success":true}',
      '{"data":{"success":false,"validation":{"summary":"No.","fields":{"invoiceId":"No."}}},"success":true}',
    ];
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/OAuth')) {
        res.end('{"access_token":"t","token_type":"bearer","expires_in":600}');
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(answers.shift());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const { loadConfig } = await import('../src/config.js');
    const { createClient } = await import('../src/poweroffice/client.js');
    const base = loadConfig({}).powerOffice;
    const client = createClient({
      ...base,
      apiUrl: `http://127.0.0.1:${port}/`,
      tokenUrl: `http://127.0.0.1:${port}/OAuth/Token`,
      applicationKey: 'a',
      clientKey: 'b',
    });
    try {
      await expect(
        client.action(OutgoingInvoiceResource, 'send', { invoiceId: 'x' }),
      ).resolves.toBeNull();
      await expect(
        client.action(OutgoingInvoiceResource, 'send', { invoiceId: 'x' }),
      ).rejects.toMatchObject({ code: 'VALIDATION', writeOutcome: 'not-applied' });
    } finally {
      await client.close();
      server.close();
    }
  });
});
