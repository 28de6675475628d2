import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { type LedgerKind, matchEntries, postInvoice, unmatchEntries } from './books.js';
import { ehfDocument } from './ehf.js';
import { idKey, type RuleContext, tableOf, type Validation } from './rules.js';
import {
  VOUCHER_ACTION_RULES,
  VOUCHER_DOWNLOAD_RULES,
  VOUCHER_READ_RULES,
  VOUCHER_SUBLIST_RULES,
} from './rules-vouchers.js';
import { kid } from './seed.js';
import {
  coerceObject,
  DAY_MS,
  type FieldErrors,
  formatDateTime,
  formatDateTimeOffset,
  parseDate,
  type Row,
} from './wire.js';

/**
 * What the declared action routes do (resource.ts `actions`; reference B9), one rule per
 * `Resource.action`. A registry test proves every declared action has one. Rows are never
 * mutated (the emulator caches their JSON by object): a change writes a new row.
 */

export interface ActionContext extends RuleContext {
  /** The caller's PowerOffice user (token `goUserId`): stamps notes. */
  readonly userId: string;
  /** Application keys of the integrations the emulator knows (onboarding checks them). */
  readonly applicationKeys: readonly string[];
  /** Emulated time SendInvoice's delivery takes (knob `sendDelayMs`). */
  readonly delayMs: number;
  /** Runs `fn` after `ms` with the time it runs at; cancelled when the emulator closes or re-seeds. */
  readonly later: (ms: number, fn: (now: number) => void) => void;
}

export type ActionOutcome =
  | { readonly ok: true; readonly row?: Row }
  | { readonly ok: false; readonly validation: Validation };

export type ActionRule = (ctx: ActionContext, spec: ResourceSpec, body: Row) => ActionOutcome;

const refuse = (summary: string, fields?: FieldErrors): ActionOutcome => ({
  ok: false,
  validation: fields ? { summary, fields } : { summary },
});

/** SendInvoiceDeliveryType → InvoiceDeliveryType (reference Part C). */
const DELIVERED_AS: Readonly<Record<number, number>> = { 1: 1, 2: 3, 3: 4, 4: 6 };

/**
 * `POST /OutgoingInvoice/SendInvoice` (reference B9): only a Draft or Approved invoice with
 * lines, not already in transit, can be sent; anything else is `success:false` with the reason
 * on `invoiceId`. Queued: `isInvoiceBeingProcessed` true at once; after `delayMs` either Sent
 * (numbers, dates, KID and balance assigned as the seed does for sent invoices, lines copied
 * to new ids) or left unsent with `lastErrorMessage` when delivery is impossible.
 */
const sendInvoice: ActionRule = (ctx, spec, body) => {
  const table = tableOf(spec);
  const id = body.invoiceId;
  if (typeof id !== 'string') return refuse('invoiceId is required.', { invoiceId: 'Required.' });
  const row = ctx.store.table(table).get(idKey(id));
  if (!row) return refuse('No such invoice.', { invoiceId: 'No outgoing invoice has this id.' });
  if (row.isInvoiceBeingProcessed === true) {
    return refuse('The invoice is already being sent.', {
      invoiceId: 'The invoice is already being sent.',
    });
  }
  if ((row.status as number) >= 2) {
    return refuse('Only draft and approved invoices can be sent.', {
      invoiceId: 'Only draft and approved invoices can be sent.',
    });
  }
  if (!Array.isArray(row.outgoingInvoiceLines) || row.outgoingInvoiceLines.length === 0) {
    return refuse('The invoice has no lines.', { invoiceId: 'The invoice has no lines.' });
  }
  const queued: Row = {
    ...row,
    isInvoiceBeingProcessed: true,
    lastChanged: formatDateTimeOffset(ctx.now),
  };
  delete queued.lastErrorMessage;
  ctx.store.write(table, idKey(id), queued, ctx.now);
  ctx.later(ctx.delayMs, (now) => deliver(ctx, table, idKey(id), body, now));
  return { ok: true };
};

