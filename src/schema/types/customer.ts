import { customerFields } from '../../poweroffice/resources/customer.js';
import { overrideType } from '../resource-type.js';
import { partyIdentityOverrides } from './address.js';

/** What a Customer declaration cannot say: address objects and wording of party fields. */
overrideType('Customer', {
  fields: (t) =>
    partyIdentityOverrides(
      t,
      customerFields,
      'Titles of the contact groups the customer belongs to (`contactGroups` on the wire).',
    ),
});
