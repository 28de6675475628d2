import { describe, expect, it } from 'vitest';
import { UPLOAD_MAX_BYTES } from '../src/poweroffice/resources/fields.js';
import { call } from './emulator-support.js';
import { costOf, gid, useHarness } from './graph-harness.js';

// JournalEntryVoucher (accounting.md §3) and Import (§4) through the real Yoga server over
// loopback: uploads as base64 in JSON inputs, bounded before any upstream call and behind the
// CSRF guard; the file required on create and never returned; imports followed to posted.

type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: 'tiny', seed: 9 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

async function gql<T>(query: string, variables?: Row) {
  h.emulator.reset();
  const res = await h.gql<T>(query, variables);
  expect(res.errors, query).toBeUndefined();
  return { data: res.data as T, upstream: h.upstream() };
}

const pdf = Buffer.from('%PDF-1.4\n% kvittering\n%%EOF\n').toString('base64');

const CREATE_JEV = `mutation($input: CreateJournalEntryVoucherInput!) {
  createJournalEntryVoucher(input: $input) {
    __typename
    ... on CreateJournalEntryVoucherPayload { journalEntryVoucher { databaseId voucherType lines { debitAccountCode creditAccountCode amount } } }
    ... on ValidationError { fields { field message } }
  }
}`;

