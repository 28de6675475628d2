import { addressField } from './address.js';
import { AgricultureDepartment, Months, VatPeriod } from './enums.js';
import { f } from './fields.js';
import { defineResource } from './resource.js';

/** GoApi.Client.Client (reference B18): the company the keys give access to, one per token. */
export const ClientCompanyResource = defineResource({
  name: 'Client',
  path: '/Client',
  idKind: 'guid',
  singleton: true,
  fields: {
    id: f.guid('PowerOffice id of the client.', { readOnly: true }),
    name: f.string('Company name.'),
    legalName: f.string('Registered legal name.'),
    vatNumber: f.string('Organisation number.'),
    emailAddress: f.string('Email address.'),
    phoneNumber: f.string('Phone number.'),
    websiteUrl: f.string('Website URL.'),
    mailAddress: addressField('Postal address.'),
    streetAddress: addressField('Street address.'),
    lastChanged: f.datetimeoffset('When the client last changed.', {
      nullable: false,
      readOnly: true,
    }),
    lockDate: f.datetime('No postings on or before this date.', {
      nullable: false,
      readOnly: true,
    }),
    salesAccountCode: f.long('Default sales account (GeneralLedgerAccount.code).', {
      readOnly: true,
      ref: { to: 'GeneralLedgerAccount', description: 'The default sales account.' },
    }),
    vatExemptSalesAccountCode: f.long(
      'Default sales account for VAT-free sales (GeneralLedgerAccount.code).',
      {
        readOnly: true,
        ref: {
          to: 'GeneralLedgerAccount',
          description: 'The default sales account for VAT-free sales.',
        },
      },
    ),
    isVatRegistered: f.bool('Registered for VAT; if not, invoices carry no VAT.', {
      nullable: false,
      readOnly: true,
    }),
    isVatCompensationEnabled: f.bool('VAT compensation is enabled.', {
      nullable: false,
      readOnly: true,
    }),
    vatPeriod: f.enum(VatPeriod, 'How often VAT is reported.', { nullable: false }),
    financialYearEndMonth: f.enum(Months, 'Last month of the financial year.', {
      nullable: false,
    }),
    isAgricultureClient: f.bool('Agriculture client (accounts keyed by department).', {
      nullable: false,
      readOnly: true,
    }),
    defaultAgricultureDepartment: f.enum(AgricultureDepartment, 'Default agriculture department.'),
  },
  privilege: 'Client',
  operations: { list: false, get: true, save: true, delete: false },
  graph: {
    description: 'The company the facade reads and writes (PowerOffice `Client`).',
    node: false,
  },
  examples: [
    {
      id: '0c1e7a2b-5d3f-4e8a-9b6c-7d8e9f0a1b2c',
      name: 'Emulert Demo AS',
      legalName: 'EMULERT DEMO AS',
      vatNumber: '999888777',
      emailAddress: 'post@emulert-demo.no',
      mailAddress: {
        id: 1,
        address1: 'Storgata 1',
        zipCode: '0155',
        city: 'Oslo',
        countryCode: 'NO',
        isPrimary: true,
        lastChanged: '2025-01-02T08:00:00.000+00:00',
      },
      lockDate: '2025-12-31T00:00:00',
      salesAccountCode: 3000,
      vatExemptSalesAccountCode: 3100,
      isVatRegistered: true,
      isVatCompensationEnabled: false,
      vatPeriod: 4,
      financialYearEndMonth: 12,
      isAgricultureClient: false,
    },
  ],
});
