import {
  CUSTOMER_LEDGER,
  type LedgerKind,
  type PostingLine,
  postInvoice,
  postVoucher,
  SUPPLIER_LEDGER,
  settleEntry,
  TRANSACTIONS,
  VOUCHERS,
} from './books.js';
import { BANK_ACCOUNT, CHART, CONTROL_ACCOUNT, INPUT_VAT_ACCOUNT } from './chart.js';
import { round2 } from './money.js';
import { createPrng, subSeed } from './prng.js';
import { importVouchers } from './rules-vouchers.js';
import { Store } from './store.js';
import { DAY_MS, formatDateTime, type Row } from './wire.js';

/**
 * The seeded books (accounting.md §11–§15): an opening balance, every sent invoice and credit
 * note, the customers' payments of the paid ones, purchases from the suppliers with their
 * payments, and a few employee expenses, all posted through `books.ts` so they balance. Draws
 * from its own random stream, so the rest of the seed does not move.
 */

/** The tables `seedBooks` fills. */
export const BOOK_TABLES = [
  TRANSACTIONS,
  CUSTOMER_LEDGER,
  SUPPLIER_LEDGER,
  VOUCHERS,
  'LedgerMatch',
];
/** Cost accounts purchases post to (chart.ts; each has an input VAT code, or none). */
const COST_ACCOUNTS = [4300, 6540, 6800, 6900, 7350, 6300] as const;
const VAT_RATE: Readonly<Record<string, number>> = { '1': 25, '11': 15, '13': 12 };

/** The seeded rows the books post (or draw dimension codes from). */
export interface BooksInput {
  readonly invoices: readonly Row[];
  readonly customers: readonly Row[];
  readonly suppliers: readonly Row[];
  readonly employees: readonly Row[];
  readonly departments: readonly Row[];
  readonly projects: readonly Row[];
  /** Seeded imports: the posted ones post (accounting.md §4). */
  readonly imports?: readonly Row[];
  /** Seeded bank transfers: the completed ones are paid, so they post (accounting.md §5). */
  readonly bankTransfers?: readonly Row[];
}

