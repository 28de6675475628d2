import { Gender } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.ContactPerson (reference B5): a person attached to a customer or supplier. */
export const contactPersonFields = {
  id: f.long('PowerOffice id of the contact person. Send it to update.', { readOnly: true }),
  partyId: f.long('Id of the customer or supplier party the person belongs to.', {
    readOnly: true,
    ref: {
      to: 'Customer',
      key: 'id',
      as: null,
      description: 'The customer or supplier party the person belongs to.',
      inverse: {
        name: 'contactPersons',
        description: 'All contact persons of the customer.',
        plainList: true,
      },
    },
  }),
  partyCustomerCode: f.long('Customer number of the owning party, when it is a customer.', {
    readOnly: true,
    ref: {
      to: 'Customer',
      as: 'customer',
      description: 'The customer the person belongs to, when the party is a customer.',
    },
  }),
  partySupplierCode: f.long('Supplier number of the owning party, when it is a supplier.', {
    readOnly: true,
    ref: {
      to: 'Supplier',
      as: 'supplier',
      description: 'The supplier the person belongs to, when the party is a supplier.',
      inverse: {
        name: 'contactPersons',
        description: 'All contact persons of the supplier.',
        plainList: true,
      },
    },
  }),
  firstName: f.string('Given name.'),
  lastName: f.string('Family name.'),
  emailAddress: f.string('Email address.'),
  phoneNumber: f.string('Phone number.'),
  isActive: f.bool('Whether the contact person is in use.'),
  isPep: f.bool('Politically exposed person.'),
  isRca: f.bool('Relative or close associate of a politically exposed person.'),
  socialSecurityNumber: f.string('National identity number of the person.'),
  hasNorwegianSSN: f.bool('Whether the person holds a Norwegian identity number.', {
    nullable: false,
  }),
  address1: f.string('First address line.'),
  address2: f.string('Second address line.'),
  city: f.string('City.'),
  zipCode: f.string('Postcode.'),
  residenceCountryCode: f.string('Country of residence (ISO 3166 alpha-2).'),
  dateOfBirth: f.datetime('Date of birth.'),
  placeOfBirth: f.string('Place of birth.'),
  citizenship: f.list(
    f.string('A citizenship country (ISO 3166 alpha-2).'),
    'Countries the person is a citizen of.',
  ),
  gender: f.enum(Gender, 'Gender of the person.', { nullable: false }),
  externalCode: f.string('Free-text reference in an external system.'),
  lastChanged: f.datetimeoffset('When the contact person last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/** Contact persons of one customer; the POST body carries no party id, the path does. */
export const ContactPersonResource = defineResource({
  name: 'ContactPerson',
  path: '/Customer/{parentId}/Contact',
  idKind: 'long',
  fields: contactPersonFields,
  parent: { resource: 'Customer', param: 'parentId', field: 'partyId' },
  alsoUnder: [
    {
      resource: 'Supplier',
      param: 'parentId',
      field: 'partyId',
      path: '/Supplier/{parentId}/Contact',
    },
  ],
  readVia: 'PartyContactPerson',
  privilege: 'Customer',
  operations: CRUD,
  graph: {
    description: 'A person attached to a customer (PowerOffice `ContactPerson`).',
    list: 'Contact persons of all parties (`GET /PartyContactPerson`).',
  },
});

/** The global, read-only list of contact persons across all parties. */
export const PartyContactPersonResource = defineResource({
  name: 'PartyContactPerson',
  path: '/PartyContactPerson',
  idKind: 'long',
  fields: contactPersonFields,
  table: 'ContactPerson',
  privilege: 'PartyContactPerson',
  operations: { list: true, get: false, save: false, delete: false },
});

export type ContactPersonDto = EntityOf<typeof ContactPersonResource>;
export type PartyContactPersonDto = EntityOf<typeof PartyContactPersonResource>;
