import { accountCode } from './account-code.js';
import { AgricultureDepartment } from './enums.js';
import {
  BankTransferStatus,
  CurrencyRegistryCodes,
  InternationalPaymentFeeDistribution,
} from './enums-vouchers.js';
import { f } from './fields.js';
import { defineResource, type EntityOf } from './resource.js';

/**
 * GoApi.Bank.BankTransfer (accounting.md §5): an outgoing payment for a user to authorise.
 * Created and deleted, never changed; PowerOffice lists only the transfers this integration made.
 */
export const BankTransferResource = defineResource({
  name: 'BankTransfer',
  path: '/Bank/BankTransfer',
  idKind: 'guid',
  fields: {
    id: f.guid('PowerOffice id of the transfer.', { readOnly: true }),
    description: f.string('What the payment is for.', { required: true }),
    receiverName: f.string('Name of the receiver.', { required: true }),
    receiverCountryCode: f.string("Receiver's country (ISO 3166-1 alpha-2).", { required: true }),
    receiverVatNumber: f.string("Receiver's organisation number."),
    payableBankAccount: f.string('The bank account paid from (ClientBankAccount.code).', {
      required: true,
      ref: {
        to: 'ClientBankAccount',
        as: 'payableAccount',
        description: 'The client bank account the payment is made from.',
      },
    }),
    status: f.enum(BankTransferStatus, 'State of the transfer; a new one awaits authorisation.', {
      nullable: false,
      readOnly: true,
      default: 0,
    }),
    currencyCode: f.string('Currency of the amount.'),
    paymentDate: f.datetime('When to pay.'),
    amount: f.double('Amount to pay; must be greater than 0.', { required: true, above: 0 }),
    // A ledger account or a customer, supplier or employee code (relations.md §3.6).
    balancingAccountNo: accountCode(
      'The debit side: a general-ledger account code or a sub-ledger (supplier, customer, employee) code.',
      { as: 'balancingAccount', description: 'The debit side: the account or party it names.' },
      // accounting.md §5 marks it required, like the other parties of the payment.
      { required: true },
    ),
    receivableBankAccountCode: f.string("The receiver's account number (IBAN abroad).", {
      required: true,
    }),
    receivableBankAccountBicSwift: f.string("BIC/SWIFT of the receiver's bank (abroad)."),
    receivableBankAccountBankCode: f.string("Bank code of the receiver's bank (abroad)."),
    receivableBankAccountCountryCode: f.string("Country of the receiver's account.", {
      required: true,
    }),
    cid: f.string('KID payment reference.'),
    paymentMessage: f.string('Message to the receiver, used when there is no KID.'),
    currencyRegistryCode: f.enum(CurrencyRegistryCodes, 'Currency-registry code (abroad).'),
    currencyRegistryText: f.string('Currency-registry text (abroad).'),
    isExpress: f.bool('Express payment.'),
    isOnHold: f.bool('Held back from payment.'),
    internationalPaymentFeeDistribution: f.enum(
      InternationalPaymentFeeDistribution,
      'Who pays the fees (abroad).',
    ),
    projectCode: f.string('Project posted on the remittance.', {
      ref: { to: 'Project', description: 'The project posted on the remittance.' },
    }),
    departmentCode: f.string('Department posted on the remittance.', {
      ref: { to: 'Department', description: 'The department posted on the remittance.' },
    }),
    externalImportReference: f.string(
      'Idempotency key: unique per client, at most 50 characters.',
      {
        maxLength: 50,
      },
    ),
    invoiceId: f.guid(
      'The supplier invoice voucher paid; set this or subLedgerEntryId, PowerOffice fills the other.',
    ),
    subLedgerEntryId: f.long('The supplier ledger entry paid (SupplierLedgerEntry.id).'),
    balancingAccountAgricultureDepartment: f.enum(
      AgricultureDepartment,
      'Agriculture department of the balancing account.',
    ),
  },
  privilege: 'Bank_BankTransfer',
  operations: { list: true, get: true, save: true, delete: true },
  createOnly: true,
  visibleTo: 'integration',
  graph: {
    description:
      'An outgoing payment for a user to authorise (PowerOffice `Bank/BankTransfer`). Created ' +
      'and deleted, never changed; only the transfers this integration created are visible.',
    list: 'The bank transfers this integration created (`GET /Bank/BankTransfer`).',
  },
});

export type BankTransferDto = EntityOf<typeof BankTransferResource>;
