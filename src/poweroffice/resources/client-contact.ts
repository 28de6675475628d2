import { ContactPersonRole } from './enums.js';
import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

/**
 * ClientContact (reference B18: `GET /Client/GetContacts`, OData): the people registered on the
 * client company (its manager and board). Read-only; no route by id.
 */
export const ClientContactResource = defineResource({
  name: 'ClientContact',
  path: '/Client/GetContacts',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the contact.', { readOnly: true }),
    firstName: f.string('Given name.', { readOnly: true }),
    lastName: f.string('Family name.', { readOnly: true }),
    role: f.enum(ContactPersonRole, 'Role in the company.', { readOnly: true }),
    phoneNumber: f.string('Phone number.', { readOnly: true }),
    email: f.string('Email address.', { readOnly: true }),
    bornYear: f.datetime('Year of birth (a date in that year).', { readOnly: true }),
  },
  privilege: 'Client',
  operations: LIST_ONLY,
  graph: {
    description: 'A person registered on the client company (PowerOffice `ClientContact`).',
    list: 'Contacts of the client company (`GET /Client/GetContacts`).',
  },
  examples: [
    {
      firstName: 'Ingrid',
      lastName: 'Solberg',
      role: 2,
      phoneNumber: '+4791234567',
      email: 'ingrid.solberg@emulert-demo.no',
      bornYear: '1971-01-01T00:00:00',
    },
    {
      firstName: 'Knut',
      lastName: 'Haugen',
      role: 3,
      email: 'knut.haugen@emulert-demo.no',
      bornYear: '1958-01-01T00:00:00',
    },
    { firstName: 'Maja', lastName: 'Lund', role: 4, bornYear: '1984-01-01T00:00:00' },
  ],
});
