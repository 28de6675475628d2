import { AgricultureDepartment, ProductType, UnitOfMeasureCode } from './enums.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Products.Product (reference B7). */
export const productFields = {
  id: f.long('PowerOffice id of the product. Send it to update.'),
  code: f.string('Unique product code, chosen by the user; invoice lines refer to it.'),
  name: f.string('Product name.'),
  description: f.string('Longer description.'),
  productGroupId: f.long('Product group (ProductGroup.id, not its code).', {
    ref: {
      to: 'ProductGroup',
      key: 'id',
      as: 'group',
      description: 'The product group (by productGroupId).',
      inverse: {
        name: 'products',
        description: 'Products of this group, batched across groups (`ProductGroupId in (…)`).',
      },
      blocksDelete: true,
    },
  }),
  type: f.enum(ProductType, 'Physical product or service.', { nullable: false }),
  unitOfMeasureCode: f.enum(
    UnitOfMeasureCode,
    'Unit of measure; null when the legacy unit did not map.',
  ),
  unit: f.string('Deprecated free-text unit.'),
  costPrice: f.double('Cost price.'),
  salesPrice: f.double('Sales price excluding VAT.'),
  salesAccount: f.long('Sales account (GeneralLedgerAccount.code).', {
    ref: {
      to: 'GeneralLedgerAccount',
      as: 'salesLedgerAccount',
      description: 'The sales account (by salesAccount).',
      scope: { agricultureDepartment: 'salesAccountAgricultureDepartment' },
      inverse: {
        name: 'products',
        description: 'Products with this sales account, batched across accounts.',
      },
      blocksDelete: true,
    },
  }),
  vatExemptSalesAccount: f.long('Sales account for VAT-free sales (GeneralLedgerAccount.code).', {
    ref: {
      to: 'GeneralLedgerAccount',
      as: 'vatExemptSalesLedgerAccount',
      description: 'The sales account for VAT-free sales (by vatExemptSalesAccount).',
      scope: { agricultureDepartment: 'vatExampleSalesAccountAgricultureDepartment' },
      blocksDelete: true,
    },
  }),
  salesAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the sales account.',
  ),
  // The misspelling "vatExample" is PowerOffice's own JSON key.
  vatExampleSalesAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the VAT-free sales account.',
  ),
  vatCode: f.string("VAT code (VatCode.code); falls back to the product group's.", {
    readOnly: true,
    ref: {
      to: 'VatCode',
      description: 'The VAT code (by vatCode).',
      inverse: {
        name: 'products',
        description: 'Products with this VAT code (vatCode), batched across VAT codes.',
      },
    },
  }),
  gtin: f.string('Global trade item number (barcode).'),
  productsOnHand: f.double('Units in stock; may be set.'),
  availableStock: f.double('Units in stock minus those on order lines not yet invoiced.', {
    readOnly: true,
  }),
  productsOnHandLastChanged: f.datetimeoffset('When the stock figure last changed.', {
    readOnly: true,
  }),
  isActive: f.bool('Whether the product can be used.', { default: true }),
  lastChanged: f.datetimeoffset('When the product last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the product.', {
    readOnly: true,
  }),
} as const;

export const ProductResource = defineResource({
  name: 'Product',
  path: '/Product',
  idKind: 'long',
  fields: productFields,
  maxRows: 50_000,
  keys: {
    code: {
      lookup: {
        description: 'One product by code; null when there is none.',
        argument: 'Product code.',
      },
    },
  },
  privilege: 'Product',
  operations: CRUD,
  graph: {
    description: 'A product or service that can be sold (PowerOffice `Product`).',
    list: 'Products (`GET /Product`).',
  },
});

export type ProductDto = EntityOf<typeof ProductResource>;
