import { mod11CheckDigit } from '../poweroffice/resources/client-bank-account.js';
import { createPrng, type Prng, subSeed } from './prng.js';
import { collectionInvoice, minimalPdf } from './rules-vouchers.js';
import type { SeedOptions } from './seed.js';
import { OPERATING_ACCOUNT } from './seed-ledger.js';
import { DAY_MS, formatDateTime, formatDateTimeOffset, type Row } from './wire.js';

/**
 * Seed rows of the vouchers, imports, bank, blob and debt-collection services (accounting.md
 * §3–§8), built from the tables `generateSeed` already made, with a PRNG of their own so the
 * rest of the seed does not move. Every code points at a seeded row.
 */

/** A Norwegian bank account number: bank code + account digits + mod-11 check digit. */
export function accountNumber(bank: string, account: string): string {
  const check = mod11CheckDigit(`${bank}${account}`);
  // A remainder giving 10 has no check digit: move the last digit on until it does not.
  if (check === undefined) {
    return accountNumber(bank, String(Number(account) + 1).padStart(7, '0'));
  }
  return `${bank}${account}${check}`;
}

interface Ctx {
  readonly prng: Prng;
  readonly today: number;
  readonly tables: Record<string, Row[]>;
}

/** The seeded tables of this group, by resource name. */
export function seedVouchers(
  tables: Record<string, Row[]>,
  opts: SeedOptions,
): Record<string, Row[]> {
  const ctx: Ctx = {
    prng: createPrng(subSeed(opts.seed, 'vouchers')),
    today: opts.anchorMs,
    tables,
  };
  return {
    BankTransfer: bankTransfers(ctx),
    DebtCollectionCase: debtCollectionCases(ctx),
    JournalEntryVoucher: journalEntryVouchers(ctx),
    Import: imports(ctx),
    VoucherDocument: voucherDocuments(ctx),
  };
}

/**
 * Voucher documentation (§7) of the first sent invoices: the invoice PDF, keyed by voucher
 * number (DocumentMimeType ApplicationPdf 5).
 */
function voucherDocuments({ tables }: Ctx): Row[] {
  return (tables.OutgoingInvoice ?? [])
    .filter((i) => (i.status as number) >= 2 && typeof i.voucherNo === 'number')
    .slice(0, 3)
    .map((i, n) => ({
      // The table's key (the emulator stores rows by id); not part of the document.
      id: n + 1,
      voucherNo: i.voucherNo,
      fileName: `faktura-${String(i.invoiceNo)}.pdf`,
      fileType: 5,
      base64EncodedData: minimalPdf(`Faktura ${String(i.invoiceNo)}`).toString('base64'),
    }));
}

/** A small PDF standing in for a scanned receipt or invoice (base64). */
const receipt = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString('base64');

/**
 * Unposted journal-entry vouchers (§3): a supplier invoice, an expense and a manual journal,
 * each line debiting and crediting existing accounts, with its documentation file (stored,
 * never returned).
 */
