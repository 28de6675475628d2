import { f } from './fields.js';
import { defineResource, READ_ONLY } from './resource.js';

/** GoApi.Invoices.BrandingTheme (reference B13): read-only invoice layouts. */
export const BrandingThemeResource = defineResource({
  name: 'BrandingTheme',
  path: '/BrandingTheme',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the theme.', { readOnly: true }),
    code: f.string('Theme code; customers, invoices and projects refer to it.'),
    name: f.string('Theme name.'),
    countryCode: f.string('Country of the layout (ISO 3166 alpha-2).'),
    languageCode: f.string('Language of the layout.'),
  },
  keys: {
    code: {
      lookup: {
        description: 'One branding theme by code; null when there is none.',
        argument: 'Theme code.',
      },
    },
  },
  privilege: 'BrandingTheme',
  operations: READ_ONLY,
  graph: {
    description: 'An invoice layout (PowerOffice `BrandingTheme`, read-only).',
    list: 'Branding themes (`GET /BrandingTheme`).',
  },
  examples: [
    { code: 'STANDARD', name: 'Standard', countryCode: 'NO', languageCode: 'nb' },
    { code: 'ENGELSK', name: 'Engelsk faktura', countryCode: 'GB', languageCode: 'en' },
  ],
});
