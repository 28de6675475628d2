import { addressFields } from '../../poweroffice/resources/address.js';
import type { DtoOf, FieldMap } from '../../poweroffice/resources/fields.js';
import type { Types } from '../builder.js';
import { objectFields, type Row, typeRef } from '../resource-type.js';

export type AddressModel = DtoOf<typeof addressFields>;

/** GoApi.Common.Address: postal and street addresses of customers and employees. */
export const Address = typeRef('Address').implement({
  description: 'A postal or street address of a party.',
  fields: (t) =>
    objectFields(t, addressFields, { idDescription: 'PowerOffice id of the address.' }),
});

/**
 * The three address fields of a party type (Customer, Employee), described from the party's own
 * field map so each keeps its wording.
 */
export function partyAddressFields(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Row>,
  map: FieldMap,
) {
  return {
    mailAddress: t.field({
      type: Address,
      description: map.mailAddress?.description ?? '',
      resolve: (p) => (p.mailAddress as Row | undefined) ?? null,
    }),
    streetAddresses: t.field({
      type: [Address],
      nullable: { list: false, items: false },
      description: map.streetAddresses?.description ?? '',
      resolve: (p) => (p.streetAddresses as Row[] | undefined) ?? [],
    }),
    streetAddress: t.field({
      type: Address,
      description: map.streetAddress?.description ?? '',
      deprecationReason: 'Obsolete in PowerOffice; use streetAddresses.',
      resolve: (p) => (p.streetAddress as Row | undefined) ?? null,
    }),
  };
}

/** Party fields whose GraphQL wording differs from the wire's (Customer, Employee). */
export function partyIdentityOverrides(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Row>,
  map: FieldMap,
  contactGroupTitles: string,
) {
  return {
    ...partyAddressFields(t, map),
    contactGroupTitles: t.field({
      type: ['String'],
      nullable: { list: false, items: false },
      description: contactGroupTitles,
      resolve: (p) => (p.contactGroups as string[] | undefined) ?? [],
    }),
    socialSecurityNumber: t.field({
      type: 'String',
      description: 'Social security number: PowerOffice returns "hidden" when one is set.',
      resolve: (p) => (p.socialSecurityNumber as string | undefined) ?? null,
    }),
  };
}