function journalEntryVouchers({ prng, today, tables }: Ctx): Row[] {
  const supplier = tables.Supplier?.[0];
  const employee = tables.Employee?.[0];
  const department = tables.Department?.[0];
  const project = tables.Project?.[0];
  if (!supplier || !employee) return [];
  // Seeded line ids sit far above the ones saves assign (from 1), so neither collides.
  let lineId = 900_001;
  const stamp = formatDateTimeOffset(today - DAY_MS);
  const line = (debit: number, credit: number, amount: number, extra: Row = {}): Row => ({
    id: lineId++,
    debitAccountCode: debit,
    creditAccountCode: credit,
    amount,
    lastChanged: stamp,
    ...extra,
  });
  const date = formatDateTime(today - 3 * DAY_MS);
  const due = formatDateTime(today + 11 * DAY_MS);
  return [
    {
      id: prng.guid(),
      voucherType: 1, // SupplierInvoice
      supplierCode: supplier.code,
      invoiceNo: '88120',
      voucherDate: date,
      dueDate: due,
      totalAmount: 6250,
      currencyCode: 'NOK',
      file: { fileName: 'faktura-88120.pdf', fileType: 1, base64EncodedData: receipt('88120') },
      voucherLines: [
        line(6800, supplier.code as number, 5000, {
          debitVatCode: '1',
          departmentCode: department?.code,
        }),
      ],
      payout: true,
      externalImportReference: 'seed-jev-1',
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      voucherType: 3, // Expense
      employeeCode: employee.code,
      voucherDate: date,
      dueDate: due,
      totalAmount: 840,
      currencyCode: 'NOK',
      description: 'Taxi til kunde',
      file: { fileName: 'kvittering.jpg', fileType: 2, base64EncodedData: receipt('taxi') },
      voucherLines: [
        line(7140, employee.code as number, 840, {
          debitVatCode: '11',
          projectCode: project?.code,
        }),
      ],
      payout: true,
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      voucherType: 4, // ManualJournal
      voucherDate: date,
      currencyCode: 'NOK',
      description: 'Periodisering husleie',
      departmentCode: department?.code,
      projectCode: project?.code,
      file: { fileName: 'bilag.pdf', fileType: 1, base64EncodedData: receipt('husleie') },
      voucherLines: [
        line(1700, 6300, 15000, { creditVatCode: '0', date, projectCode: project?.code }),
        line(6300, 1920, 15000, { date, departmentCode: department?.code }),
      ],
      payout: false,
      lastChanged: stamp,
    },
  ];
}

/**
 * Imports in each state (§4): a payroll journal ready to post, a sales journal already posted, an
 * unbalanced one (an error), and a file upload (which the emulator cannot read: an error).
 */
function imports({ prng, today, tables }: Ctx): Row[] {
  const customer = tables.Customer?.[0];
  const supplier = tables.Supplier?.[0];
  const employee = tables.Employee?.[0];
  const project = tables.Project?.[0];
  const department = tables.Department?.[0];
  if (!customer || !supplier || !employee) return [];
  // Seeded line ids sit far above the ones saves assign (from 1), so neither collides.
  let lineId = 800_001;
  const day = formatDateTime(today - 7 * DAY_MS);
  const l = (
    documentNumber: number,
    accountNumber: number,
    amount: number,
    extra: Row = {},
  ): Row => ({
    id: lineId++,
    documentDate: day,
    documentNumber,
    postingDate: day,
    accountNumber,
    amount,
    ...extra,
  });
  const stamp = formatDateTimeOffset(today - 6 * DAY_MS);
  return [
    {
      id: prng.guid(),
      description: 'Lønn forrige måned',
      date: day,
      type: 3, // Payroll
      isPosted: false,
      importLines: [
        l(1, 5000, 42_000, { departmentCode: department?.code }),
        l(1, 2600, -12_600),
        l(1, 2910, -29_400, { employeeCode: employee.code }),
      ],
      externalImportReference: 'seed-imp-1',
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      description: 'Kontantsalg uke 12',
      date: day,
      type: 4, // Cash
      isPosted: true,
      importLines: [
        // Cash into the bank: a cash sale opens no customer ledger entry (the ledgers stay equal
        // to the open invoices, issue 12).
        l(1, 1920, 1250),
        l(1, 3000, -1000, { vatCode: '3', projectCode: project?.code }),
        l(1, 2700, -250),
      ],
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      description: 'Kundeinnbetaling',
      date: day,
      type: 99, // VoucherJournal
      isPosted: false,
      importLines: [l(2, 1920, 1250), l(2, 1500, -1250, { customerCode: customer.code })],
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      description: 'Leverandørfaktura (ubalansert)',
      date: day,
      type: 99, // VoucherJournal
      isPosted: false,
      importLines: [
        l(1, 6800, 900, { vatCode: '1' }),
        l(1, 2400, -1000, { supplierCode: supplier.code }),
      ],
      lastChanged: stamp,
    },
    {
      id: prng.guid(),
      description: 'Bilagsimport fra fil',
      date: day,
      type: 99,
      isPosted: false,
      hasFile: true,
      file: {
        importFileType: 1,
        fileName: 'bilag.csv',
        base64EncodedData: Buffer.from('Bilagsnr;Dato;Konto;Beløp\n').toString('base64'),
      },
      lastChanged: stamp,
    },
  ];
}

