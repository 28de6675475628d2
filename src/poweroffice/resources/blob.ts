import { DocumentMimeType } from './enums-vouchers.js';
import { f } from './fields.js';
import type { DownloadSpec, RowType, SubListSpec } from './resource.js';

/**
 * Blob (accounting.md §7): a voucher's documents and images, addressed by its voucher number
 * (`voucherNo`, not the voucher id). Declared as the routes of the resources whose rows carry a
 * voucher number (an invoice; a ledger transaction once those are served).
 */

/** VoucherDocument (§7): the content is base64, downloaded through the facade. */
export const VoucherDocument: RowType = {
  type: 'VoucherDocument',
  description: 'A document of a voucher (PowerOffice `VoucherDocument`); content by download.',
  fields: {
    voucherNo: f.long('Voucher number.', { readOnly: true }),
    base64EncodedData: f.string('The content, base64.', {
      readOnly: true,
      file: { nameField: 'fileName' },
    }),
    fileName: f.string('File name.', { readOnly: true }),
    fileType: f.enum(DocumentMimeType, 'Content type.', { nullable: false, readOnly: true }),
  },
};

/** `GET /Blob/GetVoucherDocumentationList/{voucherNo}`: the documents of a voucher (§7). */
export const voucherDocuments: SubListSpec = {
  path: '/Blob/GetVoucherDocumentationList/{voucherNo}',
  item: VoucherDocument,
  parentField: 'voucherNo',
  key: 'voucherNo',
  privilege: 'Blob',
  graph: {
    field: 'documents',
    description:
      'Documents of the voucher, metadata only (`GET /Blob/GetVoucherDocumentationList/{voucherNo}`: ' +
      'one call per voucher); the content is at `documentationUrl`.',
  },
};

/** The Blob downloads of a row with a `voucherNo` (§7). */
export const voucherDownloads: Readonly<Record<string, DownloadSpec>> = {
  documentation: {
    path: '/Blob/GetVoucherDocumentation/{key}',
    key: 'voucherNo',
    form: 'base64',
    privilege: 'Blob',
    graph: {
      field: 'documentationUrl',
      description:
        'Where to download the voucher documentation: a path of this server, sent with the ' +
        'same `Authorization` header as GraphQL requests (`GET /Blob/GetVoucherDocumentation/{voucherNo}`); ' +
        'null before the invoice has a voucher number.',
    },
  },
};
