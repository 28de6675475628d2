import {
  DebtCollectionCaseStatus,
  DebtCollectionStatus,
  InvoiceStatus,
  VoucherLineType,
  VoucherType,
} from './enums.js';
import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

/** InvoiceJournalSalesLine (accounting reference §14); the obsolete `product` object is left out. */
const salesLineFields = {
  id: f.long('Line id.', { readOnly: true }),
  voucherLineType: f.enum(VoucherLineType, 'Kind of line.'),
  description: f.string('Line text.'),
  quantity: f.double('Quantity.'),
  unitPrice: f.double('Price per unit.'),
  discountPercent: f.double('Discount as a fraction.'),
  unit: f.string('Unit of measure.'),
  totalExclusive: f.double('Amount excluding VAT.'),
  totalVat: f.double('VAT.'),
  totalInclusive: f.double('Amount including VAT.'),
} as const;

/**
 * Reporting/InvoiceJournal (accounting reference §14): sent invoices and credit notes with a
 * voucher date in a range, at most 5 000 rows. The obsolete `customer` object is left out (§22.4),
 * so a row reaches its customer through its invoice.
 */
export const InvoiceJournalResource = defineResource({
  name: 'InvoiceJournalLine',
  path: '/Reporting/InvoiceJournal',
  idKind: 'guid',
  params: {
    fromDate: f.datetime('First voucher date included.', { nullable: false }),
    toDate: f.datetime('Last voucher date included.', { nullable: false }),
  },
  variants: {
    byInvoiceNo: {
      path: '/Reporting/InvoiceJournal/{fromInvoiceNo}/{toInvoiceNo}',
      params: {
        fromInvoiceNo: f.long('First invoice number included.', { nullable: false }),
        toInvoiceNo: f.long('Last invoice number included.', { nullable: false }),
      },
      graph: {
        list: 'invoiceJournalByInvoiceNo',
        description:
          'The invoice journal by invoice number (`GET /Reporting/InvoiceJournal/{fromInvoiceNo}/{toInvoiceNo}`).',
      },
    },
  },
  downloads: {
    // §14 `GET /Reporting/InvoiceJournal/GetPdf/{id}`: the voucher as a raw PDF stream.
    pdf: {
      path: '/Reporting/InvoiceJournal/GetPdf/{key}',
      key: 'id',
      form: 'raw',
      contentType: 'application/pdf',
      fileName: (id) => `bilag-${id}.pdf`,
      graph: {
        field: 'pdfUrl',
        description:
          'Where to download the voucher as PDF: a path of this server, sent with the same ' +
          '`Authorization` header as GraphQL requests (`GET /Reporting/InvoiceJournal/GetPdf/{id}`).',
      },
    },
  },
  fields: {
    id: f.guid('Id of the voucher (presumably the OutgoingInvoice id, §14).', { readOnly: true }),
    voucherType: f.enum(VoucherType, 'OutgoingInvoice or OutgoingCreditNote.', { nullable: false }),
    voucherNo: f.long('Voucher number.', { nullable: false }),
    invoiceNo: f.long('Invoice number.', {
      nullable: false,
      ref: {
        to: 'OutgoingInvoice',
        key: 'invoiceNo',
        as: 'invoice',
        description: 'The invoice (by invoiceNo).',
      },
    }),
    currency: f.string('Currency code.'),
    voucherDate: f.datetime('Voucher date.', { nullable: false }),
    dueDate: f.datetime('Due date.', { nullable: false }),
    reference: f.string("Customer's reference."),
    cid: f.string('KID payment reference.'),
    text: f.string('Voucher text.'),
    languageCode: f.string('Language of the invoice.'),
    netAmount: f.double('Total excluding VAT.', { nullable: false }),
    vatAmount: f.double('VAT.', { nullable: false }),
    totalAmount: f.double('Total including VAT.', { nullable: false }),
    creditNoteInvoiceReference: f.long('On a credit note: the number of the credited invoice.', {
      ref: {
        to: 'OutgoingInvoice',
        key: 'invoiceNo',
        as: 'creditedInvoice',
        description: 'On a credit note: the credited invoice (by creditNoteInvoiceReference).',
      },
    }),
    invoiceJournalSalesLines: f.list(
      f.object('InvoiceJournalSalesLine', salesLineFields, 'A sales line.'),
      'Sales lines of the voucher.',
      { readOnly: true, gqlName: 'salesLines' },
    ),
    invoiceStatus: f.enum(InvoiceStatus, 'Payment and collection state.', { nullable: false }),
    reminderSentDate: f.datetime('When a reminder was sent.'),
    reminderDueDate: f.datetime('Due date of the reminder.'),
    importedOrderNo: f.long('Order number in the system the invoice came from.'),
    currencyRate: f.double('Exchange rate.'),
    createdFromImportJournalId: f.guid('Import journal that created the voucher.', {
      readOnly: true,
    }),
    isOnHold: f.bool('Collection is on hold.', { readOnly: true }),
    externalCaseNumber: f.string('Case number at a debt-collection agency.'),
    lastChanged: f.datetimeoffset('When the voucher last changed.', {
      nullable: false,
      readOnly: true,
    }),
    balance: f.double('Amount still unpaid, in the client currency.', {
      nullable: false,
      readOnly: true,
    }),
    externalImportReference: f.string('Idempotency key the invoice was created with.', {
      readOnly: true,
    }),
    expectedDueDate: f.datetime('Expected due date.', { readOnly: true }),
    invoiceDebtCollectionStatus: f.enum(DebtCollectionStatus, 'Debt-collection state.'),
    debtCollectionCaseStatus: f.enum(DebtCollectionCaseStatus, 'State of the collection case.'),
    debtCollectionCode: f.string('Reference of the collection case.', { readOnly: true }),
    hasVoucherDocumentation: f.bool('Whether documents are attached to the voucher.', {
      nullable: false,
      readOnly: true,
    }),
  },
  maxRows: 5_000,
  privilege: 'Reporting_InvoiceJournal',
  operations: LIST_ONLY,
  graph: {
    description: 'A sent invoice or credit note in the invoice journal (a report row).',
    list: 'The invoice journal: sent invoices and credit notes by voucher date (`GET /Reporting/InvoiceJournal`).',
    plural: 'invoiceJournal',
    node: false,
  },
});