describe('journal-entry vouchers', () => {
  it('lists the stored vouchers and their lines’ references with one call per level', async () => {
    const { data, upstream } = await gql<{ journalEntryVouchers: { nodes: Row[] } }>(
      '{ journalEntryVouchers(first: 20) { nodes { databaseId supplier { code } lines { amount debitVat { code } project { code } } } } }',
    );
    const stored = h.emulator.rows('JournalEntryVoucher');
    expect(data.journalEntryVouchers.nodes.map((n) => n.databaseId).sort()).toEqual(
      stored.map((r) => r.id).sort(),
    );
    expect(costOf(upstream)).toEqual({
      'JournalEntryVoucher.list': 1,
      'Supplier.list': 1,
      'VatCode.list': 1,
      'Project.list': 1,
    });
  });

  it('resolves line account codes to the account or party they name (relations.md §3.6), batched', async () => {
    const ACCOUNT = `{ __typename ... on GeneralLedgerAccount { code } ... on Customer { code }
      ... on Supplier { code } ... on Employee { code } }`;
    const { data, upstream } = await gql<{ journalEntryVouchers: { nodes: Row[] } }>(
      `{ journalEntryVouchers(first: 20) { nodes { databaseId lines {
        debitAccountCode creditAccountCode debitAccount ${ACCOUNT} creditAccount ${ACCOUNT} } } } }`,
    );
    const lines = data.journalEntryVouchers.nodes.flatMap((n) => n.lines as Row[]);
    const pairs = lines.flatMap((l) => [
      [l.debitAccountCode, l.debitAccount],
      [l.creditAccountCode, l.creditAccount],
    ]) as Array<[number | null, Row | null]>;
    const named = pairs.filter(([code]) => code != null);
    expect(named.length).toBeGreaterThan(0);
    const tables = ['GeneralLedgerAccount', 'Customer', 'Supplier', 'Employee'];
    for (const [code, account] of named) {
      const kind = tables.find((t) => h.emulator.rows(t).some((r) => r.code === code));
      expect(account, String(code)).toEqual({ __typename: kind, code });
    }
    // The vouchers, then one call per member type the codes name (and the number series, only
    // when a code lies outside 1000–9999).
    const cost = costOf(upstream);
    expect(cost['JournalEntryVoucher.list']).toBe(1);
    for (const [name, n] of Object.entries(cost)) expect(n, name).toBe(1);
  });

  it('creates one with its file, which is stored and never returned', async () => {
    const { data } = await gql<{ createJournalEntryVoucher: Row }>(CREATE_JEV, {
      input: {
        data: {
          voucherType: 'MANUAL_JOURNAL',
          currencyCode: 'NOK',
          file: { fileName: 'bilag.pdf', fileType: 'PDF', base64EncodedData: pdf },
          voucherLines: [
            {
              debitAccountCode: 1920,
              creditAccountCode: 3000,
              creditVatCode: '3',
              amount: 150_000,
            },
          ],
        },
      },
    });
    const made = (data.createJournalEntryVoucher as { journalEntryVoucher: Row })
      .journalEntryVoucher;
    expect(made.lines).toEqual([
      { debitAccountCode: 1920, creditAccountCode: 3000, amount: 150_000 },
    ]);
    const stored = h.emulator.rows('JournalEntryVoucher').find((r) => r.id === made.databaseId);
    expect((stored?.file as Row | undefined)?.base64EncodedData).toBe(pdf);
    const res = await fetch(`${h.emulator.url}/JournalEntryVoucher/${String(made.databaseId)}`, {
      headers: { authorization: `Bearer ${h.emulator.issueToken()}` },
    });
    expect(JSON.stringify(await res.json())).not.toContain(pdf);
  });

  it('refuses a voucher without its file, and an oversized or non-base64 file, before any upstream call', async () => {
    const base = { voucherType: 'MANUAL_JOURNAL', currencyCode: 'NOK' };
    const noFile = await gql<{ createJournalEntryVoucher: { __typename: string; fields: Row[] } }>(
      CREATE_JEV,
      { input: { data: base } },
    );
    expect(noFile.data.createJournalEntryVoucher.__typename).toBe('ValidationError');
    expect(noFile.data.createJournalEntryVoucher.fields.map((f) => f.field)).toEqual([
      'input.data.file',
    ]);
    expect(noFile.upstream).toHaveLength(0);
    const big = Buffer.alloc(UPLOAD_MAX_BYTES + 3).toString('base64');
    const tooBig = await gql<{ createJournalEntryVoucher: { __typename: string; fields: Row[] } }>(
      CREATE_JEV,
      {
        input: {
          data: { ...base, file: { fileName: 'x.pdf', fileType: 'PDF', base64EncodedData: big } },
        },
      },
    );
    expect(tooBig.data.createJournalEntryVoucher.fields).toEqual([
      { field: 'input.data.file.base64EncodedData', message: `At most ${UPLOAD_MAX_BYTES} bytes.` },
    ]);
    expect(tooBig.upstream).toHaveLength(0);
    const notBase64 = await gql<{ createJournalEntryVoucher: { fields: Row[] } }>(CREATE_JEV, {
      input: {
        data: {
          ...base,
          file: { fileName: 'x.pdf', fileType: 'PDF', base64EncodedData: 'ikke base64!' },
        },
      },
    });
    expect(notBase64.data.createJournalEntryVoucher.fields[0]?.message).toBe('Must be base64.');
    expect(notBase64.upstream).toHaveLength(0);
    // The emulator holds the same rules for callers that skip the facade.
    const token = h.emulator.issueToken();
    const direct = await call(h.emulator, token, 'POST', '/JournalEntryVoucher', {
      voucherType: 4,
      currencyCode: 'NOK',
    });
    const body = direct.body as { success: boolean; validation: { fields: Row } };
    expect(body.success).toBe(false);
    expect(Object.keys(body.validation.fields)).toContain('file');
    const refused = await call(h.emulator, token, 'POST', '/JournalEntryVoucher', {
      voucherType: 4,
      currencyCode: 'NOK',
      file: { fileName: 'x.pdf', fileType: 'PDF', base64EncodedData: 'ikke base64!' },
    });
    expect((refused.body as { validation: { fields: Row } }).validation.fields).toMatchObject({
      'file.base64EncodedData': 'Must be base64.',
    });
  });

  it('forwards an incoming EHF (accepted), refuses a file that is not XML', async () => {
    const xml = Buffer.from('<?xml version="1.0"?><Invoice/>').toString('base64');
    const M = `mutation($input: ForwardIncomingEhfInput!) { forwardIncomingEhf(input: $input) {
      __typename ... on ForwardIncomingEhfPayload { accepted { accepted } } ... on ValidationError { fields { field } } } }`;
    const ok = await gql<{ forwardIncomingEhf: Row }>(M, {
      input: { originalFileName: 'faktura.xml', base64EncodedData: xml },
    });
    expect(ok.data.forwardIncomingEhf).toEqual({
      __typename: 'ForwardIncomingEhfPayload',
      accepted: { accepted: true },
    });
    const bad = await gql<{ forwardIncomingEhf: Row }>(M, {
      input: { originalFileName: 'faktura.xml', base64EncodedData: pdf },
    });
    expect(bad.data.forwardIncomingEhf).toMatchObject({ __typename: 'ValidationError' });
    // A name that is not .xml is knowable from the input: refused before any upstream call.
    const named = await gql<{ forwardIncomingEhf: Row }>(M, {
      input: { originalFileName: 'faktura.pdf', base64EncodedData: xml },
    });
    expect(named.data.forwardIncomingEhf).toEqual({
      __typename: 'ValidationError',
      fields: [{ field: 'input.originalFileName' }],
    });
    expect(named.upstream).toHaveLength(0);
  });

  it('keeps uploads behind the CSRF guard: a multipart or form POST is refused before anything runs', async () => {
    h.emulator.reset();
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query:
          'mutation { forwardIncomingEhf(input: { originalFileName: "a.xml", base64EncodedData: "PGEvPg==" }) { __typename } }',
      }),
    );
    const res = await fetch(h.url, { method: 'POST', body: form });
    expect(res.status).toBe(403);
    expect(h.upstream()).toHaveLength(0);
    expect(h.emulator.rows('IncomingEhf')).toHaveLength(1); // only the accepted one above
  });
});

