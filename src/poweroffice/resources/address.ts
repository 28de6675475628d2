import { f } from './fields.js';

/** GoApi.Common.Address (reference B-Address), shared by parties and the client. */
export const addressFields = {
  id: f.long('Address id; send it to update an existing address.', { readOnly: true }),
  address1: f.string('First address line.'),
  address2: f.string('Second address line.'),
  address3: f.string('Third address line (deprecated).'),
  zipCode: f.string('Postcode.'),
  city: f.string('City.'),
  countryCode: f.string('ISO 3166 alpha-2 country code.'),
  isPrimary: f.bool('Primary delivery address, suggested on new invoices.', { nullable: false }),
  externalCode: f.string('External reference of the address.'),
  lastChanged: f.datetimeoffset('When the address last changed.', {
    nullable: false,
    readOnly: true,
  }),
} as const;

export const addressField = (description: string) =>
  f.object('Address', addressFields, description);
