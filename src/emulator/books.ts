import { BANK_ACCOUNT, CHART, CONTROL_ACCOUNT, OUTPUT_VAT_ACCOUNT } from './chart.js';
import { round2 } from './money.js';
import type { Store } from './store.js';
import { formatDateTime, formatDateTimeOffset, parseDate, type Row } from './wire.js';

/**
 * The emulator's books: the posted entries behind the reports (accounting.md §11–§16). Every
 * posting goes through `postVoucher`, which refuses an unbalanced voucher, so the trial balance
 * sums to zero at every date. A line on a sub-ledger control account (chart.ts `control`) carries
 * its party's code and opens a customer or supplier ledger entry (§12) that matching closes.
 *
 * Tables (emulator-internal names; the report routes read them):
 *  - `AccountTransaction`: one row per posted line, in the §11 wire shape;
 *  - `CustomerLedgerEntry` / `SupplierLedgerEntry`: the sub-ledger entries (§12), with the
 *    hidden `matchDate` of the match that closed them;
 *  - `Voucher`: one row per posted voucher (number, type, dates), read by Reporting/Usage (§16).
 */

/** One line of a voucher; `amount` in local currency, debit positive, credit negative. */
export interface PostingLine {
  accountCode: number;
  amount: number;
  customerCode?: number;
  supplierCode?: number;
  employeeCode?: number;
  vatCode?: string;
  vatAmount?: number;
  projectCode?: string;
  departmentCode?: string;
  productCode?: string;
  locationCode?: string;
  text?: string;
  currencyCode?: string;
  currencyAmount?: number;
  dueDate?: string;
  documentNo?: string;
}

export interface PostedVoucher {
  /** VoucherType enum value (accounting.md §21). */
  voucherType: number;
  /** The voucher (posting) date, ISO. */
  voucherDate: string;
  description?: string;
  lines: PostingLine[];
  createdFromImportJournalId?: string;
  bankTransferId?: string;
  externalImportReference?: string;
  /** Voucher number to use (an invoice's number); absent: the next of the voucher series. */
  voucherNo?: number;
  /** Voucher id to use (an invoice posts under its own id, §14); absent: derived from the number. */
  voucherId?: string;
  /** KID of the voucher (invoices), copied to the customer ledger entry. */
  cid?: string;
  /** Reference of the voucher (the customer's reference on invoices). */
  reference?: string;
  /** On a credit note: the number of the credited invoice (voucherCreditNoteReference). */
  creditNoteReference?: string;
  /** The salesperson of an invoice (AccountTransaction.ourReferenceEmployeeCode, §11). */
  ourReferenceEmployeeCode?: number;
  /** Scanned pages of the voucher (`/Blob/VoucherImage/{voucherNo}/{page}`, §7); default 0. */
  voucherImagesCount?: number;
  /** A supplier invoice received as EHF (`/Blob/VoucherEhf/{voucherNo}`, §7); default false. */
  isCreatedFromEhf?: boolean;
}

/** Why `postVoucher` refused: the message and the voucher field it concerns. */
export class PostingError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'PostingError';
  }
}

export const TRANSACTIONS = 'AccountTransaction';
export const CUSTOMER_LEDGER = 'CustomerLedgerEntry';
export const SUPPLIER_LEDGER = 'SupplierLedgerEntry';
export const VOUCHERS = 'Voucher';

/** First ids of the books' tables, so their ids are easy to tell apart from other resources'. */
const ID_BASE: Readonly<Record<string, number>> = {
  [TRANSACTIONS]: 5_000_001,
  [CUSTOMER_LEDGER]: 3_000_001,
  [SUPPLIER_LEDGER]: 4_000_001,
};
/**
 * Vouchers that are not invoices are numbered from one series starting here, above the invoice
 * numbers (which are the invoices' voucher numbers, core-and-sales B9); StartingBalance is
 * always 0 (§21). See DECISIONS.md.
 */
export const VOUCHER_SERIES_START = 900_001;
const STARTING_BALANCE = 10;

const cents = (x: number): number => Math.round(x * 100);
const chartCodes = new Set(CHART.map((a) => a.code));

function nextId(store: Store, table: string): number {
  const t = store.table(table);
  const base = ID_BASE[table] ?? 1;
  if (t.nextId < base) t.nextId = base;
  return t.nextId++;
}

/** Whether `code` names a ledger account: a GeneralLedgerAccount row once any exist, else the chart. */
export function accountExists(store: Store, code: number): boolean {
  const accounts = store.tables.get('GeneralLedgerAccount');
  if (accounts && accounts.size > 0) return accounts.lookup('code', code) !== undefined;
  return chartCodes.has(code);
}

