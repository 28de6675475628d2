import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Projects.Location (reference B16). It has no lastChanged, so it cannot be polled. */
export const locationFields = {
  id: f.long('PowerOffice id of the location. Send it to update.', { readOnly: true }),
  code: f.string('Unique location code, chosen by the user.'),
  name: f.string('Location name.'),
  isActive: f.bool('Whether the location can be used; true when omitted on create.', {
    default: true,
  }),
} as const;

export const LocationResource = defineResource({
  name: 'Location',
  path: '/Location',
  idKind: 'long',
  fields: locationFields,
  keys: {
    code: {
      lookup: {
        description: 'One location by code; null when there is none.',
        argument: 'Location code.',
      },
    },
  },
  privilege: 'Location',
  operations: CRUD,
  graph: {
    description: 'A location dimension (PowerOffice `Location`).',
    list: 'Locations (`GET /Location`).',
  },
});

export type LocationDto = EntityOf<typeof LocationResource>;
