import { AgricultureDepartment, ProductType } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Products.ProductGroup (reference B8): defaults for the products in the group. */
export const productGroupFields = {
  id: f.long('PowerOffice id of the group; products refer to it by this id.'),
  code: f.string('Unique group code.'),
  name: f.string('Group name.'),
  description: f.string('Longer description.'),
  type: f.enum(ProductType, 'Default product type of the group.', { nullable: false }),
  unit: f.string('Default unit (a unit-of-measure code as text).'),
  costPrice: f.double('Default cost price.'),
  salesPrice: f.double('Default sales price excluding VAT.'),
  salesAccount: f.long('Default sales account (GeneralLedgerAccount.code).', {
    ref: {
      to: 'GeneralLedgerAccount',
      as: 'salesLedgerAccount',
      description: 'The default sales account (by salesAccount).',
      scope: { agricultureDepartment: 'salesAccountAgricultureDepartment' },
      inverse: {
        name: 'productGroups',
        description: 'Product groups with this default sales account, batched across accounts.',
      },
      blocksDelete: true,
    },
  }),
  vatExemptSalesAccount: f.long(
    'Default sales account for VAT-free sales (GeneralLedgerAccount.code).',
    {
      ref: {
        to: 'GeneralLedgerAccount',
        as: 'vatExemptSalesLedgerAccount',
        description: 'The default sales account for VAT-free sales (by vatExemptSalesAccount).',
        scope: { agricultureDepartment: 'vatExemptSalesAccountAgricultureDepartment' },
        blocksDelete: true,
      },
    },
  ),
  salesAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the sales account.',
  ),
  vatExemptSalesAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the VAT-free sales account.',
  ),
  lastChanged: f.datetimeoffset('When the group last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the group.', {
    readOnly: true,
  }),
} as const;

export const ProductGroupResource = defineResource({
  name: 'ProductGroup',
  path: '/ProductGroup',
  idKind: 'long',
  fields: productGroupFields,
  keys: {
    code: {
      lookup: {
        description: 'One product group by code; null when there is none.',
        argument: 'Product group code.',
      },
    },
  },
  privilege: 'ProductGroup',
  operations: CRUD,
  graph: {
    description: 'A product group with defaults for its products (PowerOffice `ProductGroup`).',
    list: 'Product groups (`GET /ProductGroup`).',
  },
});

export type ProductGroupDto = EntityOf<typeof ProductGroupResource>;
