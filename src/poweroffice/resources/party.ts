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

/**
 * The fields Customer and Supplier share, with the same types and meaning (reference B2: "For
 * these, types, nullability and semantics are as in B1"), worded for the party's role.
 */
export function companyPartyFields<const R extends 'customer' | 'supplier'>(
  role: R,
  streetAddresses: string,
) {
  const Role = role === 'customer' ? 'Customer' : 'Supplier';
  return {
    id: f.long('PowerOffice id of the party. Send it to update.', { readOnly: true }),
    code: f.long(`${Role} number; assigned by PowerOffice when omitted on create.`),
    externalCode: f.long(`Original ${role} number from an import.`),
    name: f.string('Display name.'),
    legalName: f.string('Registered legal name.'),
    firstName: f.string('First name, for persons.'),
    lastName: f.string('Last name, for persons.'),
    isPerson: f.bool(`Whether the ${role} is a private person.`),
    vatNumber: f.string('Organisation number.'),
    emailAddress: f.string('Email address.'),
    phoneNumber: f.string('Phone number.'),
    websiteUrl: f.string('Website URL.'),
    ...partyAddressFields(streetAddresses),
    isArchived: f.bool('Archived (inactive). Archive instead of deleting a party with data.'),
    isActive: f.bool(`Whether the party currently is a ${role}.`, { default: true }),
    since: f.datetime('When the party first became a contact.'),
    createdDate: f.datetimeoffset('When the party was created.', {
      nullable: false,
      readOnly: true,
    }),
    lastChanged: f.datetimeoffset(`When the ${role} or one of its addresses last changed.`, {
      nullable: false,
      readOnly: true,
    }),
    createdFromImportJournalId: f.guid(`Import journal that created the ${role}.`, {
      readOnly: true,
    }),
    contactGroups: f.list(
      f.string('A contact group title.'),
      `Titles of the contact groups the ${role} belongs to. Unknown titles are created on save.`,
      {
        gqlName: 'contactGroupTitles',
        ref: {
          to: 'ContactGroup',
          key: 'title',
          as: 'contactGroups',
          description: `The contact groups the ${role} belongs to (matched by title).`,
          // Unknown titles are created on save (reference B1).
          mustExist: false,
        },
      },
    ),
    contactPersonId: f.long('Primary contact person (a ContactPerson id of this party).', {
      ref: { to: 'ContactPerson', key: 'id', description: 'The primary contact person.' },
    }),
    currencyCode: f.string('Default currency (ISO 4217).', {
      ref: { to: 'Currency', description: 'The default currency (by currencyCode).' },
    }),
    dateOfBirth: f.datetime('Date of birth, for persons.'),
    ...partyIdentityFields,
    externalImportReference: f.string(
      `Idempotency/correlation key, at most 50 characters, unique among ${role}s.`,
      { maxLength: 50 },
    ),
  } as const;
}
