import { AgricultureDepartment } from './enums.js';
import { f } from './fields.js';
import { companyPartyFields } from './party.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Party.Supplier (reference B2): the Customer routes under `/Supplier`. */
export const supplierFields = {
  ...companyPartyFields('supplier', 'Street addresses.'),
  standardGeneralLedgerAccountCode: f.long(
    'Default account of incoming invoices (GeneralLedgerAccount.code).',
    {
      ref: {
        to: 'GeneralLedgerAccount',
        as: 'standardGeneralLedgerAccount',
        description: 'The default account of incoming invoices.',
        scope: { agricultureDepartment: 'standardGeneralLedgerAccountAgricultureDepartment' },
        inverse: {
          name: 'suppliers',
          description: 'Suppliers with this default account of incoming invoices.',
        },
        blocksDelete: true,
      },
    },
  ),
  standardGeneralLedgerAccountAgricultureDepartment: f.enum(
    AgricultureDepartment,
    'Agriculture department of the default account.',
  ),
  supplierCreatedDate: f.datetimeoffset('When the party became a supplier.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

export const SupplierResource = defineResource({
  name: 'Supplier',
  path: '/Supplier',
  idKind: 'long',
  fields: supplierFields,
  maxRows: 50_000,
  keys: {
    code: {
      // Supplier numbers start at 20001 (DECISIONS.md: sub-ledger number series).
      assignedFrom: 20_001,
      lookup: {
        description: 'One supplier by supplier number; null when there is none.',
        argument: 'Supplier number.',
      },
    },
  },
  privilege: 'Supplier',
  operations: CRUD,
  graph: {
    description: 'A supplier party (PowerOffice `Supplier`).',
    list: 'Suppliers, filtered and sorted upstream (`GET /Supplier`).',
  },
});

export type SupplierDto = EntityOf<typeof SupplierResource>;
