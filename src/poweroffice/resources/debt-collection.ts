import { distinctItems } from './checks.js';
import { DebtCollectionCaseStatus, VoucherType } from './enums.js';
import { f } from './fields.js';
import { defineResource, type EntityOf, LIST_ONLY, type RowType } from './resource.js';

/**
 * Debt collection (accounting.md §8): cases handed to an agency, the invoices available for
 * collection, the payments and credit notes matched to them, and the invoice PDF.
 */

/** DebtCollectionInvoice (§8, every property read-only): an invoice as the agency sees it. */
const invoiceFields = {
  id: f.guid('Id of the outgoing invoice.', {
    nullable: false,
    readOnly: true,
    ref: { to: 'OutgoingInvoice', key: 'id', as: 'invoice', description: 'The outgoing invoice.' },
  }),
  customerCode: f.long('Customer number.', {
    nullable: false,
    readOnly: true,
    ref: { to: 'Customer', description: 'The customer.' },
  }),
  invoiceDate: f.datetime('Invoice date.', { readOnly: true }),
  dueDate: f.datetime('Due date.', { readOnly: true }),
  invoiceNo: f.long('Invoice number.', { readOnly: true }),
  originalAmount: f.double('Amount in the invoice currency.', { readOnly: true }),
  remainingAmount: f.double('Amount still unpaid, in the client currency.', { readOnly: true }),
  originalPostedAmount: f.double('Amount posted, in the client currency.', { readOnly: true }),
  currencyCode: f.string('Invoice currency.', { readOnly: true }),
  cid: f.string('KID payment reference.', { readOnly: true }),
  lastReminderEmailAddress: f.string('Where the last reminder went.', { readOnly: true }),
  invoiceEmailAddress: f.string('Where the invoice went.', { readOnly: true }),
  externalImportReference: f.string('Idempotency key the invoice was created with.', {
    readOnly: true,
  }),
  lastChanged: f.datetimeoffset('When the invoice last changed.', { readOnly: true }),
  lastReminderSentDate: f.datetime('When the last reminder was sent.', { readOnly: true }),
  lastReminderDueDate: f.datetime('Due date of the last reminder.', { readOnly: true }),
  lastReminderVoucherType: f.enum(VoucherType, 'Kind of the last reminder voucher.', {
    readOnly: true,
  }),
} as const;

/** DebtCollectionInvoiceMatch (§8, read-only): a payment or credit note matched to an invoice. */
const matchFields = {
  id: f.long('Id of the ledger entry.', { readOnly: true }),
  customerCode: f.long('Customer number.', { readOnly: true }),
  voucherDate: f.datetime('Voucher date.', { readOnly: true }),
  postingDate: f.datetime('Posting date.', { readOnly: true }),
  voucherNo: f.long('Voucher number.', { readOnly: true }),
  voucherType: f.enum(VoucherType, 'Kind of voucher.', { nullable: false, readOnly: true }),
  amount: f.double('Amount in the client currency (negative: paid).', { readOnly: true }),
  currencyAmount: f.double('Amount in the voucher currency.', { readOnly: true }),
  currencyCode: f.string('Voucher currency.', { readOnly: true }),
  cid: f.string('KID payment reference.', { readOnly: true }),
  importedVoucherNo: f.long('Voucher number in the system it was imported from.', {
    readOnly: true,
  }),
  createdFromImportId: f.guid('Import that created the entry.', { readOnly: true }),
  voucherId: f.guid('Id of the voucher.', { readOnly: true }),
  isWriteOff: f.bool('A write-off rather than a payment.', { readOnly: true }),
  lastChanged: f.datetimeoffset('When the entry last changed.', { readOnly: true }),
  externalImportReference: f.string('Idempotency key of the voucher.', { readOnly: true }),
  isNoteMainEntry: f.bool('The main entry of a credit note.', { readOnly: true }),
  matchId: f.long('Id of the match the entry belongs to.', { readOnly: true }),
  paidFromAccount: f.string('Bank account the payment came from.', { readOnly: true }),
} as const;

const DebtCollectionInvoiceMatch: RowType = {
  type: 'DebtCollectionInvoiceMatch',
  fields: matchFields,
  description: 'A payment or credit note matched to an invoice in debt collection.',
};

