import { InvoiceDeliveryType } from './enums.js';
import { f } from './fields.js';
import { partyAddressFields, partyIdentityFields } from './party.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.Customer (reference B1). */
export const customerFields = {
  id: f.long('PowerOffice id of the party. Send it to update.', { readOnly: true }),
  code: f.long('Customer number; assigned by PowerOffice when omitted on create.'),
  externalCode: f.long('Original customer number from an import.'),
  name: f.string('Display name.'),
  legalName: f.string('Registered legal name.'),
  firstName: f.string('First name, for persons.'),
  lastName: f.string('Last name, for persons.'),
  isPerson: f.bool('Whether the customer is a private person.'),
  vatNumber: f.string('Organisation number.'),
  emailAddress: f.string('Email address.'),
  phoneNumber: f.string('Phone number.'),
  websiteUrl: f.string('Website URL.'),
  ...partyAddressFields('Street (delivery) addresses.'),
  isArchived: f.bool('Archived (inactive). Archive instead of deleting a party with data.'),
  isActive: f.bool('Whether the party currently is a customer.', { default: true }),
  since: f.datetime('When the party first became a contact.'),
  customerCreatedDate: f.datetimeoffset('When the party became a customer.', {
    nullable: false,
    readOnly: true,
  }),
  createdDate: f.datetimeoffset('When the party was created.', { nullable: false, readOnly: true }),
  lastChanged: f.datetimeoffset('When the customer or one of its addresses last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the customer.', {
    readOnly: true,
  }),
  contactGroups: f.list(
    f.string('A contact group title.'),
    'Titles of the contact groups the customer belongs to. Unknown titles are created on save.',
    {
      gqlName: 'contactGroupTitles',
      ref: {
        to: 'ContactGroup',
        key: 'title',
        as: 'contactGroups',
        description: 'The contact groups the customer belongs to (matched by title).',
      },
    },
  ),
  contactPersonId: f.long('Primary contact person (a ContactPerson id of this party).', {
    ref: { to: 'ContactPerson', key: 'id', description: 'The primary contact person.' },
  }),
  currencyCode: f.string('Default currency (ISO 4217).', {
    ref: { to: 'Currency', description: 'The default currency (by currencyCode).' },
  }),
  invoiceDeliveryType: f.enum(InvoiceDeliveryType, 'Default delivery of invoices.'),
  invoiceEmailAddress: f.string('Email address invoices are sent to.'),
  invoiceEmailAddressCC: f.string('Up to 10 copy addresses, separated by ";".'),
  invoiceBrandingThemeCode: f.string('Branding theme of invoices; null = client default.', {
    ref: {
      to: 'BrandingTheme',
      as: 'invoiceBrandingTheme',
      description: 'The layout of invoices to the customer; null: the client default.',
    },
  }),
  isVatFree: f.bool('Sales to this customer are VAT-free.'),
  discountPercent: f.double('Default discount in percent (0..100; -1000..0 for a premium).'),
  hourlyRate: f.double('Hourly rate for time billing.'),
  paymentTerms: f.int('Payment terms in days.'),
  deliveryTerm: f.string('Delivery term (free text).'),
  departmentCode: f.string('Department (Department.code).', {
    ref: {
      to: 'Department',
      description: 'The department (by departmentCode).',
      inverse: {
        name: 'customers',
        description: 'Customers of this department (departmentCode), batched across departments.',
      },
      blocksDelete: true,
    },
  }),
  ourReferenceEmployeeCode: f.long('Sales person (Employee.code).', {
    ref: {
      to: 'Employee',
      description: 'The sales person (by ourReferenceEmployeeCode).',
      blocksDelete: true,
    },
  }),
  useFactoring: f.bool('Invoices are sent through factoring.'),
  sendReminders: f.bool('Reminders are sent for overdue invoices.'),
  doNotAddLatePaymentFees: f.bool('No late-payment fees are added.'),
  doNotAddLatePaymentInterest: f.bool('No late-payment interest is added.'),
  transferToDebtCollectionAgency: f.bool('Overdue invoices go to debt collection.'),
  useInvoiceFee: f.bool('An invoice fee is added (default true).', { default: true }),
  reminderDeliveryType: f.enum(InvoiceDeliveryType, 'Delivery of reminders.'),
  noticeOfDebtCollectionDeliveryType: f.enum(
    InvoiceDeliveryType,
    'Delivery of debt-collection notices.',
  ),
  reminderEmailAddress: f.string('Email address reminders are sent to.'),
  dateOfBirth: f.datetime('Date of birth, for persons.'),
  ...partyIdentityFields,
  externalImportReference: f.string(
    'Idempotency/correlation key, at most 50 characters, unique among customers.',
  ),
} as const;

export const CustomerResource = defineResource({
  name: 'Customer',
  path: '/Customer',
  idKind: 'long',
  fields: customerFields,
  maxRows: 50_000,
  keys: {
    code: {
      assignedFrom: 10_001,
      lookup: {
        description: 'One customer by customer number; null when there is none.',
        argument: 'Customer number.',
      },
    },
  },
  privilege: 'Customer',
  operations: CRUD,
  graph: {
    description: 'A customer party (PowerOffice `Customer`).',
    list: 'Customers, filtered and sorted upstream (`GET /Customer`).',
  },
});

export type CustomerDto = EntityOf<typeof CustomerResource>;
