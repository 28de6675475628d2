import { classifyCode } from '../poweroffice/resources/account-code.js';
import { fieldProblems, requiredProblems, rowProblems } from '../poweroffice/resources/checks.js';
import type { FieldMap, FieldSpec } from '../poweroffice/resources/fields.js';
import {
  allResources,
  codeFieldsOf,
  type HeldRef,
  heldRefs,
  parentKeyOf,
  parentVariants,
  refsOf,
  resourceNamed,
} from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { codeFromSeries } from './ledger.js';
import { invoiceTotals, lineAmounts } from './money.js';
import { TIME_RULES } from './rules-time.js';
import { VOUCHER_FINISH_RULES } from './rules-vouchers.js';
import type { Store } from './store.js';
import {
  applyPatch,
  coerceObject,
  compact,
  type FieldErrors,
  formatDateTimeOffset,
  type Row,
} from './wire.js';

/**
 * What POST (upsert) and DELETE mean per resource (reference A8, A9, B*): code assignment,
 * natural-key uniqueness, externalImportReference, invoice lines and totals, blocked deletes.
 */

/** The `validation` object of a `success:false` answer, minus the log reference. */
export interface Validation {
  summary: string;
  exception?: string;
  fields?: FieldErrors;
}

export type Outcome =
  | { readonly ok: true; readonly row: Row }
  | { readonly ok: false; readonly notFound?: true; readonly validation: Validation };

export interface RuleContext {
  readonly store: Store;
  readonly now: number;
  readonly newGuid: () => string;
}

/** Several routes share one table: the global contact list reads the per-customer contacts. */
export function tableOf(spec: ResourceSpec): string {
  return spec.table ?? spec.name;
}

/** The string key of an id as stored (GUIDs are case-insensitive). */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id.toLowerCase() : String(id);
}

const UNIQUE = 'ApiUniqueConstraint';
const RELATED = 'The entity could not be deleted due to related data';

/** One reference that blocks deleting its target, as the emulator checks it. */
interface Blocker {
  readonly table: string;
  /** Keys from the holder's row down to the object list holding the field (invoice lines). */
  readonly path: readonly string[];
  readonly field: string;
  /** The target's key the field holds. */
  readonly targetKey: string;
  /** Only a holder whose `holderKey` equals the target's `targetField` (RefSpec `within`). */
  readonly within?: { readonly targetField: string; readonly holderKey: string };
}

/** Who points at a row, by target resource: every `blocksDelete` reference in the registry. */
const BLOCKERS = new Map<string, Blocker[]>();
/** Top-level references PowerOffice checks on save (`mustExist`), by holding resource. */
const MUST_EXIST = new Map<string, HeldRef[]>();
for (const spec of allResources) {
  if (spec.readVia) continue;
  for (const held of heldRefs(spec)) {
    if (held.ref.blocksDelete) {
      const list = BLOCKERS.get(held.ref.to) ?? [];
      list.push({
        table: tableOf(spec),
        path: held.path,
        field: held.key,
        targetKey: held.ref.key,
        ...(held.ref.within ? { within: held.ref.within } : {}),
      });
      BLOCKERS.set(held.ref.to, list);
    }
    // A value naming a row of any of several resources is checked once, against all of them.
    const first = held.anyOf[0] === held.ref.to;
    if (held.ref.mustExist !== false && !held.many && held.path.length === 0 && first) {
      MUST_EXIST.set(spec.name, [...(MUST_EXIST.get(spec.name) ?? []), held]);
    }
  }
}

/** The values a row holds at `path` + `field` (several when the path crosses a list). */
function heldValues(row: Row, path: readonly string[], field: string): unknown[] {
  let level: unknown[] = [row];
  for (const key of path) {
    level = level.flatMap((r) => {
      const v = (r as Row)[key];
      return Array.isArray(v) ? v : v == null ? [] : [v];
    });
  }
  return level.map((r) => (r as Row)[field]);
}

/** `No product group has this id.`: PowerOffice's wording for a missing target. */
function missing(target: string, key: string): string {
  return `No ${target.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} has this ${key}.`;
}

