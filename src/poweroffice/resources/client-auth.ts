import { absoluteHttpUri, organisationNumber } from './checks.js';
import { f } from './fields.js';
import { defineResource, type RowType } from './resource.js';

/** The onboarding link PowerOffice answers (reference A2: `{data: {temporaryUrl, validUntil}}`). */
const TemporaryUrl: RowType = {
  type: 'ClientOnboardingUrl',
  fields: {
    temporaryUrl: f.string("Where the client company's administrator approves the integration."),
    validUntil: f.datetimeoffset('When the link stops working.'),
  },
  description: 'A temporary onboarding link for a client company (PowerOffice ClientAuth).',
};

/**
 * ClientAuth (reference A2, onboarding): `POST /ClientAuth/CreateTemporaryUrl` gives a link the
 * client company's administrator opens to grant this integration access; PowerOffice then
 * POSTs the client key to `callbackUri`. The application key is the facade's own.
 */
export const ClientAuthResource = defineResource({
  name: 'ClientAuth',
  path: '/ClientAuth',
  idKind: 'guid',
  fields: {},
  privilege: 'ClientAuth',
  operations: { list: false, get: false, save: false, delete: false },
  actions: {
    createTemporaryUrl: {
      path: '/ClientAuth/CreateTemporaryUrl',
      body: {
        applicationKey: f.guid("The integration's application key.", { nullable: false }),
        clientOrganizationNo: f.string('Organisation number of the client company.', {
          nullable: false,
          check: organisationNumber,
        }),
        callbackUri: f.string('Where PowerOffice POSTs the outcome (and the client key).', {
          nullable: false,
          check: absoluteHttpUri,
        }),
        redirectUri: f.string("Where the administrator's browser goes afterwards.", {
          nullable: false,
          check: absoluteHttpUri,
        }),
      },
      result: TemporaryUrl,
      credentialFields: ['applicationKey'],
      anonymous: true,
      description: 'Asks for an onboarding link for a client company (reference A2).',
      graph: {
        mutation: 'createClientOnboardingUrl',
        description:
          'Creates a temporary onboarding link (`POST /ClientAuth/CreateTemporaryUrl`) for the ' +
          "client company with this organisation number, using the facade's application key. " +
          'Every failure is a typed result; a lost answer is reported as an unknown outcome ' +
          '(ask again: a new link does no harm).',
      },
    },
  },
});
