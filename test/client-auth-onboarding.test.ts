import { describe, expect, it } from 'vitest';
import { useHarness } from './graph-harness.js';

// ClientAuth CreateTemporaryUrl (reference A2, onboarding) as a mutation with a typed result, and
// the client company's contacts (B18 `GET /Client/GetContacts`).

type Row = Record<string, unknown>;
const h = useHarness({ emulator: { scale: 'tiny', seed: 3 } });

const CREATE = /* GraphQL */ `
  mutation ($input: CreateClientOnboardingUrlInput!) {
    r: createClientOnboardingUrl(input: $input) {
      __typename
      ... on CreateClientOnboardingUrlPayload { clientOnboardingUrl { temporaryUrl validUntil } }
      ... on ValidationError { fields { field message } }
    }
  }
`;
type Result = { r: { __typename: string; clientOnboardingUrl?: Row; fields?: Row[] } };

describe('createClientOnboardingUrl', () => {
  it('answers a link, sending the facade’s application key (never an input)', async () => {
    h.emulator.reset();
    const res = await h.gql<Result>(CREATE, {
      input: {
        clientOrganizationNo: '999888777',
        callbackUri: 'https://integrasjon.example/poweroffice/callback',
        redirectUri: 'https://integrasjon.example/ferdig',
      },
    });
    expect(res.data?.r.__typename, JSON.stringify(res)).toBe('CreateClientOnboardingUrlPayload');
    const link = res.data?.r.clientOnboardingUrl as Row;
    expect(String(link.temporaryUrl)).toMatch(/^https:\/\//);
    expect(Date.parse(String(link.validUntil))).toBeGreaterThan(Date.now());
    const calls = h.upstream();
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /ClientAuth/CreateTemporaryUrl',
    ]);
    expect(calls[0]).toMatchObject({ resource: 'ClientAuth', kind: 'action', status: 200 });
  });

  it('the input has no applicationKey; bad fields come back typed, per field', async () => {
    const bad = await h.gql<Result>(CREATE, {
      input: { applicationKey: 'x', clientOrganizationNo: '1', callbackUri: 'a', redirectUri: 'b' },
    });
    expect(bad.errors?.[0]?.message).toMatch(/applicationKey/);
    h.emulator.reset();
    const res = await h.gql<Result>(CREATE, {
      input: {
        clientOrganizationNo: '12',
        callbackUri: 'ikke en url',
        redirectUri: 'https://ok.example',
      },
    });
    expect(res.data?.r.__typename).toBe('ValidationError');
    expect((res.data?.r.fields ?? []).map((f) => f.field).sort()).toEqual([
      'input.callbackUri',
      'input.clientOrganizationNo',
    ]);
    // Knowable from the input alone: refused by the facade, nothing went upstream (reference A2).
    expect(h.upstream()).toHaveLength(0);
  });
});

describe('client contacts', () => {
  it('lists the contacts of the client company as stored, in one call', async () => {
    h.emulator.reset();
    const res = await h.gql<{ clientContacts: { totalCount: number; nodes: Row[] } }>(
      '{ clientContacts(first: 10) { totalCount nodes { databaseId firstName lastName role email } } }',
    );
    expect(res.errors).toBeUndefined();
    const stored = h.emulator.rows('ClientContact') as Row[];
    expect(res.data?.clientContacts.totalCount).toBe(stored.length);
    expect(res.data?.clientContacts.nodes.map((n) => [n.databaseId, n.lastName, n.role])).toEqual(
      stored.map((r) => [
        r.id,
        r.lastName,
        ['NONE', 'OTHER', 'GENERAL_MANAGER', 'CHAIRMAN_OF_THE_BOARD', 'BOARD_MEMBER'][
          r.role as number
        ],
      ]),
    );
    expect(h.upstream().map((r) => r.path)).toEqual(['/Client/GetContacts']);
  });
});