/** The sub-ledger an account controls, if any (chart.ts). */
export function controlOf(code: number): 'customer' | 'supplier' | 'employee' | undefined {
  if (code === CONTROL_ACCOUNT.customer) return 'customer';
  if (code === CONTROL_ACCOUNT.supplier) return 'supplier';
  if (code === CONTROL_ACCOUNT.employee) return 'employee';
  return undefined;
}

/**
 * The reason a voucher cannot be posted, or undefined: lines must exist and balance to the øre,
 * accounts must exist, a control-account line must name an existing party of its kind, and a
 * party code on any other account is refused (it would have no sub-ledger to land in).
 */
export function checkVoucher(store: Store, v: PostedVoucher): PostingError | undefined {
  if (v.lines.length === 0) return new PostingError('A voucher needs lines.', 'lines');
  if (parseDate(v.voucherDate) === undefined) {
    return new PostingError('voucherDate must be a date.', 'voucherDate');
  }
  let sum = 0;
  for (const [i, line] of v.lines.entries()) {
    const at = `lines[${i}]`;
    if (!Number.isFinite(line.amount)) return new PostingError('amount must be a number.', at);
    sum += cents(line.amount);
    if (!accountExists(store, line.accountCode)) {
      return new PostingError(`Account ${line.accountCode} does not exist.`, `${at}.accountCode`);
    }
    const control = controlOf(line.accountCode);
    const parties = [
      ['customer', line.customerCode, 'Customer'],
      ['supplier', line.supplierCode, 'Supplier'],
      ['employee', line.employeeCode, 'Employee'],
    ] as const;
    for (const [kind, code, table] of parties) {
      if (kind === control) {
        if (code === undefined) {
          return new PostingError(
            `Account ${line.accountCode} is a ${kind} control account: a ${kind} code is required.`,
            `${at}.${kind}Code`,
          );
        }
        if (!store.table(table).lookup('code', code)) {
          return new PostingError(`No ${kind} has code ${code}.`, `${at}.${kind}Code`);
        }
      } else if (code !== undefined) {
        return new PostingError(
          `A ${kind} code needs the ${kind} control account, not ${line.accountCode}.`,
          `${at}.${kind}Code`,
        );
      }
    }
  }
  if (sum !== 0) {
    return new PostingError(
      `The voucher does not balance: debits and credits differ by ${(sum / 100).toFixed(2)}.`,
      'lines',
    );
  }
  return undefined;
}

/** A deterministic voucher id for vouchers that have none of their own (GUID-shaped). */
function voucherGuid(type: number, no: number): string {
  const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
  return `b0000000-${hex(type, 4)}-4000-8000-${hex(no, 12)}`;
}

/**
 * Posts a voucher: writes its transactions, the sub-ledger entries of its control-account lines
 * (their ids returned in line order) and its voucher row. Throws `PostingError` (nothing written) when `checkVoucher` refuses.
 */
