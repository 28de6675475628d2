import type { ActionRule, DownloadRule, ReadRule, SubListRule } from './actions.js';
import type { ReportParams } from './reports.js';
import type { RuleContext, Validation } from './rules.js';
import type { Store } from './store.js';
import {
  type FieldErrors,
  formatDateTime,
  formatDateTimeOffset,
  isGuid,
  type Row,
} from './wire.js';

/**
 * What the vouchers, imports, bank, blob and debt-collection routes do (accounting.md §3–§8),
 * beyond what the declarations say. Registered in `actions.ts`, `reports.ts` and `rules.ts` by
 * name. Rows are never mutated: a change writes a new row.
 */

/** A report or computed list PowerOffice refuses (`success:false`), with the reason. */
export class Refusal extends Error {}

const DAY = 86_400_000;

/** The stored key of an id (GUIDs lower-cased), as `rules.ts` keys rows; kept here so this
 * module imports no values from the modules that register its rules. */
const idKey = (id: unknown): string => (typeof id === 'string' ? id.toLowerCase() : String(id));
const refuse = (summary: string, fields?: FieldErrors) => ({
  ok: false as const,
  validation: (fields ? { summary, fields } : { summary }) satisfies Validation,
});

// --- Debt collection (§8) ----------------------------------------------------------------------

/**
 * Whether debt collection is active for the client (`IsActiveDebtCollection`): true unless the
 * knob `debtCollectionActive` turned it off (a settings row, cleared with the data).
 */
export function debtCollectionActive(store: Store): boolean {
  return store.table('DebtCollectionSettings').get('1')?.isActive !== false;
}

const INACTIVE = 'Debt collection is not active for this client.';

/** Ids of the invoices already in a case (an invoice is in at most one). */
function invoicesInCases(store: Store, except?: string): Set<string> {
  const out = new Set<string>();
  for (const c of store.table('DebtCollectionCase').all()) {
    if (except !== undefined && idKey(c.id) === except) continue;
    for (const inv of (c.invoices as Row[] | undefined) ?? []) out.add(idKey(inv.id));
  }
  return out;
}

/** An outgoing invoice as debt collection shows it (§8 DebtCollectionInvoice). */
export function collectionInvoice(inv: Row, customer: Row | undefined): Row {
  return {
    id: inv.id,
    customerCode: inv.customerCode,
    invoiceDate: inv.voucherDate,
    dueDate: inv.dueDate,
    invoiceNo: inv.invoiceNo,
    originalAmount: inv.totalAmount,
    remainingAmount: inv.balance ?? 0,
    originalPostedAmount: inv.totalAmount,
    currencyCode: inv.currencyCode ?? 'NOK',
    cid: inv.cid,
    invoiceEmailAddress: inv.customerEmail ?? customer?.invoiceEmailAddress,
    externalImportReference: inv.externalImportReference,
    lastChanged: inv.lastChanged,
  };
}

/**
 * Can `inv` go into a case now: sent to a customer, unpaid, past its due date (§8: "available
 * invoices"; the reference gives no rule, DECISIONS.md).
 */
function collectible(inv: Row, now: number): boolean {
  return (
    inv.status === 2 &&
    inv.customerCode !== undefined &&
    typeof inv.balance === 'number' &&
    inv.balance > 0 &&
    typeof inv.dueDate === 'string' &&
    Date.parse(`${inv.dueDate.slice(0, 10)}T00:00:00Z`) < now
  );
}

/** `GET /DebtCollection/Invoices/AvailableInvoices`: collectible invoices in no case. */
function availableInvoices(store: Store, _params: ReportParams, now: number): Row[] {
  if (!debtCollectionActive(store)) throw new Refusal(INACTIVE);
  const taken = invoicesInCases(store);
  return store
    .table('OutgoingInvoice')
    .all()
    .filter((inv) => collectible(inv, now) && !taken.has(idKey(inv.id)))
    .map((inv) => collectionInvoice(inv, store.table('Customer').lookup('code', inv.customerCode)));
}

/**
 * The payments matched to an invoice, derived from what has been paid of it (total − balance):
 * one incoming payment dated 10 days after its due date. The emulator keeps no customer ledger
 * of its own here (DECISIONS.md).
 */
function matchesOf(inv: Row): Row[] {
  const total = Number(inv.totalAmount ?? 0);
  const paid = Math.round((total - Number(inv.balance ?? total)) * 100) / 100;
  if (!(paid > 0) || typeof inv.dueDate !== 'string') return [];
  const no = Number(inv.invoiceNo ?? 0);
  const paidMs = Date.parse(`${inv.dueDate.slice(0, 10)}T00:00:00Z`) + 10 * DAY;
  return [
    {
      id: 900_000_000 + no,
      customerCode: inv.customerCode,
      voucherDate: formatDateTime(paidMs),
      postingDate: formatDateTime(paidMs),
      voucherNo: 500_000 + no,
      voucherType: 8, // IncomingBankRemittance
      amount: -paid,
      currencyAmount: -paid,
      currencyCode: inv.currencyCode ?? 'NOK',
      cid: inv.cid,
      isWriteOff: false,
      lastChanged: formatDateTimeOffset(paidMs),
      isNoteMainEntry: false,
      matchId: no,
    },
  ];
}