/** Refuses references to rows that do not exist, field by field (reference: "must exist"). */
function checkReferences(ctx: RuleContext, spec: ResourceSpec, row: Row, errors: FieldErrors) {
  for (const held of MUST_EXIST.get(spec.name) ?? []) {
    const value = row[held.key];
    if (value === undefined || value === null || value === held.ref.none) continue;
    const found = held.anyOf.some((to) => {
      const table = ctx.store.table(tableOf(resourceNamed(to)));
      const within = held.ref.within;
      if (within) {
        // A row of the holder's own (reference B3: a bank account *of this employee*).
        return table
          .all()
          .some(
            (t) =>
              t[held.ref.key] === value &&
              t[within.targetField] === row[within.holderKey] &&
              row[within.holderKey] !== undefined,
          );
      }
      return held.ref.key === 'id' ? table.get(idKey(value)) : table.lookup(held.ref.key, value);
    });
    if (!found) errors[held.key] = missing(held.ref.to, held.ref.key);
  }
  // Account codes (f.accountCode): the code must name a ledger account, or a customer,
  // supplier or employee by the sub-ledger number series (accounting.md §1, §2).
  for (const use of codeFieldsOf(spec.fields)) {
    const value = row[use.key];
    if (typeof value !== 'number' || use.spec.mustExist === false) continue;
    const classes = use.spec.classes;
    const series = ctx.store.table(classes.series.resource).all();
    const target = classifyCode(classes, value, series);
    const found = target && ctx.store.table(target.resource).lookup(target.key, value);
    if (!found) errors[use.key] = 'No ledger account or sub-ledger account has this code.';
  }
}

const invalid = (fields: FieldErrors, summary = 'One or more fields are invalid.'): Outcome => ({
  ok: false,
  validation: { summary, fields },
});

/** Defaults on create: the documented ones (`default`), else those of non-nullable fields. */
function defaults(fields: FieldMap): Row {
  const out: Row = {};
  for (const [key, field] of Object.entries(fields)) {
    const d = field.default ?? (field.nullable || field.readOnly ? undefined : defaultOf(field));
    if (d !== undefined) out[key] = d;
  }
  return out;
}

function defaultOf(field: FieldSpec): unknown {
  if (field.type === 'enum') return 0;
  if (field.type === 'list') return undefined;
  if (field.type === 'object') return undefined;
  if (field.kind === 'bool') return false;
  if (field.kind === 'int' || field.kind === 'long' || field.kind === 'double') return 0;
  return undefined;
}

function hasField(spec: ResourceSpec, key: string): boolean {
  return key in spec.fields;
}

/**
 * POST: create without `id`, update (partial: absent keys stay) with one. `parent` is the
 * customer row of `/Customer/{parentId}/Contact`.
 */