export function postVoucher(
  store: Store,
  now: number,
  voucher: PostedVoucher,
): { voucherNo: number; voucherId: string; entryIds: number[] } {
  const refused = checkVoucher(store, voucher);
  if (refused) throw refused;
  const vouchers = store.table(VOUCHERS);
  const voucherNo =
    voucher.voucherNo ??
    (voucher.voucherType === STARTING_BALANCE
      ? 0
      : vouchers.nextNumber('voucherNo', VOUCHER_SERIES_START));
  const voucherId = (
    voucher.voucherId ?? voucherGuid(voucher.voucherType, voucherNo)
  ).toLowerCase();
  const date = formatDateTime(parseDate(voucher.voucherDate) as number);
  const stamp = formatDateTimeOffset(now);
  // Listed in each row rather than spread: a spread followed by many keys takes V8's slow path
  // (seeding posts hundreds of thousands of lines).
  const {
    createdFromImportJournalId: importId,
    externalImportReference: importRef,
    voucherType,
  } = voucher;
  const entryIds: number[] = [];
  for (const line of voucher.lines) {
    const control = controlOf(line.accountCode);
    const dueDate = line.dueDate ? formatDateTime(parseDate(line.dueDate) ?? 0) : undefined;
    // The same amounts on the sub-ledger entry and the transaction (two literals, see above).
    const amount = round2(line.amount);
    const currencyCode = line.currencyCode ?? 'NOK';
    const currencyAmount = line.currencyAmount ?? amount;
    let subLedgerEntryId: number | undefined;
    if (control === 'customer' || control === 'supplier') {
      const table = control === 'customer' ? CUSTOMER_LEDGER : SUPPLIER_LEDGER;
      subLedgerEntryId = nextId(store, table);
      entryIds.push(subLedgerEntryId);
      const entry: Row = {
        voucherNo,
        voucherId,
        voucherType,
        voucherDate: date,
        createdFromImportJournalId: importId,
        externalImportReference: importRef,
        createdDate: stamp,
        lastChanged: stamp,
        id: subLedgerEntryId,
        postingDate: date,
        dueDate,
        currencyCode,
        currencyAmount,
        amount,
        balance: amount,
        documentNo: line.documentNo,
        cid: voucher.cid,
        isCreatedByCurrentIntegration: false,
        factoringInvoiceStatus: 0,
        invoiceDebtCollectionStatus: 0,
        projectCode: line.projectCode,
        departmentCode: line.departmentCode,
        locationCode: line.locationCode,
        isReversed: false,
        isWriteOff: false,
        ...(control === 'customer'
          ? { customerCode: line.customerCode, hasVoucherDocumentation: false }
          : { supplierCode: line.supplierCode, isCreatedFromEhf: false }),
      };
      store.write(table, String(subLedgerEntryId), entry, now);
    }
    const id = nextId(store, TRANSACTIONS);
    const tx: Row = {
      voucherNo,
      voucherId,
      voucherType,
      voucherDate: date,
      createdFromImportJournalId: importId,
      externalImportReference: importRef,
      createdDate: stamp,
      lastChanged: stamp,
      id,
      accountCode: line.accountCode,
      date,
      text: line.text ?? voucher.description,
      description: voucher.description,
      vatCode: line.vatCode,
      vatAmount: round2(line.vatAmount ?? 0),
      vatRate: vatRateOf(line),
      vatReturnSpecification: 0,
      amount,
      currencyCode,
      currencyAmount,
      projectCode: line.projectCode,
      productCode: line.productCode,
      departmentCode: line.departmentCode,
      locationCode: line.locationCode,
      voucherImagesCount: voucher.voucherImagesCount ?? 0,
      customerAccountNo: line.customerCode,
      supplierAccountNo: line.supplierCode,
      employeeAccountNo: line.employeeCode,
      voucherDueDate: dueDate,
      voucherReference: voucher.reference,
      voucherCID: voucher.cid,
      voucherCreditNoteReference: voucher.creditNoteReference,
      documentNo: line.documentNo,
      isCreatedFromEhf: voucher.isCreatedFromEhf ?? false,
      bankTransferId: voucher.bankTransferId,
      subLedgerEntryId,
      hasVoucherDocumentation: false,
      isReversed: false,
      isNoteMainEntry: false,
      ourReferenceEmployeeCode: voucher.ourReferenceEmployeeCode,
    };
    store.write(TRANSACTIONS, String(id), tx, now);
  }
  const row: Row = {
    id: voucherId,
    voucherNo,
    voucherType: voucher.voucherType,
    voucherDate: date,
    description: voucher.description,
    bankTransferId: voucher.bankTransferId,
    createdFromImportJournalId: voucher.createdFromImportJournalId,
    createdDate: stamp,
  };
  store.write(VOUCHERS, voucherId, row, now);
  return { voucherNo, voucherId, entryIds };
}

/** The VAT rate a line's VAT amount implies (percent, whole), 0 without VAT. */
function vatRateOf(line: PostingLine): number {
  const base = line.amount - (line.vatAmount ?? 0);
  if (!line.vatAmount || base === 0) return 0;
  return Math.round((line.vatAmount / base) * 100);
}

// ---------------------------------------------------------------------------------------------
// Invoices (accounting.md §14; core-and-sales B9): a sent invoice or credit note debits the
// customer control account with its total, credits each sales line's account with its net amount
// and each output-VAT account with the VAT; a credit note is the same with the signs its negative
// amounts give.

/** The sales account a line posts to: its own when the chart has it, else the one its VAT code implies. */
function salesAccountOf(store: Store, line: Row): number {
  const own = line.salesAccount;
  if (typeof own === 'number' && accountExists(store, own)) return own;
  const vat = String(line.vatCode ?? '');
  return vat === '31' ? 3020 : vat === '33' ? 3030 : vat === '3' ? 3000 : 3100;
}

