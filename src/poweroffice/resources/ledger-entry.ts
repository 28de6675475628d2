import { distinctItems } from './checks.js';
import { VoucherType } from './enums.js';
import { type FieldMap, type FieldSpec, f } from './fields.js';
import { defineResource, LIST_ONLY, type RowType } from './resource.js';

/**
 * Reporting/CustomerLedger and Reporting/SupplierLedger (accounting.md §12): sub-ledger entries,
 * at most 20 000 rows a request. One path serves two reports, chosen by the parameters given:
 * `toDate` alone gives the open items at that date, `fromDate` and `toDate` the statement
 * between them. `/{matchId}` lists a match group. `MatchEntries`/`UnmatchEntries` answer
 * `Success`; the mutations return the request as applied. The obsolete `customer`/`supplier`
 * objects are left out (§22.4).
 */
function ledgerResource(kind: 'Customer' | 'Supplier') {
  const lower = kind.toLowerCase();
  const path = `/Reporting/${kind}Ledger`;
  const partyField = {
    [`${lower}Code`]: f.long(`Code of the ${lower}; the report's filter key.`, {
      readOnly: true,
      ref: {
        to: kind,
        as: lower,
        description: `The ${lower} (by ${lower}Code).`,
        inverse: {
          name: 'ledger',
          description:
            `Ledger entries of this ${lower} (Reporting/${kind}Ledger): with toDate alone the ` +
            'items open at that date, with fromDate too every entry posted between the dates.',
          params: true,
        },
      },
    }),
  } as FieldMap;
  const own: FieldMap =
    kind === 'Customer'
      ? {
          importedOrderNo: f.long('Order number in the system the invoice came from.'),
          hasVoucherDocumentation: f.bool('Documents are attached.', {
            nullable: false,
            readOnly: true,
          }),
          isWriteOff: f.bool('A write-off.', { nullable: false, readOnly: true }),
          paidFromBankAccount: f.string('Bank account an OCR payment came from.', {
            readOnly: true,
          }),
        }
      : {
          isCreatedFromEhf: f.bool('Created from an EHF document.', { nullable: false }),
          isWriteOff: f.bool('A write-off.', { nullable: false }),
        };
  const match: RowType = {
    type: `${kind}LedgerMatch`,
    description: `A match of ${lower} ledger entries as applied.`,
    fields: {
      matchDate: f.datetime('Date of the match.', { nullable: false }),
      entryIds: f.list(f.long('Entry id.'), 'Ids of the entries.', {
        nullable: false,
        check: distinctItems(1),
      }),
    },
  };
  return defineResource({
    name: `${kind}LedgerEntry`,
    path,
    idKind: 'long',
    params: {
      fromDate: f.datetime(
        'First posting date of a statement; leave it out for the items open at toDate.',
      ),
      toDate: f.datetime('Last posting date of a statement, or the date of the open items.', {
        nullable: false,
      }),
    },
    variants: {
      byMatch: {
        path: `${path}/{matchId}`,
        params: { matchId: f.long('The match group.', { nullable: false }) },
        graph: {
          list: `${lower}LedgerMatch`,
          description: `Every ${lower} ledger entry of one match group (\`GET ${path}/{matchId}\`).`,
        },
      },
    },
    // §12 `GET …Ledger/{matchId}`: the entries matched with this one. The match id is in the
    // path, so one upstream call per distinct match group (none for an unmatched entry).
    subLists: {
      matchedEntries: {
        path: `${path}/{matchId}`,
        key: 'matchId',
        item: `${kind}LedgerEntry`,
        graph: {
          field: 'matchedEntries',
          description:
            `The entries of this entry's match group, itself included (\`GET ${path}/{matchId}\`): ` +
            'empty while unmatched; one upstream call per distinct match group per operation.',
        },
      },
    },
    fields: {
      id: f.long('Id of the entry (AccountTransaction.subLedgerEntryId).', { nullable: false }),
      postingDate: f.datetime('Posting date.', { nullable: false }),
      dueDate: f.datetime('Due date.'),
      voucherNo: f.long('Voucher number.'),
      currencyCode: f.string('Currency.'),
      currencyAmount: f.double('Amount in the currency.'),
      amount: f.double('Amount in the client currency.', { nullable: false }),
      balance: f.double('Remaining amount in the client currency.', { nullable: false }),
      voucherId:
        kind === 'Customer'
          ? f.guid("Id of the voucher (an invoice's own id, §14).", {
              nullable: false,
              ref: {
                to: 'OutgoingInvoice',
                key: 'id',
                // Other vouchers (payments) have ids of their own: no forward field.
                as: null,
                mustExist: false,
                description: 'The invoice or credit note the entry was posted from.',
                inverse: {
                  name: 'ledgerEntries',
                  description:
                    "The invoice's customer ledger entries (Reporting/CustomerLedger): with " +
                    'toDate alone the open one, with fromDate too those posted in the range.',
                  params: true,
                },
              },
            })
          : f.guid('Id of the voucher.', { nullable: false }),
      voucherDate: f.datetime('Voucher date.', { nullable: false }),
      voucherType: f.enum(VoucherType, 'Kind of voucher.', { nullable: false }),
      documentNo: f.string('Document number (usually the invoice number).'),
      matchId: f.long('Entries matched together share this id.'),
      cid: f.string('KID.'),
      lastChanged: f.datetimeoffset('When the entry last changed.', { readOnly: true }),
      createdDate: f.datetimeoffset('When the entry was posted.', { readOnly: true }),
      createdFromImportJournalId: f.guid('Import that created the entry.', { readOnly: true }),
      externalImportReference: f.string('Idempotency key of the import.', { readOnly: true }),
      customMatchingReference: f.string('Matching reference.', { readOnly: true }),
      isCreatedByCurrentIntegration: f.bool('Created by this integration.', { nullable: false }),
      factoringInvoiceStatus: f.long('Factoring state (a raw number).', {
        nullable: false,
        readOnly: true,
      }),
      factoringIntegrationName: f.string('Factoring integration.', { readOnly: true }),
      invoiceDebtCollectionStatus: f.int('Debt-collection state (a raw number).', {
        nullable: false,
        readOnly: true,
      }),
      debtCollectionCaseCode: f.string('Debt-collection case.', { readOnly: true }),
      debtCollectionCaseId: f.guid('Debt-collection case id.', { readOnly: true }),
      projectCode: f.string('Project.', {
        readOnly: true,
        ref: { to: 'Project', description: 'The project (by projectCode).' },
      }),
      projectName: f.string('Project name.', { readOnly: true }),
      departmentCode: f.string('Department.', {
        readOnly: true,
        ref: { to: 'Department', description: 'The department (by departmentCode).' },
      }),
      departmentName: f.string('Department name.', { readOnly: true }),
      dim1Code: f.string('Custom dimension 1.', { readOnly: true }),
      dim1Name: f.string('Custom dimension 1 name.', { readOnly: true }),
      dim2Code: f.string('Custom dimension 2.', { readOnly: true }),
      dim2Name: f.string('Custom dimension 2 name.', { readOnly: true }),
      dim3Code: f.string('Custom dimension 3.', { readOnly: true }),
      dim3Name: f.string('Custom dimension 3 name.', { readOnly: true }),
      locationCode: f.string('Location.', { readOnly: true }),
      locationName: f.string('Location name.', { readOnly: true }),
      reversedVoucherNo: f.long('The voucher this one reverses.', { readOnly: true }),
      correctionOfVoucherNo: f.long('The voucher this one corrects.', { readOnly: true }),
      isReversed: f.bool('The voucher has been reversed.', { nullable: false, readOnly: true }),
      ...partyField,
      ...own,
    },
    maxRows: 20_000,
    privilege: `Reporting_${kind}Ledger`,
    operations: LIST_ONLY,
    actions: {
      match: {
        path: `${path}/MatchEntries`,
        // A match needs two entries or more; an unmatch names any entry of each group (§12).
        body: {
          ...match.fields,
          entryIds: { ...(match.fields.entryIds as FieldSpec), check: distinctItems(2) },
        },
        result: { echo: match },
        description: `Matches ${lower} ledger entries: their balances must sum to zero.`,
        graph: {
          mutation: `match${kind}LedgerEntries`,
          description: `Matches ${lower} ledger entries (\`POST ${path}/MatchEntries\`).`,
        },
      },
      unmatch: {
        path: `${path}/UnmatchEntries`,
        body: match.fields,
        result: { echo: match },
        description: `Unmatches ${lower} ledger entries: each named entry's whole match group reopens.`,
        graph: {
          mutation: `unmatch${kind}LedgerEntries`,
          description: `Unmatches ${lower} ledger entries (\`POST ${path}/UnmatchEntries\`).`,
        },
      },
    },
    graph: {
      description: `An entry of the ${lower} ledger (a row of Reporting/${kind}Ledger).`,
      list:
        `The ${lower} ledger (\`GET ${path}\`): with toDate alone the items open at that date, ` +
        'with fromDate too every entry posted between the dates.',
      plural: `${lower}Ledger`,
      node: false,
    },
  });
}

export const CustomerLedgerResource = ledgerResource('Customer');
export const SupplierLedgerResource = ledgerResource('Supplier');
