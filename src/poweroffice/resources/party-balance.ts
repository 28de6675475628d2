import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

/**
 * Reporting/CustomerBalance and Reporting/SupplierBalance (accounting.md §13): each active
 * party's balance at a date. Every parameter is optional: `toDate` defaults to now, and
 * `includeOnlyOpenItems` null or true counts open items only.
 */
function balanceResource(kind: 'Customer' | 'Supplier') {
  const lower = kind.toLowerCase();
  return defineResource({
    name: `${kind}Balance`,
    path: `/Reporting/${kind}Balance`,
    idKind: 'long',
    nodeKey: `${lower}Code`,
    params: {
      toDate: f.datetime('Balance at the end of this date; default today.'),
      contactGroup: f.string(`Only ${lower}s of this contact group (its title).`),
      subledgerNumberSeriesId: f.guid('Only parties of this sub-ledger number series.'),
      includeOnlyOpenItems: f.bool('Only open items count (default true).'),
    },
    fields: {
      [`${lower}Id`]: f.long(`Id of the ${lower}.`, { nullable: false, readOnly: true }),
      [`${lower}Name`]: f.string(`Name of the ${lower}.`, { readOnly: true }),
      [`${lower}Code`]: f.long(`Code of the ${lower}.`, {
        nullable: false,
        readOnly: true,
        ref: {
          to: kind,
          as: lower,
          description: `The ${lower}.`,
          inverse: {
            name: 'balance',
            description: `The ${lower}'s balance at a date (Reporting/${kind}Balance).`,
            params: true,
            single: true,
          },
        },
      }),
      [`${lower}ExternalCode`]: f.long(`External code of the ${lower}.`, { readOnly: true }),
      balance: f.double('Balance in the client currency.', { nullable: false, readOnly: true }),
    },
    privilege: `Reporting_${kind}Balance`,
    operations: LIST_ONLY,
    graph: {
      description: `A ${lower}'s balance at a date (a row of Reporting/${kind}Balance).`,
      list: `Every active ${lower}'s balance at a date (\`GET /Reporting/${kind}Balance\`).`,
      plural: `${lower}Balances`,
      node: false,
    },
  });
}

export const CustomerBalanceResource = balanceResource('Customer');
export const SupplierBalanceResource = balanceResource('Supplier');
