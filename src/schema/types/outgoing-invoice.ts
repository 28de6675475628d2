import type { Context } from '../../context.js';
import {
  type OutgoingInvoiceDto,
  OutgoingInvoiceResource,
} from '../../poweroffice/resources/outgoing-invoice.js';
import { resourceNamed } from '../../poweroffice/resources/registry.js';
import { builder } from '../builder.js';
import { upstream } from '../cost.js';
import { badInput, type FieldProblem, ValidationFailed } from '../errors.js';
import { parseGuid } from '../node.js';
import { overrideType, type Row, typeRef } from '../resource-type.js';
import { Address } from './address.js';
import { OutgoingInvoiceLine } from './outgoing-invoice-line.js';

/**
 * Backed by either a row of `GET /OutgoingInvoice/List` or a full invoice from
 * `GET /OutgoingInvoice/{id}`: one GraphQL type for both. Head fields come from whichever the
 * parent is; `lines` and the other detail-only fields load the full invoice (one GET per
 * invoice, batched per tick and deduplicated per request) only when a query asks for them.
 */
function detail(inv: Row, ctx: Context): Promise<OutgoingInvoiceDto | null> {
  return inv.id
    ? (ctx.loaders
        .detail(OutgoingInvoiceResource)
        .load(inv.id as string) as Promise<OutgoingInvoiceDto | null>)
    : Promise.resolve(null);
}

/**
 * An invoice's lines by `sortOrder`. The upstream row is shared and frozen, so a sort works on a
 * copy; lines that already come in order, as they usually do, are returned as they are.
 */
function inLineOrder<L extends { sortOrder: number }>(lines: readonly L[]): readonly L[] {
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i - 1] as L).sortOrder > (lines[i] as L).sortOrder) {
      return [...lines].sort((a, b) => a.sortOrder - b.sortOrder);
    }
  }
  return lines;
}

/**
 * What PowerOffice lets clients set on lines (reference B9, A8): type Normal, Text or Summary,
 * Normal lines need a product, at most 10 000 lines, and no `externalImportLineReference` twice
 * in one body, ignoring case (A9: unique within the invoice; lines already stored are
 * PowerOffice's to compare). (The head's status rule is declared on the field.)
 */
function checkInvoice(dto: Record<string, unknown>): void {
  const problems: FieldProblem[] = [];
  const lines = Array.isArray(dto.outgoingInvoiceLines) ? (dto.outgoingInvoiceLines as Row[]) : [];
  if (lines.length > 10_000) {
    problems.push({ field: 'input.data.outgoingInvoiceLines', message: 'At most 10000 lines.' });
  }
  const refs = new Set<string>();
  lines.forEach((l, i) => {
    const field = `input.data.outgoingInvoiceLines[${i}]`;
    const ref = l.externalImportLineReference;
    if (typeof ref === 'string') {
      if (refs.has(ref.toLowerCase())) {
        problems.push({
          field: `${field}.externalImportLineReference`,
          message: 'Already given on an earlier line: unique within the invoice.',
        });
      }
      refs.add(ref.toLowerCase());
    }
    if (l.lineType != null && ![0, 1, 2].includes(Number(l.lineType))) {
      problems.push({ field: `${field}.lineType`, message: 'Use NORMAL, TEXT or SUMMARY.' });
    }
    if ((l.lineType ?? 0) === 0 && !l.isDeleted && !l.id && !l.productCode) {
      problems.push({ field: `${field}.productCode`, message: 'A normal line needs a product.' });
    }
  });
  if (problems.length > 0) throw new ValidationFailed('The invoice cannot be saved.', problems);
}

const OutgoingInvoice = typeRef('OutgoingInvoice');

// A recurring invoice is saved with the same head and line rules (reference B10).
overrideType('RecurringInvoice', { check: checkInvoice });

overrideType('OutgoingInvoice', {
  customLookup: true,
  check: checkInvoice,
  fields: (t) => ({
    lines: t.field({
      type: [OutgoingInvoiceLine],
      nullable: { list: true, items: false },
      description:
        'Invoice lines, from the full invoice: one GET per invoice (PowerOffice has no batch ' +
        'route), made only when lines are asked for.',
      extensions: upstream({ calls: 'detail', detail: 'OutgoingInvoice' }),
      resolve: async (i, _args, ctx) => {
        const full = await detail(i, ctx);
        return full ? (inLineOrder(full.outgoingInvoiceLines ?? []) as readonly Row[]) : null;
      },
    }),
    deliveryAddress: t.field({
      type: Address,
      description: "The customer's street address the invoice is delivered to (deliveryAddressId).",
      extensions: upstream({ calls: 'batched' }),
      resolve: async (i, _args, ctx) => {
        if (i.deliveryAddressId == null || i.customerCode == null) return null;
        const customer = (await ctx.loaders
          .byKey(resourceNamed('Customer'), 'code')
          .load(i.customerCode as number)) as { streetAddresses?: Row[] } | null;
        return customer?.streetAddresses?.find((a) => a.id === i.deliveryAddressId) ?? null;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  outgoingInvoice: t.field({
    type: OutgoingInvoice,
    description: 'One invoice by its PowerOffice id or its invoice number; null when none.',
    extensions: upstream({ calls: 'list' }),
    args: {
      databaseId: t.arg.string({ description: 'PowerOffice id (GUID).' }),
      invoiceNo: t.arg({ type: 'Long', description: 'Invoice number.' }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.databaseId == null) === (args.invoiceNo == null)) {
        throw badInput('Pass exactly one of `databaseId` and `invoiceNo`.');
      }
      const loaded =
        args.databaseId != null
          ? ctx.loaders.detail(OutgoingInvoiceResource).load(parseGuid(args.databaseId))
          : ctx.loaders.byKey(OutgoingInvoiceResource, 'invoiceNo').load(args.invoiceNo as number);
      return loaded as Promise<Row | null>;
    },
  }),
}));