/** The asynchronous half of SendInvoice: post and deliver, or record why not. */
function deliver(ctx: ActionContext, table: string, key: string, request: Row, now: number) {
  const row = ctx.store.table(table).get(key);
  if (row?.isInvoiceBeingProcessed !== true) return; // deleted meanwhile
  const customer =
    row.customerCode === undefined
      ? undefined
      : ctx.store.table('Customer').lookup('code', row.customerCode);
  const stamp = formatDateTimeOffset(now);
  const failed = (message: string) =>
    ctx.store.write(
      table,
      key,
      { ...row, isInvoiceBeingProcessed: false, lastErrorMessage: message, lastChanged: stamp },
      now,
    );
  // The "IfPossible" flags: only EHF is possible in the emulator (customers with an
  // organisation number); no customer has an AvtaleGiro or eFaktura agreement.
  const asked = request.deliveryType as number | undefined;
  const type = asked ?? (request.sendByEhfIfPossible === true && customer?.vatNumber ? 2 : 1);
  let email: string | undefined;
  if (type === 1) {
    email = [request.email, customer?.invoiceEmailAddress, customer?.emailAddress].find(
      (e): e is string => typeof e === 'string' && e !== '',
    );
    if (!email) return failed('The customer has no email address to send the invoice to.');
  } else if (type === 2) {
    if (!customer?.vatNumber) return failed('The customer cannot receive EHF invoices.');
  } else {
    return failed('The customer has no agreement for this delivery type.');
  }
  const invoices = ctx.store.table(table);
  const no = invoices.nextNumber('invoiceNo', 10_001);
  const dateMs = typeof request.invoiceDate === 'string' ? parseDate(request.invoiceDate) : now;
  const voucherMs = Math.floor((dateMs ?? now) / DAY_MS) * DAY_MS;
  const terms = (row.paymentTerms ?? customer?.paymentTerms ?? 14) as number;
  const dueDate = formatDateTime(voucherMs + terms * DAY_MS);
  const voucherDate = formatDateTime(voucherMs);
  const lineIds = ctx.store.table('OutgoingInvoiceLine');
  const sent: Row = {
    ...row,
    status: 2,
    isInvoiceBeingProcessed: false,
    invoiceNo: no,
    documentNo: String(no),
    voucherNo: no,
    voucherDate,
    sentDate: voucherDate,
    invoiceDeliveryDate: voucherDate,
    dueDate,
    expectedDueDate: dueDate,
    balance: row.totalAmount,
    cid: kid(
      `${String(row.customerCode ?? row.contactGroupId ?? 0)}${String(no).padStart(7, '0')}`,
    ),
    invoiceDeliveryType: DELIVERED_AS[type] ?? 1,
    customerEmail: email,
    // Reference B9: posting copies the lines to new records, so their ids change.
    outgoingInvoiceLines: (row.outgoingInvoiceLines as Row[]).map((l) => ({
      ...l,
      id: lineIds.nextId++,
    })),
    lastChanged: stamp,
  };
  delete sent.lastErrorMessage;
  if (email === undefined) delete sent.customerEmail;
  ctx.store.write(table, key, sent, now);
  // Sending posts the invoice (accounting.md §11, §12, §14): the books stay consistent. An
  // invoice to a contact group has no customer to post to (DECISIONS.md).
  if (sent.customerCode != null) postInvoice(ctx.store, now, sent);
}

/**
 * `POST {invoice}/SaveNote` (reference B9: VoucherNote upsert): without `id` a note is added,
 * with one that note (of the same invoice) is changed. `voucherId` must name a row of the
 * resource; `text` is required. Stamps dates and the caller's user id.
 */
