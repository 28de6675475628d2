import { mod11CheckDigit } from '../poweroffice/resources/client-bank-account.js';
import { invoiceTotals, lineAmounts } from './money.js';
import { createPrng, type Prng, subSeed } from './prng.js';
import { DAY_MS, formatDateTime, formatDateTimeOffset, type Row } from './wire.js';

/**
 * Seed rows of the parties-and-sales resources added by issue 9 (bank accounts, …), drawn from a
 * PRNG of their own so that every table seeded before stays exactly as it was. Called once from
 * `generateSeed` with its tables; it may complete their rows (an employee's salary account).
 */

/** Norwegian banks: a registration number prefix and its BIC. */
const BANKS: ReadonlyArray<readonly [string, string]> = [
  ['1503', 'DNBANOKK'],
  ['1506', 'DNBANOKK'],
  ['3000', 'DNBANOKK'],
  ['9710', 'SPSONO22'],
  ['6011', 'NDEANOKK'],
  ['1822', 'SHEDNO22'],
];

/** An 11-digit Norwegian account number with its mod-11 check digit, unique by `serial`. */
function accountNumber(prng: Prng, serial: number): string {
  for (let n = serial; ; n += 100_000) {
    const base = `${prng.pick(BANKS)[0]}${String(n % 10_000_000).padStart(6, '0')}`;
    const check = mod11CheckDigit(base);
    if (check !== undefined) return `${base}${check}`;
  }
}

/** The seeded tables this module reads (and completes: employees, attachments, notes). */
export interface SalesInputs {
  Customer: Row[];
  Supplier: Row[];
  Employee: Row[];
  Product: Row[];
  Project: Row[];
  ContactGroup: Row[];
  VatCode: Row[];
  Department: Row[];
  Location: Row[];
  InvoiceAttachment: Row[];
  VoucherNote: Row[];
  OutgoingInvoice: Row[];
}

export function seedSales(
  tables: SalesInputs,
  opts: { seed: number; anchorMs: number },
): Record<string, Row[]> {
  const prng = createPrng(subSeed(opts.seed, 'sales'));
  const stamp = () => formatDateTimeOffset(opts.anchorMs - prng.int(0, 700) * DAY_MS);
  const accounts: Row[] = [];
  let serial = 1;
  const account = (party: Row): Row => {
    const number = accountNumber(prng, serial++);
    const bic = BANKS.find(([prefix]) => number.startsWith(prefix))?.[1];
    const row: Row = {
      id: 900_001 + accounts.length,
      partyId: party.id,
      code: number,
      bicSwift: bic,
      countryCode: 'NO',
      isActive: true,
      lastChanged: stamp(),
    };
    accounts.push(row);
    return row;
  };

  // Reference B6: accounts under customers, suppliers and employees. Every third company
  // customer (the first included) and every other supplier has one.
  tables.Customer.filter((c) => c.vatNumber !== undefined)
    .filter((_, k) => k % 3 === 0)
    .forEach(account);
  tables.Supplier.filter((_, k) => k % 2 === 0).forEach(account);
  // Every employee is paid to an account of their own (reference B3: payroll/expense account
  // codes name a bank account of this employee); every fourth refunds expenses to a second one.
  tables.Employee.forEach((e, k) => {
    const payroll = account(e);
    e.payrollBankAccountCode = payroll.code;
    e.expenseBankAccountCode = k % 4 === 3 ? account(e).code : payroll.code;
  });
  return {
    PartyBankAccount: accounts,
    RecurringInvoice: recurringInvoices(tables, prng, opts),
    ExternallyDeliverableInvoice: externallyDeliverable(tables),
  };
}

/** InvoiceDeliveryType of the customer → ExternalInvoiceDeliveryType (reference Part C). */
const EXTERNAL_AS: Readonly<Record<number, number>> = { 1: 2, 2: 1, 3: 3 };

/**
 * Invoices handed to an external delivery service (reference B11): every sixth posted invoice
 * (not credit notes), at most 50; its id is the outgoing invoice's. Every other one is already
 * reported delivered. No random draws.
 */
function externallyDeliverable(tables: SalesInputs): Row[] {
  const customers = new Map(tables.Customer.map((c) => [c.code, c]));
  return tables.OutgoingInvoice.filter(
    (i) => (i.status as number) >= 2 && i.customerCode !== undefined && !i.relatedDocumentNo,
  )
    .filter((_, k) => k % 6 === 0)
    .slice(0, 50)
    .map((inv, k) => {
      const customer = customers.get(inv.customerCode) as Row;
      const delivered = k % 2 === 1;
      return {
        id: inv.id,
        customerCode: inv.customerCode,
        customerEmail: customer.invoiceEmailAddress ?? customer.emailAddress,
        externalInvoiceDeliveryType: EXTERNAL_AS[customer.invoiceDeliveryType as number] ?? 0,
        totalAmount: inv.totalAmount,
        invoiceNo: inv.invoiceNo,
        invoiceDate: inv.voucherDate,
        dueDate: inv.dueDate,
        invoiceDeliveryDate: delivered ? inv.voucherDate : undefined,
        createdDate: inv.lastChanged,
        isDelivered: delivered,
      };
    });
}

/** Line ids of seeded recurring invoices start here, far above the outgoing invoices' lines. */
const RECURRING_LINE_BASE = 5_000_001;