/**
 * Two cases (§8): one holding a customer's overdue unpaid invoices, one holding an invoice the
 * agency has since collected (so it has a matched payment). The rest of the overdue invoices
 * stay available for new cases.
 */
function debtCollectionCases({ prng, today, tables }: Ctx): Row[] {
  const invoices = tables.OutgoingInvoice ?? [];
  const overdue = invoices.filter(
    (i) =>
      i.status === 2 &&
      typeof i.dueDate === 'string' &&
      Date.parse(`${i.dueDate.slice(0, 10)}T00:00:00Z`) < today &&
      i.customerCode !== undefined,
  );
  const first = overdue[0];
  if (!first) return [];
  const open = overdue.filter((i) => i.customerCode === first.customerCode).slice(0, 2);
  const paid = invoices.find((i) => i.status === 3 && i.customerCode !== undefined);
  const customers = tables.Customer ?? [];
  const entry = (inv: Row): Row =>
    collectionInvoice(
      inv,
      customers.find((c) => c.code === inv.customerCode),
    );
  const stamp = (days: number) =>
    formatDateTimeOffset(today - days * DAY_MS + prng.int(0, DAY_MS - 1));
  const rows: Row[] = [
    {
      id: prng.guid(),
      code: String(first.customerCode),
      status: 0,
      invoices: open.map(entry),
      externalCaseUrl: `https://inkasso.example/sak/${String(first.customerCode)}`,
      balanceAgency: open.reduce((s, i) => s + Number(i.balance ?? 0), 0),
      lastChanged: stamp(5),
      invoiceLastChanged: stamp(6),
    },
  ];
  if (paid) {
    rows.push({
      id: prng.guid(),
      code: String(paid.customerCode),
      status: 10,
      invoices: [entry(paid)],
      externalCaseUrl: `https://inkasso.example/sak/${String(paid.customerCode)}`,
      balanceAgency: 0,
      lastChanged: stamp(2),
      invoiceLastChanged: stamp(3),
    });
  }
  return rows;
}

/**
 * Payments to suppliers awaiting authorisation, authorised and completed (§5): the balancing
 * account is the supplier's sub-ledger code, the money leaves the operating account.
 */
function bankTransfers({ prng, today, tables }: Ctx): Row[] {
  const suppliers = (tables.Supplier ?? []).slice(0, 6);
  const projects = tables.Project ?? [];
  const departments = tables.Department ?? [];
  return suppliers.map((s, i) => {
    return {
      id: prng.guid(),
      description: `Betaling faktura ${String(70_000 + i * 17)}`,
      receiverName: s.name,
      receiverCountryCode: 'NO',
      receiverVatNumber: s.vatNumber,
      payableBankAccount: OPERATING_ACCOUNT,
      status: [0, 0, 1, 2][i % 4],
      currencyCode: 'NOK',
      paymentDate: formatDateTime(today + (i % 3) * DAY_MS),
      amount: prng.int(1_500, 80_000) + prng.int(0, 99) / 100,
      balancingAccountNo: s.code,
      receivableBankAccountCode: accountNumber('1206', String(1_000_000 + i * 7919)),
      receivableBankAccountCountryCode: 'NO',
      ...(i % 2 === 0
        ? { cid: `${String(70_000 + i * 17)}0` }
        : { paymentMessage: `Faktura ${String(70_000 + i * 17)}` }),
      isExpress: false,
      isOnHold: i === 1,
      ...(i % 3 === 0 && projects[i] ? { projectCode: projects[i]?.code } : {}),
      ...(i % 3 === 1 && departments[i] ? { departmentCode: departments[i]?.code } : {}),
      externalImportReference: `seed-bt-${i + 1}`,
    };
  });
}
