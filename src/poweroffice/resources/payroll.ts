import { accountCode } from './account-code.js';
import { AgricultureDepartment } from './enums.js';
import { PayItemProcessingType } from './enums-time.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf, LIST_ONLY } from './resource.js';

/**
 * Payroll/PayItem ("Lønnsarter", accounting reference §9): read-only, and a list with no route
 * by id. Every lookup (by id for `node`, by code for references) is a filtered list call,
 * batched per level; the rows of any list prime both.
 */
export const PayItemResource = defineResource({
  name: 'PayItem',
  path: '/Payroll/PayItem',
  idKind: 'guid',
  fields: {
    id: f.guid('PowerOffice id of the pay item.', { readOnly: true, nullable: false }),
    code: f.string('Unique code; salary lines and hour types refer to it.', { readOnly: true }),
    name: f.string('Name.', { readOnly: true }),
    isActive: f.bool('Whether the pay item is in use.', { readOnly: true, nullable: false }),
    benefit: f.string('A-melding benefit type.', { readOnly: true }),
    description: f.string('Description.', { readOnly: true }),
    processingType: f.enum(PayItemProcessingType, 'How the pay item is computed.', {
      nullable: false,
    }),
  },
  keys: {
    code: {
      lookup: {
        description: 'One pay item by code; null when there is none.',
        argument: 'Pay item code.',
      },
    },
  },
  privilege: 'Payroll',
  operations: LIST_ONLY,
  graph: {
    description: 'A pay item (PowerOffice `Payroll/PayItem`, read-only).',
    list: 'Pay items (`GET /Payroll/PayItem`).',
  },
});

const dimension = (what: string, to: string, inverse?: string) =>
  f.string(`${what} (${to}.code).`, {
    ref: {
      to,
      description: `The ${what.toLowerCase()} (by ${lowerFirst(to)}Code).`,
      ...(inverse
        ? {
            inverse: {
              name: inverse,
              description: `Salary lines on this ${to.toLowerCase()}, batched across ${to.toLowerCase()}s.`,
            },
          }
        : {}),
    },
  });

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Payroll/SalaryLine (accounting reference §10): lines for the next payroll. */
export const SalaryLineResource = defineResource({
  name: 'SalaryLine',
  path: '/Payroll/SalaryLine',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the salary line. Send it to update.', { readOnly: true }),
    employeeCode: f.long('The employee paid (Employee.code).', {
      required: true,
      ref: {
        to: 'Employee',
        description: 'The employee paid (by employeeCode).',
        inverse: {
          name: 'salaryLines',
          description: 'Salary lines of the employee, batched across employees.',
        },
      },
    }),
    payItemCode: f.string('The pay item (PayItem.code).', {
      required: true,
      ref: {
        to: 'PayItem',
        description: 'The pay item (by payItemCode).',
        inverse: {
          name: 'salaryLines',
          description: 'Salary lines with this pay item, batched across pay items.',
        },
      },
    }),
    quantity: f.double('Quantity.'),
    rate: f.double('Rate per unit.'),
    amount: f.double('Amount.'),
    projectCode: dimension('Project', 'Project', 'salaryLines'),
    departmentCode: dimension('Department', 'Department'),
    // A code may name a ledger account or a customer, supplier or employee sub-ledger account
    // (relations.md §3.6): resolved through the sub-ledger number series (account-code.ts).
    account: accountCode(
      'Account override: a ledger account or sub-ledger code; default from the pay item.',
      { as: 'ledgerAccount', description: 'The account override, when set.' },
    ),
    oppositeAccount: accountCode(
      'Opposite account override: a ledger account or sub-ledger code; default from the pay item.',
      { as: 'oppositeLedgerAccount', description: 'The opposite account override, when set.' },
    ),
    comment: f.string('Shown on the payslip.'),
    isLocked: f.bool('True once the line is on a payroll; it can no longer be changed.', {
      readOnly: true,
      nullable: false,
    }),
    isDeletedByUser: f.bool('Deleted by a user in PowerOffice.', {
      readOnly: true,
      nullable: false,
    }),
    vatCode: f.string('VAT code, e.g. for expense refunds (VatCode.code).', {
      ref: { to: 'VatCode', description: 'The VAT code (by vatCode).' },
    }),
    carRegistrationNo: f.string('Car registration number.'),
    externalImportReference: f.string('Idempotency key (max 50); a duplicate is refused.', {
      maxLength: 50,
    }),
    accountAgricultureDepartment: f.enum(
      AgricultureDepartment,
      'Agriculture department of account.',
    ),
    oppositeAccountAgricultureDepartment: f.enum(
      AgricultureDepartment,
      'Agriculture department of oppositeAccount.',
    ),
  },
  lockedWhen: {
    field: 'isLocked',
    reason: 'The salary line is on a payroll and can no longer be changed.',
  },
  privilege: 'Payroll',
  operations: CRUD,
  graph: {
    description: 'A line for the next payroll (PowerOffice `Payroll/SalaryLine`).',
    list: 'Salary lines (`GET /Payroll/SalaryLine`).',
  },
});

export type PayItemDto = EntityOf<typeof PayItemResource>;
export type SalaryLineDto = EntityOf<typeof SalaryLineResource>;
