import { accountCode } from './account-code.js';
import { notNone, xmlFileName } from './checks.js';
import { AgricultureDepartment, VatReturnSpecification } from './enums.js';
import { JournalEntryFileType, JournalEntryVoucherType } from './enums-vouchers.js';
import { f, UPLOAD_MAX_BYTES } from './fields.js';
import { defineResource, type EntityOf } from './resource.js';

/** JournalEntryFile (accounting.md §3): the documentation image or PDF, base64 in JSON. */
const fileFields = {
  base64EncodedData: f.string('The content, base64 (at most 5 MiB decoded).', {
    required: true,
    base64: { maxBytes: UPLOAD_MAX_BYTES },
  }),
  fileName: f.string('File name with its extension.'),
  fileType: f.enum(JournalEntryFileType, 'Type of the file (not None).', {
    nullable: false,
    required: true,
    check: notNone,
  }),
} as const;

/** JournalEntryVoucherLine (§3): one debit and one credit account for an amount. */
const lineFields = {
  id: f.long('Id of the line; send it to change the line.', { readOnly: true }),
  // Ledger accounts or customer, supplier or employee codes (relations.md §3.6).
  debitAccountCode: accountCode('Debit account: a ledger account or a sub-ledger party code.', {
    as: 'debitAccount',
    description: 'The debit account or party.',
  }),
  creditAccountCode: accountCode('Credit account: a ledger account or a sub-ledger party code.', {
    as: 'creditAccount',
    description: 'The credit account or party.',
  }),
  debitVatCode: f.string("VAT code of the debit side; default the account's.", {
    ref: { to: 'VatCode', as: 'debitVat', description: 'VAT code of the debit side.' },
  }),
  creditVatCode: f.string("VAT code of the credit side; default the account's.", {
    ref: { to: 'VatCode', as: 'creditVat', description: 'VAT code of the credit side.' },
  }),
  debitVatReturnSpecification: f.enum(VatReturnSpecification, 'VAT return specification (debit).'),
  creditVatReturnSpecification: f.enum(
    VatReturnSpecification,
    'VAT return specification (credit).',
  ),
  amount: f.double('Amount, in the line or head currency.'),
  departmentCode: f.string('Department.', {
    ref: { to: 'Department', description: 'The department of the line.' },
  }),
  projectCode: f.string('Project.', {
    ref: { to: 'Project', description: 'The project of the line.' },
  }),
  productCode: f.string('Product; quantities are used only with one.'),
  quantity: f.double('Quantity (with a product).'),
  quantity2: f.double('Second quantity (with a product).'),
  description: f.string('Line text.'),
  date: f.datetime('Date, for manual, cash, bank and year-end journals.'),
  currencyCode: f.string('Currency, for manual, cash, bank and year-end journals.'),
  currencyRate: f.double('Exchange rate, for manual, cash, bank and year-end journals.'),
  lastChanged: f.datetimeoffset('When the line last changed.', { readOnly: true }),
  isDeleted: f.bool('Set to delete the line on save.', { writeOnly: true }),
  invoiceNo: f.string('Invoice number (bank journals).'),
  debitAgricultureDepartment: f.enum(AgricultureDepartment, 'Agriculture department (debit).'),
  creditAgricultureDepartment: f.enum(AgricultureDepartment, 'Agriculture department (credit).'),
} as const;

/**
 * GoApi.JournalEntry.JournalEntryVoucher (accounting.md §3): an unposted voucher for a user to
 * post in Go's Journal Entry screen. Its documentation file is required on create and never
 * returned.
 */