/** The voucher a sent invoice or credit note posts (without posting it). */
export function invoiceVoucher(store: Store, inv: Row): PostedVoucher {
  const credit = inv.relatedDocumentNo !== undefined && inv.relatedDocumentNo !== null;
  const documentNo = String(inv.invoiceNo ?? inv.documentNo ?? '');
  const what = credit ? 'Kreditnota' : 'Faktura';
  const text = `${what} ${documentNo}`;
  const lines: PostingLine[] = [];
  const vatByAccount = new Map<number, { amount: number; code: string }>();
  let total = 0;
  for (const l of (inv.outgoingInvoiceLines as Row[] | undefined) ?? []) {
    const net = typeof l.netAmount === 'number' ? l.netAmount : 0;
    const gross = typeof l.totalAmount === 'number' ? l.totalAmount : 0;
    if (net === 0 && gross === 0) continue; // text and summary lines carry no amount
    const vat = round2(gross - net);
    const vatCode = typeof l.vatCode === 'string' ? l.vatCode : undefined;
    lines.push({
      accountCode: salesAccountOf(store, l),
      amount: -net,
      vatCode,
      vatAmount: -vat,
      productCode: typeof l.productCode === 'string' ? l.productCode : undefined,
      projectCode: (l.projectCode ?? inv.projectCode ?? undefined) as string | undefined,
      departmentCode: (l.departmentCode ?? inv.departmentCode ?? undefined) as string | undefined,
      locationCode: (l.locationCode ?? inv.locationCode ?? undefined) as string | undefined,
      text: typeof l.description === 'string' ? l.description : text,
      documentNo,
    });
    total += cents(gross);
    if (vat !== 0 && vatCode !== undefined) {
      const account = OUTPUT_VAT_ACCOUNT[vatCode] ?? OUTPUT_VAT_ACCOUNT['3'] ?? 2700;
      const acc = vatByAccount.get(account) ?? { amount: 0, code: vatCode };
      acc.amount = round2(acc.amount + vat);
      vatByAccount.set(account, acc);
    }
  }
  for (const [account, { amount, code }] of vatByAccount) {
    lines.push({ accountCode: account, amount: -amount, vatCode: code, text, documentNo });
  }
  lines.unshift({
    accountCode: CONTROL_ACCOUNT.customer,
    amount: total / 100,
    customerCode: inv.customerCode as number,
    dueDate: inv.dueDate as string | undefined,
    projectCode: (inv.projectCode ?? undefined) as string | undefined,
    departmentCode: (inv.departmentCode ?? undefined) as string | undefined,
    currencyCode: (inv.currencyCode ?? 'NOK') as string,
    text,
    documentNo,
  });
  return {
    voucherType: credit ? 5 : 4,
    voucherDate: inv.voucherDate as string,
    description: text,
    lines,
    voucherNo: inv.voucherNo as number,
    voucherId: inv.id as string,
    cid: inv.cid as string | undefined,
    reference: (inv.customerReference ?? undefined) as string | undefined,
    creditNoteReference: credit ? String(inv.relatedDocumentNo) : undefined,
    externalImportReference: (inv.externalImportReference ?? undefined) as string | undefined,
    ourReferenceEmployeeCode: (inv.ourReferenceEmployeeCode ?? undefined) as number | undefined,
  };
}

/** Posts a sent invoice or credit note (SendInvoice's delivery, and the seed). */
export function postInvoice(store: Store, now: number, inv: Row): ReturnType<typeof postVoucher> {
  return postVoucher(store, now, invoiceVoucher(store, inv));
}

// ---------------------------------------------------------------------------------------------
// Matching (accounting.md §12: `MatchEntries` / `UnmatchEntries` with a MatchRequest).

export type LedgerKind = 'customer' | 'supplier';
export const LEDGER_TABLE: Readonly<Record<LedgerKind, string>> = {
  customer: CUSTOMER_LEDGER,
  supplier: SUPPLIER_LEDGER,
};

/**
 * Matches entries of one party's sub-ledger: at least two, unmatched, of one party, balances
 * summing to zero (DECISIONS.md). They get one new `matchId` and a zero balance; the invoices
 * they belong to become paid. Returns the error message or the match id.
 */
