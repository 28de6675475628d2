import { AgricultureDepartment, UnitOfMeasureCode, VatReturnSpecification } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

const required = (what: string) => f.bool(`Postings to the account must carry ${what}.`);

/**
 * GoApi.AccountingSettings.GeneralLedgerAccount ("Hovedbokskonto", accounting.md §1): POST
 * without `id` creates, with `id` updates; DELETE by id. The code is 1000–9999 and unique per
 * client, except on agriculture clients where code + agricultureDepartment is the key.
 */
export const generalLedgerAccountFields = {
  id: f.long('PowerOffice id of the account (not its code). Send it to update.', {
    readOnly: true,
  }),
  code: f.long('Account number, 1000–9999; required on create.', { range: [1000, 9999] }),
  agricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department; with the code, the key on agriculture clients.',
  ),
  name: f.string('Account name; required on create.', { required: true }),
  vatCode: f.string('Default VAT code (VatCode.code, "MVA-kode").', {
    ref: {
      to: 'VatCode',
      description: 'The default VAT code (by vatCode).',
      inverse: {
        name: 'generalLedgerAccounts',
        description: 'Ledger accounts with this default VAT code, batched across VAT codes.',
      },
    },
  }),
  vatReturnSpecification: f.enum(VatReturnSpecification, 'VAT return specification.'),
  isVatCodeLockedAfterPosting: f.bool('The VAT code cannot change once the account is posted.'),
  departmentCode: f.string('Default department (Department.code).', {
    ref: {
      to: 'Department',
      description: 'The default department (by departmentCode).',
      inverse: {
        name: 'generalLedgerAccounts',
        description: 'Ledger accounts with this default department, batched across departments.',
      },
      blocksDelete: true,
    },
  }),
  isDepartmentRequired: required('a department'),
  projectCode: f.string('Default project (Project.code).', {
    ref: {
      to: 'Project',
      description: 'The default project (by projectCode).',
      inverse: {
        name: 'generalLedgerAccounts',
        description: 'Ledger accounts with this default project, batched across projects.',
      },
      blocksDelete: true,
    },
  }),
  isProjectRequired: required('a project'),
  isEnterpriseRequired: required('an enterprise'),
  isFixedAssetsRequired: required('a fixed asset'),
  isQuantityRequired: required('a quantity'),
  isQuantity2Required: required('a second quantity'),
  isProductRequired: required('a product'),
  isAgricultureProductRequired: required('an agriculture product'),
  isActivityRequired: required('an activity'),
  isLocationRequired: required('a location'),
  isDim1Required: required('dimension 1'),
  isDim2Required: required('dimension 2'),
  isDim3Required: required('dimension 3'),
  currencyCode: f.string('Currency of the account (ISO 4217).'),
  isActive: f.bool('Inactive accounts are hidden from users.', { default: true }),
  lastChanged: f.datetimeoffset('When the account last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the account.', {
    readOnly: true,
  }),
  unit1: f.enum(UnitOfMeasureCode, 'First unit (agriculture clients).'),
  unit2: f.enum(UnitOfMeasureCode, 'Second unit (agriculture clients).'),
} as const;

export const GeneralLedgerAccountResource = defineResource({
  name: 'GeneralLedgerAccount',
  path: '/GeneralLedgerAccount',
  idKind: 'long',
  fields: generalLedgerAccountFields,
  keys: {
    code: {
      scope: ['agricultureDepartment'],
      scopeWhen: { resource: 'Client', field: 'isAgricultureClient' },
      lookup: {
        description:
          'One ledger account by code; null when there is none. On agriculture clients give ' +
          'the department too (code + department is the key there).',
        argument: 'Account number (1000–9999).',
      },
    },
  },
  privilege: 'GeneralLedgerAccount',
  operations: CRUD,
  subLists: {
    vatCodes: {
      path: '/VatCode/chartofaccount/{code}',
      key: 'code',
      item: 'VatCode',
      privilege: 'VatCode',
      graph: {
        field: 'vatCodes',
        description:
          'VAT codes allowed on this account (`GET /VatCode/chartofaccount/{accountCode}`): one ' +
          'upstream call per distinct account code per operation, with at most as many in flight as the facade allows detail reads (default 8).',
      },
    },
  },
  graph: {
    description: 'A general ledger account (PowerOffice `GeneralLedgerAccount`).',
    list: 'General ledger accounts (`GET /GeneralLedgerAccount`).',
  },
});

export type GeneralLedgerAccountDto = EntityOf<typeof GeneralLedgerAccountResource>;
