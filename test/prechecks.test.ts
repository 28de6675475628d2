import { beforeEach, describe, expect, it } from 'vitest';
import { call } from './emulator-support.js';
import { gid, useHarness } from './graph-harness.js';

// Rules knowable from the input alone are refused by the facade, typed and by field, before any
// upstream call (the project's standard), for action bodies and nested values as for creates.
// Each rule is declared once on the resource (src/poweroffice/resources) and also holds in the
// emulator, which checks the same declarations.

const h = useHarness({ env: { POWEROFFICE_CACHE_TTL_MS: '0' } });

beforeEach(() => {
  h.emulator.reset();
});

type Result = { __typename: string; fields?: { field: string; message: string }[] };
const fieldsOf = (r: Result | undefined) => (r?.fields ?? []).map((f) => f.field).sort();
const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('refused before any upstream call', () => {
  it('action bodies: list sizes and repeats, organisation numbers and URIs (§8, §9, A2)', async () => {
    const res = await h.gql<{
      merge: Result;
      mergeSame: Result;
      add: Result;
      match: Result;
      matchOne: Result;
      onboard: Result;
    }>(
      /* GraphQL */ `
        mutation ($guid: String!, $upper: String!) {
          merge: mergeDebtCollectionCases(input: { caseNo: "1", caseIds: [$guid] }) {
            __typename ... on ValidationError { fields { field message } }
          }
          mergeSame: mergeDebtCollectionCases(input: { caseNo: "1", caseIds: [$guid, $upper] }) {
            __typename ... on ValidationError { fields { field message } }
          }
          add: addInvoicesToDebtCollectionCase(input: { caseId: "${gid('DebtCollectionCase', GUID)}", invoiceIds: [$guid, $guid] }) {
            __typename ... on ValidationError { fields { field message } }
          }
          match: unmatchCustomerLedgerEntries(input: { entryIds: [], matchDate: "2026-01-01" }) {
            __typename ... on ValidationError { fields { field message } }
          }
          matchOne: matchCustomerLedgerEntries(input: { entryIds: [1], matchDate: "2026-01-01" }) {
            __typename ... on ValidationError { fields { field message } }
          }
          onboard: createClientOnboardingUrl(input: {
            clientOrganizationNo: "12345", callbackUri: "/relative", redirectUri: "ftp://x" }) {
            __typename ... on ValidationError { fields { field message } }
          }
        }
      `,
      { guid: GUID, upper: GUID.toUpperCase() },
    );
    expect(res.errors).toBeUndefined();
    // Each refusal exactly (the selection asks only for field and message).
    const only = (field: string, message: string) => ({ fields: [{ field, message }] });
    expect(res.data).toMatchObject({
      merge: only('input.caseIds', 'Give at least 2.'),
      // A GUID names one row whatever its case: the same case twice.
      mergeSame: only('input.caseIds', 'Each value at most once.'),
      add: only('input.invoiceIds', 'Each value at most once.'),
      match: only('input.entryIds', 'Give at least one.'),
      // A match needs two entries (§12); an unmatch names any entry of each group.
      matchOne: only('input.entryIds', 'Give at least 2.'),
    });
    expect(fieldsOf(res.data?.onboard)).toEqual([
      'input.callbackUri',
      'input.clientOrganizationNo',
      'input.redirectUri',
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('enums that must not be None, and a nested file given without its required parts (§18, §3)', async () => {
    const res = await h.gql<{ activity: Result; voucher: Result }>(/* GraphQL */ `
      mutation {
        activity: createActivity(input: { data: { activityType: NONE, code: "X1", name: "X" } }) {
          __typename ... on ValidationError { fields { field message } }
        }
        voucher: createJournalEntryVoucher(input: { data: {
          voucherType: NONE, currencyCode: "NOK",
          file: { fileName: "bilag.pdf", fileType: NONE } } }) {
          __typename ... on ValidationError { fields { field message } }
        }
      }
    `);
    expect(res.errors).toBeUndefined();
    expect(res.data?.activity.fields).toEqual([
      { field: 'input.data.activityType', message: 'Must not be None.' },
    ]);
    expect(fieldsOf(res.data?.voucher)).toEqual([
      'input.data.file.base64EncodedData',
      'input.data.file.fileType',
      'input.data.voucherType',
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('the emulator refuses the same input from a client that skips the facade', async () => {
    const post = async (path: string, body: unknown) =>
      (await call(h.emulator, h.emulator.issueToken(), 'POST', path, body)).body as {
        success: boolean;
        validation?: { fields?: object };
      };
    const activity = await post('/TimeTracking/Activity', {
      activityType: 0,
      code: 'X2',
      name: 'X',
    });
    expect(activity.success).toBe(false);
    expect(Object.keys(activity.validation?.fields ?? {})).toContain('activityType');
    const voucher = await post('/JournalEntryVoucher', {
      voucherType: 4,
      currencyCode: 'NOK',
      file: { fileName: 'bilag.pdf', fileType: 0 },
      voucherLines: [{ debitAccountCode: 1920, creditAccountCode: 3000, amount: 100 }],
    });
    expect(voucher.success).toBe(false);
    expect(Object.keys(voucher.validation?.fields ?? {}).sort()).toEqual([
      'file.base64EncodedData',
      'file.fileType',
    ]);
    const [open] = h.emulator.rows('DebtCollectionCase');
    const merged = await post('/DebtCollection/MergeCases', {
      caseNo: 'S-9',
      caseIds: [String(open?.id).toLowerCase(), String(open?.id).toUpperCase()],
    });
    expect(merged.success).toBe(false);
    expect(merged.validation?.fields).toEqual({ caseIds: 'Each value at most once.' });
  });
});
