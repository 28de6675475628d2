import { AgricultureDepartment } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** Weights of the MOD11 check digit of a Norwegian bank account number (11 digits). */
const MOD11 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The MOD11 check digit of the first ten digits of a Norwegian account number, or undefined
 * when the remainder leaves none (such numbers are not issued).
 */
export function mod11CheckDigit(first10: string): number | undefined {
  const sum = MOD11.reduce((acc, w, i) => acc + w * Number(first10[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

/**
 * accounting.md §6 says only that the code is "required, must be valid". Valid here: a
 * Norwegian account number (11 digits, MOD11 check digit) or an IBAN (ISO 13616, mod 97);
 * DECISIONS.md.
 */
export function bankAccountProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.replace(/[\s.]/g, '').toUpperCase();
  if (/^\d{11}$/.test(s)) {
    return mod11CheckDigit(s) === Number(s[10])
      ? undefined
      : 'Not a valid account number: the check digit does not match.';
  }
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) {
    const moved = `${s.slice(4)}${s.slice(0, 4)}`.replace(/[A-Z]/g, (c) =>
      String(c.charCodeAt(0) - 55),
    );
    let rest = 0;
    for (const d of moved) rest = (rest * 10 + Number(d)) % 97;
    return rest === 1 ? undefined : 'Not a valid IBAN: the check digits do not match.';
  }
  return 'Not a bank account number: 11 digits (Norwegian) or an IBAN.';
}

/** GoApi.Bank.ClientBankAccount (accounting.md §6): the client's own bank accounts. */
export const ClientBankAccountResource = defineResource({
  name: 'ClientBankAccount',
  path: '/Bank/ClientBankAccount',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the bank account. Send it to update.', { readOnly: true }),
    code: f.string('The bank account number; required and valid (11 digits or an IBAN).', {
      check: bankAccountProblem,
    }),
    bicSwift: f.string('BIC (SWIFT) of the bank.'),
    bankName: f.string('Name of the bank.'),
    generalLedgerAccountCode: f.long('Ledger account of the bank account (its code).', {
      ref: {
        to: 'GeneralLedgerAccount',
        as: 'generalLedgerAccount',
        description: 'The ledger account the bank account is booked on.',
        scope: { agricultureDepartment: 'generalLedgerAccountAgricultureDepartment' },
        inverse: {
          name: 'clientBankAccounts',
          description: 'Bank accounts of the client booked on this account.',
          plainList: true,
        },
        blocksDelete: true,
      },
    }),
    countryCode: f.string('Country of the account (ISO 3166-1 alpha-2).'),
    currencyCode: f.string('Currency of the account (ISO 4217).'),
    hasOutgoingPaymentService: f.bool('Outgoing payments through the bank are enabled.', {
      nullable: false,
      readOnly: true,
      // Set up in PowerOffice, not through the API: a new account has none.
      default: false,
    }),
    hasIncomingPaymentService: f.bool('Incoming payments from the bank are enabled.', {
      nullable: false,
      readOnly: true,
      // Set up in PowerOffice, not through the API: a new account has none.
      default: false,
    }),
    isClientTrustAccount: f.bool('Client trust account.'),
    isCurrentAccount: f.bool('The operating account ("driftskonto").', { readOnly: true }),
    generalLedgerAccountAgricultureDepartment: f.enum(
      AgricultureDepartment,
      'Agriculture department of the ledger account.',
    ),
  },
  keys: {
    code: {
      lookup: {
        description: 'One of the client’s bank accounts by number; null when there is none.',
        argument: 'Bank account number.',
      },
    },
  },
  privilege: 'ClientBankAccount',
  operations: CRUD,
  graph: {
    description: 'A bank account of the client (PowerOffice `Bank/ClientBankAccount`).',
    list: 'The client’s bank accounts (`GET /Bank/ClientBankAccount`).',
  },
});

export type ClientBankAccountDto = EntityOf<typeof ClientBankAccountResource>;