const saveNote: ActionRule = (ctx, spec, body) => {
  const voucherId = body.voucherId;
  if (typeof voucherId !== 'string') {
    return refuse('One or more fields are invalid.', { voucherId: 'Required.' });
  }
  if (!ctx.store.table(tableOf(spec)).get(idKey(voucherId))) {
    return refuse('One or more fields are invalid.', { voucherId: 'No invoice has this id.' });
  }
  // A blank text is refused by the declared rule (voucher-note.ts `notBlank`).
  const notes = ctx.store.table('VoucherNote');
  const stamp = formatDateTime(ctx.now);
  let row: Row;
  if (body.id !== undefined) {
    const existing = notes.get(idKey(body.id));
    if (!existing || idKey(existing.voucherId) !== idKey(voucherId)) {
      return refuse('One or more fields are invalid.', {
        id: 'No note of this invoice has this id.',
      });
    }
    row = { ...existing, text: body.text, lastChangedDate: stamp, lastChangedByUserId: ctx.userId };
  } else {
    row = {
      id: notes.nextId++,
      voucherId: voucherId.toLowerCase(),
      text: body.text,
      createdDate: stamp,
      lastChangedDate: stamp,
      createdByUserId: ctx.userId,
      lastChangedByUserId: ctx.userId,
    };
  }
  ctx.store.write('VoucherNote', idKey(row.id), row, ctx.now);
  return { ok: true, row };
};

/**
 * `POST /Reporting/{Customer|Supplier}Ledger/MatchEntries` and `UnmatchEntries` (accounting.md
 * §12, MatchRequest `{matchDate, entryIds}`): the rules are `books.ts`' (DECISIONS.md).
 */
function ledgerAction(kind: LedgerKind, op: 'match' | 'unmatch'): ActionRule {
  return (ctx, _spec, body) => {
    const ids = Array.isArray(body.entryIds) ? (body.entryIds as number[]) : [];
    if (ids.length === 0) return refuse('entryIds is required.', { entryIds: 'Required.' });
    const date = typeof body.matchDate === 'string' ? body.matchDate : undefined;
    if (op === 'match' && date === undefined) {
      return refuse('matchDate is required.', { matchDate: 'Required.' });
    }
    const done =
      op === 'match'
        ? matchEntries(ctx.store, ctx.now, kind, ids, date as string)
        : unmatchEntries(ctx.store, ctx.now, kind, ids);
    if ('error' in done) return refuse(done.error, { [done.field]: done.error });
    return { ok: true };
  };
}

/**
 * `POST /ExternallyDeliverableInvoice/delivered` (reference B11): the delivery service reports an
 * invoice delivered. The file is mandatory (since 2.8.0): a file name with its extension and
 * base64 content. Sets `isDelivered` and the delivery date; `exemptDebtCollection` puts the
 * outgoing invoice on hold (DebtCollectionStatus OnHold). Delivering twice is refused.
 */
const delivered: ActionRule = (ctx, spec, body) => {
  const errors: FieldErrors = {};
  const id = body.externallyDeliverableInvoiceId;
  const table = ctx.store.table(tableOf(spec));
  const row = typeof id === 'string' ? table.get(idKey(id)) : undefined;
  if (typeof id !== 'string') errors.externallyDeliverableInvoiceId = 'Required.';
  else if (!row)
    errors.externallyDeliverableInvoiceId = 'No externally deliverable invoice has this id.';
  // The file's parts (name with extension, base64 content) are declared on the body and checked
  // before this rule runs (emulator.ts, checks.ts); only its presence is checked here.
  if (!body.file) errors.file = 'Required: the delivered document.';
  if (Object.keys(errors).length > 0 || !row)
    return refuse('One or more fields are invalid.', errors);
  if (row.isDelivered === true) return refuse('The invoice is already delivered.');
  const updated: Row = { ...row, isDelivered: true, invoiceDeliveryDate: formatDateTime(ctx.now) };
  ctx.store.write(tableOf(spec), idKey(row.id), updated, ctx.now);
  const invoice = ctx.store.table('OutgoingInvoice').get(idKey(row.id));
  if (invoice && body.exemptDebtCollection === true) {
    const onHold: Row = {
      ...invoice,
      invoiceDebtCollectionStatus: 2,
      lastChanged: formatDateTimeOffset(ctx.now),
    };
    ctx.store.write('OutgoingInvoice', idKey(invoice.id), onHold, ctx.now);
  }
  return { ok: true, row: updated };
};

