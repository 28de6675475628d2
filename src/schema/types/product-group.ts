import { ProductResource } from '../../poweroffice/resources/product.js';
import {
  type ProductGroupDto,
  ProductGroupResource,
  productGroupFields,
} from '../../poweroffice/resources/product-group.js';
import { builder } from '../builder.js';
import { listInputs, relationConnection, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { Product, productInputs } from './product.js';

export type ProductGroupModel = ProductGroupDto;

const F = productGroupFields;

export const ProductGroup = builder.objectRef<ProductGroupModel>('ProductGroup');
export const productGroupInputs = listInputs('ProductGroup', F);

builder.node(ProductGroup, {
  description: 'A product group with defaults for its products (PowerOffice `ProductGroup`).',
  id: { resolve: (g) => String(g.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.productGroupById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    description: wire(t, F, 'description'),
    type: wire(t, F, 'type'),
    unit: wire(t, F, 'unit'),
    costPrice: wire(t, F, 'costPrice'),
    salesPrice: wire(t, F, 'salesPrice'),
    salesAccount: wire(t, F, 'salesAccount'),
    vatExemptSalesAccount: wire(t, F, 'vatExemptSalesAccount'),
    salesAccountAgricultureDepartment: wire(t, F, 'salesAccountAgricultureDepartment'),
    vatExemptSalesAccountAgricultureDepartment: wire(
      t,
      F,
      'vatExemptSalesAccountAgricultureDepartment',
    ),
    lastChanged: wire(t, F, 'lastChanged'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
    products: relationConnection(t, {
      type: Product,
      inputs: productInputs,
      map: ProductResource.fields,
      name: 'ProductGroupProductsConnection',
      description: 'Products of this group, batched across groups (`ProductGroupId in (…)`).',
      load: (g, query, ctx) =>
        g.id == null
          ? Promise.resolve([])
          : ctx.loaders.related(ProductResource, 'productGroupId', query).load(g.id),
    }),
  }),
});

builder.queryFields((t) => ({
  productGroups: rootConnection(t, {
    type: ProductGroup,
    resource: ProductGroupResource,
    map: F,
    inputs: productGroupInputs,
    name: 'ProductGroupConnection',
    description: 'Product groups (`GET /ProductGroup`).',
  }),
  productGroup: t.field({
    type: ProductGroup,
    description: 'One product group by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Product group code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.byKey(ProductGroupResource, 'code').load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'ProductGroup',
    ref: ProductGroup,
    resource: ProductGroupResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(ProductGroupResource, saved),
  }),
);
