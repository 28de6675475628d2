import { Gender } from './enums.js';
import { f } from './fields.js';
import { partyAddressFields, partyIdentityFields } from './party.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.EmployeeTimeHourlyRates: one dated hourly rate of an employee (reference B3). */
export const employeeHourlyRateFields = {
  id: f.long('Id of the rate row; omit to add, send to update or delete.'),
  validFrom: f.datetime('First day the rate applies.', { nullable: false }),
  validTo: f.datetime('Last day the rate applies, derived from the next row.', {
    nullable: false,
    readOnly: true,
  }),
  hourlyRate: f.double('Hourly rate billed for the employee.'),
  hourlyCost: f.double('Hourly cost of the employee.'),
  isDeleted: f.bool('Send true together with the id to remove the row.'),
} as const;

/** GoApi.Party.Employee (reference B3). Employees have no `name`, only first and last names. */
export const employeeFields = {
  id: f.long('PowerOffice id of the party. Send it to update.', { readOnly: true }),
  code: f.long('Employee number; assigned by PowerOffice when omitted on create.'),
  externalCode: f.long('Original employee number from an import.'),
  firstName: f.string('Given name.'),
  lastName: f.string('Family name.'),
  emailAddress: f.string('Email address.'),
  phoneNumber: f.string('Phone number.'),
  ...partyAddressFields('Street addresses.'),
  isArchived: f.bool('Archived (inactive).'),
  contactGroups: f.list(
    f.string('A contact group title.'),
    'Titles of the contact groups the employee belongs to.',
    {
      gqlName: 'contactGroupTitles',
      ref: {
        to: 'ContactGroup',
        key: 'title',
        as: 'contactGroups',
        description: 'The contact groups the employee belongs to (matched by title).',
        // Unknown titles are created on save (reference B1).
        mustExist: false,
      },
    },
  ),
  createdDate: f.datetimeoffset('When the party was created.', { nullable: false, readOnly: true }),
  lastChanged: f.datetimeoffset('When the employee or one of its addresses last changed.', {
    nullable: false,
    readOnly: true,
  }),
  employeeCreatedDate: f.datetimeoffset('When the party became an employee.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the employee.', {
    readOnly: true,
  }),
  dateOfBirth: f.datetime('Date of birth.'),
  ...partyIdentityFields,
  externalImportReference: f.string(
    'Idempotency/correlation key, at most 50 characters, unique among employees.',
    { maxLength: 50 },
  ),
  nationalityCountryCode: f.string('Nationality (ISO 3166 alpha-2).'),
  jobTitle: f.string('Job title.'),
  hiredDate: f.datetime('Date the employee was hired.'),
  startDate: f.datetime('First working day.'),
  endDate: f.datetime('Last working day.'),
  departmentCode: f.string('Department (Department.code).', {
    ref: {
      to: 'Department',
      description: 'The department (by departmentCode).',
      inverse: {
        name: 'employees',
        description: 'Employees of this department (departmentCode), batched across departments.',
      },
      blocksDelete: true,
    },
  }),
  locationCode: f.string('Location (Location.code).', {
    ref: {
      to: 'Location',
      description: 'The location (by locationCode).',
      inverse: {
        name: 'employees',
        description: 'Employees at this location (locationCode), batched across locations.',
      },
      blocksDelete: true,
    },
  }),
  managerEmployeeCode: f.long('Manager (Employee.code).', {
    ref: {
      to: 'Employee',
      as: 'manager',
      description: 'The manager (by managerEmployeeCode).',
      inverse: {
        name: 'subordinates',
        description:
          'Employees this employee manages (managerEmployeeCode), batched across managers.',
      },
    },
  }),
  hourlyRate: f.double("Deprecated: today's hourly rate on reads; ignored on save."),
  hourlyCost: f.double("Deprecated: today's hourly cost on reads; ignored on save."),
  hourlyRates: f.list(
    f.object('EmployeeTimeHourlyRates', employeeHourlyRateFields, 'A dated hourly rate.'),
    'Dated hourly rates and costs; rows are added, updated or deleted one by one.',
  ),
  payrollBankAccountCode: f.string('Salary account: the code of a bank account of this employee.', {
    ref: {
      to: 'PartyBankAccount',
      // Reference B3: "→ PartyBankAccount.code on this employee (the save fails otherwise)".
      within: { targetField: 'partyId', holderKey: 'id' },
      description: "The bank account salaries are paid to (one of this employee's accounts).",
      blocksDelete: true,
    },
  }),
  expenseBankAccountCode: f.string(
    'Expense refund account: the code of a bank account of this employee.',
    {
      ref: {
        to: 'PartyBankAccount',
        within: { targetField: 'partyId', holderKey: 'id' },
        description: "The bank account expense refunds are paid to (one of this employee's).",
        blocksDelete: true,
      },
    },
  ),
  payrollEmailAddress: f.string('Email address payslips are sent to.'),
  gender: f.enum(Gender, 'Gender; Hidden unless the integration may read personal data.'),
} as const;

export const EmployeeResource = defineResource({
  name: 'Employee',
  path: '/Employee',
  idKind: 'long',
  fields: employeeFields,
  maxRows: 50_000,
  keys: {
    code: {
      assignedFrom: 1,
      lookup: {
        description: 'One employee by employee number; null when there is none.',
        argument: 'Employee number.',
      },
    },
  },
  privilege: 'Employee',
  operations: CRUD,
  graph: {
    description: 'An employee party (PowerOffice `Employee`); employees have no single name.',
    list: 'Employees (`GET /Employee`).',
  },
});

export type EmployeeDto = EntityOf<typeof EmployeeResource>;
