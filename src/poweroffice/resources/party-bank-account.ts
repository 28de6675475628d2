import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf, LIST_ONLY } from './resource.js';

/** GoApi.Party.PartyBankAccount (reference B6): a bank account of a customer, supplier or employee. */
export const partyBankAccountFields = {
  id: f.long('PowerOffice id of the bank account. Send it to update.', { readOnly: true }),
  partyId: f.long('Id of the customer, supplier or employee the account belongs to.', {
    readOnly: true,
    ref: {
      to: 'Customer',
      // Reference B6: "→ Customer/Supplier/Employee id"; which one is not stated (relations §3.12).
      alsoTo: ['Supplier', 'Employee'],
      key: 'id',
      as: null,
      description: 'The party the account belongs to.',
      inverse: {
        name: 'bankAccounts',
        description:
          'Bank accounts of this party (`GET /PartyBankAccount` by PartyId), batched across parties.',
        plainList: true,
      },
    },
  }),
  code: f.string('Account number: a domestic account number or an IBAN.'),
  bicSwift: f.string('BIC/SWIFT code of the bank.'),
  bankCode: f.string('Bank code, for countries without BIC/SWIFT.'),
  countryCode: f.string('Country of the account (ISO 3166 alpha-2).'),
  isActive: f.bool('Whether the account is in use.'),
  lastChanged: f.datetimeoffset('When the account last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

/**
 * Bank accounts written under their party (reference B6: `/{Customer|Supplier|Employee}/
 * {parentId}/BankAccount`); the POST body has no party id, the path gives it. Reads go through
 * the global view.
 */
export const PartyBankAccountResource = defineResource({
  name: 'PartyBankAccount',
  path: '/Customer/{parentId}/BankAccount',
  idKind: 'long',
  fields: partyBankAccountFields,
  parent: { resource: 'Customer', param: 'parentId', field: 'partyId' },
  alsoUnder: [
    {
      resource: 'Supplier',
      param: 'parentId',
      field: 'partyId',
      path: '/Supplier/{parentId}/BankAccount',
      privilege: 'Supplier',
    },
    {
      resource: 'Employee',
      param: 'parentId',
      field: 'partyId',
      path: '/Employee/{parentId}/BankAccount',
      privilege: 'Employee',
    },
  ],
  readVia: 'PartyBankAccountView',
  privilege: 'Customer',
  operations: CRUD,
  graph: {
    description:
      'A bank account of a customer, supplier or employee (PowerOffice `PartyBankAccount`).',
    list: 'Bank accounts of all parties (`GET /PartyBankAccount`).',
  },
});

/** The global, read-only list of bank accounts across all parties (`GET /PartyBankAccount`). */
export const PartyBankAccountViewResource = defineResource({
  name: 'PartyBankAccountView',
  path: '/PartyBankAccount',
  idKind: 'long',
  fields: partyBankAccountFields,
  table: 'PartyBankAccount',
  privilege: 'PartyBankAccount',
  operations: LIST_ONLY,
});

export type PartyBankAccountDto = EntityOf<typeof PartyBankAccountResource>;
