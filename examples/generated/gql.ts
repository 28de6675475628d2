/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CreateCustomer($data: CustomerFields!) {\n  createCustomer(input: {data: $data}) {\n    __typename\n    ... on CreateCustomerPayload {\n      customer {\n        id\n        code\n        name\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        message\n      }\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on NotFoundError {\n      message\n    }\n  }\n}": typeof types.CreateCustomerDocument,
    "query CustomerInvoices($code: Long!, $first: Int = 5) {\n  customer(code: $code) {\n    id\n    code\n    name\n    invoices(first: $first, orderBy: [{field: INVOICE_NO, direction: DESC}]) {\n      totalCount\n      nodes {\n        id\n        invoiceNo\n        status\n        invoiceDeliveryDate\n        totalAmount\n        lines {\n          description\n          quantity\n          netAmount\n          product {\n            code\n            name\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CustomerInvoicesDocument,
    "query ProductSearch($search: String!, $first: Int = 10, $after: String) {\n  products(\n    first: $first\n    after: $after\n    where: {name: {contains: $search, caseInsensitive: true}}\n    orderBy: [{field: NAME, direction: ASC}]\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      salesPrice\n      unit\n      group {\n        name\n      }\n    }\n  }\n}": typeof types.ProductSearchDocument,
};
const documents: Documents = {
    "mutation CreateCustomer($data: CustomerFields!) {\n  createCustomer(input: {data: $data}) {\n    __typename\n    ... on CreateCustomerPayload {\n      customer {\n        id\n        code\n        name\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        message\n      }\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on NotFoundError {\n      message\n    }\n  }\n}": types.CreateCustomerDocument,
    "query CustomerInvoices($code: Long!, $first: Int = 5) {\n  customer(code: $code) {\n    id\n    code\n    name\n    invoices(first: $first, orderBy: [{field: INVOICE_NO, direction: DESC}]) {\n      totalCount\n      nodes {\n        id\n        invoiceNo\n        status\n        invoiceDeliveryDate\n        totalAmount\n        lines {\n          description\n          quantity\n          netAmount\n          product {\n            code\n            name\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.CustomerInvoicesDocument,
    "query ProductSearch($search: String!, $first: Int = 10, $after: String) {\n  products(\n    first: $first\n    after: $after\n    where: {name: {contains: $search, caseInsensitive: true}}\n    orderBy: [{field: NAME, direction: ASC}]\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      salesPrice\n      unit\n      group {\n        name\n      }\n    }\n  }\n}": types.ProductSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCustomer($data: CustomerFields!) {\n  createCustomer(input: {data: $data}) {\n    __typename\n    ... on CreateCustomerPayload {\n      customer {\n        id\n        code\n        name\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        message\n      }\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on NotFoundError {\n      message\n    }\n  }\n}"): (typeof documents)["mutation CreateCustomer($data: CustomerFields!) {\n  createCustomer(input: {data: $data}) {\n    __typename\n    ... on CreateCustomerPayload {\n      customer {\n        id\n        code\n        name\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        message\n      }\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on NotFoundError {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerInvoices($code: Long!, $first: Int = 5) {\n  customer(code: $code) {\n    id\n    code\n    name\n    invoices(first: $first, orderBy: [{field: INVOICE_NO, direction: DESC}]) {\n      totalCount\n      nodes {\n        id\n        invoiceNo\n        status\n        invoiceDeliveryDate\n        totalAmount\n        lines {\n          description\n          quantity\n          netAmount\n          product {\n            code\n            name\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerInvoices($code: Long!, $first: Int = 5) {\n  customer(code: $code) {\n    id\n    code\n    name\n    invoices(first: $first, orderBy: [{field: INVOICE_NO, direction: DESC}]) {\n      totalCount\n      nodes {\n        id\n        invoiceNo\n        status\n        invoiceDeliveryDate\n        totalAmount\n        lines {\n          description\n          quantity\n          netAmount\n          product {\n            code\n            name\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductSearch($search: String!, $first: Int = 10, $after: String) {\n  products(\n    first: $first\n    after: $after\n    where: {name: {contains: $search, caseInsensitive: true}}\n    orderBy: [{field: NAME, direction: ASC}]\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      salesPrice\n      unit\n      group {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query ProductSearch($search: String!, $first: Int = 10, $after: String) {\n  products(\n    first: $first\n    after: $after\n    where: {name: {contains: $search, caseInsensitive: true}}\n    orderBy: [{field: NAME, direction: ASC}]\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      salesPrice\n      unit\n      group {\n        name\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;