export function matchEntries(
  store: Store,
  now: number,
  kind: LedgerKind,
  ids: readonly number[],
  matchDate: string,
): { matchId: number } | { error: string; field: string } {
  const table = store.table(LEDGER_TABLE[kind]);
  const unique = [...new Set(ids)];
  if (unique.length < 2) return { error: 'At least two entries are matched.', field: 'entryIds' };
  const day = parseDate(matchDate);
  if (day === undefined) return { error: 'matchDate must be a date.', field: 'matchDate' };
  const entries: Row[] = [];
  for (const id of unique) {
    const e = table.get(String(id));
    if (!e) return { error: `No ${kind} ledger entry has id ${id}.`, field: 'entryIds' };
    if (e.matchId != null) {
      return { error: `Entry ${id} is already matched.`, field: 'entryIds' };
    }
    entries.push(e);
  }
  const party = kind === 'customer' ? 'customerCode' : 'supplierCode';
  if (new Set(entries.map((e) => e[party])).size > 1) {
    return { error: 'The entries belong to different parties.', field: 'entryIds' };
  }
  const sum = entries.reduce((s, e) => s + cents(e.balance as number), 0);
  if (sum !== 0) {
    return {
      error: `The entries do not balance: they differ by ${(sum / 100).toFixed(2)}.`,
      field: 'entryIds',
    };
  }
  const matchId = nextMatchId(store);
  const stamp = formatDateTimeOffset(now);
  const date = formatDateTime(day);
  const closed = entries.map(
    (e): Row => ({
      ...e,
      matchId,
      balance: 0,
      matchDate: date,
      lastChanged: stamp,
    }),
  );
  for (const e of closed) store.write(table.name, String(e.id), e, now);
  syncInvoices(store, now, closed);
  return { matchId };
}

/** Unmatches whole match groups: every entry sharing a match id with a named entry reopens. */
export function unmatchEntries(
  store: Store,
  now: number,
  kind: LedgerKind,
  ids: readonly number[],
): { ok: true } | { error: string; field: string } {
  const table = store.table(LEDGER_TABLE[kind]);
  const groups = new Set<number>();
  for (const id of new Set(ids)) {
    const e = table.get(String(id));
    if (!e) return { error: `No ${kind} ledger entry has id ${id}.`, field: 'entryIds' };
    if (e.matchId == null) return { error: `Entry ${id} is not matched.`, field: 'entryIds' };
    groups.add(e.matchId as number);
  }
  if (groups.size === 0) return { error: 'No entries were given.', field: 'entryIds' };
  const stamp = formatDateTimeOffset(now);
  const reopened: Row[] = [];
  for (const e of table.candidates('matchId', [...groups])) {
    const open: Row = { ...e, balance: e.amount, lastChanged: stamp };
    delete open.matchId;
    delete open.matchDate;
    store.write(table.name, String(e.id), open, now);
    reopened.push(open);
  }
  syncInvoices(store, now, reopened);
  return { ok: true };
}

function nextMatchId(store: Store): number {
  const t = store.table('LedgerMatch');
  if (t.nextId < 7_000_001) t.nextId = 7_000_001;
  return t.nextId++;
}

/**
 * Keeps an invoice's `balance` and status equal to its ledger entry (the entry's voucher id is
 * the invoice id): matched → Paid (3) with balance 0, reopened → Sent (2) with its total.
 */
function syncInvoices(store: Store, now: number, entries: readonly Row[]): void {
  const invoices = store.table('OutgoingInvoice');
  for (const e of entries) {
    if (e.voucherType !== 4 && e.voucherType !== 5) continue;
    const key = String(e.voucherId);
    const inv = invoices.get(key);
    if (!inv || (inv.status as number) < 2) continue;
    const balance = e.balance as number;
    const status = balance === 0 ? Math.max(3, inv.status as number) : 2;
    if (inv.balance === balance && inv.status === status) continue;
    store.write(
      'OutgoingInvoice',
      key,
      { ...inv, balance, status, lastChanged: formatDateTimeOffset(now) },
      now,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Payments: a bank voucher that settles one ledger entry (the seed's customer and supplier
// payments), matched with it on the payment date.

/**
 * Posts a payment of a ledger entry's open balance through the bank account on `date` and
 * matches the two entries. A customer payment (or refund of a credit note) debits the bank; a
 * supplier payment credits it.
 */
export function settleEntry(
  store: Store,
  now: number,
  kind: LedgerKind,
  entry: Row,
  date: string,
): void {
  const amount = entry.balance as number;
  const party =
    kind === 'customer'
      ? { customerCode: entry.customerCode as number }
      : { supplierCode: entry.supplierCode as number };
  const control = kind === 'customer' ? CONTROL_ACCOUNT.customer : CONTROL_ACCOUNT.supplier;
  const text = `Betaling ${String(entry.documentNo ?? entry.voucherNo)}`;
  const documentNo = entry.documentNo as string | undefined;
  const posted = postVoucher(store, now, {
    voucherType: 19, // BankJournal (§21)
    voucherDate: date,
    description: text,
    lines: [
      { accountCode: BANK_ACCOUNT, amount, text },
      { accountCode: control, amount: -amount, ...party, text, documentNo },
    ],
  });
  matchEntries(store, now, kind, [entry.id as number, ...posted.entryIds], date);
}
