import {
  type ContactGroupDto,
  ContactGroupResource,
  contactGroupFields,
} from '../../poweroffice/resources/contact-group.js';
import { builder } from '../builder.js';
import { listInputs, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';

export type ContactGroupModel = ContactGroupDto;

const F = contactGroupFields;

export const ContactGroup = builder.objectRef<ContactGroupModel>('ContactGroup');
export const contactGroupInputs = listInputs('ContactGroup', F);

builder.node(ContactGroup, {
  description: 'A named group of parties (PowerOffice `ContactGroup`).',
  id: { resolve: (g) => String(g.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.contactGroupById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    title: wire(t, F, 'title'),
    sendInvoicesToGroup: wire(t, F, 'sendInvoicesToGroup'),
  }),
});

builder.queryFields((t) => ({
  contactGroups: rootConnection(t, {
    type: ContactGroup,
    resource: ContactGroupResource,
    map: F,
    inputs: contactGroupInputs,
    name: 'ContactGroupConnection',
    description: 'Contact groups (`GET /ContactGroup`).',
  }),
  contactGroup: t.field({
    type: ContactGroup,
    description: 'One contact group by its exact title; null when there is none.',
    args: { title: t.arg.string({ required: true, description: 'Group title.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.contactGroupByTitle.load(args.title),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'ContactGroup',
    ref: ContactGroup,
    resource: ContactGroupResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(ContactGroupResource, saved),
  }),
);
