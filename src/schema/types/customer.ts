import {
  type CustomerDto,
  CustomerResource,
  customerFields,
} from '../../poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../../poweroffice/resources/outgoing-invoice.js';
import { ProjectResource } from '../../poweroffice/resources/project.js';
import { builder } from '../builder.js';
import { listInputs, relationConnection, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { partyAddressFields } from './address.js';
import { ContactGroup } from './contact-group.js';
import { ContactPerson } from './contact-person.js';
import { Department } from './department.js';
import { Employee } from './employee.js';
import { invoiceInputs, OutgoingInvoice } from './outgoing-invoice.js';
import { Project, projectInputs } from './project.js';

export type CustomerModel = CustomerDto;

const F = customerFields;

export const Customer = builder.objectRef<CustomerModel>('Customer');
export const customerInputs = listInputs('Customer', F);

builder.node(Customer, {
  description: 'A customer party (PowerOffice `Customer`).',
  id: { resolve: (c) => String(c.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.customerById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    externalCode: wire(t, F, 'externalCode'),
    name: wire(t, F, 'name'),
    legalName: wire(t, F, 'legalName'),
    firstName: wire(t, F, 'firstName'),
    lastName: wire(t, F, 'lastName'),
    isPerson: wire(t, F, 'isPerson'),
    vatNumber: wire(t, F, 'vatNumber'),
    emailAddress: wire(t, F, 'emailAddress'),
    phoneNumber: wire(t, F, 'phoneNumber'),
    websiteUrl: wire(t, F, 'websiteUrl'),
    ...partyAddressFields(t, F),
    isArchived: wire(t, F, 'isArchived'),
    isActive: wire(t, F, 'isActive'),
    since: wire(t, F, 'since'),
    customerCreatedDate: wire(t, F, 'customerCreatedDate'),
    createdDate: wire(t, F, 'createdDate'),
    lastChanged: wire(t, F, 'lastChanged'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
    contactGroupTitles: wire(t, F, 'contactGroups', {
      description:
        'Titles of the contact groups the customer belongs to (`contactGroups` on the wire).',
    }),
    contactGroups: t.field({
      type: [ContactGroup],
      nullable: { list: false, items: true },
      description: 'The contact groups the customer belongs to (matched by title).',
      resolve: (c, _args, ctx) => ctx.loaders.contactGroupByTitle.loadMany(c.contactGroups ?? []),
    }),
    contactPersonId: wire(t, F, 'contactPersonId'),
    contactPerson: t.field({
      type: ContactPerson,
      description: 'The primary contact person.',
      resolve: (c, _args, ctx) =>
        c.contactPersonId == null ? null : ctx.loaders.contactPersonById.load(c.contactPersonId),
    }),
    contactPersons: t.field({
      type: [ContactPerson],
      nullable: { list: true, items: false },
      description: 'All contact persons of the customer.',
      resolve: (c, _args, ctx) =>
        c.id == null ? [] : ctx.loaders.contactPersonsByPartyId.load(c.id),
    }),
    currencyCode: wire(t, F, 'currencyCode'),
    invoiceDeliveryType: wire(t, F, 'invoiceDeliveryType'),
    invoiceEmailAddress: wire(t, F, 'invoiceEmailAddress'),
    invoiceEmailAddressCC: wire(t, F, 'invoiceEmailAddressCC'),
    invoiceBrandingThemeCode: wire(t, F, 'invoiceBrandingThemeCode'),
    isVatFree: wire(t, F, 'isVatFree'),
    discountPercent: wire(t, F, 'discountPercent'),
    hourlyRate: wire(t, F, 'hourlyRate'),
    paymentTerms: wire(t, F, 'paymentTerms'),
    deliveryTerm: wire(t, F, 'deliveryTerm'),
    departmentCode: wire(t, F, 'departmentCode'),
    department: t.field({
      type: Department,
      description: 'The department (by departmentCode).',
      resolve: (c, _args, ctx) =>
        c.departmentCode ? ctx.loaders.departmentByCode.load(c.departmentCode) : null,
    }),
    ourReferenceEmployeeCode: wire(t, F, 'ourReferenceEmployeeCode'),
    ourReferenceEmployee: t.field({
      type: Employee,
      description: 'The sales person (by ourReferenceEmployeeCode).',
      resolve: (c, _args, ctx) =>
        c.ourReferenceEmployeeCode == null
          ? null
          : ctx.loaders.employeeByCode.load(c.ourReferenceEmployeeCode),
    }),
    useFactoring: wire(t, F, 'useFactoring'),
    sendReminders: wire(t, F, 'sendReminders'),
    doNotAddLatePaymentFees: wire(t, F, 'doNotAddLatePaymentFees'),
    doNotAddLatePaymentInterest: wire(t, F, 'doNotAddLatePaymentInterest'),
    transferToDebtCollectionAgency: wire(t, F, 'transferToDebtCollectionAgency'),
    useInvoiceFee: wire(t, F, 'useInvoiceFee'),
    reminderDeliveryType: wire(t, F, 'reminderDeliveryType'),
    noticeOfDebtCollectionDeliveryType: wire(t, F, 'noticeOfDebtCollectionDeliveryType'),
    reminderEmailAddress: wire(t, F, 'reminderEmailAddress'),
    dateOfBirth: wire(t, F, 'dateOfBirth'),
    socialSecurityNumber: wire(t, F, 'socialSecurityNumber', {
      description: 'Social security number: PowerOffice returns "hidden" when one is set.',
    }),
    reportInternationalId: wire(t, F, 'reportInternationalId'),
    internationalIdCountryCode: wire(t, F, 'internationalIdCountryCode'),
    internationalIdType: wire(t, F, 'internationalIdType'),
    internationalIdNumber: wire(t, F, 'internationalIdNumber'),
    externalImportReference: wire(t, F, 'externalImportReference'),
    invoices: relationConnection(t, {
      type: OutgoingInvoice,
      inputs: invoiceInputs,
      map: OutgoingInvoiceResource.listFields,
      name: 'CustomerInvoicesConnection',
      description:
        'Invoices to this customer. Fetched for all customers of the page in one list request ' +
        'per URL chunk of customer codes, then paged per customer.',
      load: (c, query, ctx) =>
        c.code == null
          ? Promise.resolve([])
          : ctx.loaders.invoicesByCustomerCode(query).load(c.code),
    }),
    projects: relationConnection(t, {
      type: Project,
      inputs: projectInputs,
      map: ProjectResource.fields,
      name: 'CustomerProjectsConnection',
      description: 'Projects for this customer, batched across customers like `invoices`.',
      load: (c, query, ctx) =>
        c.code == null
          ? Promise.resolve([])
          : ctx.loaders.related(ProjectResource, 'customerCode', query).load(c.code),
    }),
  }),
});

builder.queryFields((t) => ({
  customers: rootConnection(t, {
    type: Customer,
    resource: CustomerResource,
    map: F,
    inputs: customerInputs,
    name: 'CustomerConnection',
    description: 'Customers, filtered and sorted upstream (`GET /Customer`).',
  }),
  customer: t.field({
    type: Customer,
    description: 'One customer by customer number; null when there is none.',
    args: { code: t.arg({ type: 'Long', required: true, description: 'Customer number.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.customerByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Customer',
    ref: Customer,
    resource: CustomerResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(CustomerResource, saved),
  }),
);
