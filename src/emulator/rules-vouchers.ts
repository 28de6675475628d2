import type { ActionRule, DownloadRule, ReadRule, SubListRule } from './actions.js';
import {
  CUSTOMER_LEDGER,
  checkVoucher,
  accountExists as ledgerAccountExists,
  type PostedVoucher,
  type PostingLine,
  postVoucher,
} from './books.js';
import { CONTROL_ACCOUNT } from './chart.js';
import { esc } from './ehf.js';
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
 * knob `debtCollectionActive` turned it off.
 */
export function debtCollectionActive(store: Store): boolean {
  return store.debtCollectionActive;
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
 * The payments and credit notes matched to an invoice (§8): the other entries of its customer
 * ledger entry's match group in the books (§12), as DebtCollectionInvoiceMatch rows (the shared
 * fields of a ledger entry). None while the invoice is unmatched or has not posted.
 */
function matchesOf(store: Store, inv: Row): Row[] {
  const ledger = store.table(CUSTOMER_LEDGER);
  const own = ledger.candidates('voucherId', [String(inv.id).toLowerCase()])[0];
  if (!own || own.matchId == null) return [];
  return ledger
    .candidates('matchId', [own.matchId])
    .filter((e) => e.id !== own.id)
    .map((e) => ({ ...e, isNoteMainEntry: false }));
}

