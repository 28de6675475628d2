import { oncePer } from '../../memo.js';
import { LEDGER_ACCOUNT } from './account-code.js';
import { AccountTransactionResource } from './account-transaction.js';
import { BankTransferResource } from './bank-transfer.js';
import { BrandingThemeResource } from './branding-theme.js';
import { ClientAuthResource } from './client-auth.js';
import { ClientBankAccountResource } from './client-bank-account.js';
import { ClientCompanyResource } from './client-company.js';
import { ClientContactResource } from './client-contact.js';
import { ContactGroupResource } from './contact-group.js';
import { ContactPersonResource, PartyContactPersonResource } from './contact-person.js';
import { CurrencyResource } from './currency.js';
import { CustomerResource } from './customer.js';
import {
  DebtCollectionCaseResource,
  DebtCollectionInvoiceResource,
  DebtCollectionMatchesResource,
} from './debt-collection.js';
import { DeliveryTermsResource } from './delivery-terms.js';
import { DepartmentResource } from './department.js';
import { EmployeeResource } from './employee.js';
import { ExternallyDeliverableInvoiceResource } from './externally-deliverable-invoice.js';
import type { CodeClasses, CodeRefSpec, FieldMap, FieldSpec, RefSpec } from './fields.js';
import { GeneralLedgerAccountResource } from './general-ledger-account.js';
import { ImportResource } from './import.js';
import { InvoiceAttachmentResource } from './invoice-attachment.js';
import { InvoiceJournalResource } from './invoice-journal.js';
import { JournalEntryVoucherResource } from './journal-entry-voucher.js';
import { CustomerLedgerResource, SupplierLedgerResource } from './ledger-entry.js';
import { LocationResource } from './location.js';
import { OutgoingInvoiceResource } from './outgoing-invoice.js';
import { CustomerBalanceResource, SupplierBalanceResource } from './party-balance.js';
import { PartyBankAccountResource, PartyBankAccountViewResource } from './party-bank-account.js';
import { PaymentTermsResource } from './payment-terms.js';
import { PayItemResource, SalaryLineResource } from './payroll.js';
import { ProductResource } from './product.js';
import { ProductGroupResource } from './product-group.js';
import { ProjectResource } from './project.js';
import {
  ProjectActivityResource,
  ProjectActivityViewResource,
  ProjectTeamMemberResource,
  ProjectTeamMemberViewResource,
} from './project-team.js';
import { RecurringInvoiceResource } from './recurring-invoice.js';
import type { ParentSpec, ResourceSpec } from './resource.js';
import { SubledgerNumberSeriesResource } from './subledger-number-series.js';
import { SupplierResource } from './supplier.js';
import { ActivityResource, HourTypeResource, TimeTrackingEntryResource } from './time-tracking.js';
import { TimeTransactionResource } from './time-transactions.js';
import { TrialBalanceResource, UsageResource } from './trial-balance.js';
import { VatCodeResource } from './vat-code.js';

/**
 * Every resource the facade covers. The emulator mounts a route per entry and its enabled
 * operations, the loaders and the schema derive theirs from it, and tests walk it. Adding a
 * resource is adding a line here.
 */
