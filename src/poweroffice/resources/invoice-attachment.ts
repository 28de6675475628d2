import { withExtension } from './checks.js';
import { f, UPLOAD_MAX_BYTES } from './fields.js';
import { CRUD, defineResource } from './resource.js';

const fields = {
  id: f.long('PowerOffice id of the attachment.', { readOnly: true }),
  invoiceId: f.guid('The invoice the file is attached to (an outgoing or recurring invoice).', {
    nullable: false,
    ref: {
      to: 'OutgoingInvoice',
      // Reference B12: "→ OutgoingInvoice.id or RecurringInvoice.id".
      alsoTo: ['RecurringInvoice'],
      key: 'id',
      description: 'The invoice the file is attached to.',
      inverse: {
        name: 'attachments',
        description: 'Files attached to this invoice (metadata; content by `downloadUrl`).',
      },
    },
  }),
  fileName: f.string('File name with its extension; required on add.', {
    required: true,
    check: withExtension,
  }),
  base64EncodedData: f.string('The content, base64; required on add, only GET by id returns it.', {
    required: true,
    file: { nameField: 'fileName' },
    base64: { maxBytes: UPLOAD_MAX_BYTES },
  }),
  fileSizeInBytes: f.long('Size of the file in bytes.', { readOnly: true }),
  lastChanged: f.datetimeoffset('When the attachment last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/** The list rows: everything but the content, which list responses leave empty (B12). */
const { base64EncodedData: _content, ...listFields } = fields;

/**
 * GoApi.Invoices.InvoiceAttachment (reference B12): files on invoices. Added and deleted, never
 * changed; the content travels as base64 and is downloaded through the facade's file route.
 */
export const InvoiceAttachmentResource = defineResource({
  name: 'InvoiceAttachment',
  path: '/InvoiceAttachment',
  idKind: 'long',
  fields,
  listFields,
  privilege: 'InvoiceAttachment',
  operations: CRUD,
  // B12: POST adds; an attachment is never changed (delete it and add it again).
  createOnly: true,
  graph: {
    description: 'A file attached to an invoice (PowerOffice `InvoiceAttachment`).',
    list: 'Invoice attachments, metadata only (`GET /InvoiceAttachment`).',
  },
});