const matchedItems: SubListRule = (ctx, _spec, id) => {
  if (!isGuid(id)) return undefined;
  const inv = ctx.store.table('OutgoingInvoice').get(idKey(id));
  return inv ? matchesOf(ctx.store, inv) : undefined;
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
        return inv
          ? matchesOf(store, inv).filter((m) => String(m.voucherDate).slice(0, 10) >= from)
          : [];
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
  const cases = ids.map((id, i) => {
    const c = typeof id === 'string' ? table.get(idKey(id)) : undefined;
    if (!c) errors[`caseIds[${i}]`] = 'No debt-collection case has this id.';
    return c;
  });
  // Two or more, each once: declared on caseIds (debt-collection.ts `distinctItems(2)`).
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

/**
 * `Reporting/InvoiceJournal/GetPdf/{id}` (accounting.md §14): the journal line's id is its
 * invoice's (DECISIONS.md), so the PDF of a sent invoice or credit note; 404 otherwise.
 */
const journalPdf: DownloadRule = (ctx, _spec, key) => {
  const inv = isGuid(key) ? ctx.store.table('OutgoingInvoice').get(idKey(key)) : undefined;
  if (!inv || (inv.status as number) < 2) return undefined;
  const kind = inv.relatedDocumentNo ? 'Kreditnota' : 'Faktura';
  return { bytes: minimalPdf(`${kind} ${String(inv.invoiceNo)}`), contentType: 'application/pdf' };
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

// --- Account codes, journal-entry vouchers (§3) and imports (§4) -------------------------------

/**
 * Whether `code` names an account: a ledger account of the chart (1000–9999), or a customer,
 * supplier or employee (sub-ledger) code (relations.md §3.6; the ledger's account-code rule will
 * replace this when it lands).
 */
function accountExists(store: Store, code: unknown): boolean {
  if (typeof code !== 'number') return false;
  // The client's ledger accounts (the chart until GeneralLedgerAccount rows exist, books.ts).
  if (code >= 1000 && code <= 9999) return ledgerAccountExists(store, code);
  return ['Customer', 'Supplier', 'Employee'].some((t) => store.table(t).lookup('code', code));
}

/** The journal types whose documentation is a supplier's invoice or credit note (§3). */
const SUPPLIER_TYPES = new Set([1, 2]);
const EXPENSE = 3;

/**
 * A journal-entry voucher save (§3): the file is required on create (with a type), supplier
 * vouchers need a supplier and expenses an employee, every line's accounts must exist; lines
 * without id are added, with id changed, `isDeleted` removes one.
 */
function finishJournalEntry(
  ctx: RuleContext,
  row: Row,
  existing: Row | undefined,
  errors: FieldErrors,
  patch?: Row,
) {
  // The file (required on create), its content and its type (never None) are declared
  // (journal-entry-voucher.ts) and checked on the body before this runs.
  const type = row.voucherType as number;
  if (SUPPLIER_TYPES.has(type) && row.supplierCode === undefined) {
    errors.supplierCode = 'Required for supplier invoices and credit notes.';
  }
  if (type === EXPENSE && row.employeeCode === undefined) {
    errors.employeeCode = 'Required for expenses.';
  }
  const sent = patch?.voucherLines as Row[] | undefined | null;
  const previous = (existing?.voucherLines as Row[] | undefined) ?? [];
  let lines = previous;
  if (sent != null) {
    const byId = new Map(previous.map((l) => [l.id, l]));
    const seq = ctx.store.table('JournalEntryVoucherLine');
    const stamp = formatDateTimeOffset(ctx.now);
    sent.forEach((line, i) => {
      const { isDeleted, ...rest } = line;
      if (line.id !== undefined) {
        if (!byId.has(line.id))
          errors[`voucherLines[${i}].id`] = 'No line of this voucher has this id.';
        else if (isDeleted === true) byId.delete(line.id);
        else byId.set(line.id, { ...byId.get(line.id), ...rest, lastChanged: stamp });
      } else if (isDeleted !== true) {
        const id = seq.nextId++;
        byId.set(id, { ...rest, id, lastChanged: stamp });
      }
    });
    lines = [...byId.values()];
  }
  lines.forEach((line, i) => {
    for (const side of ['debitAccountCode', 'creditAccountCode']) {
      const code = line[side];
      if (code !== undefined && !accountExists(ctx.store, code)) {
        errors[`voucherLines[${i}].${side}`] =
          'No account, customer, supplier or employee has this code.';
      }
    }
  });
  row.voucherLines = lines;
  // `isSubmittedForApproval` is only in the save answer (§3): nobody approves here.
  if (row.submitForApproval === true) {
    row.isSubmittedForApproval = false;
    row.submitForApprovalErrorMessage = 'No approval flow is set up for this client.';
  }
  return undefined;
}

/**
 * `ForwardIncomingEhf` (§3): an EHF invoice (XML) queued into Go's inbox; the emulator keeps it
 * in a table no route serves. The name must end in `.xml` and the content be XML.
 */
const forwardIncomingEhf: ActionRule = (ctx, _spec, body) => {
  const errors: FieldErrors = {};
  // The name (`.xml`) and the content's presence are declared (journal-entry-voucher.ts).
  const data = String(body.base64EncodedData ?? '');
  if (!Buffer.from(data, 'base64').toString('utf8').trimStart().startsWith('<')) {
    errors.base64EncodedData = 'Not an EHF (XML) document.';
  }
  if (Object.keys(errors).length > 0) return refuse('One or more fields are invalid.', errors);
  const inbox = ctx.store.table('IncomingEhf');
  const id = inbox.nextId++;
  ctx.store.write(
    'IncomingEhf',
    String(id),
    { id, originalFileName: body.originalFileName, base64EncodedData: data },
    ctx.now,
  );
  return { ok: true };
};

/**
 * Whether an import can be posted as it is (§4): its state, then each voucher it makes through
 * the same check posting runs (`checkVoucher`), so the status never says `canBePosted` for an
 * import `Post` refuses. When it can, the vouchers `Post` writes, built once.
 */
function checkImport(
  store: Store,
  imp: Row,
): { readonly problem: string } | { readonly vouchers: PostedVoucher[] } {
  if (imp.isPosted === true) return { problem: 'The import is already posted.' };
  if (imp.hasFile === true) {
    return { problem: 'The emulator does not read import files: give the journal as importLines.' };
  }
  if (((imp.importLines as Row[] | undefined) ?? []).length === 0) {
    return { problem: 'The import has no lines.' };
  }
  const vouchers = importVouchers(imp);
  for (const v of vouchers) {
    const refused = checkVoucher(store, v);
    if (refused) return { problem: refused.message };
  }
  return { vouchers };
}

/** An import save (§4): `date` defaults to now; a file replaces the lines (kept hidden). */
function finishImport(
  ctx: RuleContext,
  row: Row,
  existing: Row | undefined,
  _errors: FieldErrors,
  patch?: Row,
) {
  if (!existing) row.isPosted = false;
  row.date ??= formatDateTime(ctx.now);
  if (patch?.file != null) {
    // §4: "importLines are ignored if file is set".
    row.hasFile = true;
    delete row.importLines;
  }
  const seq = ctx.store.table('ImportLine');
  if (Array.isArray(row.importLines)) {
    row.importLines = (row.importLines as Row[]).map((l) =>
      l.id === undefined ? { ...l, id: seq.nextId++ } : l,
    );
  }
  return undefined;
}

const importStatus: ReadRule = (ctx, _spec, id) => {
  const imp = id && isGuid(id) ? ctx.store.table('Import').get(idKey(id)) : undefined;
  if (!imp) return undefined;
  const checked = imp.isPosted === true ? undefined : checkImport(ctx.store, imp);
  const problem = checked && 'problem' in checked ? checked.problem : undefined;
  return {
    id: imp.id,
    isPosting: false,
    isPosted: imp.isPosted === true,
    hasError: problem !== undefined,
    ...(problem ? { errorDescription: problem } : {}),
    canBePosted: imp.isPosted !== true && problem === undefined,
  };
};

/**
 * `POST /Import/Post` (§4, only `id` needed, answers the id): a valid import becomes posted;
 * anything else is refused with the reason on `id`.
 */
/** The VoucherType an import's vouchers post as, by ImportType (accounting.md §4, §21). */
const IMPORT_VOUCHER_TYPE: Readonly<Record<number, number>> = {
  1: 4, // OutgoingVoucher → OutgoingInvoice
  3: 23, // Payroll → PayrollJournal
  4: 15, // Cash → CashJournal
  5: 18, // YearEnd → YearEndJournal
};

/**
 * An import's lines as the vouchers `Post` writes (accounting.md §4: the lines with one
 * `documentNumber` and posting date form one voucher). A line with a sub-ledger code posts to that
 * sub-ledger's control account with the party code (chart.ts), `accountNumber` ignored.
 */
export function importVouchers(imp: Row): PostedVoucher[] {
  const groups = new Map<string, Row[]>();
  for (const l of (imp.importLines as Row[] | undefined) ?? []) {
    const key = `${String(l.documentNumber ?? 0)}|${String(l.postingDate ?? l.documentDate)}`;
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return [...groups.values()].map((lines) => {
    const first = lines[0] as Row;
    return {
      voucherType: IMPORT_VOUCHER_TYPE[Number(imp.type)] ?? 11, // else ManualJournal
      voucherDate: String(first.postingDate ?? first.documentDate),
      ...(str(first.description) ? { description: str(first.description) } : {}),
      createdFromImportJournalId: String(imp.id),
      ...(str(imp.externalImportReference)
        ? { externalImportReference: str(imp.externalImportReference) }
        : {}),
      lines: lines.map((l): PostingLine => {
        const customerCode = num(l.customerCode);
        const supplierCode = num(l.supplierCode);
        const employeeCode = num(l.employeeCode);
        const accountCode =
          customerCode !== undefined
            ? CONTROL_ACCOUNT.customer
            : supplierCode !== undefined
              ? CONTROL_ACCOUNT.supplier
              : employeeCode !== undefined
                ? CONTROL_ACCOUNT.employee
                : Number(l.accountNumber);
        const optional = {
          customerCode,
          supplierCode,
          employeeCode,
          vatCode: str(l.vatCode),
          projectCode: str(l.projectCode),
          departmentCode: str(l.departmentCode),
          productCode: str(l.productCode),
          locationCode: str(l.locationCode),
          text: str(l.description),
          currencyCode: str(l.currencyCode),
          currencyAmount: num(l.currencyAmount),
          dueDate: str(l.dueDate),
          documentNo: str(l.invoiceNo),
        };
        const line: PostingLine = { accountCode, amount: Number(l.amount ?? 0) };
        for (const [k, v] of Object.entries(optional)) {
          if (v !== undefined) (line as unknown as Record<string, unknown>)[k] = v;
        }
        return line;
      }),
    };
  });
}

const postImport: ActionRule = (ctx, spec, body) => {
  const imp =
    typeof body.id === 'string' ? ctx.store.table('Import').get(idKey(body.id)) : undefined;
  if (!imp) return refuse('No such import.', { id: 'No import has this id.' });
  // Every voucher is checked before any is written: an import posts whole or not at all.
  const checked = checkImport(ctx.store, imp);
  if ('problem' in checked) return refuse(checked.problem, { id: checked.problem });
  for (const v of checked.vouchers) postVoucher(ctx.store, ctx.now, v);
  const row = { ...imp, isPosted: true, lastChanged: formatDateTimeOffset(ctx.now) };
  ctx.store.write(spec.name, idKey(imp.id), row, ctx.now);
  return { ok: true, row };
};

// --- Blob (§7) ----------------------------------------------------------------------------------

/** The documents stored for a voucher number (any voucher, not only invoices). */
function documentsOf(store: Store, voucherNo: string): Row[] {
  if (!/^\d{1,18}$/.test(voucherNo)) return [];
  return store.table('VoucherDocument').candidates('voucherNo', [Number(voucherNo)]);
}

/** `GetVoucherDocumentationList/{voucherNo}`: a list, empty when there is none (§7). */
const voucherDocumentList: SubListRule = (ctx, _spec, id) => documentsOf(ctx.store, id);

/** `GetVoucherDocumentation/{voucherNo}`: the first document, base64 in JSON; 404 for none. */
const voucherDocumentation: DownloadRule = (ctx, _spec, key) => {
  const doc = documentsOf(ctx.store, key)[0];
  return doc ? { document: doc } : undefined;
};

/** The posted transactions of a voucher number (the books, §11), in line order. */
function voucherLines(store: Store, voucherNo: string): Row[] {
  if (!/^\d{1,18}$/.test(voucherNo)) return [];
  return store.table('AccountTransaction').candidates('voucherNo', [Number(voucherNo)]);
}

/**
 * `GET /Blob/VoucherEhf/{voucherNo}` (§7): the EHF (UBL XML) of a supplier invoice that came in as
 * EHF (`isCreatedFromEhf`), rebuilt from its posting: the supplier's line holds the total, the
 * other lines are the invoice lines. 404 for any other voucher.
 */
const voucherEhf: DownloadRule = (ctx, _spec, key) => {
  const lines = voucherLines(ctx.store, key);
  const head = lines.find((l) => l.supplierAccountNo != null);
  if (head?.isCreatedFromEhf !== true) return undefined;
  const supplier = ctx.store.table('Supplier').lookup('code', head.supplierAccountNo);
  const client = ctx.store.table('Client').all()[0];
  const items = lines
    .filter((l) => l !== head && l.vatRate !== undefined)
    .map(
      (l, i) =>
        `  <cac:InvoiceLine><cbc:ID>${i + 1}</cbc:ID><cbc:LineExtensionAmount currencyID="NOK">${Number(l.amount).toFixed(2)}</cbc:LineExtensionAmount><cac:Item><cbc:Name>${esc(l.text)}</cbc:Name></cac:Item></cac:InvoiceLine>`,
    );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>',
    `  <cbc:ID>${esc(head.documentNo ?? key)}</cbc:ID>`,
    `  <cbc:IssueDate>${String(head.date).slice(0, 10)}</cbc:IssueDate>`,
    `  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>${esc(supplier?.name)}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>`,
    `  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>${esc(client?.name)}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>`,
    `  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="NOK">${(-Number(head.amount)).toFixed(2)}</cbc:PayableAmount></cac:LegalMonetaryTotal>`,
    ...items,
    '</Invoice>',
  ].join('\n');
  return { bytes: Buffer.from(xml, 'utf8'), contentType: 'application/xml' };
};

/**
 * A baseline JPEG of one grey 8×8 block (SOI, quantisation and Huffman tables of a DC-only scan,
 * EOI): enough for viewers to open, standing in for a scanned page.
 */
const GREY_JPEG = Buffer.from(
  'ffd8ffdb004300' +
    '01'.repeat(64) +
    'ffc0000b080008000801011100' +
    'ffc4001400' +
    '01' +
    '00'.repeat(15) +
    '00' +
    'ffc4001410' +
    '01' +
    '00'.repeat(15) +
    '00' +
    'ffda0008010100003f00' +
    // The scan: DC difference 0, then end of block, padded with 1-bits.
    '3f' +
    'ffd9',
  'hex',
);

/**
 * `GET /Blob/VoucherImage/{voucherNo}/{pageNo}` (§7): one scanned page as JPEG, pages 1-based up
 * to the voucher's `voucherImagesCount`; 404 beyond it or for a voucher without images.
 */
const voucherImage: DownloadRule = (ctx, _spec, key, page) => {
  const count = Math.max(
    0,
    ...voucherLines(ctx.store, key).map((l) => Number(l.voucherImagesCount ?? 0)),
  );
  if (page === undefined || page < 1 || page > count) return undefined;
  return { bytes: GREY_JPEG, contentType: 'image/jpeg' };
};

// --- Registration ------------------------------------------------------------------------------

export const VOUCHER_ACTION_RULES: Record<string, ActionRule> = {
  'DebtCollectionCase.addInvoices': addInvoices,
  'DebtCollectionCase.merge': mergeCases,
  'DebtCollectionCase.updateStatus': updateStatus,
  'JournalEntryVoucher.forwardIncomingEhf': forwardIncomingEhf,
  'Import.post': postImport,
};
export const VOUCHER_SUBLIST_RULES: Record<string, SubListRule> = {
  'DebtCollectionInvoice.matchedItems': matchedItems,
  'OutgoingInvoice.documents': voucherDocumentList,
  'AccountTransaction.documents': voucherDocumentList,
};
export const VOUCHER_READ_RULES: Record<string, ReadRule> = {
  'DebtCollectionCase.isActive': isActive,
  'Import.status': importStatus,
};
export const VOUCHER_DOWNLOAD_RULES: Record<string, DownloadRule> = {
  'DebtCollectionInvoice.pdf': invoicePdf,
  'InvoiceJournalLine.pdf': journalPdf,
  'OutgoingInvoice.documentation': voucherDocumentation,
  'AccountTransaction.documentation': voucherDocumentation,
  'AccountTransaction.ehf': voucherEhf,
  'AccountTransaction.images': voucherImage,
};
export const VOUCHER_REPORTS: Record<
  string,
  (store: Store, params: ReportParams, now: number) => Row[]
> = {
  DebtCollectionInvoice: availableInvoices,
  DebtCollectionCaseWithMatches: allMatchedItems,
};
/** Finishing rules of saves, by resource (see `rules.ts` FINISH_RULES). */
export const VOUCHER_FINISH_RULES = {
  DebtCollectionCase: finishCase,
  JournalEntryVoucher: finishJournalEntry,
  Import: finishImport,
} as const;
