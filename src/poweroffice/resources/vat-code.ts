import { f } from './fields.js';
import { defineResource, type EntityOf, READ_ONLY } from './resource.js';

/** GoApi.Dimension.VatCode (reference B14). Read-only, int32 ids, no lastChanged. */
export const vatCodeFields = {
  id: f.int('PowerOffice id of the VAT code (32-bit).', { readOnly: true }),
  code: f.string('VAT code as used on products and invoice lines.'),
  name: f.string('Short name.'),
  description: f.string('Longer description.'),
  rate: f.double('VAT rate in percent (0..100).'),
  isActive: f.bool('Whether the code can be used.'),
  validFrom: f.datetime('First date the code is valid.', { nullable: false, readOnly: true }),
  // PowerOffice spells this key with a lower-case "t"; the OData name follows suit.
  validto: f.datetime('Last date the code is valid, if it expires.', {
    readOnly: true,
    odataName: 'Validto',
  }),
  isCustom: f.bool('Whether the client defined this code itself.', { nullable: false }),
  isVatCompensationCode: f.bool('Whether the code is used for VAT compensation.', {
    nullable: false,
  }),
  vatBasisRatio: f.double('Share of the amount the VAT is computed on (0..1).', {
    nullable: false,
  }),
} as const;

export const VatCodeResource = defineResource({
  name: 'VatCode',
  path: '/VatCode',
  idKind: 'int',
  fields: vatCodeFields,
  keys: {
    code: {
      lookup: {
        description: 'One VAT code by code; null when there is none.',
        argument: 'VAT code.',
      },
    },
  },
  privilege: 'VatCode',
  operations: READ_ONLY,
  graph: {
    description: 'A VAT code (PowerOffice `VatCode`, read-only).',
    list: 'VAT codes (`GET /VatCode`).',
  },
});

export type VatCodeDto = EntityOf<typeof VatCodeResource>;
