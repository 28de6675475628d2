import {
  type VatCodeDto,
  VatCodeResource,
  vatCodeFields,
} from '../../poweroffice/resources/vat-code.js';
import { builder } from '../builder.js';
import { listInputs, rootConnection } from '../lists.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';

export type VatCodeModel = VatCodeDto;

const F = vatCodeFields;

export const VatCode = builder.objectRef<VatCodeModel>('VatCode');
export const vatCodeInputs = listInputs('VatCode', F);

builder.node(VatCode, {
  description: 'A VAT code (PowerOffice `VatCode`, read-only).',
  id: { resolve: (v) => String(v.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.vatCodeById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Int'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    description: wire(t, F, 'description'),
    rate: wire(t, F, 'rate'),
    isActive: wire(t, F, 'isActive'),
    validFrom: wire(t, F, 'validFrom'),
    validto: wire(t, F, 'validto'),
    isCustom: wire(t, F, 'isCustom'),
    isVatCompensationCode: wire(t, F, 'isVatCompensationCode'),
    vatBasisRatio: wire(t, F, 'vatBasisRatio'),
  }),
});

builder.queryFields((t) => ({
  vatCodes: rootConnection(t, {
    type: VatCode,
    resource: VatCodeResource,
    map: F,
    inputs: vatCodeInputs,
    name: 'VatCodeConnection',
    description: 'VAT codes (`GET /VatCode`).',
  }),
  vatCode: t.field({
    type: VatCode,
    description: 'One VAT code by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'VAT code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.vatCodeByCode.load(args.code),
  }),
}));