export const allResources: readonly ResourceSpec[] = [
  CustomerResource,
  SupplierResource,
  ContactPersonResource,
  PartyContactPersonResource,
  ContactGroupResource,
  EmployeeResource,
  ProductResource,
  ProductGroupResource,
  OutgoingInvoiceResource,
  VatCodeResource,
  DepartmentResource,
  ProjectResource,
  LocationResource,
  PaymentTermsResource,
  DeliveryTermsResource,
  CurrencyResource,
  BrandingThemeResource,
  InvoiceJournalResource,
  ClientCompanyResource,
  InvoiceAttachmentResource,
  AccountTransactionResource,
  CustomerLedgerResource,
  SupplierLedgerResource,
  CustomerBalanceResource,
  SupplierBalanceResource,
  TrialBalanceResource,
  UsageResource,
  PartyBankAccountResource,
  PartyBankAccountViewResource,
  // Projects, payroll and time tracking (issue 11).
  ProjectActivityResource,
  ProjectActivityViewResource,
  ProjectTeamMemberResource,
  ProjectTeamMemberViewResource,
  PayItemResource,
  SalaryLineResource,
  ActivityResource,
  HourTypeResource,
  TimeTrackingEntryResource,
  RecurringInvoiceResource,
  ExternallyDeliverableInvoiceResource,
  ClientContactResource,
  ClientAuthResource,
  TimeTransactionResource,
  GeneralLedgerAccountResource,
  SubledgerNumberSeriesResource,
  ClientBankAccountResource,
  BankTransferResource,
  DebtCollectionInvoiceResource,
  DebtCollectionCaseResource,
  DebtCollectionMatchesResource,
  JournalEntryVoucherResource,
  ImportResource,
];

/** The parent's key a sub-resource row holds in `parent.field`: `id` unless declared. */
export function parentKeyOf(parent: ParentSpec): string {
  return parent.key ?? 'id';
}

/** The field holding a file's content, for resources that carry one. */
export function fileFieldOf(spec: ResourceSpec): { key: string; nameField: string } | undefined {
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.file) return { key, nameField: field.file.nameField };
  }
  return undefined;
}

const byName = new Map(allResources.map((r) => [r.name, r]));

/** The registered resource called `name`, or undefined (a name from outside, e.g. a URL). */
export function findResource(name: string): ResourceSpec | undefined {
  return byName.get(name);
}

/** The registered resource called `name`; throws for a name the registry does not know. */
export function resourceNamed(name: string): ResourceSpec {
  const spec = byName.get(name);
  if (!spec) throw new Error(`No resource "${name}" is registered`);
  return spec;
}

/** The resource that serves `spec`'s reads: its global view, or itself. */
export function readResource(spec: ResourceSpec): ResourceSpec {
  return spec.readVia ? resourceNamed(spec.readVia) : spec;
}

/**
 * The keys that identify one row: its node key (`id`) and the natural keys. Worked out once per
 * resource: every list of whole rows primes a loader per key, and every key lookup asks too.
 */
export const uniqueKeys: (spec: ResourceSpec) => readonly string[] = oncePer((spec) =>
  Object.freeze([...new Set([spec.nodeKey ?? 'id', ...Object.keys(spec.keys)])]),
);

/** One reference: the field `key` of `map` (in `path` inside the row) points at `ref.to`. */
export interface RefUse {
  /** JSON key of the holding field. */
  readonly key: string;
  readonly field: FieldSpec;
  readonly ref: RefSpec & { readonly key: string };
  /** The holding field is a list: each item is a reference. */
  readonly many: boolean;
  /** Every resource the value may name (`ref.to` and `ref.alsoTo`), registered ones only. */
  readonly anyOf: readonly string[];
}

/**
 * The references a field map declares directly (not inside nested objects). A reference to a
 * resource that is not registered yet is dormant: it lights up when its target is added.
 */
export function refsOf(map: FieldMap): RefUse[] {
  const out: RefUse[] = [];
  for (const [key, field] of Object.entries(map)) {
    if (!field.ref) continue;
    // A value that may name a row of several resources is one use per registered target.
    const anyOf = [field.ref.to, ...(field.ref.alsoTo ?? [])].filter((to) => byName.has(to));
    for (const to of anyOf) {
      out.push({
        key,
        field,
        ref: { key: 'code', ...field.ref, to },
        many: field.type === 'list',
        anyOf,
      });
    }
  }
  return out;
}

/** Every field of a resource as the graph shows it: list-row fields, then detail-only ones. */
export function allFields(spec: ResourceSpec): FieldMap {
  return spec.listFields === spec.fields ? spec.fields : { ...spec.fields, ...spec.listFields };
}

