import { HourlyRateSpecification, ProjectBillingMethod, ProjectStatus } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Projects.Project (reference B17). Activities and team members are not modelled here. */
export const projectFields = {
  id: f.long('PowerOffice id of the project. Send it to update.', { readOnly: true }),
  code: f.string('Unique project code; a sub-project is stored as "ParentCode.Code".'),
  name: f.string('Project name.'),
  parentProjectCode: f.string('Parent project (Project.code); required for sub-projects.', {
    ref: {
      to: 'Project',
      description: 'The parent project (by parentProjectCode).',
      inverse: {
        name: 'subProjects',
        description: 'Projects whose parent is this project, batched across parents.',
      },
    },
  }),
  customerCode: f.long('Customer the project is for (Customer.code).', {
    ref: {
      to: 'Customer',
      description: 'The customer (by customerCode).',
      inverse: {
        name: 'projects',
        description: 'Projects for this customer, batched across customers like `invoices`.',
      },
      blocksDelete: true,
    },
  }),
  contactPersonId: f.long("Customer's contact person (ContactPerson.id).", {
    ref: {
      to: 'ContactPerson',
      key: 'id',
      description: "The customer's contact person (by contactPersonId).",
      inverse: {
        name: 'projects',
        description: "Projects with this person as the customer's contact, batched across persons.",
      },
    },
  }),
  projectManagerCode: f.long('Project manager (Employee.code).', {
    ref: {
      to: 'Employee',
      as: 'manager',
      description: 'The project manager (by projectManagerCode).',
      inverse: {
        name: 'managedProjects',
        description:
          'Projects this employee manages (projectManagerCode), batched across employees.',
      },
      blocksDelete: true,
    },
  }),
  departmentCode: f.string('Department (Department.code).', {
    ref: {
      to: 'Department',
      description: 'The department (by departmentCode).',
      inverse: {
        name: 'projects',
        description: 'Projects of this department (departmentCode), batched across departments.',
      },
    },
  }),
  locationCode: f.string('Location (Location.code).', {
    ref: {
      to: 'Location',
      description: 'The location (by locationCode).',
      inverse: {
        name: 'projects',
        description: 'Projects at this location (locationCode), batched across locations.',
      },
      blocksDelete: true,
    },
  }),
  brandingThemeCode: f.string('Branding theme of invoices (BrandingTheme.code).', {
    ref: { to: 'BrandingTheme', description: 'The layout of its invoices (by brandingThemeCode).' },
  }),
  deliveryTerms: f.string('Delivery term, most likely by its name.'),
  status: f.enum(ProjectStatus, 'State of the project.', { nullable: false }),
  isBillable: f.bool('Whether work on the project is billed.'),
  isInternal: f.bool('Whether the project is internal.'),
  startDate: f.datetime('Start date.'),
  endDate: f.datetime('End date.'),
  externalCode: f.long('Original project number from an external system.'),
  contractNo: f.string('Contract number.'),
  purchaseOrderNo: f.string("Customer's purchase order number."),
  paymentTerms: f.int('Payment terms in days.'),
  progress: f.int('Completion in percent (0..100).'),
  allowAllActivities: f.bool('All activities may be used; otherwise only the listed ones.'),
  allowAllEmployees: f.bool('All employees may log time; otherwise only team members.'),
  denyTimeTracking: f.bool('Time may not be logged on the project.'),
  billingMethod: f.enum(ProjectBillingMethod, 'How the project is billed.'),
  billingHourlyRateSpecification: f.enum(
    HourlyRateSpecification,
    'Where the billed hourly rate comes from.',
  ),
  fixedPrice: f.double('Fixed price; only with the FixedPrice billing method.'),
  billableRate: f.double('Hourly rate of the project, when the rate comes from the project.'),
  budgetedHours: f.double('Budgeted hours.'),
  budgetedHourlyRate: f.double('Budgeted hourly rate.'),
  budgetedExpenseHours: f.double('Budgeted hours counted as expense.'),
  budgetedRevenueHours: f.double('Budgeted hours counted as revenue.'),
  budgetedOtherExpenses: f.double('Budgeted other expenses.'),
  budgetedTotalRevenue: f.double('Budgeted total revenue.'),
  budgetedCostOfGoods: f.double('Budgeted cost of goods.'),
  budgetedRevenueBillableExpenses: f.double('Deprecated; always null.'),
  attachExpenseVouchersWhenBilling: f.bool('Expense vouchers are attached to invoices.', {
    nullable: false,
  }),
  markupHourlyRateEnabled: f.bool('A markup is applied to hourly rates.', { nullable: false }),
  markupOtherExpensesEnabled: f.bool('A markup is applied to other expenses.', {
    nullable: false,
  }),
  hourlyRateFactorWithMarkup: f.double('Multiplier applied to hourly rates, e.g. 1.5.'),
  otherExpensesFactorWithMarkup: f.double('Multiplier applied to other expenses, e.g. 1.5.'),
  hourlyRateMarkupDescription: f.string('Text shown for the hourly-rate markup.'),
  otherExpensesMarkupDescription: f.string('Text shown for the other-expenses markup.'),
  createdDate: f.datetimeoffset('When the project was created.', {
    nullable: false,
    readOnly: true,
  }),
  lastChanged: f.datetimeoffset('When the project last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the project.', {
    readOnly: true,
  }),
} as const;

export const ProjectResource = defineResource({
  name: 'Project',
  path: '/Project',
  idKind: 'long',
  fields: projectFields,
  maxRows: 50_000,
  keys: {
    code: {
      lookup: {
        description: 'One project by code; null when there is none.',
        argument: 'Project code.',
      },
    },
  },
  privilege: 'Project',
  operations: CRUD,
  graph: {
    description: 'A project (PowerOffice `Project`); sub-projects have codes "Parent.Child".',
    list: 'Projects (`GET /Project`).',
  },
});

export type ProjectDto = EntityOf<typeof ProjectResource>;