/** DebtCollectionCase (§8). */
const caseFields = {
  id: f.guid('PowerOffice id of the case.', { readOnly: true }),
  code: f.string("Case number (PowerOffice's example uses the customer number)."),
  status: f.enum(DebtCollectionCaseStatus, 'State of the case; a new case is Active.', {
    nullable: false,
    default: 0,
  }),
  invoices: f.list(
    f.object('DebtCollectionInvoice', invoiceFields, 'An invoice in the case.'),
    'The invoices in the case; on create give their ids (`{ id }`).',
  ),
  externalCaseUrl: f.string("Link to the case at the agency's site."),
  balanceAgency: f.double('Balance of the case at the agency.', { nullable: false }),
  lastChanged: f.datetimeoffset('When the case last changed.', {
    nullable: false,
    readOnly: true,
  }),
  invoiceLastChanged: f.datetimeoffset('When an invoice of the case last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/**
 * The invoices available for debt collection (`GET /DebtCollection/Invoices/AvailableInvoices`,
 * OData): rows computed by PowerOffice, fetched only through this list.
 */
export const DebtCollectionInvoiceResource = defineResource({
  name: 'DebtCollectionInvoice',
  path: '/DebtCollection/Invoices/AvailableInvoices',
  idKind: 'guid',
  fields: invoiceFields,
  computed: true,
  privilege: 'DebtCollection',
  operations: LIST_ONLY,
  graph: {
    description:
      'An invoice as debt collection sees it: available for a case, or in one (PowerOffice ' +
      '`DebtCollectionInvoice`).',
    list:
      'Overdue unpaid invoices in no case yet (`GET /DebtCollection/Invoices/AvailableInvoices`). ' +
      'PowerOffice refuses it while debt collection is not active (`isActiveDebtCollection`).',
    plural: 'debtCollectionAvailableInvoices',
    node: false,
  },
  subLists: {
    matchedItems: {
      path: '/DebtCollection/MatchedItems/{id}',
      item: DebtCollectionInvoiceMatch,
      // Matches are derived from the ledger; the emulator's rule finds them (rules-vouchers.ts).
      parentField: 'id',
      graph: {
        field: 'matchedItems',
        description:
          'Payments and credit notes matched to the invoice (`GET /DebtCollection/MatchedItems/{id}`: one call per invoice).',
      },
    },
  },
  downloads: {
    pdf: {
      path: '/DebtCollection/GetInvoicePdf/{key}',
      key: 'id',
      form: 'raw',
      contentType: 'application/pdf',
      fileName: (id) => `faktura-${id}.pdf`,
      graph: {
        field: 'pdfUrl',
        description:
          'Where to download the invoice PDF: a path of this server, sent with the same ' +
          '`Authorization` header as GraphQL requests (`GET /DebtCollection/GetInvoicePdf/{id}`).',
      },
    },
  },
});

export const DebtCollectionCaseResource = defineResource({
  name: 'DebtCollectionCase',
  path: '/DebtCollection',
  idKind: 'guid',
  fields: caseFields,
  privilege: 'DebtCollection',
  operations: { list: true, get: true, save: true, delete: true },
  graph: {
    description: 'A debt-collection case at an agency (PowerOffice `DebtCollectionCase`).',
    list: 'Debt-collection cases (`GET /DebtCollection`).',
  },
  reads: {
    isActive: {
      path: '/DebtCollection/IsActiveDebtCollection',
      result: f.bool('Whether debt collection is active for the client.', { nullable: false }),
      graph: {
        field: 'isActiveDebtCollection',
        description:
          'Whether debt collection is active for the client (`GET /DebtCollection/IsActiveDebtCollection`); ' +
          'while it is not, the available invoices and new cases are refused.',
      },
    },
  },
  actions: {
    addInvoices: {
      path: '/DebtCollection/AddInvoicesToCase',
      body: {
        caseId: f.guid('The case.', { nullable: false }),
        invoiceIds: f.list(f.guid('An outgoing invoice id.'), 'Invoices to add (their ids).', {
          nullable: false,
          check: distinctItems(1),
        }),
      },
      target: 'caseId',
      result: 'row',
      description: 'Adds invoices to a case.',
      graph: {
        mutation: 'addInvoicesToDebtCollectionCase',
        description:
          'Adds invoices to a debt-collection case (`POST /DebtCollection/AddInvoicesToCase`); ' +
          'the result is the case as PowerOffice answers it. Every failure is a typed result.',
      },
    },
    merge: {
      path: '/DebtCollection/MergeCases',
      body: {
        caseNo: f.string('Case number of the merged case.', { nullable: false }),
        caseIds: f.list(f.guid('A case id.'), 'The cases to merge (two or more).', {
          nullable: false,
          check: distinctItems(2),
        }),
        externalCaseUrl: f.string("Link to the merged case at the agency's site."),
      },
      result: 'row',
      description: 'Merges cases into one.',
      graph: {
        mutation: 'mergeDebtCollectionCases',
        description:
          'Merges debt-collection cases into one (`POST /DebtCollection/MergeCases`); the result ' +
          'is the merged case. Every failure is a typed result.',
      },
    },
    updateStatus: {
      path: '/DebtCollection/UpdateStatus',
      body: {
        caseId: f.guid('The case.', { nullable: false }),
        statusText: f.string("The agency's status text."),
        isCaseClosed: f.bool('Close the case; otherwise it is set Active.', { nullable: false }),
        updatedBalanceAgency: f.double('Balance at the agency now.', { nullable: false }),
      },
      target: 'caseId',
      result: 'row',
      description: "Records the agency's status of a case.",
      graph: {
        mutation: 'updateDebtCollectionCaseStatus',
        description:
          "Records the agency's status and balance of a case (`POST /DebtCollection/UpdateStatus`): " +
          'Closed when `isCaseClosed`, else Active. Every failure is a typed result.',
      },
    },
  },
});

/**
 * `GET /DebtCollection/GetAllMatchedItems?fromDateTime=` (§8): every case with the payments and
 * credit notes matched to its invoices since a time.
 */
export const DebtCollectionMatchesResource = defineResource({
  name: 'DebtCollectionCaseWithMatches',
  path: '/DebtCollection/GetAllMatchedItems',
  idKind: 'guid',
  params: {
    fromDateTime: f.datetime('Matches from this time on.', { nullable: false }),
  },
  fields: {
    ...caseFields,
    matchedItems: f.list(
      f.object('DebtCollectionInvoiceMatch', matchFields, DebtCollectionInvoiceMatch.description),
      'Payments and credit notes matched to the invoices of the case.',
      { readOnly: true },
    ),
  },
  privilege: 'DebtCollection',
  operations: LIST_ONLY,
  graph: {
    description: 'A debt-collection case with its matched payments and credit notes.',
    list: 'Cases with the items matched since a time (`GET /DebtCollection/GetAllMatchedItems`).',
    plural: 'debtCollectionMatchedItems',
    node: false,
  },
});

export type DebtCollectionCaseDto = EntityOf<typeof DebtCollectionCaseResource>;