/**
 * Recurring invoices (reference B10), one per tenth customer (at least three), priced like
 * outgoing invoices; head and line dimensions by position so that every reference is held at
 * least once; the last one invoices a whole contact group. Completes the attachment and note
 * tables with one row on the first recurring invoice (both point at either invoice type).
 */
function recurringInvoices(tables: SalesInputs, prng: Prng, opts: { anchorMs: number }): Row[] {
  const rate = new Map(tables.VatCode.map((v) => [v.code, v.rate as number]));
  const out: Row[] = [];
  let lineId = RECURRING_LINE_BASE;
  const count = Math.max(3, Math.floor(tables.Customer.length / 10));
  const customers = tables.Customer.filter((c) => c.isArchived !== true);
  const group = tables.ContactGroup.find((g) => g.sendInvoicesToGroup === true);
  // Every other one for a customer with projects, so heads and lines can name one of them.
  const projectCustomers = new Set(tables.Project.map((p) => p.customerCode));
  const withProjects = customers.filter((c) => projectCustomers.has(c.code));
  for (let k = 0; k < count; k++) {
    const toGroup = k === count - 1 && group !== undefined;
    const pool = k % 2 === 0 && withProjects.length > 0 ? withProjects : customers;
    const cust = pool[(k * 7) % pool.length] as Row;
    const projects = tables.Project.filter((p) => p.customerCode === cust.code);
    const anyProject = projects[0]?.code ?? tables.Project[k % tables.Project.length]?.code;
    const lines: Row[] = [];
    for (let j = 0; j < 1 + (k % 3); j++) {
      const p = tables.Product[(k * 5 + j) % tables.Product.length] as Row;
      const quantity = prng.int(1, 10);
      const vat = rate.get(p.vatCode as string) ?? 0;
      lines.push({
        id: lineId++,
        lineType: 0,
        productCode: p.code,
        description: p.name,
        quantity,
        unitPrice: p.salesPrice,
        unitCost: p.costPrice,
        discountPercent: 0,
        unitOfMeasureCode: p.unitOfMeasureCode,
        exemptVat: false,
        vatReturnSpecification: 0,
        sortOrder: j + 1,
        salesPersonEmployeeCode: j === 1 ? cust.ourReferenceEmployeeCode : undefined,
        departmentCode: j === 1 ? tables.Department[k % tables.Department.length]?.code : undefined,
        projectCode: j === 2 ? anyProject : undefined,
        locationCode: j === 2 ? tables.Location[k % tables.Location.length]?.code : undefined,
        salesAccount: p.salesAccount,
        vatExemptSalesAccount: p.vatExemptSalesAccount,
        vatCode: p.vatCode,
        vatRate: vat,
        ...lineAmounts(quantity, p.salesPrice as number, 0, vat),
      });
    }
    const created = formatDateTimeOffset(opts.anchorMs - prng.int(30, 400) * DAY_MS);
    const monthly = k % 4 !== 3;
    out.push({
      id: prng.guid(),
      status: k % 2,
      ...(toGroup
        ? { contactGroupId: group.id, contactGroup: group.title }
        : {
            customerCode: cust.code,
            customerReferenceContactPersonId: cust.contactPersonId,
            ourReferenceEmployeeCode: cust.ourReferenceEmployeeCode,
            brandingThemeCode: k % 2 === 1 ? 'STANDARD' : cust.invoiceBrandingThemeCode,
            paymentTerms: cust.paymentTerms,
            projectCode: k % 2 === 0 ? anyProject : undefined,
            departmentCode: cust.departmentCode,
            locationCode:
              k % 3 === 0 ? tables.Location[k % tables.Location.length]?.code : undefined,
          }),
      orderNo: k + 1,
      currencyCode: 'NOK',
      currencyExchangeRate: 1,
      invoiceDeliveryType: 0,
      outgoingInvoiceLines: lines,
      ...invoiceTotals(lines),
      isInvoiceBeingProcessed: false,
      isActive: k % 5 !== 4,
      repeatTimes: k % 3 === 1 ? 12 : undefined,
      sendMethod: k % 3,
      sendFrequency: 1,
      sendFrequencyUnit: monthly ? 1 : 2,
      nextInvoiceDate: formatDateTime(opts.anchorMs + (1 + ((k * 11) % 28)) * DAY_MS),
      daysInAdvance: k % 2,
      exceptMonths: monthly && k % 2 === 0 ? [7] : undefined,
      autoClearExclusions: false,
      createdDate: created,
      lastChanged: created,
    });
  }
  const first = out[0] as Row;
  const content = Buffer.from('%PDF-1.4\n% Avtalevilkår\n%%EOF\n');
  tables.InvoiceAttachment.push({
    id: Math.max(0, ...tables.InvoiceAttachment.map((a) => a.id as number)) + 1,
    invoiceId: first.id,
    fileName: 'avtalevilkar.pdf',
    base64EncodedData: content.toString('base64'),
    fileSizeInBytes: content.length,
    lastChanged: first.lastChanged,
  });
  const seedUser = '5eed0000-0000-4000-a000-000000000001';
  tables.VoucherNote.push({
    id: Math.max(0, ...tables.VoucherNote.map((n) => n.id as number)) + 1,
    voucherId: first.id,
    text: 'Fornyes årlig; sjekk prisjustering.',
    createdDate: formatDateTime(opts.anchorMs - DAY_MS),
    lastChangedDate: formatDateTime(opts.anchorMs - DAY_MS),
    createdByUserId: seedUser,
    lastChangedByUserId: seedUser,
  });
  return out;
}
