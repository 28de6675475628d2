import { supplierFields } from '../../poweroffice/resources/supplier.js';
import { overrideType } from '../resource-type.js';
import { partyIdentityOverrides } from './address.js';

/** What a Supplier declaration cannot say: address objects and wording of party fields. */
overrideType('Supplier', {
  fields: (t) =>
    partyIdentityOverrides(
      t,
      supplierFields,
      'Titles of the contact groups the supplier belongs to (`contactGroups` on the wire).',
    ),
});