export function seedBooks(
  input: BooksInput,
  seed: number,
  anchorMs: number,
): { tables: Record<string, Row[]>; next: Record<string, number> } {
  const prng = createPrng(subSeed(seed, 'books'));
  const store = new Store();
  const parties = {
    Customer: input.customers,
    Supplier: input.suppliers,
    Employee: input.employees,
  };
  for (const [name, rows] of Object.entries(parties)) {
    const t = store.table(name);
    for (const row of rows) t.put(String(row.id), row);
  }
  const day = (ms: number) => formatDateTime(Math.floor(ms / DAY_MS) * DAY_MS);
  const today = anchorMs;
  const invoices = input.invoices.filter(
    (i) => (i.status as number) >= 2 && i.customerCode != null && i.voucherDate != null,
  );
  const firstDay = invoices.reduce(
    (min, i) => Math.min(min, Date.parse(`${String(i.voucherDate).slice(0, 10)}T00:00:00Z`)),
    today - 730 * DAY_MS,
  );

  // Opening balance (StartingBalance, voucher number 0, §21) the day before anything else.
  postVoucher(store, today, {
    voucherType: 10,
    voucherDate: day(firstDay - DAY_MS),
    description: 'Inngående balanse',
    lines: [
      { accountCode: BANK_ACCOUNT, amount: 1_500_000 },
      { accountCode: 2000, amount: -100_000 },
      { accountCode: 2050, amount: -1_400_000 },
    ],
  });

  // Sent invoices and credit notes; the paid ones (status ≥ 3) are settled through the bank.
  // The invoice's customer entry (its one control-account line) and when it is paid.
  const settle: Array<[LedgerKind, number, number]> = [];
  for (const inv of invoices) {
    const posted = postInvoice(store, today, inv);
    if ((inv.status as number) >= 3) {
      const voucherMs = Date.parse(`${String(inv.voucherDate).slice(0, 10)}T00:00:00Z`);
      const terms = (inv.paymentTerms as number | undefined) ?? 14;
      const paid = Math.min(today - DAY_MS, voucherMs + prng.int(1, terms + 5) * DAY_MS);
      const entryId = posted.entryIds[0];
      if (entryId !== undefined) settle.push(['customer', entryId, Math.max(voucherMs, paid)]);
    }
  }
  const customerEntries = store.table(CUSTOMER_LEDGER);
  for (const [kind, entryId, at] of settle) {
    const entry = customerEntries.get(String(entryId));
    if (entry) settleEntry(store, today, kind, entry, day(at));
  }

  // Purchases: each supplier sends a few invoices (IncomingInvoice, §21) over two years; those
  // older than 30 days are mostly paid.
  const departments = input.departments.map((d) => d.code as string);
  const projects = input.projects.map((p) => p.code as string);
  let purchases = 0;
  for (const supplier of input.suppliers) {
    const n = prng.int(2, 5);
    for (let k = 0; k < n; k++) {
      const at = today - prng.int(1, 720) * DAY_MS;
      const documentNo = `L${String(supplier.code)}-${String(prng.int(1000, 9999))}`;
      const lines: PostingLine[] = [];
      let total = 0;
      const vatByAccount = new Map<number, { amount: number; code: string }>();
      for (let j = prng.int(1, 3); j > 0; j--) {
        const account = prng.pick(COST_ACCOUNTS);
        const vatCode = CHART.find((a) => a.code === account)?.vatCode ?? '0';
        const net = round2(prng.int(200, 40_000) + prng.int(0, 99) / 100);
        const vat = round2((net * (VAT_RATE[vatCode] ?? 0)) / 100);
        lines.push({
          accountCode: account,
          amount: net,
          vatCode,
          vatAmount: vat,
          departmentCode: prng.chance(0.4) ? prng.pick(departments) : undefined,
          projectCode: prng.chance(0.2) && projects.length > 0 ? prng.pick(projects) : undefined,
          documentNo,
        });
        total = round2(total + net + vat);
        const vatAccount = INPUT_VAT_ACCOUNT[vatCode];
        if (vatAccount && vat !== 0) {
          const acc = vatByAccount.get(vatAccount) ?? { amount: 0, code: vatCode };
          acc.amount = round2(acc.amount + vat);
          vatByAccount.set(vatAccount, acc);
        }
      }
      for (const [account, { amount, code }] of vatByAccount) {
        lines.push({ accountCode: account, amount, vatCode: code, documentNo });
      }
      lines.unshift({
        accountCode: CONTROL_ACCOUNT.supplier,
        amount: -total,
        supplierCode: supplier.code as number,
        departmentCode: lines.find((l) => l.departmentCode)?.departmentCode,
        projectCode: lines.find((l) => l.projectCode)?.projectCode,
        dueDate: day(at + 30 * DAY_MS),
        documentNo,
      });
      // Supplier invoices arrive scanned (one or two pages) or, every third, as EHF (§7); set
      // without drawing from the random stream, so the rest of the books stay as they were.
      purchases += 1;
      const fromEhf = purchases % 3 === 0;
      const posted = postVoucher(store, today, {
        voucherType: 1,
        voucherDate: day(at),
        description: `Inngående faktura ${documentNo}`,
        lines,
        voucherImagesCount: fromEhf ? 0 : 1 + (purchases % 2),
        isCreatedFromEhf: fromEhf,
      });
      const entryId = posted.entryIds[0];
      const paidAt = at + prng.int(5, 30) * DAY_MS;
      if (entryId !== undefined && paidAt < today && prng.chance(0.9)) {
        const entry = store.table(SUPPLIER_LEDGER).get(String(entryId)) as Row;
        settleEntry(store, today, 'supplier', entry, day(paidAt));
      }
    }
  }

  // Travel expenses of the first employees (TravelExpense, §21), owed to them on 2910.
  for (const employee of input.employees.slice(0, 3)) {
    const at = today - prng.int(1, 300) * DAY_MS;
    const net = round2(prng.int(300, 4000));
    const vat = round2(net * 0.15);
    postVoucher(store, today, {
      voucherType: 120,
      voucherDate: day(at),
      description: 'Reiseregning',
      lines: [
        { accountCode: 7140, amount: net, vatCode: '11', vatAmount: vat },
        { accountCode: INPUT_VAT_ACCOUNT['11'] ?? 2711, amount: vat, vatCode: '11' },
        {
          accountCode: CONTROL_ACCOUNT.employee,
          amount: -round2(net + vat),
          employeeCode: employee.code as number,
        },
      ],
    });
  }

  // Imports seeded as posted have their vouchers in the books, as `POST /Import/Post` writes them.
  for (const imp of input.imports ?? []) {
    if (imp.isPosted === true) for (const v of importVouchers(imp)) postVoucher(store, today, v);
  }

  // A completed bank transfer (status 2, §5) has paid its receiver: the balancing account (a
  // ledger account, or the supplier, customer or employee its code names) is debited and the
  // bank credited, under the transfer's id (AccountTransaction.bankTransferId, §11).
  for (const t of input.bankTransfers ?? []) {
    if (t.status !== 2) continue;
    const code = Number(t.balancingAccountNo);
    const amount = round2(Number(t.amount));
    const party = (['customer', 'supplier', 'employee'] as const).find((kind) =>
      input[`${kind}s`].some((p) => p.code === code),
    );
    const debit =
      party === undefined
        ? { accountCode: code, amount }
        : { accountCode: CONTROL_ACCOUNT[party], amount, [`${party}Code`]: code };
    postVoucher(store, today, {
      voucherType: 17, // OutgoingPayments
      voucherDate: String(t.paymentDate),
      description: String(t.description ?? 'Utbetaling'),
      bankTransferId: String(t.id),
      lines: [debit, { accountCode: BANK_ACCOUNT, amount: -amount }],
    });
  }

  const out: Record<string, Row[]> = {};
  for (const name of BOOK_TABLES.slice(0, 4)) {
    out[name] = [...store.table(name).all()];
  }
  return {
    tables: out,
    next: { LedgerMatch: store.table('LedgerMatch').nextId },
  };
}
