import {
  type ContactPersonDto,
  contactPersonFields,
  PartyContactPersonResource,
} from '../../poweroffice/resources/contact-person.js';
import { builder } from '../builder.js';
import { listInputs, rootConnection } from '../lists.js';
import { databaseId, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { Customer } from './customer.js';

export type ContactPersonModel = ContactPersonDto;

const F = contactPersonFields;

export const ContactPerson = builder.objectRef<ContactPersonModel>('ContactPerson');
export const contactPersonInputs = listInputs('ContactPerson', F);

builder.node(ContactPerson, {
  description: 'A person attached to a customer (PowerOffice `ContactPerson`).',
  id: { resolve: (p) => String(p.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.contactPersonById.load(id),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    partyId: wire(t, F, 'partyId'),
    partyCustomerCode: wire(t, F, 'partyCustomerCode'),
    partySupplierCode: wire(t, F, 'partySupplierCode'),
    customer: t.field({
      type: Customer,
      description: 'The customer the person belongs to, when the party is a customer.',
      resolve: (p, _args, ctx) =>
        p.partyCustomerCode == null ? null : ctx.loaders.customerByCode.load(p.partyCustomerCode),
    }),
    firstName: wire(t, F, 'firstName'),
    lastName: wire(t, F, 'lastName'),
    emailAddress: wire(t, F, 'emailAddress'),
    phoneNumber: wire(t, F, 'phoneNumber'),
    isActive: wire(t, F, 'isActive'),
    isPep: wire(t, F, 'isPep'),
    isRca: wire(t, F, 'isRca'),
    socialSecurityNumber: wire(t, F, 'socialSecurityNumber'),
    hasNorwegianSSN: wire(t, F, 'hasNorwegianSSN'),
    address1: wire(t, F, 'address1'),
    address2: wire(t, F, 'address2'),
    city: wire(t, F, 'city'),
    zipCode: wire(t, F, 'zipCode'),
    residenceCountryCode: wire(t, F, 'residenceCountryCode'),
    dateOfBirth: wire(t, F, 'dateOfBirth'),
    placeOfBirth: wire(t, F, 'placeOfBirth'),
    citizenship: wire(t, F, 'citizenship'),
    gender: wire(t, F, 'gender'),
    externalCode: wire(t, F, 'externalCode'),
    lastChanged: wire(t, F, 'lastChanged'),
  }),
});

builder.queryFields((t) => ({
  contactPersons: rootConnection(t, {
    type: ContactPerson,
    resource: PartyContactPersonResource,
    map: F,
    inputs: contactPersonInputs,
    name: 'ContactPersonConnection',
    description: 'Contact persons of all parties (`GET /PartyContactPerson`).',
  }),
}));
