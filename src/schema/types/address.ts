import { addressFields } from '../../poweroffice/resources/address.js';
import type { DtoOf } from '../../poweroffice/resources/fields.js';
import { builder } from '../builder.js';
import { wire } from '../wire.js';

export type AddressModel = DtoOf<typeof addressFields>;

const F = addressFields;

/** GoApi.Common.Address: postal and street addresses of customers and employees. */
export const Address = builder.objectRef<AddressModel>('Address').implement({
  description: 'A postal or street address of a party.',
  fields: (t) => ({
    databaseId: wire(t, F, 'id', { description: 'PowerOffice id of the address.' }),
    address1: wire(t, F, 'address1'),
    address2: wire(t, F, 'address2'),
    address3: wire(t, F, 'address3'),
    zipCode: wire(t, F, 'zipCode'),
    city: wire(t, F, 'city'),
    countryCode: wire(t, F, 'countryCode'),
    isPrimary: wire(t, F, 'isPrimary'),
    externalCode: wire(t, F, 'externalCode'),
    lastChanged: wire(t, F, 'lastChanged'),
  }),
});
