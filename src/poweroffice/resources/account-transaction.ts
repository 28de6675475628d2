import { voucherDocuments, voucherDownloads } from './blob.js';
import { AgricultureDepartment, VatReturnSpecification, VoucherType } from './enums.js';
import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

const dates = {
  fromDate: f.datetime('First posting date included.', { nullable: false }),
  toDate: f.datetime('Last posting date included.', { nullable: false }),
} as const;

/**
 * Reporting/AccountTransactions (accounting.md §11): posted ledger entries with a posting date
 * in a range (required: no route without it is documented), at most 50 000 rows a request. The
 * account may be given as the OAS query parameter `accountCode` or, as DOC has it, in the path
 * (§22.3: both are served; the facade sends the query form).
 */
export const AccountTransactionResource = defineResource({
  name: 'AccountTransaction',
  path: '/Reporting/AccountTransactions',
  idKind: 'long',
  params: {
    ...dates,
    accountCode: f.long('Only this account (GeneralLedgerAccount.code).'),
  },
  variants: {
    byAccount: {
      path: '/Reporting/AccountTransactions/{accountCode}',
      params: { accountCode: f.long('The account.', { nullable: false }), ...dates },
    },
  },
  fields: {
    id: f.long('Id of the entry.', { nullable: false }),
    accountCode: f.long('Account posted to.', {
      nullable: false,
      ref: {
        to: 'GeneralLedgerAccount',
        description: 'The ledger account (by accountCode).',
        inverse: {
          name: 'transactions',
          description:
            'Entries posted to this account in a date range (Reporting/AccountTransactions).',
          params: true,
        },
      },
    }),
    date: f.datetime('Posting date.', { nullable: false }),
    voucherNo: f.long('Voucher number.', { nullable: false }),
    importedVoucherNo: f.long('Voucher number in the system it was imported from.'),
    voucherType: f.enum(VoucherType, 'Kind of voucher.', { nullable: false }),
    text: f.string('Line text.'),
    description: f.string('Voucher description.'),
    vatCode: f.string('VAT code of the line.', {
      ref: { to: 'VatCode', description: 'The VAT code (by vatCode).' },
    }),
    vatAmount: f.double('VAT of the line.', { nullable: false }),
    vatRate: f.double('VAT rate, percent.', { nullable: false }),
    vatReturnSpecification: f.enum(VatReturnSpecification, 'VAT return adjustment kind.', {
      nullable: false,
    }),
    amount: f.double('Amount in the client currency; debit positive, credit negative.', {
      nullable: false,
    }),
    currencyCode: f.string('Currency of the voucher.'),
    currencyAmount: f.double('Amount in the voucher currency.', { nullable: false }),
    projectCode: f.string('Project dimension.', {
      ref: { to: 'Project', description: 'The project (by projectCode).' },
    }),
    productCode: f.string('Product dimension.', {
      ref: { to: 'Product', description: 'The product (by productCode).' },
    }),
    departmentCode: f.string('Department dimension.', {
      ref: { to: 'Department', description: 'The department (by departmentCode).' },
    }),
    dim1Code: f.string('Custom dimension 1.'),
    dim2Code: f.string('Custom dimension 2.'),
    dim3Code: f.string('Custom dimension 3.'),
    locationCode: f.string('Location dimension.', {
      ref: { to: 'Location', description: 'The location (by locationCode).' },
    }),
    voucherImagesCount: f.int('Pages of the voucher image.', { nullable: false }),
    lastChanged: f.datetimeoffset('When the entry last changed.', { readOnly: true }),
    createdDate: f.datetimeoffset('When the entry was posted.', { readOnly: true }),
    customerAccountNo: f.long('Customer code when the account is the customer control account.', {
      ref: { to: 'Customer', as: 'customer', description: 'The customer (by customerAccountNo).' },
    }),
    supplierAccountNo: f.long('Supplier code when the account is the supplier control account.', {
      ref: { to: 'Supplier', as: 'supplier', description: 'The supplier (by supplierAccountNo).' },
    }),
    employeeAccountNo: f.long('Employee code when the account is the employee control account.', {
      ref: { to: 'Employee', as: 'employee', description: 'The employee (by employeeAccountNo).' },
    }),
    voucherDueDate: f.datetime('Due date of the voucher.'),
    voucherReference: f.string('Reference of the voucher.'),
    voucherCID: f.string('KID of the voucher.', { odataName: 'VoucherCID' }),
    voucherCreditNoteReference: f.string('On a credit note: the credited invoice number.'),
    voucherId: f.guid('Id of the voucher.', { nullable: false }),
    documentNo: f.string('Document number (the invoice number on invoices).'),
    createdFromImportJournalId: f.guid('Import that created the entry.', { readOnly: true }),
    isCreatedFromEhf: f.bool('Created from an EHF document.', { nullable: false }),
    bankTransferId: f.guid('Bank transfer that created the entry.', { readOnly: true }),
    subLedgerEntryId: f.long('The customer or supplier ledger entry of this line.'),
    externalImportReference: f.string('Idempotency key of the import.', { readOnly: true }),
    hasVoucherDocumentation: f.bool('Documents are attached to the voucher.', {
      nullable: false,
      readOnly: true,
    }),
    ourReferenceEmployeeCode: f.long('Salesperson.', {
      readOnly: true,
      ref: { to: 'Employee', as: 'ourReference', description: 'The salesperson.' },
    }),
    customMatchingReference: f.string('Matching reference.', { readOnly: true }),
    quantity: f.double('Quantity.', { readOnly: true }),
    quantity2: f.double('Second quantity.'),
    voucherDate: f.datetime('Document date of the voucher.'),
    reversedVoucherNo: f.long('The voucher this one reverses.', { readOnly: true }),
    correctionOfVoucherNo: f.long('The voucher this one corrects.', { readOnly: true }),
    isReversed: f.bool('The voucher has been reversed.', { nullable: false, readOnly: true }),
    isNoteMainEntry: f.bool('Main entry of a note.', { nullable: false, readOnly: true }),
    agricultureDepartment: f.enum(AgricultureDepartment, 'Agriculture department.'),
  },
  maxRows: 50_000,
  privilege: 'Reporting_AccountTransaction',
  operations: LIST_ONLY,
  // Blob (§7): the voucher's documents, its EHF and its scanned pages, by voucher number.
  subLists: { documents: voucherDocuments },
  downloads: {
    ...voucherDownloads,
    ehf: {
      path: '/Blob/VoucherEhf/{key}',
      key: 'voucherNo',
      form: 'raw',
      contentType: 'application/xml',
      fileName: (no) => `bilag-${no}.xml`,
      privilege: 'Blob',
      graph: {
        field: 'ehfUrl',
        description:
          'Where to download the EHF (XML) of a supplier invoice received as EHF: a path of this ' +
          'server, sent with the same `Authorization` header as GraphQL requests ' +
          '(`GET /Blob/VoucherEhf/{voucherNo}`; 404 for a voucher that did not come as EHF).',
      },
    },
    images: {
      path: '/Blob/VoucherImage/{key}/{page}',
      key: 'voucherNo',
      form: 'raw',
      contentType: 'image/jpeg',
      fileName: (no, page) => `bilag-${no}-${String(page ?? 1)}.jpg`,
      pages: 'voucherImagesCount',
      privilege: 'Blob',
      graph: {
        field: 'imageUrls',
        description:
          'Where to download the scanned pages (JPEG), one path per page in order, sent with the ' +
          'same `Authorization` header as GraphQL requests (`GET /Blob/VoucherImage/{voucherNo}/{page}`, ' +
          'pages 1-based; the count is `voucherImagesCount`).',
      },
    },
  },
  graph: {
    description: 'A posted ledger entry (a row of Reporting/AccountTransactions).',
    list: 'Posted ledger entries by posting date (`GET /Reporting/AccountTransactions`); at most 50 000 a request, so pages are read with `$top`/`$skip`.',
    plural: 'accountTransactions',
    node: false,
  },
});