describe('imports', () => {
  const STATUS =
    '{ imports(first: 20) { nodes { databaseId isPosted status { isPosted hasError canBePosted errorDescription } } } }';

  it('shows every import with its status, one status call per import', async () => {
    const { data, upstream } = await gql<{ imports: { nodes: Row[] } }>(STATUS);
    const stored = h.emulator.rows('Import');
    expect(data.imports.nodes).toHaveLength(stored.length);
    const states = data.imports.nodes.map((n) => n.status as Row);
    expect(states.some((s) => s.isPosted === true)).toBe(true);
    expect(states.some((s) => s.canBePosted === true)).toBe(true);
    expect(states.filter((s) => s.hasError === true).length).toBeGreaterThanOrEqual(2);
    expect(costOf(upstream)).toEqual({ 'Import.list': 1, 'Import.read': stored.length });
  });

  it('posts a valid import and follows it to posted; a posted import cannot be changed or deleted', async () => {
    const ready = h.emulator
      .rows('Import')
      .find((r) => r.isPosted === false && !r.hasFile && r.type === 3) as Row;
    const POST = `mutation($input: PostImportInput!) { postImport(input: $input) {
      __typename ... on PostImportPayload { import { databaseId isPosted status { isPosted canBePosted } } }
      ... on ValidationError { fields { field message } } } }`;
    const posted = await gql<{ postImport: Row }>(POST, { input: { id: gid('Import', ready.id) } });
    expect(posted.data.postImport).toEqual({
      __typename: 'PostImportPayload',
      import: {
        databaseId: ready.id,
        isPosted: true,
        status: { isPosted: true, canBePosted: false },
      },
    });
    // Posting writes the import's voucher to the books (accounting.md §4, §11): one transaction
    // per line, amounts and sub-ledger codes as imported, and the trial balance still zero.
    const books = await gql<{
      accountTransactions: { nodes: Row[] };
      trialBalance: { nodes: Row[] };
    }>(
      `query($id: String!) {
        accountTransactions(fromDate: "2000-01-01", toDate: "2100-12-31", first: 100,
          where: { createdFromImportJournalId: { eq: $id } }) {
          nodes { accountCode amount employeeAccountNo voucherType }
        }
        trialBalance(date: "2100-12-31", first: 100) { nodes { balance } }
      }`,
      { id: ready.id },
    );
    const lines = ready.importLines as Row[];
    const posting = books.data.accountTransactions.nodes;
    expect(posting.map((t) => t.amount).sort()).toEqual(lines.map((l) => l.amount).sort());
    expect(posting.every((t) => t.voucherType === 'PAYROLL_JOURNAL')).toBe(true);
    const employeeLine = lines.find((l) => l.employeeCode != null) as Row;
    expect(posting.find((t) => t.employeeAccountNo != null)).toMatchObject({
      accountCode: 2910,
      employeeAccountNo: employeeLine.employeeCode,
      amount: employeeLine.amount,
    });
    const total = books.data.trialBalance.nodes.reduce(
      (sum, r) => sum + Number(r.balance) * 100,
      0,
    );
    expect(Math.round(total)).toBe(0);
    const again = await gql<{ postImport: Row }>(POST, { input: { id: gid('Import', ready.id) } });
    expect(again.data.postImport).toMatchObject({ __typename: 'ValidationError' });
    const change = await gql<{ updateImport: Row }>(
      `mutation { updateImport(input: { id: "${gid('Import', ready.id)}", data: { description: "x" } }) { __typename } }`,
    );
    expect(change.data.updateImport.__typename).not.toBe('UpdateImportPayload');
    const del = await gql<{ deleteImport: Row }>(
      `mutation { deleteImport(id: "${gid('Import', ready.id)}") { __typename } }`,
    );
    expect(del.data.deleteImport.__typename).toBe('ConflictError');
    expect(h.emulator.rows('Import').find((r) => r.id === ready.id)?.description).toBe(
      ready.description,
    );
  });

  it('refuses to post an unbalanced import, with the reason on the id', async () => {
    const bad = h.emulator
      .rows('Import')
      .find((r) => String(r.description).includes('ubalansert')) as Row;
    const res = await gql<{ postImport: Row }>(
      `mutation { postImport(input: { id: "${gid('Import', bad.id)}" }) { __typename ... on ValidationError { fields { field message } } } }`,
    );
    expect(res.data.postImport).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ field: 'input.id', message: expect.stringContaining('does not balance') }],
    });
  });

  it('a balanced import that posting would refuse is not reported as postable', async () => {
    // Account 1500 is the customers' control account: a line on it needs a customer code.
    const line = (accountNumber: number, amount: number) => ({
      accountNumber,
      amount,
      documentNumber: 7,
      documentDate: '2025-01-31',
      postingDate: '2025-01-31',
    });
    const res = await gql<{ createImport: { import: Row } }>(
      `mutation($input: CreateImportInput!) { createImport(input: $input) { __typename ... on CreateImportPayload { import { databaseId status { canBePosted errorDescription } } } } }`,
      {
        input: {
          data: {
            description: 'Kontrollkonto uten kunde',
            type: 'VOUCHER_JOURNAL',
            date: '2025-01-31',
            importLines: [line(1500, 100), line(3000, -100)],
          },
        },
      },
    );
    const status = res.data.createImport.import.status as Row;
    expect(status.canBePosted).toBe(false);
    expect(String(status.errorDescription)).toContain('customer code is required');
  });

  it('uploads an import as a file (base64 and its type), which stays unposted with an error', async () => {
    const csv = Buffer.from('Bilagsnr;Dato;Konto;Beløp\n1;2025-01-31;1920;100\n').toString(
      'base64',
    );
    const res = await gql<{ createImport: { import: Row } }>(
      `mutation($input: CreateImportInput!) { createImport(input: $input) { __typename ... on CreateImportPayload { import { databaseId isPosted status { hasError canBePosted } } } } }`,
      {
        input: {
          data: {
            description: 'Fra fil',
            type: 'VOUCHER_JOURNAL',
            date: '2025-01-31',
            file: {
              importFileType: 'STANDARD_IMPORT_FILE',
              fileName: 'bilag.csv',
              base64EncodedData: csv,
            },
          },
        },
      },
    );
    expect(res.data.createImport.import).toMatchObject({
      isPosted: false,
      status: { hasError: true, canBePosted: false },
    });
  });
});