export function save(ctx: RuleContext, spec: ResourceSpec, body: Row, parent?: Row): Outcome {
  const errors: FieldErrors = {};
  const patch = coerceObject(spec.fields, body, errors);
  if (Object.keys(errors).length > 0) return invalid(errors);
  const table = ctx.store.table(tableOf(spec));
  let existing: Row | undefined;
  if (patch.id !== undefined) {
    existing = table.get(idKey(patch.id));
    // Under a parent path, a row of another parent is as unknown as a missing one.
    if (
      !existing ||
      (parent && spec.parent && existing[spec.parent.field] !== parent[parentKeyOf(spec.parent)])
    ) {
      return {
        ok: false,
        notFound: true,
        validation: { summary: `${spec.name} with id ${String(patch.id)} was not found.` },
      };
    }
  }
  delete patch.id;
  const stamp = formatDateTimeOffset(ctx.now);
  if (existing && spec.createOnly) {
    // accounting.md §5: "no edit; delete and recreate instead".
    return {
      ok: false,
      validation: { summary: `A ${spec.name} cannot be changed: delete it and create it again.` },
    };
  }
  // A row on a payroll (or otherwise locked) refuses every change (accounting reference §10).
  if (existing && spec.lockedWhen && existing[spec.lockedWhen.field] === true) {
    const { field, reason } = spec.lockedWhen;
    return { ok: false, validation: { summary: reason, fields: { [field]: reason } } };
  }
  if (!existing) Object.assign(errors, requiredProblems(spec.fields, patch));

  // Declared value rules: ranges, lower bounds, formats and uploads (accounting.md §1, §3, §5,
  // §6).
  Object.assign(errors, fieldProblems(spec.fields, patch));

  const special = SAVE_RULES[spec.name];
  if (special) {
    const r = special(ctx, patch, existing, errors);
    if (r) return r;
  }
  if (Object.keys(errors).length > 0) return invalid(errors);

  let row = applyPatch(existing ?? defaults(spec.fields), patch);
  row = compact(row) as Row;
  if (!existing) {
    row.id = spec.idKind === 'guid' ? ctx.newGuid() : table.nextId++;
    for (const k of ['createdDate', 'customerCreatedDate', 'employeeCreatedDate']) {
      if (hasField(spec, k)) row[k] = stamp;
    }
  }
  if (hasField(spec, 'lastChanged')) row.lastChanged = stamp;
  // Party identity numbers are never read back: GET shows "hidden" when set (reference B1, B3).
  if (spec.name === 'Customer' || spec.name === 'Employee') {
    for (const hidden of ['socialSecurityNumber', 'internationalIdNumber']) {
      if (typeof row[hidden] === 'string' && patch[hidden] != null) row[hidden] = 'hidden';
    }
  }
  assignAddressIds(ctx, row, patch, existing, stamp);

  for (const [field, key] of Object.entries(spec.keys)) {
    if (row[field] === undefined || row[field] === null) {
      if (key.optional) continue;
      if (key.assignedFrom === undefined) return invalid({ [field]: `${field} is required.` });
      // A create naming its sub-ledger number series gets the next code of that series.
      const series = existing ? undefined : codeFromSeries(ctx.store, spec.name, field, patch);
      if (series && 'error' in series) return invalid({ subledgerNumberSeriesId: series.error });
      row[field] = series ? series.code : table.nextNumber(field, key.assignedFrom);
    }
    // A scoped key (agriculture: code + department, accounting.md §1) is unique with its
    // scope where the client says so; an absent scope value is None (0).
    const when = key.scopeWhen;
    const scoped = when ? ctx.store.table(when.resource).all()[0]?.[when.field] === true : true;
    const scope = scoped ? (key.scope ?? []) : [];
    const other =
      scope.length === 0
        ? table.lookup(field, row[field])
        : table
            .candidates(field, [row[field]])
            .find((r) => r.id !== row.id && scope.every((s) => (r[s] ?? 0) === (row[s] ?? 0)));
    if (other && other.id !== row.id) {
      return {
        ok: false,
        validation: {
          summary: `A ${spec.name} with this ${field} already exists.`,
          exception: UNIQUE,
          fields: { [field]: 'Must be unique.' },
        },
      };
    }
  }
  if (
    hasField(spec, 'externalImportReference') &&
    typeof row.externalImportReference === 'string'
  ) {
    // Its 50 characters are a declared maxLength, checked with the body's other rules.
    const other = table.lookup('externalImportReference', row.externalImportReference);
    if (other && other.id !== row.id) {
      return {
        ok: false,
        validation: {
          summary: `ExternalImportReference must be unique: another ${spec.name} already uses it.`,
          exception: UNIQUE,
          fields: { externalImportReference: 'Must be unique.' },
        },
      };
    }
  }
  if (parent && spec.parent) {
    // The path names the parent; the row holds its id and any of its keys it refers to.
    row[spec.parent.field] = parent[parentKeyOf(spec.parent)];
    for (const use of refsOf(spec.fields)) {
      if (use.ref.to === spec.parent.resource && use.ref.key !== 'id') {
        row[use.key] = parent[use.ref.key];
      }
    }
  }
  checkReferences(ctx, spec, row, errors);
  // Declared pairs ("both or neither") and row rules hold for the row as it would be stored.
  Object.assign(errors, rowProblems(spec, row));
  const finish = FINISH_RULES[spec.name];
  if (finish) {
    const r = finish(ctx, row, existing, errors, patch);
    if (r) return r;
  }
  // Reference and rule errors together, field by field, as PowerOffice answers them.
  if (Object.keys(errors).length > 0) return invalid(errors);
  if (Array.isArray(row.contactGroups)) ensureContactGroups(ctx, row.contactGroups as string[]);
  return { ok: true, row };
}

