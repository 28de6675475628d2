import { describe, expect, it } from 'vitest';
import { useHarness } from './graph-harness.js';

// The first report declared with route parameters (accounting reference §14): dates are
// required arguments, the rows equal what the emulator's books say, and paging stays in range.

type Row = Record<string, unknown>;
const h = useHarness({ emulator: { scale: 'tiny', seed: 5 } });

/** Sent invoices and credit notes of the seed with a voucher date in the range, by the books. */
function booked(from: string, to: string): Row[] {
  return h.emulator
    .rows('OutgoingInvoice')
    .filter((i) => (i.status as number) >= 2)
    .filter((i) => {
      const day = String(i.voucherDate).slice(0, 10);
      return day >= from && day <= to;
    });
}

describe('Reporting/InvoiceJournal', () => {
  it('answers the vouchers of the range, credit notes marked, at one call', async () => {
    const sent = booked('2000-01-01', '2100-12-31');
    const days = sent.map((i) => String(i.voucherDate).slice(0, 10)).sort();
    const from = days[Math.floor(days.length / 4)] as string;
    const to = days[Math.floor((days.length * 3) / 4)] as string;
    const expected = booked(from, to);
    expect(expected.length).toBeGreaterThan(2);
    h.emulator.reset();
    const res = await h.gql<{
      invoiceJournal: { totalCount: number; nodes: Row[] };
    }>(
      `query ($from: Date!, $to: Date!) {
        invoiceJournal(fromDate: $from, toDate: $to, first: 100) {
          totalCount
          nodes { databaseId invoiceNo voucherType totalAmount voucherDate salesLines { totalInclusive } }
        }
      }`,
      { from, to },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data?.invoiceJournal;
    expect(page?.totalCount).toBe(expected.length);
    const byId = new Map(expected.map((i) => [i.id, i]));
    for (const n of page?.nodes ?? []) {
      const inv = byId.get(n.databaseId) as Row;
      expect(n.invoiceNo).toBe(inv.invoiceNo);
      expect(n.totalAmount).toBe(inv.totalAmount);
      expect(n.voucherType).toBe(
        inv.relatedDocumentNo ? 'OUTGOING_CREDIT_NOTE' : 'OUTGOING_INVOICE',
      );
      expect(String(n.voucherDate) >= from && String(n.voucherDate) <= to).toBe(true);
      const lines = n.salesLines as Row[];
      expect(lines.length).toBe((inv.outgoingInvoiceLines as Row[]).length);
    }
    const calls = h.upstream();
    expect(calls).toHaveLength(1);
    const q = new URLSearchParams(calls[0]?.query);
    expect([q.get('fromDate'), q.get('toDate')]).toEqual([from, to]);
  });

  it('refuses a missing date before any upstream call', async () => {
    h.emulator.reset();
    const res = await h.gql('{ invoiceJournal(fromDate: "2025-01-01") { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/toDate/);
    expect(h.upstream()).toHaveLength(0);
  });

  it('refuses a cursor of another date range', async () => {
    const first = await h.gql<{ invoiceJournal: { pageInfo: { endCursor: string } } }>(
      '{ invoiceJournal(fromDate: "2000-01-01", toDate: "2100-12-31", first: 2) { pageInfo { endCursor } } }',
    );
    const cursor = first.data?.invoiceJournal.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    h.emulator.reset();
    const res = await h.gql(
      `{ invoiceJournal(fromDate: "2001-01-01", toDate: "2100-12-31", first: 2, after: "${cursor}") { totalCount } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.upstream()).toHaveLength(0);
  });

  it('the emulator answers 400 with the missing parameter by name', async () => {
    const token = h.emulator.issueToken();
    const res = await fetch(`${h.emulator.url}/Reporting/InvoiceJournal?fromDate=2025-01-01`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { success: boolean; validation: { fields: Row } };
    expect(body.success).toBe(false);
    expect(Object.keys(body.validation.fields)).toEqual(['toDate']);
    const odd = await fetch(
      `${h.emulator.url}/Reporting/InvoiceJournal?fromDate=2025-13-45&toDate=2025-01-31`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(odd.status).toBe(400);
    const php = await fetch(
      `${h.emulator.url}/Reporting/InvoiceJournal?fromDate=2000-01-01%2000:00:00&toDate=2100-01-01%2000:00:00`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(php.status).toBe(200);
  });

  it('downloads a voucher as PDF through the facade (GetPdf, §14): one upstream GET, no token', async () => {
    const base = h.url.replace(/\/graphql$/, '');
    const res = await h.gql<{ invoiceJournal: { nodes: Row[] } }>(
      '{ invoiceJournal(fromDate: "2000-01-01", toDate: "2100-12-31", first: 100) { nodes { databaseId invoiceNo voucherType pdfUrl } } }',
    );
    const nodes = res.data?.invoiceJournal.nodes ?? [];
    const note = nodes.find((n) => n.voucherType === 'OUTGOING_CREDIT_NOTE') as Row;
    expect(note).toBeDefined();
    expect(note.pdfUrl).toBe(`/files/InvoiceJournalLine/pdf/${String(note.databaseId)}`);
    h.emulator.reset();
    const pdf = await fetch(`${base}${String(note.pdfUrl)}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(bytes.startsWith('%PDF-1.4')).toBe(true);
    expect(bytes).toContain(`Kreditnota ${String(note.invoiceNo)}`);
    expect([...pdf.headers.keys()].join(' ')).not.toMatch(/authorization|token/i);
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /Reporting/InvoiceJournal/GetPdf/${String(note.databaseId)}`,
    ]);
    // A voucher PowerOffice does not know: 404 from the facade's route.
    const none = await fetch(
      `${base}/files/InvoiceJournalLine/pdf/00000000-0000-4000-a000-000000000000`,
    );
    expect(none.status).toBe(404);
  });
});