export const JournalEntryVoucherResource = defineResource({
  name: 'JournalEntryVoucher',
  path: '/JournalEntryVoucher',
  idKind: 'guid',
  fields: {
    id: f.guid('PowerOffice id of the voucher.', { readOnly: true }),
    voucherType: f.enum(JournalEntryVoucherType, 'Kind of voucher.', {
      nullable: false,
      required: true,
      check: notNone,
    }),
    file: f.object('JournalEntryFile', fileFields, 'The documentation (image or PDF).', {
      required: true,
      writeOnly: true,
    }),
    supplierCode: f.long('Supplier (supplier invoices and credit notes).', {
      ref: { to: 'Supplier', description: 'The supplier of the invoice or credit note.' },
    }),
    invoiceNo: f.string('Invoice number; for a credit note the credited invoice.'),
    creditNoteNo: f.string('Credit-note number.'),
    voucherDate: f.datetime('Voucher date.'),
    dueDate: f.datetime('Due date (supplier invoices, credit notes, expenses).'),
    totalAmount: f.double('Head amount posted on the sub-ledger.'),
    currencyCode: f.string('Currency.', { required: true }),
    currencyRate: f.double('Exchange rate (invoice, credit-note and expense vouchers).'),
    employeeCode: f.long('Employee (expenses).', {
      ref: { to: 'Employee', description: 'The employee of the expense.' },
    }),
    description: f.string('Text (not used for supplier invoices or credit notes).'),
    cid: f.string('KID payment reference.'),
    voucherLines: f.list(
      f.object('JournalEntryVoucherLine', lineFields, 'A voucher line.'),
      'The lines; lines without id are added, isDeleted removes one.',
      { gqlName: 'lines' },
    ),
    lastChanged: f.datetimeoffset('When the voucher last changed.', {
      nullable: false,
      readOnly: true,
    }),
    bankAccountCode: f.string('Bank account to pay out to.'),
    externalImportReference: f.string(
      'Idempotency key: unique per client, at most 50 characters.',
      {
        maxLength: 50,
      },
    ),
    contractNo: f.string('Contract number.'),
    purchaseOrderNo: f.string('Purchase order number.'),
    comment: f.string('Comment for new vouchers only; never returned (at most 250).', {
      writeOnly: true,
      maxLength: 250,
    }),
    departmentCode: f.string('Department.', {
      ref: { to: 'Department', description: 'The department of the voucher.' },
    }),
    projectCode: f.string('Project.', {
      ref: { to: 'Project', description: 'The project of the voucher.' },
    }),
    payout: f.bool('Create a remittance draft (default true).', { default: true }),
    paymentDate: f.datetime('Payment date; default the due date.'),
    submitForApproval: f.bool('Try to submit the voucher for approval.'),
    isSubmittedForApproval: f.bool('Submitted for approval (only in the save answer).', {
      readOnly: true,
    }),
    submitForApprovalErrorMessage: f.string('Why the submission failed.', { readOnly: true }),
  },
  privilege: 'JournalEntryVoucher',
  operations: { list: true, get: true, save: true, delete: true },
  graph: {
    description:
      'An unposted voucher for a user to post in Go (PowerOffice `JournalEntryVoucher`). The ' +
      'documentation file is sent on create (base64) and never returned.',
    list: 'Unposted journal-entry vouchers (`GET /JournalEntryVoucher`).',
  },
  actions: {
    forwardIncomingEhf: {
      path: '/JournalEntryVoucher/ForwardIncomingEhf',
      body: {
        originalFileName: f.string('File name of the EHF invoice (.xml).', {
          nullable: false,
          required: true,
          check: xmlFileName,
        }),
        base64EncodedData: f.string('The EHF XML, base64 (at most 5 MiB decoded).', {
          nullable: false,
          required: true,
          base64: { maxBytes: UPLOAD_MAX_BYTES },
        }),
      },
      result: 'success',
      description: 'Queues an incoming EHF invoice into Go.',
      graph: {
        mutation: 'forwardIncomingEhf',
        description:
          'Queues an incoming EHF (XML) supplier invoice into Go (`POST /JournalEntryVoucher/ForwardIncomingEhf`). ' +
          'Success means queued. Every failure is a typed result.',
      },
    },
  },
});

export type JournalEntryVoucherDto = EntityOf<typeof JournalEntryVoucherResource>;
