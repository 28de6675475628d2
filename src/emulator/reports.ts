import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { CUSTOMER_LEDGER, SUPPLIER_LEDGER, TRANSACTIONS, VOUCHERS } from './books.js';
import { CHART } from './chart.js';
import { timeTransactions } from './report-time.js';
import { VOUCHER_REPORTS } from './rules-vouchers.js';
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
    } else if (field.type === 'scalar' && (field.kind === 'long' || field.kind === 'int')) {
      if (!/^-?\d{1,19}$/.test(raw)) errors[name] = `${name} must be a whole number.`;
      else params[name] = raw;
    } else if (field.type === 'scalar' && field.kind === 'bool') {
      if (!/^(true|false)$/i.test(raw)) errors[name] = `${name} must be true or false.`;
      else params[name] = raw.toLowerCase();
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
    if (params.fromInvoiceNo !== undefined) {
      // The invoice-number route (§14): a range of numbers instead of dates.
      const no = inv.invoiceNo as number;
      if (no < Number(params.fromInvoiceNo) || no > Number(params.toInvoiceNo)) continue;
    } else {
      const day = dayOf(inv.voucherDate);
      if (day < from || day > to) continue;
    }
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

/** Today's date (UTC) of the emulator's clock, for reports whose date defaults to today. */
const today = (now: number): string => new Date(now).toISOString().slice(0, 10);

/** Accounting reference §11: posted entries by posting date, optionally of one account. */
const accountTransactions: Report = (store, params) => {
  const from = params.fromDate ?? '';
  const to = params.toDate ?? '';
  const account = params.accountCode === undefined ? undefined : Number(params.accountCode);
  const table = store.table(TRANSACTIONS);
  const rows = account === undefined ? table.all() : table.candidates('accountCode', [account]);
  return rows.filter((t) => {
    const day = dayOf(t.date);
    return day >= from && day <= to;
  });
};

/** Whether a ledger entry is open at the end of `day`: posted by then, not matched by then. */
const openAt = (e: Row, day: string): boolean =>
  dayOf(e.postingDate) <= day && (e.matchId == null || dayOf(e.matchDate) > day);

/**
 * Accounting reference §12: the open items at `toDate` (their balance then is their amount:
 * matching closes an entry whole), the statement between `fromDate` and `toDate` (balances as
 * they are now), or one match group (`/{matchId}`). See DECISIONS.md.
 */
function ledger(table: string): Report {
  return (store, params) => {
    const t = store.table(table);
    if (params.matchId !== undefined) return t.candidates('matchId', [Number(params.matchId)]);
    const to = params.toDate ?? '';
    const from = params.fromDate;
    if (from !== undefined) {
      return t.all().filter((e) => {
        const day = dayOf(e.postingDate);
        return day >= from && day <= to;
      });
    }
    return t
      .all()
      .filter((e) => openAt(e, to))
      .map((e) => (e.balance === e.amount ? e : { ...e, balance: e.amount }));
  };
}

/**
 * Accounting reference §13: every active party's balance at `toDate` (default today): the sum
 * of its open items then (`includeOnlyOpenItems` null or true) or of every entry posted by then.
 */
function balances(kind: 'Customer' | 'Supplier', table: string): Report {
  const lower = kind.toLowerCase();
  return (store, params, now) => {
    const at = params.toDate ?? today(now);
    const openOnly = params.includeOnlyOpenItems !== 'false';
    const sums = new Map<unknown, number>();
    for (const e of store.table(table).all()) {
      if (openOnly ? !openAt(e, at) : dayOf(e.postingDate) > at) continue;
      const code = e[`${lower}Code`];
      sums.set(code, (sums.get(code) ?? 0) + Math.round((e.amount as number) * 100));
    }
    const group = params.contactGroup?.toLowerCase();
    const rows: Row[] = [];
    for (const p of store.table(kind).all()) {
      if (p.isActive === false) continue;
      if (group !== undefined) {
        const groups = (p.contactGroups as string[] | undefined) ?? [];
        if (!groups.some((g) => g.toLowerCase() === group)) continue;
      }
      // The series a party was created in (core-and-sales B1 `subledgerNumberSeriesId`).
      const series = params.subledgerNumberSeriesId?.toLowerCase();
      if (
        series !== undefined &&
        String(p.subledgerNumberSeriesId ?? '').toLowerCase() !== series
      ) {
        continue;
      }
      rows.push({
        [`${lower}Id`]: p.id,
        [`${lower}Name`]: p.name,
        [`${lower}Code`]: p.code,
        [`${lower}ExternalCode`]: p.externalCode,
        balance: (sums.get(p.code) ?? 0) / 100,
      });
    }
    return rows;
  };
}

/**
 * Accounting reference §15: each account's balance at the end of `date` (default today), for
 * every account with an entry by then; the filtered form (variant (a)) keeps only the entries of
 * a department, product or project (empty strings filter nothing), or those without department.
 */
const trialBalance: Report = (store, params, now) => {
  const at = params.date ?? today(now);
  const department = params.departmentCode || undefined;
  const product = params.productCode || undefined;
  const project = params.projectCode || undefined;
  const subProjects = params.includeSubProject === 'true';
  const withoutDepartment = params.showOnlyTransactionsWithoutDepartment === 'true';
  const sums = new Map<number, number>();
  for (const t of store.table(TRANSACTIONS).all()) {
    if (dayOf(t.date) > at) continue;
    if (department !== undefined && t.departmentCode !== department) continue;
    if (withoutDepartment && t.departmentCode != null) continue;
    if (product !== undefined && t.productCode !== product) continue;
    if (project !== undefined) {
      const code = t.projectCode as string | undefined;
      const sub = subProjects && code?.startsWith(`${project}.`);
      if (code !== project && !sub) continue;
    }
    const account = t.accountCode as number;
    sums.set(account, (sums.get(account) ?? 0) + Math.round((t.amount as number) * 100));
  }
  const names = new Map<number, string>(CHART.map((a) => [a.code, a.name]));
  for (const a of store.tables.get('GeneralLedgerAccount')?.all() ?? []) {
    names.set(a.code as number, a.name as string);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([accountCode, cents]) => ({
      accountCode,
      accountName: names.get(accountCode),
      balance: cents / 100,
      budget: 0,
    }));
};

/** Accounting reference §16: vouchers per voucher type with a voucher date in the range. */
const usage: Report = (store, params) => {
  const from = params.fromDate ?? '';
  const to = params.toDate ?? '';
  const counts = new Map<number, number>();
  for (const v of store.table(VOUCHERS).all()) {
    const day = dayOf(v.voucherDate);
    if (day < from || day > to) continue;
    const type = v.voucherType as number;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([voucherType, count]) => ({ voucherType, count }));
};

/** Reports by resource name. */
export const REPORTS: Readonly<Record<string, Report>> = {
  ...VOUCHER_REPORTS,
  InvoiceJournalLine: invoiceJournal,
  AccountTransaction: accountTransactions,
  CustomerLedgerEntry: ledger(CUSTOMER_LEDGER),
  SupplierLedgerEntry: ledger(SUPPLIER_LEDGER),
  CustomerBalance: balances('Customer', CUSTOMER_LEDGER),
  SupplierBalance: balances('Supplier', SUPPLIER_LEDGER),
  TrialBalanceLine: trialBalance,
  Usage: usage,
  TimeTransaction: timeTransactions,
};