const matchedItems: SubListRule = (ctx, _spec, id) => {
  if (!isGuid(id)) return undefined;
  const inv = ctx.store.table('OutgoingInvoice').get(idKey(id));
  return inv ? matchesOf(inv) : undefined;
};

/** `GET /DebtCollection/GetAllMatchedItems?fromDateTime=`: each case with its recent matches. */
function allMatchedItems(store: Store, params: ReportParams): Row[] {
  const from = params.fromDateTime ?? '';
  const invoices = store.table('OutgoingInvoice');
  return store
    .table('DebtCollectionCase')
    .all()
    .map((c) => ({
      ...c,
      matchedItems: ((c.invoices as Row[] | undefined) ?? []).flatMap((ci) => {
        const inv = invoices.get(idKey(ci.id));
        return inv ? matchesOf(inv).filter((m) => String(m.voucherDate).slice(0, 10) >= from) : [];
      }),
    }));
}

/**
 * The invoices a case is saved or extended with: each must be an outgoing invoice that is
 * collectible and in no other case; errors at `<at>[i]`.
 */
function caseInvoices(
  ctx: RuleContext,
  ids: readonly unknown[],
  caseKey: string | undefined,
  at: (i: number) => string,
  errors: FieldErrors,
): Row[] {
  const taken = invoicesInCases(ctx.store, caseKey);
  const table = ctx.store.table('OutgoingInvoice');
  const out: Row[] = [];
  ids.forEach((id, i) => {
    const inv = typeof id === 'string' ? table.get(idKey(id)) : undefined;
    if (!inv) errors[at(i)] = 'No outgoing invoice has this id.';
    else if (taken.has(idKey(inv.id))) errors[at(i)] = 'The invoice is in another case.';
    else if (!collectible(inv, ctx.now) && (inv.status as number) < 3) {
      errors[at(i)] = 'Only sent, unpaid invoices past their due date can be collected.';
    } else
      out.push(
        collectionInvoice(inv, ctx.store.table('Customer').lookup('code', inv.customerCode)),
      );
  });
  return out;
}

/** Save (create or update) of a case: its invoices resolved from their ids (§8, CS example). */
export function finishCase(
  ctx: RuleContext,
  row: Row,
  existing: Row | undefined,
  errors: FieldErrors,
  patch?: Row,
) {
  if (!existing && !debtCollectionActive(ctx.store)) return refuse(INACTIVE);
  const sent = patch?.invoices as Row[] | undefined | null;
  if (sent != null) {
    const old = new Map(((existing?.invoices as Row[]) ?? []).map((i) => [idKey(i.id), i]));
    const fresh = sent.filter((i) => !old.has(idKey(i.id)));
    const added = caseInvoices(
      ctx,
      fresh.map((i) => i.id),
      existing ? idKey(existing.id) : undefined,
      (i) => `invoices[${sent.indexOf(fresh[i] as Row)}].id`,
      errors,
    );
    row.invoices = [
      ...sent.filter((i) => old.has(idKey(i.id))).map((i) => old.get(idKey(i.id))),
      ...added,
    ];
    row.invoiceLastChanged = formatDateTimeOffset(ctx.now);
  }
  row.invoiceLastChanged ??= formatDateTimeOffset(ctx.now);
  return undefined;
}

const addInvoices: ActionRule = (ctx, spec, body) => {
  const c =
    typeof body.caseId === 'string'
      ? ctx.store.table('DebtCollectionCase').get(idKey(body.caseId))
      : undefined;
  if (!c) return refuse('No such case.', { caseId: 'No debt-collection case has this id.' });
  const ids = (body.invoiceIds as unknown[] | undefined) ?? [];
  if (ids.length === 0) return refuse('No invoices given.', { invoiceIds: 'Required.' });
  const errors: FieldErrors = {};
  const added = caseInvoices(ctx, ids, idKey(c.id), (i) => `invoiceIds[${i}]`, errors);
  if (Object.keys(errors).length > 0) return refuse('One or more fields are invalid.', errors);
  const stamp = formatDateTimeOffset(ctx.now);
  const row = {
    ...c,
    invoices: [...((c.invoices as Row[]) ?? []), ...added],
    invoiceLastChanged: stamp,
    lastChanged: stamp,
  };
  ctx.store.write(spec.name, idKey(c.id), row, ctx.now);
  return { ok: true, row };
};

