import { AgricultureDepartment, VoucherType } from './enums.js';
import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

/**
 * Reporting/TrialBalance (accounting.md §15): each account's balance at a date (default today).
 * The filtered form has three conflicting DOC variants; the service-level one, (a), is served:
 * `/{includeSubProject}/{showOnlyTransactionsWithoutDepartment}?date&departmentCode&productCode&projectCode`
 * (DECISIONS.md).
 */
export const TrialBalanceResource = defineResource({
  name: 'TrialBalanceLine',
  path: '/Reporting/TrialBalance',
  idKind: 'long',
  nodeKey: 'accountCode',
  params: { date: f.datetime('Balances at the end of this date; default today.') },
  variants: {
    filtered: {
      path: '/Reporting/TrialBalance/{includeSubProject}/{showOnlyTransactionsWithoutDepartment}',
      params: {
        includeSubProject: f.bool('With projectCode: its sub-projects count too.', {
          nullable: false,
        }),
        showOnlyTransactionsWithoutDepartment: f.bool('Only entries without a department.', {
          nullable: false,
        }),
        date: f.datetime('Balances at the end of this date; default today.'),
        departmentCode: f.string('Only entries of this department.'),
        productCode: f.string('Only entries of this product.'),
        projectCode: f.string('Only entries of this project.'),
      },
      graph: {
        list: 'trialBalanceFiltered',
        description:
          'The trial balance of the entries of one department, product or project ' +
          '(`GET /Reporting/TrialBalance/{includeSubProject}/{showOnlyTransactionsWithoutDepartment}`).',
      },
    },
  },
  fields: {
    accountCode: f.long('The account.', {
      nullable: false,
      ref: { to: 'GeneralLedgerAccount', description: 'The ledger account (by accountCode).' },
    }),
    agricultureDepartment: f.enum(AgricultureDepartment, 'Agriculture department.'),
    accountName: f.string('Name of the account.'),
    balance: f.double('Balance at the date; debit positive.', { nullable: false }),
    budget: f.double('Budget of the account.', { nullable: false }),
  },
  privilege: 'Reporting_TrialBalance',
  operations: LIST_ONLY,
  graph: {
    description: "An account's balance at a date (a row of Reporting/TrialBalance).",
    list: 'The trial balance at a date (`GET /Reporting/TrialBalance`): every account with entries.',
    plural: 'trialBalance',
    node: false,
  },
});

/** Reporting/Usage (accounting.md §16): vouchers posted per voucher type in a date range. */
export const UsageResource = defineResource({
  name: 'Usage',
  path: '/Reporting/Usage',
  idKind: 'long',
  nodeKey: 'voucherType',
  params: {
    fromDate: f.datetime('First voucher date included.', { nullable: false }),
    toDate: f.datetime('Last voucher date included.', { nullable: false }),
  },
  fields: {
    voucherType: f.enum(VoucherType, 'Kind of voucher.', { nullable: false }),
    count: f.double('Vouchers of that type in the period.', { nullable: false }),
  },
  privilege: 'Reporting_Usage',
  operations: LIST_ONLY,
  graph: {
    description: 'How many vouchers of one type were posted in a period (Reporting/Usage).',
    list: 'Vouchers posted per voucher type in a date range (`GET /Reporting/Usage`).',
    plural: 'usage',
    node: false,
  },
});
