import { withExtension } from './checks.js';
import { ExternalInvoiceDeliveryType } from './enums.js';
import { f, UPLOAD_MAX_BYTES } from './fields.js';
import { defineResource, type EntityOf, LIST_ONLY } from './resource.js';

/** GoApi.Invoices.ExternallyDeliverableInvoice (reference B11): all read-only but the enum. */
const fields = {
  id: f.guid('PowerOffice id; the same as the outgoing invoice it delivers.', {
    nullable: false,
    readOnly: true,
  }),
  customerCode: f.long('The customer invoiced (Customer.code).', {
    readOnly: true,
    ref: {
      to: 'Customer',
      description: 'The customer invoiced (by customerCode).',
      inverse: {
        name: 'externallyDeliverableInvoices',
        description: 'Invoices to this customer waiting for (or given to) an external delivery.',
      },
    },
  }),
  customerEmail: f.string("The customer's email address for the invoice.", { readOnly: true }),
  externalInvoiceDeliveryType: f.enum(ExternalInvoiceDeliveryType, 'How to deliver it.', {
    nullable: false,
  }),
  totalAmount: f.double('Total including VAT.', { nullable: false, readOnly: true }),
  invoiceNo: f.long('Invoice number (OutgoingInvoice.invoiceNo).', {
    nullable: false,
    readOnly: true,
    ref: {
      to: 'OutgoingInvoice',
      key: 'invoiceNo',
      as: 'invoice',
      description: 'The outgoing invoice to deliver (by invoiceNo).',
    },
  }),
  invoiceDeliveryDate: f.datetime('When it was delivered.', { readOnly: true }),
  invoiceDate: f.datetime('Invoice date.', { readOnly: true }),
  dueDate: f.datetime('Due date.', { readOnly: true }),
  createdDate: f.datetimeoffset('When it was handed over for external delivery.', {
    nullable: false,
    readOnly: true,
  }),
  isDelivered: f.bool('Whether the delivery service reported it delivered.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/** DeliveredRequest (reference B11): the delivery service's report, with its proof (file). */
const deliveredRequestFields = {
  externallyDeliverableInvoiceId: f.guid('The invoice delivered.', { nullable: false }),
  file: f.object(
    'DeliveredFile',
    {
      base64EncodedData: f.string('The delivered document, base64.', {
        nullable: false,
        required: true,
        base64: { maxBytes: UPLOAD_MAX_BYTES },
      }),
      fileName: f.string('File name with its extension.', {
        nullable: false,
        required: true,
        check: withExtension,
      }),
    },
    'The delivered document; mandatory since 2.8.0.',
    { nullable: false },
  ),
  comment: f.string('A comment on the delivery.'),
  exemptDebtCollection: f.bool('True puts the invoice on hold for debt collection indefinitely.'),
} as const;

/**
 * Invoices PowerOffice hands to a third-party delivery service (reference B11): the list, the
 * service's `delivered` report, and the EHF document of an invoice.
 */
export const ExternallyDeliverableInvoiceResource = defineResource({
  name: 'ExternallyDeliverableInvoice',
  path: '/ExternallyDeliverableInvoice',
  idKind: 'guid',
  fields,
  privilege: 'ExternallyDeliverableInvoice',
  operations: LIST_ONLY,
  graph: {
    description:
      'An invoice to be delivered by an external service (PowerOffice `ExternallyDeliverableInvoice`).',
    list: 'Invoices for external delivery (`GET /ExternallyDeliverableInvoice`).',
  },
  actions: {
    delivered: {
      path: '/ExternallyDeliverableInvoice/delivered',
      body: deliveredRequestFields,
      target: 'externallyDeliverableInvoiceId',
      result: 'row',
      description: 'Reports an invoice delivered, with the delivered document (B11).',
      // A lost answer: applied when the invoice now shows as delivered (it did not before).
      appliedWhen: (row) => row.isDelivered === true,
      // `exemptDebtCollection: true` puts the outgoing invoice on hold (reference B11), which
      // changes its `invoiceDebtCollectionStatus` and that of its journal line (§14).
      alsoChanges: ['OutgoingInvoice', 'InvoiceJournalLine'],
      graph: {
        mutation: 'markExternallyDeliverableInvoiceDelivered',
        description:
          'Reports an invoice delivered (`POST /ExternallyDeliverableInvoice/delivered`); the ' +
          'delivered document (`file`) is mandatory. Returns the invoice as PowerOffice now ' +
          'shows it. Every failure is a typed result.',
      },
    },
  },
  downloads: {
    ehf: {
      path: '/ExternallyDeliverableInvoice/InvoiceEhf/{key}',
      key: 'id',
      form: 'raw',
      contentType: 'application/xml',
      fileName: (key) => `invoice-${key}.xml`,
      graph: {
        field: 'ehfUrl',
        description:
          'Where to download the invoice as EHF (XML): a path of this server, sent with the same ' +
          '`Authorization` header as GraphQL requests (`GET …/InvoiceEhf/{id}` upstream).',
      },
    },
  },
});

export type ExternallyDeliverableInvoiceDto = EntityOf<typeof ExternallyDeliverableInvoiceResource>;
