import {
  type ProductDto,
  ProductResource,
  productFields,
} from '../../poweroffice/resources/product.js';
import { builder } from '../builder.js';
import { listInputs, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { ProductGroup } from './product-group.js';
import { VatCode } from './vat-code.js';

export type ProductModel = ProductDto;

const F = productFields;

export const Product = builder.objectRef<ProductModel>('Product');
export const productInputs = listInputs('Product', F);

builder.node(Product, {
  description: 'A product or service that can be sold (PowerOffice `Product`).',
  id: { resolve: (p) => String(p.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.productById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    description: wire(t, F, 'description'),
    productGroupId: wire(t, F, 'productGroupId'),
    group: t.field({
      type: ProductGroup,
      description: 'The product group (by productGroupId).',
      resolve: (p, _args, ctx) =>
        p.productGroupId == null ? null : ctx.loaders.productGroupById.load(p.productGroupId),
    }),
    type: wire(t, F, 'type'),
    unitOfMeasureCode: wire(t, F, 'unitOfMeasureCode'),
    unit: wire(t, F, 'unit'),
    costPrice: wire(t, F, 'costPrice'),
    salesPrice: wire(t, F, 'salesPrice'),
    salesAccount: wire(t, F, 'salesAccount'),
    vatExemptSalesAccount: wire(t, F, 'vatExemptSalesAccount'),
    salesAccountAgricultureDepartment: wire(t, F, 'salesAccountAgricultureDepartment'),
    vatExampleSalesAccountAgricultureDepartment: wire(
      t,
      F,
      'vatExampleSalesAccountAgricultureDepartment',
    ),
    vatCode: wire(t, F, 'vatCode'),
    vat: t.field({
      type: VatCode,
      description: 'The VAT code (by vatCode).',
      resolve: (p, _args, ctx) => (p.vatCode ? ctx.loaders.vatCodeByCode.load(p.vatCode) : null),
    }),
    gtin: wire(t, F, 'gtin'),
    productsOnHand: wire(t, F, 'productsOnHand'),
    availableStock: wire(t, F, 'availableStock'),
    productsOnHandLastChanged: wire(t, F, 'productsOnHandLastChanged'),
    isActive: wire(t, F, 'isActive'),
    lastChanged: wire(t, F, 'lastChanged'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
  }),
});

builder.queryFields((t) => ({
  products: rootConnection(t, {
    type: Product,
    resource: ProductResource,
    map: F,
    inputs: productInputs,
    name: 'ProductConnection',
    description: 'Products (`GET /Product`).',
  }),
  product: t.field({
    type: Product,
    description: 'One product by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Product code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.productByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Product',
    ref: Product,
    resource: ProductResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(ProductResource, saved),
  }),
);