/** A reference held somewhere in a resource's rows, with the path to the holding field. */
export interface HeldRef extends RefUse {
  readonly holder: ResourceSpec;
  /** Keys from the row down to the nested object list holding the field (`[]` at the top). */
  readonly path: readonly string[];
}

/**
 * Every reference a resource's rows hold, nested object lists (invoice lines) included. Worked
 * out once per resource (the registry is fixed once loaded) and shared: callers only read it.
 */
export const heldRefs: (spec: ResourceSpec) => readonly HeldRef[] = oncePer(findHeldRefs);

function findHeldRefs(spec: ResourceSpec): readonly HeldRef[] {
  const out: HeldRef[] = [];
  const walk = (map: FieldMap, path: string[]) => {
    for (const use of refsOf(map)) out.push({ ...use, holder: spec, path });
    for (const [key, field] of Object.entries(map)) {
      const item = field.type === 'list' ? field.item : field;
      if (item.type === 'object') walk(item.fields, [...path, key]);
    }
  };
  walk(allFields(spec), []);
  return Object.freeze(out);
}

/** Resources that have a GraphQL type of their own. */
export const graphResources = allResources.filter((r) => r.graph);

/** References to `target` held at the top of a graph resource's rows, that declare a reverse. */
export function inversesTo(target: string): readonly HeldRef[] {
  return inversesAmong(graphResources).get(target) ?? [];
}

/**
 * `inversesTo` of every target, found in one pass over the holders, once. Each type asked it of
 * every resource in turn, and each asked every field again: about 60 ms of every start.
 */
const inversesAmong = oncePer((holders: readonly ResourceSpec[]) => {
  const index = new Map<string, HeldRef[]>();
  for (const holder of holders) {
    for (const h of heldRefs(holder)) {
      if (h.path.length !== 0 || !h.ref.inverse) continue;
      const list = index.get(h.ref.to);
      if (list) list.push(h);
      else index.set(h.ref.to, [h]);
    }
  }
  return index;
});

/**
 * A sub-resource as addressed under each of its parents: the declaration itself for its first
 * parent, and the same declaration at the other path (and with that parent) for each further
 * one. Routes, calls and rules take the variant; the rows and the table are the same.
 */
export function parentVariants(spec: ResourceSpec): ResourceSpec[] {
  if (!spec.parent) return [spec];
  return [
    spec,
    ...(spec.alsoUnder ?? []).map(({ path, privilege, ...parent }) => ({
      ...spec,
      path,
      // The list route is the path itself under every parent (`GET /Supplier/{id}/Contact`).
      listPath: spec.listPath === spec.path ? path : spec.listPath,
      parent,
      privilege: privilege ?? spec.privilege,
    })),
  ];
}

/** The variant of a sub-resource addressed under `parentResource`; throws for another parent. */
export function underParent(spec: ResourceSpec, parentResource: string): ResourceSpec {
  const found = parentVariants(spec).find((v) => v.parent?.resource === parentResource);
  if (!found) throw new Error(`${spec.name} is not addressed under ${parentResource}`);
  return found;
}

/**
 * Every shared code space (`CodeClasses`) the declarations use: each is a GraphQL union with a
 * root lookup, whether or not a registered field holds such a code yet.
 */
export const codeSpaces: readonly CodeClasses[] = [LEDGER_ACCOUNT];

/** The fields of a map that hold a code of a shared code space (`f.accountCode`). */
export function codeFieldsOf(
  map: FieldMap,
): { key: string; field: FieldSpec; spec: CodeRefSpec }[] {
  const out: { key: string; field: FieldSpec; spec: CodeRefSpec }[] = [];
  for (const [key, field] of Object.entries(map)) {
    if (field.codeOf) out.push({ key, field, spec: field.codeOf });
  }
  return out;
}