/** Addresses get ids (kept when the client sends an existing one) and a lastChanged stamp. */
function assignAddressIds(
  ctx: RuleContext,
  row: Row,
  patch: Row,
  existing: Row | undefined,
  stamp: string,
) {
  const seq = ctx.store.table('Address');
  const known = new Set<unknown>();
  for (const k of ['mailAddress', 'streetAddress']) {
    const a = existing?.[k] as Row | undefined;
    if (a?.id !== undefined) known.add(a.id);
  }
  for (const a of (existing?.streetAddresses as Row[] | undefined) ?? []) known.add(a.id);
  const fix = (a: Row, previous?: Row): Row => {
    const id = a.id !== undefined && known.has(a.id) ? a.id : (previous?.id ?? seq.nextId++);
    return { ...a, id, isPrimary: a.isPrimary ?? false, lastChanged: stamp };
  };
  for (const k of ['mailAddress', 'streetAddress']) {
    const a = row[k] as Row | undefined;
    if (a && patch[k] != null) row[k] = fix(a, existing?.[k] as Row | undefined);
  }
  const list = row.streetAddresses as Row[] | undefined;
  if (list && patch.streetAddresses != null) row.streetAddresses = list.map((a) => fix(a));
}

/** Party contact-group titles that do not exist yet are created (reference B1). */
function ensureContactGroups(ctx: RuleContext, titles: string[]): void {
  const groups = ctx.store.table('ContactGroup');
  for (const title of titles) {
    if (!groups.lookup('title', title)) {
      const id = groups.nextId++;
      ctx.store.write(
        'ContactGroup',
        idKey(id),
        { id, title, sendInvoicesToGroup: false },
        ctx.now,
      );
    }
  }
}

export type Rule = (
  ctx: RuleContext,
  rowOrPatch: Row,
  existing: Row | undefined,
  errors: FieldErrors,
  /** The client's patch (FINISH_RULES only): tells which collections were sent. */
  patch?: Row,
) => Outcome | undefined;

/** Checks on the incoming patch, before it is merged. */
const SAVE_RULES: Record<string, Rule> = {
  OutgoingInvoice: (_ctx, _patch, existing) => {
    if (existing && (existing.status as number) >= 2) {
      return {
        ok: false,
        validation: { summary: 'Only draft and approved invoices can be changed.' },
      };
    }
    // Only Draft or Approved may be set: declared on `status` (settableInvoiceStatus).
    return undefined;
  },
  // RecurringInvoice (B10): the status, "every N units" (N ≥ 1), daysInAdvance, repeatTimes and
  // the excluded months are declared on its fields (recurring-invoice.ts) and checked with them.
  Employee: (_ctx, patch) => {
    // Deprecated: GET shows today's rate, POST ignores them (reference B3).
    delete patch.hourlyRate;
    delete patch.hourlyCost;
    return undefined;
  },
};

/** Checks and derived values on the merged row. */
const FINISH_RULES: Record<string, Rule> = {
  ...TIME_RULES,
  ...VOUCHER_FINISH_RULES,
  // Reference B12: added and deleted, never changed; name with extension and content required.
  // A POST with an existing id is refused by the generic `createOnly` rule (B12).
  // The file name (with its extension) and the base64 content are declared (required, checked)
  // and refused before this runs; here only the size PowerOffice reports.
  InvoiceAttachment: (_ctx, row) => {
    const data = row.base64EncodedData;
    if (typeof data === 'string') row.fileSizeInBytes = Buffer.from(data, 'base64').length;
    return undefined;
  },
  OutgoingInvoice: (ctx, row, existing, errors, patch) =>
    finishInvoice(ctx, row, existing, errors, patch, 'OutgoingInvoice'),
  // Reference B10: the invoice rules (lines, totals, customer or group), its own order numbers.
  RecurringInvoice: (ctx, row, existing, errors, patch) =>
    finishInvoice(ctx, row, existing, errors, patch, 'RecurringInvoice'),
  Product: (ctx, row) => {
    // The VAT code follows the product group's (reference B7); existence is checked above.
    const group =
      row.productGroupId === undefined
        ? undefined
        : ctx.store.table('ProductGroup').get(idKey(row.productGroupId));
    row.vatCode = (group?.vatCode as string | undefined) ?? row.vatCode ?? '3';
    return undefined;
  },
  Employee: (ctx, row, existing, _errors, patch) => {
    const rates = row.hourlyRates as Row[] | undefined;
    if (rates && patch?.hourlyRates != null) {
      const old = new Map(((existing?.hourlyRates as Row[]) ?? []).map((r) => [r.id, r]));
      const seq = ctx.store.table('EmployeeHourlyRate');
      const kept = new Map(old);
      for (const r of rates) {
        if (r.id !== undefined && r.isDeleted === true) kept.delete(r.id);
        else if (r.isDeleted !== true) {
          const id = r.id !== undefined && old.has(r.id) ? r.id : seq.nextId++;
          const { isDeleted: _d, ...rest } = r;
          kept.set(id, { ...(old.get(id) ?? {}), ...rest, id });
        }
      }
      row.hourlyRates = [...kept.values()];
    }
    return undefined;
  },
};

