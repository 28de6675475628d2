import { f } from './fields.js';
import { defineResource, type EntityOf } from './resource.js';

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
  privilege: 'ContactGroup',
  operations: { list: true, get: true, save: true, delete: true },
});

export type ContactGroupDto = EntityOf<typeof ContactGroupResource>;