describe('voucher documentation (Blob)', () => {
  it("lists an invoice's documents by voucher number and downloads one without exposing the token", async () => {
    const doc = h.emulator.rows('VoucherDocument')[0] as Row;
    const invoice = h.emulator
      .rows('OutgoingInvoice')
      .find((i) => i.voucherNo === doc.voucherNo) as Row;
    const { data, upstream } = await gql<{ node: Row }>(
      `{ node(id: "${gid('OutgoingInvoice', invoice.id)}") { ... on OutgoingInvoice { documents { voucherNo fileName fileType } documentationUrl } } }`,
    );
    expect(data.node.documents).toEqual([
      { voucherNo: doc.voucherNo, fileName: doc.fileName, fileType: 'APPLICATION_PDF' },
    ]);
    expect(upstream.map((r) => r.path)).toContain(
      `/Blob/GetVoucherDocumentationList/${String(doc.voucherNo)}`,
    );
    h.emulator.reset();
    const base = h.url.replace(/\/graphql$/, '');
    const res = await fetch(`${base}${String(data.node.documentationUrl)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${String(doc.fileName)}"`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(Buffer.from(String(doc.base64EncodedData), 'base64'))).toBe(true);
    expect([...res.headers.keys()].join(' ')).not.toMatch(/authorization|token/i);
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /Blob/GetVoucherDocumentation/${String(doc.voucherNo)}`,
    ]);
    // A voucher without documentation: an empty list, and 404 for its download.
    const none = await fetch(`${base}/files/OutgoingInvoice/documentation/987654`);
    expect(none.status).toBe(404);
  });

  it("serves a transaction's EHF and scanned pages (VoucherEhf, VoucherImage) through the facade", async () => {
    const base = h.url.replace(/\/graphql$/, '');
    const { data } = await gql<{ accountTransactions: { nodes: Row[] } }>(
      `{ accountTransactions(fromDate: "2000-01-01", toDate: "2100-12-31", first: 100,
          where: { supplierAccountNo: { isNull: false } }) {
          nodes { voucherNo supplierAccountNo amount isCreatedFromEhf voucherImagesCount ehfUrl imageUrls } } }`,
    );
    const rows = data.accountTransactions.nodes;
    const ehf = rows.find((r) => r.isCreatedFromEhf === true) as Row;
    const scanned = rows.find((r) => Number(r.voucherImagesCount) === 2) as Row;
    expect(ehf).toBeDefined();
    expect(scanned).toBeDefined();
    const no = String(scanned.voucherNo);
    expect(scanned.imageUrls).toEqual([
      `/files/AccountTransaction/images/${no}/1`,
      `/files/AccountTransaction/images/${no}/2`,
    ]);
    h.emulator.reset();
    const page = await fetch(`${base}${String((scanned.imageUrls as string[])[1])}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('image/jpeg');
    const jpeg = Buffer.from(await page.arrayBuffer());
    expect(jpeg.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(jpeg.subarray(-2).toString('hex')).toBe('ffd9');
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /Blob/VoucherImage/${no}/2`,
    ]);
    // Past the last page, and a voucher that did not come as EHF: 404.
    expect((await fetch(`${base}/files/AccountTransaction/images/${no}/3`)).status).toBe(404);
    expect((await fetch(`${base}/files/AccountTransaction/ehf/${no}`)).status).toBe(404);
    const xml = await fetch(`${base}${String(ehf.ehfUrl)}`);
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toBe('application/xml');
    const text = await xml.text();
    const supplier = h.emulator
      .rows('Supplier')
      .find((r) => r.code === ehf.supplierAccountNo) as Row;
    const escaped = String(supplier.name).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(text).toContain(`<cbc:Name>${escaped}</cbc:Name>`);
    expect(text).toContain(
      `<cbc:PayableAmount currencyID="NOK">${(-Number(ehf.amount)).toFixed(2)}`,
    );
  });
});