function finishInvoice(
  ctx: RuleContext,
  row: Row,
  existing: Row | undefined,
  errors: FieldErrors,
  patch: Row | undefined,
  table: string,
) {
  const store = ctx.store;
  // customerCode and contactGroupId never both: declared (`excludes`), checked by rowProblems.
  // Both must exist (checked from the registry); here they only lend their data.
  const customer =
    row.customerCode === undefined
      ? undefined
      : store.table('Customer').lookup('code', row.customerCode);
  const group =
    row.contactGroupId === undefined
      ? undefined
      : store.table('ContactGroup').get(idKey(row.contactGroupId));
  if (group) row.contactGroup = group.title;
  else delete row.contactGroup;
  if (!existing) {
    row.orderNo = store.table(table).nextNumber('orderNo', 1);
    row.isInvoiceBeingProcessed = false;
    row.paymentTerms ??= customer?.paymentTerms;
  }

  // Lines: with id → update that line (or remove it with isDeleted); without id → add; lines
  // the client leaves out are kept (reference A8 / D6).
  const sent = row.outgoingInvoiceLines as Row[] | undefined;
  const previous = (existing?.outgoingInvoiceLines as Row[] | undefined) ?? [];
  let lines: Row[] = previous;
  if (sent && patch?.outgoingInvoiceLines != null) {
    const byId = new Map(previous.map((l) => [l.id, l]));
    const order: unknown[] = previous.map((l) => l.id);
    const seq = store.table('OutgoingInvoiceLine');
    sent.forEach((line, i) => {
      const { isDeleted, ...rest } = line;
      if (line.id !== undefined) {
        if (!byId.has(line.id)) {
          errors[`outgoingInvoiceLines[${i}].id`] = 'No line of this invoice has this id.';
        } else if (isDeleted === true) byId.delete(line.id);
        else byId.set(line.id, { ...byId.get(line.id), ...rest });
      } else if (isDeleted !== true) {
        const id = seq.nextId++;
        byId.set(id, { ...rest, id });
        order.push(id);
      }
    });
    lines = order.filter((id) => byId.has(id)).map((id) => byId.get(id) as Row);
  }
  if (lines.length > 10_000) errors.outgoingInvoiceLines = 'At most 10000 lines.';
  const vatFree = customer?.isVatFree === true;
  const refs = new Set<string>();
  lines = lines.map((line, i) => priceLine(ctx, line, i, vatFree, errors, refs));
  row.outgoingInvoiceLines = lines;
  Object.assign(row, invoiceTotals(lines));
  if (Object.keys(errors).some((k) => k.endsWith('externalImportLineReference'))) {
    return {
      ok: false,
      validation: {
        summary: 'ExternalImportLineReference must be unique within the invoice.',
        exception: UNIQUE,
        fields: errors,
      },
    } satisfies Outcome;
  }
  return undefined;
}

