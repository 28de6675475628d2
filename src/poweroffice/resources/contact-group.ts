import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.ContactGroup (reference B4). It has no lastChanged, so it cannot be polled. */
export const contactGroupFields = {
  id: f.long('PowerOffice id of the group; used by OutgoingInvoice.contactGroupId.'),
  title: f.string('Group title, unique per client ignoring case; parties list it by title.'),
  sendInvoicesToGroup: f.bool('Whether one invoice may be sent to the whole group.'),
} as const;

export const ContactGroupResource = defineResource({
  name: 'ContactGroup',
  path: '/ContactGroup',
  idKind: 'long',
  fields: contactGroupFields,
  keys: {
    title: {
      caseInsensitive: true,
      lookup: {
        description: 'One contact group by its exact title; null when there is none.',
        argument: 'Group title.',
      },
    },
  },
  privilege: 'ContactGroup',
  operations: CRUD,
  graph: {
    description: 'A named group of parties (PowerOffice `ContactGroup`).',
    list: 'Contact groups (`GET /ContactGroup`).',
  },
});

export type ContactGroupDto = EntityOf<typeof ContactGroupResource>;
