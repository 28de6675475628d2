import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

/** GoApi.Currency.Currency (reference B19): a read-only list with no id and no get route. */
export const CurrencyResource = defineResource({
  name: 'Currency',
  path: '/Currency',
  idKind: 'long',
  nodeKey: 'code',
  fields: {
    code: f.string('ISO 4217 code, e.g. NOK; parties and invoices refer to it.', {
      readOnly: true,
    }),
    notation: f.string('English name.', { readOnly: true }),
    isActive: f.bool('Whether the client uses the currency.', { nullable: false, readOnly: true }),
  },
  keys: {
    code: {
      lookup: {
        description: 'One currency by ISO code; null when there is none.',
        argument: 'ISO code.',
      },
    },
  },
  privilege: 'Currency',
  operations: LIST_ONLY,
  graph: {
    description: 'A currency (PowerOffice `Currency`, read-only).',
    list: 'Currencies (`GET /Currency`).',
    plural: 'currencies',
  },
  examples: [
    { code: 'NOK', notation: 'Norwegian krone', isActive: true },
    { code: 'SEK', notation: 'Swedish krona', isActive: true },
    { code: 'DKK', notation: 'Danish krone', isActive: true },
    { code: 'EUR', notation: 'Euro', isActive: true },
    { code: 'USD', notation: 'US dollar', isActive: false },
  ],
});
