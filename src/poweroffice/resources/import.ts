import { AgricultureDepartment, VatReturnSpecification } from './enums.js';
import { ImportFileType, ImportType } from './enums-vouchers.js';
import { f, UPLOAD_MAX_BYTES } from './fields.js';
import { defineResource, type EntityOf, type RowType } from './resource.js';

/** ImportLine (accounting.md §4): lines with one documentNumber form one voucher. */
const lineFields = {
  id: f.long('Id of the line.', { readOnly: true }),
  documentDate: f.datetime('Voucher date.', { nullable: false }),
  documentNumber: f.long('Voucher grouping key: lines with the same number form one voucher.'),
  postingDate: f.datetime('Posting date.'),
  description: f.string('Line text.'),
  accountNumber: f.long('Ledger account code; ignored when a sub-ledger code is set.', {
    nullable: false,
  }),
  agricultureDepartment: f.enum(AgricultureDepartment, 'Agriculture department.'),
  customerCode: f.long('Posts to this customer’s sub-ledger.', {
    ref: { to: 'Customer', description: 'The customer posted to.' },
  }),
  supplierCode: f.long('Posts to this supplier’s sub-ledger.', {
    ref: { to: 'Supplier', description: 'The supplier posted to.' },
  }),
  employeeCode: f.long('Posts to this employee’s sub-ledger.', {
    ref: { to: 'Employee', description: 'The employee posted to.' },
  }),
  projectCode: f.string('Project.', { ref: { to: 'Project', description: 'The project.' } }),
  departmentCode: f.string('Department.', {
    ref: { to: 'Department', description: 'The department.' },
  }),
  dim1Code: f.string('Custom dimension 1.'),
  dim2Code: f.string('Custom dimension 2.'),
  dim3Code: f.string('Custom dimension 3.'),
  locationCode: f.string('Location.'),
  productCode: f.string('Product.'),
  vatCode: f.string('VAT code.', { ref: { to: 'VatCode', as: 'vat', description: 'VAT code.' } }),
  quantity: f.double('Quantity.'),
  amount: f.double('+ debit / − credit, local currency; each voucher sums to 0 per posting date.'),
  vatReturnSpecification: f.enum(VatReturnSpecification, 'VAT return specification.'),
  currencyCode: f.string('Currency.'),
  currencyAmount: f.double('Amount in the currency.'),
  invoiceNo: f.string('Invoice number.'),
  cid: f.string('KID payment reference.'),
  reference: f.string('Reference.'),
  purchaseOrderNo: f.string('Purchase order number.'),
  customMatchingReference: f.string('Matching reference.'),
  contractNo: f.string('Contract number.'),
  discount: f.double('Discount in percent (25 means 25 %).'),
  dueDate: f.datetime('Due date.'),
  deliveryDate: f.datetime('Delivery date.'),
  saftSourceId: f.string('SAF-T source id (at most 35).', { maxLength: 35 }),
  saftBatchId: f.string('SAF-T batch id (at most 35).', { maxLength: 35 }),
} as const;

/** ImportFile (§4): an uploaded import file, base64 in JSON. */
const fileFields = {
  importFileType: f.enum(ImportFileType, 'Format of the file.', { nullable: false }),
  fileName: f.string('File name with its extension.'),
  base64EncodedData: f.string('The content, base64 (at most 5 MiB decoded).', {
    base64: { maxBytes: UPLOAD_MAX_BYTES },
  }),
} as const;

/** ImportStatus (§4): whether an import is being posted, posted, or failed. */
const ImportStatus: RowType = {
  type: 'ImportStatus',
  description: 'Where an import stands (PowerOffice `ImportStatus`).',
  fields: {
    id: f.guid('Id of the import.', { readOnly: true }),
    isPosting: f.bool('Being posted now.', { nullable: false, readOnly: true }),
    isPosted: f.bool('Posted: its vouchers are in the ledger.', {
      nullable: false,
      readOnly: true,
    }),
    hasError: f.bool('It cannot be posted as it is.', { nullable: false, readOnly: true }),
    errorDescription: f.string('Why it cannot be posted.', { readOnly: true }),
    canBePosted: f.bool('Post would accept it now.', { nullable: false, readOnly: true }),
  },
};

/**
 * GoApi.Import (accounting.md §4): a journal uploaded as lines or a file, then posted (by a user
 * or `POST /Import/Post`). A posted import cannot be changed or deleted.
 */
export const ImportResource = defineResource({
  name: 'Import',
  path: '/Import',
  idKind: 'guid',
  fields: {
    id: f.guid('PowerOffice id of the import.', { readOnly: true }),
    description: f.string('What the import holds.'),
    date: f.datetime('When it was saved in Go.', { nullable: false }),
    type: f.enum(ImportType, 'Kind of journal.', { nullable: false }),
    isPosted: f.bool('Posted: its vouchers are in the ledger.', {
      nullable: false,
      readOnly: true,
    }),
    importLines: f.list(
      f.object('ImportLine', lineFields, 'An import line.'),
      'The lines; ignored when a file is given.',
      { gqlName: 'lines' },
    ),
    file: f.object('ImportFile', fileFields, 'The import file; when given, lines are ignored.', {
      writeOnly: true,
    }),
    lastChanged: f.datetimeoffset('When the import last changed.', {
      nullable: false,
      readOnly: true,
    }),
    externalImportReference: f.string(
      'Idempotency key: unique per client, at most 50 characters.',
      {
        maxLength: 50,
      },
    ),
  },
  privilege: 'Import',
  operations: { list: true, get: true, save: true, delete: true },
  lockedWhen: { field: 'isPosted', reason: 'A posted import cannot be changed or deleted.' },
  graph: {
    description: 'An uploaded journal, posted or waiting to be (PowerOffice `Import`).',
    list: 'Imports (`GET /Import`).',
  },
  reads: {
    status: {
      path: '/Import/{id}/status',
      result: ImportStatus,
      graph: {
        field: 'status',
        description:
          'Where the import stands (`GET /Import/{id}/status`: one call per import); follow it ' +
          'with `node(id:)` after `postImport`.',
      },
    },
  },
  actions: {
    post: {
      path: '/Import/Post',
      body: { id: f.guid('The import to post.', { nullable: false }) },
      target: 'id',
      result: 'id',
      description: 'Posts an import.',
      graph: {
        mutation: 'postImport',
        description:
          'Posts an import (`POST /Import/Post`): its vouchers go into the ledger. The result is ' +
          'the import read back; an import that cannot be posted is a typed failure.',
      },
    },
  },
});

export type ImportDto = EntityOf<typeof ImportResource>;
