import { addressFields } from '../../poweroffice/resources/address.js';
import type { DtoOf, FieldMap } from '../../poweroffice/resources/fields.js';
import { builder, type Types } from '../builder.js';
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

/** The address properties every party carries (mailAddress, streetAddresses, streetAddress). */
interface PartyAddresses {
  readonly mailAddress?: AddressModel | null;
  readonly streetAddresses?: readonly AddressModel[] | null;
  readonly streetAddress?: AddressModel | null;
}

/**
 * The three address fields of a party type (Customer, Employee), described from the party's own
 * field map so each keeps its wording.
 */
export function partyAddressFields<Parent extends PartyAddresses>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  map: FieldMap,
) {
  return {
    mailAddress: t.field({
      type: Address,
      description: map.mailAddress?.description ?? '',
      resolve: (p) => p.mailAddress ?? null,
    }),
    streetAddresses: t.field({
      type: [Address],
      nullable: { list: false, items: false },
      description: map.streetAddresses?.description ?? '',
      resolve: (p) => p.streetAddresses ?? [],
    }),
    streetAddress: t.field({
      type: Address,
      description: map.streetAddress?.description ?? '',
      deprecationReason: 'Obsolete in PowerOffice; use streetAddresses.',
      resolve: (p) => p.streetAddress ?? null,
    }),
  };
}