/** Fills a line from its product and VAT code and computes its amounts. */
function priceLine(
  ctx: RuleContext,
  line: Row,
  i: number,
  vatFree: boolean,
  errors: FieldErrors,
  refs: Set<string>,
): Row {
  const at = (k: string) => `outgoingInvoiceLines[${i}].${k}`;
  const out: Row = { ...line };
  out.lineType ??= 0;
  out.sortOrder ??= i + 1;
  out.vatReturnSpecification ??= 0;
  const ref = out.externalImportLineReference;
  // Its length (at most 50) is declared on the field; unique within the invoice, ignoring case.
  if (typeof ref === 'string') {
    if (refs.has(ref.toLowerCase())) errors[at('externalImportLineReference')] = 'Must be unique.';
    refs.add(ref.toLowerCase());
  }
  if (out.lineType !== 0) {
    if (![1, 2].includes(out.lineType as number)) {
      errors[at('lineType')] = 'Only Normal, Text or Summary lines may be sent.';
    }
    return Object.assign(out, { netAmount: 0, totalAmount: 0 });
  }
  const product =
    out.productCode === undefined
      ? undefined
      : ctx.store.table('Product').lookup('code', out.productCode);
  if (!product) {
    errors[at('productCode')] =
      out.productCode === undefined ? 'Required on normal lines.' : 'No product has this code.';
    return Object.assign(out, { netAmount: 0, totalAmount: 0 });
  }
  out.productCode = product.code;
  out.description ??= product.name;
  out.unitPrice ??= product.salesPrice ?? 0;
  out.unitCost ??= product.costPrice;
  out.unitOfMeasureCode ??= product.unitOfMeasureCode;
  out.quantity ??= 1;
  out.discountPercent ??= 0;
  // A fraction in -10..1: declared on the field (`range`), checked with the sent lines.
  const discount = out.discountPercent as number;
  const exempt = out.exemptVat === true || vatFree;
  const vatCode = exempt ? '5' : ((product.vatCode as string | undefined) ?? '3');
  const vat = ctx.store.table('VatCode').lookup('code', vatCode);
  const rate = exempt ? 0 : ((vat?.rate as number | undefined) ?? 25);
  out.vatCode = vatCode;
  out.vatRate = rate;
  out.salesAccount = exempt ? product.vatExemptSalesAccount : product.salesAccount;
  out.vatExemptSalesAccount = product.vatExemptSalesAccount;
  return Object.assign(
    out,
    lineAmounts(out.quantity as number, out.unitPrice as number, discount, rate),
  );
}

/** DELETE: blocked while other data points at the row (reference A4/A8); posted invoices stay. */
export function checkDelete(
  ctx: RuleContext,
  spec: ResourceSpec,
  row: Row,
): Validation | undefined {
  if (spec.name === 'OutgoingInvoice' && (row.status as number) >= 2) {
    return { summary: 'Only draft and approved invoices can be deleted.' };
  }
  if (spec.lockedWhen && row[spec.lockedWhen.field] === true) {
    return {
      summary: spec.lockedWhen.reason,
      fields: { [spec.lockedWhen.field]: spec.lockedWhen.reason },
    };
  }
  if (spec.undeletableWhen && row[spec.undeletableWhen] === true) {
    return { summary: `The default ${spec.name} cannot be deleted.` };
  }
  for (const blocker of BLOCKERS.get(spec.name) ?? []) {
    const value = row[blocker.targetKey];
    if (value === undefined) continue;
    const within = blocker.within;
    const used = ctx.store
      .table(blocker.table)
      .all()
      .some(
        (r) =>
          heldValues(r, blocker.path, blocker.field).includes(value) &&
          (!within || r[within.holderKey] === row[within.targetField]),
      );
    if (used) return { summary: RELATED };
  }
  return undefined;
}

/** Rows that go with a deleted row: its sub-resources (a customer's contact persons). */
export function cascade(ctx: RuleContext, spec: ResourceSpec, row: Row): void {
  for (const child of allResources.flatMap((r) => parentVariants(r))) {
    if (child.parent?.resource !== spec.name) continue;
    const table = tableOf(child);
    for (const [key, r] of ctx.store.table(table).entries()) {
      if (r[child.parent.field] === row[parentKeyOf(child.parent)]) {
        ctx.store.write(table, key, undefined, ctx.now);
      }
    }
  }
}
