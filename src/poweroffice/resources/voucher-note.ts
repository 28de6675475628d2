import { notBlank } from './checks.js';
import { f } from './fields.js';
import type { ActionSpec, RowType, SubListSpec } from './resource.js';

/** GoApi.Invoices.VoucherNote (reference B9): a note on an outgoing or recurring invoice. */
export const voucherNoteFields = {
  id: f.long('Id of the note; send it to change the note, leave it out to add one.'),
  voucherId: f.guid('Id of the invoice the note belongs to.', { nullable: false }),
  text: f.string('The note.', { required: true, check: notBlank }),
  createdDate: f.datetime('When the note was written.', { readOnly: true }),
  lastChangedDate: f.datetime('When the note last changed.', { readOnly: true }),
  createdByUserId: f.guid('PowerOffice user who wrote the note.', { readOnly: true }),
  lastChangedByUserId: f.guid('PowerOffice user who last changed the note.', { readOnly: true }),
} as const;

export const VoucherNote: RowType = {
  type: 'VoucherNote',
  fields: voucherNoteFields,
  description: 'A note on an invoice (PowerOffice `VoucherNote`).',
};

/**
 * The notes routes of an invoice resource (reference B9: `GET {path}/GetNotes/{voucherId}`,
 * `POST {path}/SaveNote`); RecurringInvoice has the same pair. `human` names the invoice in
 * descriptions (`invoice`, with its article in `aHuman`), `typeName` prefixes the mutation
 * (`saveOutgoingInvoiceNote`).
 */
export function invoiceNotes(
  path: string,
  typeName: string,
  human: string,
  aHuman: string,
): { subList: SubListSpec; save: ActionSpec } {
  return {
    subList: {
      path: `${path}/GetNotes/{id}`,
      item: VoucherNote,
      parentField: 'voucherId',
      graph: {
        field: 'notes',
        description: `Notes on the ${human} (\`GET ${path}/GetNotes/{id}\`: one call per ${human}).`,
      },
    },
    save: {
      path: `${path}/SaveNote`,
      body: voucherNoteFields,
      target: 'voucherId',
      result: VoucherNote,
      description: `Adds a note to ${human}s, or changes one (with its id).`,
      graph: {
        mutation: `save${typeName}Note`,
        description:
          `Adds a note to ${aHuman}, or changes the note whose \`id\` is given ` +
          `(\`POST ${path}/SaveNote\`). Every failure is a typed result.`,
      },
    },
  };
}