/**
 * MergeCases (§8, response "not verified"): the cases become one new case with the given number
 * and URL, their invoices and the sum of their agency balances; the merged cases are removed.
 */
const mergeCases: ActionRule = (ctx, spec, body) => {
  const table = ctx.store.table('DebtCollectionCase');
  const ids = (body.caseIds as unknown[] | undefined) ?? [];
  const errors: FieldErrors = {};
  if (typeof body.caseNo !== 'string' || body.caseNo === '') errors.caseNo = 'Required.';
  if (ids.length < 2) errors.caseIds = 'Two or more cases are needed.';
  const cases = ids.map((id, i) => {
    const c = typeof id === 'string' ? table.get(idKey(id)) : undefined;
    if (!c) errors[`caseIds[${i}]`] = 'No debt-collection case has this id.';
    return c;
  });
  if (new Set(ids.map(idKey)).size !== ids.length) errors.caseIds = 'A case is named twice.';
  if (Object.keys(errors).length > 0) return refuse('One or more fields are invalid.', errors);
  const found = cases as Row[];
  const stamp = formatDateTimeOffset(ctx.now);
  const row: Row = {
    id: ctx.newGuid(),
    code: body.caseNo,
    status: 0,
    invoices: found.flatMap((c) => (c.invoices as Row[]) ?? []),
    balanceAgency:
      Math.round(found.reduce((s, c) => s + Number(c.balanceAgency ?? 0), 0) * 100) / 100,
    lastChanged: stamp,
    invoiceLastChanged: stamp,
    ...(typeof body.externalCaseUrl === 'string' ? { externalCaseUrl: body.externalCaseUrl } : {}),
  };
  for (const c of found) ctx.store.write(spec.name, idKey(c.id), undefined, ctx.now);
  ctx.store.write(spec.name, idKey(row.id), row, ctx.now);
  return { ok: true, row };
};

/** UpdateStatus (§8): Closed when `isCaseClosed`, else Active; the agency's balance. */
const updateStatus: ActionRule = (ctx, spec, body) => {
  const c =
    typeof body.caseId === 'string'
      ? ctx.store.table('DebtCollectionCase').get(idKey(body.caseId))
      : undefined;
  if (!c) return refuse('No such case.', { caseId: 'No debt-collection case has this id.' });
  const errors: FieldErrors = {};
  if (typeof body.isCaseClosed !== 'boolean') errors.isCaseClosed = 'Required.';
  if (typeof body.updatedBalanceAgency !== 'number') errors.updatedBalanceAgency = 'Required.';
  if (Object.keys(errors).length > 0) return refuse('One or more fields are invalid.', errors);
  const row = {
    ...c,
    status: body.isCaseClosed === true ? 10 : 0,
    balanceAgency: body.updatedBalanceAgency,
    lastChanged: formatDateTimeOffset(ctx.now),
  };
  ctx.store.write(spec.name, idKey(c.id), row, ctx.now);
  return { ok: true, row };
};

const isActive: ReadRule = (ctx) => debtCollectionActive(ctx.store);

/**
 * `GetInvoicePdf/{id}` (§8, "response form not verified"): a raw `application/pdf` stream of a
 * sent invoice; 404 for drafts and unknown ids.
 */
const invoicePdf: DownloadRule = (ctx, _spec, key) => {
  const inv = isGuid(key) ? ctx.store.table('OutgoingInvoice').get(idKey(key)) : undefined;
  if (!inv || (inv.status as number) < 2) return undefined;
  return { bytes: minimalPdf(`Faktura ${String(inv.invoiceNo)}`), contentType: 'application/pdf' };
};

/** A one-page PDF showing `text` (valid structure, so viewers open it). */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// --- Registration ------------------------------------------------------------------------------

export const VOUCHER_ACTION_RULES: Record<string, ActionRule> = {
  'DebtCollectionCase.addInvoices': addInvoices,
  'DebtCollectionCase.merge': mergeCases,
  'DebtCollectionCase.updateStatus': updateStatus,
};
export const VOUCHER_SUBLIST_RULES: Record<string, SubListRule> = {
  'DebtCollectionInvoice.matchedItems': matchedItems,
};
export const VOUCHER_READ_RULES: Record<string, ReadRule> = {
  'DebtCollectionCase.isActive': isActive,
};
export const VOUCHER_DOWNLOAD_RULES: Record<string, DownloadRule> = {
  'DebtCollectionInvoice.pdf': invoicePdf,
};
export const VOUCHER_REPORTS: Record<
  string,
  (store: Store, params: ReportParams, now: number) => Row[]
> = {
  DebtCollectionInvoice: availableInvoices,
  DebtCollectionCaseWithMatches: allMatchedItems,
};
/** Finishing rules of saves, by resource (see `rules.ts` FINISH_RULES). */
export const VOUCHER_FINISH_RULES = { DebtCollectionCase: finishCase } as const;
