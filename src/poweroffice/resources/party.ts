import { addressField, addressFields } from './address.js';
import { InternationalIdType } from './enums.js';
import { f } from './fields.js';

/**
 * Fields every GoApi.Party type (Customer, Supplier, Employee) has with the same type and meaning
 * (reference B1–B3), declared once so the party resources cannot drift apart.
 */

/** Postal address plus the street-address set, replaced as a whole on update (reference A8). */
export function partyAddressFields(streetAddresses: string) {
  return {
    mailAddress: addressField('Postal address.'),
    streetAddresses: f.list(
      f.object('Address', addressFields, 'A street address.'),
      `${streetAddresses} Replaced as a full set on update.`,
    ),
    streetAddress: addressField('Obsolete single street address, kept for compatibility.'),
  } as const;
}

/** Identity data: write-only or "hidden" on reads, never filterable. */
export const partyIdentityFields = {
  socialSecurityNumber: f.string('Social security number; reads return "hidden" when set.', {
    writeOnly: true,
  }),
  subledgerNumberSeriesId: f.guid('Sub-ledger number series, used on create only.', {
    writeOnly: true,
  }),
  reportInternationalId: f.bool('Whether an international id is reported.'),
  internationalIdCountryCode: f.string('Country of the international id (ISO alpha-2).'),
  internationalIdType: f.enum(InternationalIdType, 'Kind of international id.'),
  internationalIdNumber: f.string('International id; reads return "hidden" when set.', {
    filterable: false,
  }),
} as const;