/**
 * `POST /ClientAuth/CreateTemporaryUrl` (reference A2, onboarding): a known application key, a
 * 9-digit organisation number and absolute http(s) callback and redirect URIs, each checked
 * per field. Answers a link valid for one hour (the reference gives no lifetime).
 */
const createTemporaryUrl: ActionRule = (ctx, _spec, body) => {
  const errors: FieldErrors = {};
  const key = String(body.applicationKey ?? '').toLowerCase();
  if (!ctx.applicationKeys.some((k) => k.toLowerCase() === key)) {
    errors.applicationKey = 'Unknown application key.';
  }
  // The organisation number and the URIs are declared (client-auth.ts) and checked before this.
  if (Object.keys(errors).length > 0) return refuse('One or more fields are invalid.', errors);
  return {
    ok: true,
    row: {
      temporaryUrl: `https://godemo.poweroffice.net/onboarding/${ctx.newGuid()}`,
      validUntil: formatDateTimeOffset(ctx.now + 3_600_000),
    },
  };
};

/** Rows of a declared sub-list whose parent is derived data; undefined: no such parent. */
export type SubListRule = (ctx: RuleContext, spec: ResourceSpec, id: string) => Row[] | undefined;
/** The value of a declared read (`reads`); undefined: 404. `id` is the path's `{id}`, if any. */
export type ReadRule = (ctx: RuleContext, spec: ResourceSpec, id: string | undefined) => unknown;
/** A declared download's file; undefined: 404. */
export type DownloadRule = (
  ctx: RuleContext,
  spec: ResourceSpec,
  key: string,
  page: number | undefined,
) => { bytes?: Buffer; contentType?: string; document?: Row } | undefined;

export const SUBLIST_RULES: Record<string, SubListRule> = { ...VOUCHER_SUBLIST_RULES };
export const READ_RULES: Record<string, ReadRule> = { ...VOUCHER_READ_RULES };
export const DOWNLOAD_RULES: Record<string, DownloadRule> = {
  // Reference B11: the EHF of an invoice handed to external delivery (its id is the invoice's).
  'ExternallyDeliverableInvoice.ehf': (ctx, spec, key) => {
    if (!ctx.store.table(tableOf(spec)).get(idKey(key))) return undefined;
    const xml = ehfDocument(ctx.store, key, ctx.store.table('Client').all()[0]);
    if (xml === undefined) return undefined;
    return { bytes: Buffer.from(xml, 'utf8'), contentType: 'application/xml; charset=utf-8' };
  },
  ...VOUCHER_DOWNLOAD_RULES,
};

/** Rules by `Resource.action`. */
export const ACTION_RULES: Record<string, ActionRule> = {
  'OutgoingInvoice.send': sendInvoice,
  'OutgoingInvoice.saveNote': saveNote,
  'ClientAuth.createTemporaryUrl': createTemporaryUrl,
  'ExternallyDeliverableInvoice.delivered': delivered,
  'RecurringInvoice.saveNote': saveNote,
  ...VOUCHER_ACTION_RULES,
  'CustomerLedgerEntry.match': ledgerAction('customer', 'match'),
  'CustomerLedgerEntry.unmatch': ledgerAction('customer', 'unmatch'),
  'SupplierLedgerEntry.match': ledgerAction('supplier', 'match'),
  'SupplierLedgerEntry.unmatch': ledgerAction('supplier', 'unmatch'),
};

/** Coerces an action's body by its field map (wrong types → field errors, like a save). */
export function actionBody(spec: ResourceSpec, name: string, body: Row, errors: FieldErrors) {
  const fields = spec.actions?.[name]?.body ?? {};
  return coerceObject(fields, body, errors);
}
