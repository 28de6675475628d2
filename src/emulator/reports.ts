import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { timeTransactions } from './report-time.js';
import type { Store } from './store.js';
import type { FieldErrors, Row } from './wire.js';

/**
 * Report routes: rows computed from the emulator's books for the parameters of one request,
 * then filtered, ordered and paged with OData like any list. One function per report name.
 */

/** The report's parameters as given, dates reduced to their calendar day (YYYY-MM-DD). */
export type ReportParams = Readonly<Record<string, string>>;

type Report = (store: Store, params: ReportParams, now: number) => Row[];

/**
 * Reads and checks a report's parameters: a non-nullable one is required, dates take ISO
 * (`2025-01-31`, `2025-01-31T00:00:00`) or the PHP client's `2025-01-31 00:00:00` (accounting
 * reference §0). Returns the errors by parameter name, or the normalised values.
 */
export function readReportParams(
  spec: ResourceSpec,
  query: URLSearchParams,
): { params: ReportParams } | { errors: FieldErrors } {
  const params: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(spec.params ?? {})) {
    // Route parameters are case-insensitive in ASP.NET.
    const entry = [...query.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase());
    const raw = entry?.[1]?.trim();
    if (raw === undefined || raw === '') {
      if (!field.nullable) errors[name] = `${name} is required.`;
      continue;
    }
    if (field.type === 'scalar' && (field.kind === 'datetime' || field.kind === 'datetimeoffset')) {
      const m =
        /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw);
      const day = m?.[1];
      if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
        errors[name] = `${name} must be a date, e.g. 2025-01-31.`;
        continue;
      }
      params[name] = day;
    } else if (
      field.type === 'scalar' &&
      (field.kind === 'long' || field.kind === 'int') &&
      !/^-?\d{1,19}$/.test(raw)
    ) {
      errors[name] = `${name} must be a whole number.`;
    } else params[name] = raw;
  }
  return Object.keys(errors).length > 0 ? { errors } : { params };
}

const dayOf = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 10) : '');

/** Accounting reference §14: sent invoices and credit notes by voucher date. */
const invoiceJournal: Report = (store, params) => {
  const from = params.fromDate ?? '';
  const to = params.toDate ?? '';
  const rows: Row[] = [];
  for (const inv of store.table('OutgoingInvoice').all()) {
    if ((inv.status as number) < 2) continue; // only sent (posted) vouchers are journalled
    const day = dayOf(inv.voucherDate);
    if (day < from || day > to) continue;
    const net = (inv.netAmount as number) ?? 0;
    const total = (inv.totalAmount as number) ?? 0;
    const credited = inv.relatedDocumentNo;
    rows.push({
      id: inv.id,
      voucherType: credited === undefined ? 4 : 5,
      voucherNo: inv.voucherNo,
      invoiceNo: inv.invoiceNo,
      currency: inv.currencyCode,
      voucherDate: inv.voucherDate,
      dueDate: inv.dueDate,
      reference: inv.customerReference,
      cid: inv.cid,
      netAmount: net,
      vatAmount: Math.round((total - net) * 100) / 100,
      totalAmount: total,
      creditNoteInvoiceReference: credited === undefined ? undefined : Number(credited),
      invoiceJournalSalesLines: ((inv.outgoingInvoiceLines as Row[] | undefined) ?? []).map(
        (l) => ({
          id: l.id,
          voucherLineType: l.lineType,
          description: l.description,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discountPercent: l.discountPercent,
          totalExclusive: l.netAmount,
          totalVat: Math.round(((l.totalAmount as number) - (l.netAmount as number)) * 100) / 100,
          totalInclusive: l.totalAmount,
        }),
      ),
      // Paid and archived invoices are paid; a sent one is open (DECISIONS.md).
      invoiceStatus: (inv.status as number) >= 3 ? 1 : 0,
      importedOrderNo: inv.importedOrderNo,
      currencyRate: inv.currencyExchangeRate,
      lastChanged: inv.lastChanged,
      balance: (inv.balance as number | undefined) ?? 0,
      externalImportReference: inv.externalImportReference,
      expectedDueDate: inv.expectedDueDate,
      invoiceDebtCollectionStatus: inv.invoiceDebtCollectionStatus,
      debtCollectionCaseStatus: inv.debtCollectionCaseStatus,
      debtCollectionCode: inv.debtCollectionCode,
      hasVoucherDocumentation: false,
    });
  }
  return rows;
};

/** Reports by resource name. */
export const REPORTS: Readonly<Record<string, Report>> = {
  InvoiceJournalLine: invoiceJournal,
  TimeTransaction: timeTransactions,
};
