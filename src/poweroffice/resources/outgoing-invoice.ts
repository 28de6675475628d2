import { voucherDocuments, voucherDownloads } from './blob.js';
import { settableInvoiceStatus } from './checks.js';
import {
  AgricultureDepartment,
  DebtCollectionCaseStatus,
  DebtCollectionStatus,
  InvoiceDeliveryType,
  OutgoingInvoiceStatus,
  SendInvoiceDeliveryType,
  UnitOfMeasureCode,
  VatReturnSpecification,
  VoucherLineType,
} from './enums.js';
import { type DtoOf, type FieldMap, type FieldSpec, f } from './fields.js';
import { CRUD, defineResource, type EntityOf, type ListItemOf } from './resource.js';
import { invoiceNotes } from './voucher-note.js';

/** GoApi.Invoices.Accrual (reference B9): spreads a line's amount over a period. */
export const accrualFields = {
  isActive: f.bool('Whether the line is accrued.', { nullable: false }),
  fromDate: f.datetime('First day of the accrual period.', { nullable: false }),
  toDate: f.datetime('Last day of the accrual period.', { nullable: false }),
  balanceAccountCode: f.long('Balance account of the accrual (GeneralLedgerAccount.code).', {
    ref: {
      to: 'GeneralLedgerAccount',
      description: 'The balance account of the accrual.',
      scope: { agricultureDepartment: 'balanceAccountAgricultureDepartment' },
    },
  }),
  resultAccountCode: f.long('Result account of the accrual (GeneralLedgerAccount.code).', {
    ref: {
      to: 'GeneralLedgerAccount',
      description: 'The result account of the accrual.',
      scope: { agricultureDepartment: 'resultAccountAgricultureDepartment' },
    },
  }),
  balanceAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the balance account.',
  ),
  resultAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the result account.',
  ),
  numOfMonths: f.int('Number of months, for recurring invoices instead of from/to dates.'),
} as const;

/** GoApi.Invoices.OutgoingInvoiceLine (reference B9); RecurringInvoice uses the same shape. */
export const outgoingInvoiceLineFields = {
  id: f.long('Line id; it changes when the invoice is posted, as the line is copied.', {
    readOnly: true,
  }),
  lineType: f.enum(VoucherLineType, 'Kind of line; clients may send Normal, Text or Summary.', {
    nullable: false,
  }),
  productCode: f.string('Product sold (Product.code); required on Normal lines.', {
    ref: {
      to: 'Product',
      description: 'The product sold (by productCode).',
      blocksDelete: true,
    },
  }),
  description: f.string('Line text.'),
  quantity: f.double('Quantity.'),
  unitPrice: f.double("Price per unit before discount; overrides the product's price."),
  unitCost: f.double("Cost per unit; overrides the product's cost."),
  discountPercent: f.double('Discount as a fraction 0..1 (0.5 = 50 %); -10..0 for a premium.', {
    range: [-10, 1],
  }),
  unitOfMeasureCode: f.enum(UnitOfMeasureCode, 'Unit of measure.'),
  unitOfMeasure: f.string('Deprecated free-text unit.'),
  exemptVat: f.bool("The line is VAT-free and uses the product's VAT-exempt sales account."),
  vatReturnSpecification: f.enum(
    VatReturnSpecification,
    "VAT return specification; defaults from the product's account, else None.",
    { nullable: false },
  ),
  sortOrder: f.int('Position of the line on the invoice.', { nullable: false }),
  salesPersonEmployeeCode: f.long('Sales person of the line (Employee.code).', {
    ref: {
      to: 'Employee',
      as: 'salesPerson',
      description: 'The sales person of the line (by salesPersonEmployeeCode).',
    },
  }),
  projectCode: f.string('Project (Project.code); null inherits the head\'s, "-1" means none.', {
    ref: {
      to: 'Project',
      description: 'The project of the line itself; null when inherited or "-1".',
      none: '-1',
    },
  }),
  departmentCode: f.string(
    'Department (Department.code); null inherits the head\'s, "-1" means none.',
    {
      ref: {
        to: 'Department',
        description: 'The department of the line itself; null when inherited or "-1".',
        none: '-1',
      },
    },
  ),
  locationCode: f.string('Location (Location.code).', {
    ref: { to: 'Location', description: 'The location of the line (by locationCode).' },
  }),
  dim1Code: f.string('Value of custom dimension 1.'),
  dim2Code: f.string('Value of custom dimension 2.'),
  dim3Code: f.string('Value of custom dimension 3.'),
  accrual: f.object('Accrual', accrualFields, 'Accrual of the line over a period, if any.'),
  isDeleted: f.bool('Send true together with the id to remove the line.'),
  externalImportLineReference: f.string(
    'Correlation key of the line, at most 50 characters, unique within the invoice.',
    { maxLength: 50 },
  ),
  totalAmount: f.double('Line amount including VAT.', { nullable: false, readOnly: true }),
  netAmount: f.double('Line amount excluding VAT.', { nullable: false, readOnly: true }),
  salesAccount: f.long('Sales account to be used (drafts) or used (posted invoices).', {
    readOnly: true,
    ref: {
      to: 'GeneralLedgerAccount',
      as: 'salesLedgerAccount',
      description: 'The sales account to be used (drafts) or used (posted invoices).',
    },
  }),
  vatExemptSalesAccount: f.long('VAT-free sales account to be used or used.', {
    readOnly: true,
    ref: {
      to: 'GeneralLedgerAccount',
      as: 'vatExemptSalesLedgerAccount',
      description: 'The VAT-free sales account to be used or used.',
    },
  }),
  vatCode: f.string('VAT code of the line (VatCode.code).', {
    readOnly: true,
    ref: { to: 'VatCode', description: 'The VAT code of the line (by vatCode).' },
  }),
  vatRate: f.double('VAT rate applied to the line.', { readOnly: true }),
} as const;

