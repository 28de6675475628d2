import { f } from './fields.js';
import { CRUD, defineResource } from './resource.js';

/** GoApi.Invoices.DeliveryTerm (reference B20); parties and invoices hold the name as text. */
export const DeliveryTermsResource = defineResource({
  name: 'DeliveryTerm',
  path: '/DeliveryTerms',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the delivery term. Send it to update.', { readOnly: true }),
    name: f.string('Name of the term, e.g. "Fritt levert".'),
    isDefault: f.bool('The client default; it cannot be deleted.', { nullable: false }),
  },
  undeletableWhen: 'isDefault',
  privilege: 'DeliveryTerms',
  operations: CRUD,
  graph: {
    description: 'A delivery term (PowerOffice `DeliveryTerm`, `/DeliveryTerms`).',
    list: 'Delivery terms (`GET /DeliveryTerms`).',
  },
  examples: [
    { name: 'Fritt levert', isDefault: true },
    { name: 'Fritt fabrikk', isDefault: false },
    { name: 'Hentes av kunde', isDefault: false },
  ],
});
