import { eachOnce } from './checks.js';
import { Months, RecurringSendFrequencyUnit, RecurringSendMethod } from './enums.js';
import { type FieldMap, type FieldSpec, f } from './fields.js';
import { outgoingInvoiceFields, outgoingInvoiceListItemFields } from './outgoing-invoice.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';
import { invoiceNotes } from './voucher-note.js';

/**
 * The invoice fields as a recurring invoice holds them (reference B10: "all OutgoingInvoice
 * fields, same types and nullability"): each reverse list on a target is renamed
 * (`invoices` → `recurringInvoices`), and a reference whose reverse has no meaning for a
 * template (a credit note's `relatedDocumentNo`) keeps its value but no link.
 */
function asRecurring<M extends FieldMap>(fields: M): M {
  const out: Record<string, FieldSpec> = {};
  for (const [key, field] of Object.entries(fields)) {
    const ref = field.ref;
    if (!ref?.inverse) {
      out[key] = field;
    } else if (ref.inverse.name === 'creditNotes') {
      const { ref: _credit, ...plain } = field;
      out[key] = plain as FieldSpec;
    } else {
      const name = `recurring${ref.inverse.name.charAt(0).toUpperCase()}${ref.inverse.name.slice(1)}`;
      const description = `Recurring ${ref.inverse.description.charAt(0).toLowerCase()}${ref.inverse.description.slice(1)}`;
      out[key] = { ...field, ref: { ...ref, inverse: { ...ref.inverse, name, description } } };
    }
  }
  return out as M;
}

/** Excluded months are months (January..December; `None` is no month), each at most once (B10). */
function monthsOnce(value: unknown): string | undefined {
  return Array.isArray(value) && (value.some((m) => m === Months.values.None) || eachOnce(value))
    ? 'Months January..December, each at most once.'
    : undefined;
}

/** The fields only a recurring invoice has (SW `GoApi.Invoices.RecurringInvoice`, B10). */
const recurringFields = {
  isActive: f.bool('Whether invoices are still made from it.', { nullable: false, default: true }),
  repeatTimes: f.int('How many invoices in all; null = no end. Afterwards it becomes inactive.', {
    min: 1,
  }),
  endDate: f.datetime('Date it is deactivated.'),
  sendMethod: f.enum(RecurringSendMethod, 'What happens when an invoice falls due.', {
    nullable: false,
  }),
  sendFrequency: f.int('An invoice every this many units (at least 1).', {
    nullable: false,
    default: 1,
    min: 1,
  }),
  sendFrequencyUnit: f.enum(RecurringSendFrequencyUnit, 'The unit of sendFrequency.', {
    nullable: false,
    default: 1,
  }),
  nextInvoiceDate: f.datetime('Date of the next invoice.'),
  daysInAdvance: f.int('Days before the invoice date that the invoice is made.', {
    nullable: false,
    min: 0,
  }),
  exceptMonths: f.list(
    f.enum(Months, 'A month without an invoice.'),
    'Months without an invoice (monthly invoices, one invoice per month).',
    { check: monthsOnce },
  ),
  autoClearExclusions: f.bool('Excluded months apply once only.', { nullable: false }),
} as const;

export const recurringInvoiceFields = {
  ...asRecurring(outgoingInvoiceFields),
  ...recurringFields,
} as const;

/** RecurringInvoiceListItem: the OutgoingInvoiceListItem fields plus the recurring ones (B10). */
export const recurringInvoiceListItemFields = {
  ...asRecurring(outgoingInvoiceListItemFields),
  ...recurringFields,
} as const;

const notes = invoiceNotes(
  '/RecurringInvoice',
  'RecurringInvoice',
  'recurring invoice',
  'a recurring invoice',
);

/**
 * GoApi.Invoices.RecurringInvoice (reference B10): an invoice template PowerOffice turns into
 * outgoing invoices on a schedule. List rows are heads; lines come with `GET /{id}`. There is
 * no SendInvoice for it.
 */
export const RecurringInvoiceResource = defineResource({
  name: 'RecurringInvoice',
  path: '/RecurringInvoice',
  listPath: '/RecurringInvoice/List',
  idKind: 'guid',
  fields: recurringInvoiceFields,
  listFields: recurringInvoiceListItemFields,
  privilege: 'RecurringInvoice',
  operations: CRUD,
  graph: {
    description:
      'A recurring invoice: a template of invoices on a schedule (PowerOffice `RecurringInvoice`).',
    list: 'Recurring invoice heads (`GET /RecurringInvoice/List`); lines load per invoice on demand.',
  },
  actions: { saveNote: notes.save },
  subLists: { notes: notes.subList },
});

export type RecurringInvoiceDto = EntityOf<typeof RecurringInvoiceResource>;