/** GoApi.Invoices.OutgoingInvoice (reference B9): the full invoice, as GET by id returns it. */
export const outgoingInvoiceFields = {
  id: f.guid('PowerOffice id of the invoice (a GUID). Send it to update.', { readOnly: true }),
  status: f.enum(OutgoingInvoiceStatus, 'State; clients may only set Draft or Approved.', {
    nullable: false,
    check: settableInvoiceStatus,
  }),
  customerCode: f.long('Customer invoiced (Customer.code); excludes contactGroupId.', {
    // B9: "Mutually exclusive" with contactGroupId.
    excludes: ['contactGroupId'],
    ref: {
      to: 'Customer',
      description: 'The customer invoiced (by customerCode).',
      inverse: {
        name: 'invoices',
        description:
          'Invoices to this customer. Fetched for all customers of the page in one list request ' +
          'per URL chunk of customer codes, then paged per customer.',
      },
      blocksDelete: true,
    },
  }),
  contactGroupId: f.long('Contact group invoiced as a group (ContactGroup.id).', {
    ref: {
      to: 'ContactGroup',
      key: 'id',
      as: 'invoicedContactGroup',
      description: 'The contact group invoiced as a group (by contactGroupId).',
      inverse: {
        name: 'invoices',
        description: 'Invoices to this group as a whole (contactGroupId), batched across groups.',
      },
    },
  }),
  contactGroup: f.string('Title of the invoiced contact group.', { readOnly: true }),
  orderNo: f.long('Order number, generated on create.', { readOnly: true }),
  importedOrderNo: f.long('Order number in the system the invoice came from.'),
  orderDate: f.datetime('Order date.'),
  deliveryDate: f.datetime('Delivery date.'),
  currencyCode: f.string('Currency (Currency.code).', {
    default: 'NOK',
    ref: { to: 'Currency', description: 'The currency (by currencyCode).' },
  }),
  currencyExchangeRate: f.double('Exchange rate to the client currency, normalised to base 1.'),
  ourReferenceEmployeeCode: f.long('Our reference / sales person (Employee.code).', {
    ref: {
      to: 'Employee',
      description: 'Our reference / sales person (by ourReferenceEmployeeCode).',
      blocksDelete: true,
    },
  }),
  customerReference: f.string("Customer's reference, as free text."),
  customerReferenceContactPersonId: f.long(
    "Customer's reference as a contact person of the customer; wins over customerReference.",
    {
      ref: {
        to: 'ContactPerson',
        key: 'id',
        description: "The customer's reference as a contact person (full invoice).",
      },
    },
  ),
  purchaseOrderNo: f.string("Customer's purchase order number."),
  contractNo: f.string('Contract number.'),
  projectCode: f.string('Project (Project.code); lines inherit it unless they send "-1".', {
    ref: {
      to: 'Project',
      description: 'The project (by projectCode).',
      inverse: {
        name: 'invoices',
        description:
          'Invoices of this project (by their head projectCode), batched across projects.',
      },
      none: '-1',
      blocksDelete: true,
    },
  }),
  departmentCode: f.string(
    'Department (Department.code); lines inherit it unless they send "-1".',
    {
      ref: {
        to: 'Department',
        description: 'The department (by departmentCode).',
        inverse: {
          name: 'invoices',
          description: 'Invoices of this department (their head departmentCode), batched.',
        },
        none: '-1',
        blocksDelete: true,
      },
    },
  ),
  locationCode: f.string('Location (Location.code).', {
    ref: {
      to: 'Location',
      description: 'The location (by locationCode).',
      inverse: {
        name: 'invoices',
        description: 'Invoices of this location (their head locationCode), batched.',
      },
    },
  }),
  dim1Code: f.string('Value of custom dimension 1.'),
  dim2Code: f.string('Value of custom dimension 2.'),
  dim3Code: f.string('Value of custom dimension 3.'),
  deliveryAddressId: f.long("Delivery address: the id of one of the customer's street addresses."),
  deliveryAddress1: f.string('Delivery address line 1 as sent; only on posted invoices.', {
    readOnly: true,
  }),
  deliveryAddress2: f.string('Delivery address line 2 as sent; only on posted invoices.', {
    readOnly: true,
  }),
  deliveryAddressZipCode: f.string('Delivery postcode as sent; only on posted invoices.', {
    readOnly: true,
  }),
  deliveryAddressCity: f.string('Delivery city as sent; only on posted invoices.', {
    readOnly: true,
  }),
  deliveryAddressCountryCode: f.string('Delivery country as sent; only on posted invoices.', {
    readOnly: true,
  }),
  brandingThemeCode: f.string('Branding theme (BrandingTheme.code).', {
    ref: { to: 'BrandingTheme', description: 'The layout (by brandingThemeCode).' },
  }),
  paymentTerms: f.int('Days until the invoice is due.'),
  deliveryTerm: f.string('Delivery term (free text).'),
  externalImportReference: f.string(
    'Idempotency/correlation key, at most 50 characters, unique among invoices of the client.',
    { maxLength: 50 },
  ),
  relatedDocumentNo: f.string(
    'On a credit note: document or invoice number of the invoice it credits.',
    {
      ref: {
        to: 'OutgoingInvoice',
        key: 'documentNo',
        as: 'creditedInvoice',
        description: 'On a credit note: the invoice it credits (by relatedDocumentNo).',
        // A matching reference (documentNo or invoiceNo, B9), not a checked link.
        mustExist: false,
        inverse: {
          name: 'creditNotes',
          description: 'Credit notes of this invoice (their relatedDocumentNo), batched.',
        },
      },
    },
  ),
  customMatchingReference: f.string('Key used to match ledger entries.'),
  outgoingInvoiceLines: f.list(
    f.object('OutgoingInvoiceLine', outgoingInvoiceLineFields, 'An invoice line.'),
    'Invoice lines (at most 10 000); lines without id are added, isDeleted removes one.',
    { gqlName: 'lines' },
  ),
  invoiceDeliveryType: f.enum(InvoiceDeliveryType, 'How the invoice was delivered.', {
    nullable: false,
  }),
  customerEmail: f.string('Email address used when the invoice went out as PDF by email.', {
    readOnly: true,
  }),
  totalAmount: f.double('Total including VAT, computed from the lines.', {
    nullable: false,
    readOnly: true,
  }),
  netAmount: f.double('Total excluding VAT, computed from the lines.', {
    nullable: false,
    readOnly: true,
  }),
  balance: f.double('Amount still unpaid in the client currency; sent invoices only.', {
    readOnly: true,
  }),
  documentNo: f.string('Invoice number as text; sent invoices only.', { readOnly: true }),
  invoiceNo: f.long('Invoice number as a number; same value as documentNo.'),
  voucherNo: f.long('Voucher number of the posting; sent invoices only.', { readOnly: true }),
  cid: f.string('KID payment reference; sent invoices only.', { readOnly: true }),
  voucherDate: f.datetime('Voucher (invoice) date; sent invoices only.', { readOnly: true }),
  sentDate: f.datetime('When the invoice was sent; empty for imported invoices.', {
    readOnly: true,
  }),
  dueDate: f.datetime('Due date; sent invoices only.', { readOnly: true }),
  expectedDueDate: f.datetime('Expected due date; sent invoices only.', { readOnly: true }),
  invoiceDebtCollectionStatus: f.enum(DebtCollectionStatus, 'Debt-collection state.', {
    readOnly: true,
  }),
  debtCollectionCaseStatus: f.enum(DebtCollectionCaseStatus, 'State of the collection case.', {
    readOnly: true,
  }),
  debtCollectionCode: f.string('Reference of the debt-collection case.', { readOnly: true }),
  isInvoiceBeingProcessed: f.bool('Delivery of the invoice is in progress.', {
    nullable: false,
    readOnly: true,
  }),
  lastErrorMessage: f.string('Why the last delivery attempt failed, if it did.', {
    readOnly: true,
  }),
  createdDate: f.datetimeoffset('When the invoice was created.', {
    nullable: false,
    readOnly: true,
  }),
  lastChanged: f.datetimeoffset('When the invoice last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/** Full-invoice fields the list rows do not carry (reference B9, OutgoingInvoiceListItem). */
const notInListItem = [
  'outgoingInvoiceLines',
  'deliveryDate',
  'customerReferenceContactPersonId',
] as const;

type ReadOnlyWithout<M extends FieldMap, K extends keyof M> = {
  readonly [P in Exclude<keyof M, K>]: M[P] & { readonly readOnly: true };
};

/** A copy of `m` without the `drop` keys, every field marked read-only. */
function readOnlyWithout<M extends FieldMap, K extends keyof M & string>(
  m: M,
  drop: readonly K[],
): ReadOnlyWithout<M, K> {
  const out: Record<string, FieldSpec> = {};
  for (const [key, field] of Object.entries(m)) {
    if (!(drop as readonly string[]).includes(key)) out[key] = { ...field, readOnly: true };
  }
  return out as ReadOnlyWithout<M, K>;
}

/**
 * GoApi.Invoices.OutgoingInvoiceListItem: the invoice head as `GET /OutgoingInvoice/List` returns
 * it, read-only, with the same nullability as the invoice, plus invoiceDeliveryDate.
 */
export const outgoingInvoiceListItemFields = {
  ...readOnlyWithout(outgoingInvoiceFields, notInListItem),
  invoiceDeliveryDate: f.datetime('When the invoice was delivered.', { readOnly: true }),
} as const;

/** GoApi.Invoices.SendInvoiceRequest (reference B9): the body of `POST .../SendInvoice`. */
export const sendInvoiceRequestFields = {
  invoiceId: f.guid('The invoice to send (OutgoingInvoice.id).', { nullable: false }),
  invoiceDate: f.datetime('Invoice (voucher) date to post it with; default today.'),
  deliveryType: f.enum(
    SendInvoiceDeliveryType,
    'How to deliver it; default PdfByEmail unless an "IfPossible" flag applies.',
  ),
  email: f.string("Address to send a PDF to; default the customer's invoice email address."),
  sendByEhfIfPossible: f.bool('Deliver as EHF when the customer can receive it.'),
  sendByEfakturaIfPossible: f.bool('Deliver as eFaktura when the customer can receive it.'),
  sendByAvtaleGiroIfPossible: f.bool('Deliver by AvtaleGiro when the customer has an agreement.'),
} as const;

const notes = invoiceNotes('/OutgoingInvoice', 'OutgoingInvoice', 'invoice', 'an invoice');

export const OutgoingInvoiceResource = defineResource({
  name: 'OutgoingInvoice',
  path: '/OutgoingInvoice',
  listPath: '/OutgoingInvoice/List',
  idKind: 'guid',
  fields: outgoingInvoiceFields,
  listFields: outgoingInvoiceListItemFields,
  maxRows: 10_000,
  keys: { invoiceNo: { optional: true } },
  privilege: 'OutgoingInvoice',
  operations: CRUD,
  transientWhen: (row) => row.isInvoiceBeingProcessed === true,
  graph: {
    description: 'An outgoing (sales) invoice or credit note (PowerOffice `OutgoingInvoice`).',
    list: 'Invoice heads (`GET /OutgoingInvoice/List`); lines load per invoice on demand.',
  },
  actions: {
    send: {
      path: '/OutgoingInvoice/SendInvoice',
      body: sendInvoiceRequestFields,
      target: 'invoiceId',
      result: 'success',
      description: 'Queues a draft or approved invoice for posting and delivery (B9).',
      // Reference B9: sending is asynchronous; while in transit the invoice is being
      // processed, and once sent its status is Sent or later.
      appliedWhen: (row) => row.isInvoiceBeingProcessed === true || Number(row.status) >= 2,
      graph: {
        mutation: 'sendOutgoingInvoice',
        description:
          'Queues a draft or approved invoice for sending (`POST /OutgoingInvoice/SendInvoice`). ' +
          'Asynchronous: success means queued. The result is the invoice read back; follow ' +
          '`isInvoiceBeingProcessed`, `status` and `lastErrorMessage` with `node(id:)` until it ' +
          'is no longer being processed. Every failure is a typed result.',
      },
    },
    saveNote: notes.save,
  },
  // Blob (accounting.md §7): the voucher's documents by voucher number.
  subLists: { notes: notes.subList, documents: voucherDocuments },
  downloads: voucherDownloads,
});

export type OutgoingInvoiceDto = EntityOf<typeof OutgoingInvoiceResource>;
export type OutgoingInvoiceListItemDto = ListItemOf<typeof OutgoingInvoiceResource>;
export type OutgoingInvoiceLineDto = DtoOf<typeof outgoingInvoiceLineFields>;
export type AccrualDto = DtoOf<typeof accrualFields>;
