/**
 * GraphQL Mesh compose config for the benchmark's peer gateway. It reads the emulator's own
 * OpenAPI description (GET /__emulator/openapi.json) and adds the relations the facade offers
 * (customer → invoices → lines → product → group) with Mesh's declarative `@resolveTo`.
 * Each relation is one REST call per parent: the emulator's routes take OData `$filter` strings,
 * not key arrays, so Mesh's `keysArg` batching has nothing to bind to.
 *
 * The bearer token is not written into the supergraph: the gateway interpolates it from its
 * environment (BENCH_UPSTREAM_TOKEN) at request time.
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const source = 'PowerOffice';
const via = (field: string, selection: string, args: string, result: string) =>
  `@resolveTo(sourceName: "${source}", sourceTypeName: "Query", sourceFieldName: "${field}", requiredSelectionSet: "${selection}", sourceArgs: ${args}, result: "${result}")`;

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph(source, {
        source: process.env.BENCH_OPENAPI_SOURCE ?? '../.out/openapi.json',
        endpoint: process.env.BENCH_UPSTREAM_URL ?? 'http://127.0.0.1:9999',
        operationHeaders: { Authorization: 'Bearer {env.BENCH_UPSTREAM_TOKEN}' },
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type Customer {
      invoices(first: Int = 10): [OutgoingInvoiceListItem]
        ${via(
          'OutgoingInvoice_list',
          '{ code }',
          '{ _DOLLAR_filter: "CustomerCode eq {root.code}", _DOLLAR_orderby: "OrderDate desc, Id asc", _DOLLAR_top: "{args.first}" }',
          'data',
        )}
    }
    extend type OutgoingInvoiceListItem {
      lines: [OutgoingInvoiceLine]
        ${via('OutgoingInvoice_get', '{ id }', '{ id: "{root.id}" }', 'data.outgoingInvoiceLines')}
    }
    extend type OutgoingInvoiceLine {
      product: Product
        ${via(
          'Product_list',
          '{ productCode }',
          `{ _DOLLAR_filter: "Code eq '{root.productCode}'" }`,
          'data[0]',
        )}
    }
    extend type Product {
      group: ProductGroup
        ${via('ProductGroup_get', '{ productGroupId }', '{ id: "{root.productGroupId}" }', 'data')}
    }
  `,
});
