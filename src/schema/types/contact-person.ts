import type { Context } from '../../context.js';
import {
  type ContactPersonDto,
  ContactPersonResource,
  contactPersonFields,
  PartyContactPersonResource,
} from '../../poweroffice/resources/contact-person.js';
import { builder, decodeGlobalId } from '../builder.js';
import { badInput, NotFound } from '../errors.js';
import { type InputShape, inputFor, toDto } from '../inputs.js';
import { listInputs, rootConnection } from '../lists.js';
import { asUserError, DeletePayload, ERROR_TYPES } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { Customer } from './customer.js';

export type ContactPersonModel = ContactPersonDto;

const F = contactPersonFields;

export const ContactPerson = builder.objectRef<ContactPersonModel>('ContactPerson');
export const contactPersonInputs = listInputs('ContactPerson', F);

builder.node(ContactPerson, {
  description: 'A person attached to a customer (PowerOffice `ContactPerson`).',
  id: { resolve: (p) => String(p.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.contactPersonById.load(id).then(ownNode),
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

/**
 * Contact persons are a sub-resource of their customer (`/Customer/{id}/Contact`): a create
 * names the customer; update and delete find the owning party from the person's own row.
 */
const ContactPersonFields = inputFor('ContactPersonFields', F, {
  description: 'Writable properties of a ContactPerson.',
});

function localId(globalId: string, typename: string): number {
  const { typename: got, id } = decodeGlobalId(globalId);
  if (got !== typename) throw badInput(`"${globalId}" is not the id of a ${typename}.`);
  return parseIntegerId(id);
}

/** The person's row and its customer's id, or NotFound. */
async function owner(ctx: Context, globalId: string) {
  const id = localId(globalId, 'ContactPerson');
  const row = await ctx.loaders.contactPersonById.load(id).catch((e) => {
    throw asUserError(e, globalId);
  });
  if (!row || row.partyId == null) throw new NotFound('No contact person has this id.', globalId);
  return { id, partyId: row.partyId };
}

async function saveContact(ctx: Context, partyId: number, dto: Record<string, unknown>) {
  try {
    const saved = await ctx.client.save(ContactPersonResource, dto, {
      tracker: ctx.tracker,
      parentId: partyId,
    });
    ctx.loaders.afterWrite(PartyContactPersonResource, saved);
    return saved;
  } catch (e) {
    throw asUserError(e, typeof dto.id === 'number' ? String(dto.id) : null);
  }
}

const errors = (verb: string) => ({
  types: ERROR_TYPES,
  result: { name: `${verb}ContactPersonPayload`, description: 'The contact person as saved.' },
  union: { name: `${verb}ContactPersonResult` },
  dataField: { name: 'contactPerson', description: 'The contact person as saved.' },
});

builder.mutationFields((t) => ({
  createContactPerson: t.field({
    type: ContactPerson,
    nullable: false,
    description: 'Adds a contact person to a customer (POST /Customer/{id}/Contact).',
    errors: errors('Create'),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CreateContactPersonInput', {
          description: 'A new contact person of a customer.',
          fields: (ti) => ({
            customerId: ti.id({ required: true, description: 'Global id of the customer.' }),
            data: ti.field({
              type: ContactPersonFields,
              required: true,
              description: 'Properties.',
            }),
          }),
        }),
      }),
    },
    resolve: (_root, args, ctx) => {
      const customerId = localId(String(args.input.customerId), 'Customer');
      const dto = toDto(args.input.data as InputShape);
      delete dto.id;
      return saveContact(ctx, customerId, dto);
    },
  }),
  updateContactPerson: t.field({
    type: ContactPerson,
    nullable: false,
    description: 'Updates a contact person (POST to its customer with the id; a partial body).',
    errors: errors('Update'),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateContactPersonInput', {
          description: 'Changes to a contact person: properties left out keep their value.',
          fields: (ti) => ({
            id: ti.id({ required: true, description: 'Global id of the contact person.' }),
            data: ti.field({ type: ContactPersonFields, required: true, description: 'Changes.' }),
          }),
        }),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const { id, partyId } = await owner(ctx, String(args.input.id));
      return saveContact(ctx, partyId, { ...toDto(args.input.data as InputShape), id });
    },
  }),
  deleteContactPerson: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Removes a contact person from its customer.',
    errors: { ...errors('Delete'), dataField: { name: 'result' } },
    args: { id: t.arg.id({ required: true, description: 'Global id of the contact person.' }) },
    resolve: async (_root, args, ctx) => {
      const { id, partyId } = await owner(ctx, String(args.id));
      try {
        await ctx.client.delete(ContactPersonResource, id, {
          tracker: ctx.tracker,
          parentId: partyId,
        });
      } catch (e) {
        throw asUserError(e, String(args.id));
      }
      return { deletedId: String(args.id) };
    },
  }),
}));
