import { f } from './fields.js';
import { CRUD, defineResource } from './resource.js';

/** GoApi.Invoices.PaymentTerm (reference B21): a named number of credit days. */
export const PaymentTermsResource = defineResource({
  name: 'PaymentTerm',
  path: '/PaymentTerms',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the payment term. Send it to update.', { readOnly: true }),
    name: f.string('Name shown on invoices, e.g. "14 dager netto".'),
    creditDays: f.int('Days until an invoice is due; parties and invoices hold this number.', {
      nullable: false,
    }),
    isDefault: f.bool('The client default; it cannot be deleted.', { nullable: false }),
  },
  undeletableWhen: 'isDefault',
  privilege: 'PaymentTerms',
  operations: CRUD,
  graph: {
    description: 'A payment term (PowerOffice `PaymentTerm`, `/PaymentTerms`).',
    list: 'Payment terms (`GET /PaymentTerms`).',
  },
  examples: [
    { name: 'Kontant', creditDays: 0, isDefault: false },
    { name: '10 dager netto', creditDays: 10, isDefault: false },
    { name: '14 dager netto', creditDays: 14, isDefault: true },
    { name: '30 dager netto', creditDays: 30, isDefault: false },
  ],
});
