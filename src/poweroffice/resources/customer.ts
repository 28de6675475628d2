import { InvoiceDeliveryType } from './enums.js';
import { f } from './fields.js';
import { companyPartyFields } from './party.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.Customer (reference B1). */
export const customerFields = {
  ...companyPartyFields('customer', 'Street (delivery) addresses.'),
  customerCreatedDate: f.datetimeoffset('When the party became a customer.', {
    nullable: false,
    readOnly: true,
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
