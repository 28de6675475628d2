import {
  accrualFields,
  outgoingInvoiceLineFields,
} from '../../poweroffice/resources/outgoing-invoice.js';
import { objectFields, type Row, typeRef } from '../resource-type.js';

const F = outgoingInvoiceLineFields;

/** GoApi.Invoices.Accrual: only inside an invoice line. */
const Accrual = typeRef('Accrual').implement({
  description: "Spreads a line's amount over a period.",
  fields: (t) => objectFields(t, accrualFields),
});

/**
 * A line of an outgoing invoice. Not a Node: PowerOffice gives a line a new id when its invoice
 * is posted, so a line id is no stable identity.
 */
export const OutgoingInvoiceLine = typeRef('OutgoingInvoiceLine').implement({
  description: 'A line of an outgoing invoice.',
  fields: (t) => ({
    ...objectFields(t, F, { idDescription: F.id.description }),
    accrual: t.field({
      type: Accrual,
      description: F.accrual.description,
      resolve: (l) => (l.accrual as Row | undefined) ?? null,
    }),
  }),
});
