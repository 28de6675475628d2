import { codeSpaces } from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import type { Store } from './store.js';
import type { Row } from './wire.js';

/**
 * Ledger rules of the emulator that the reference states only in outline (accounting.md §1,
 * core-and-sales.md B14), chosen as DECISIONS.md records.
 */

/** Reads the rows a path-keyed sub-list answers with, for `parent` (the row its key named). */
export type SubListRule = (rows: (table: string) => readonly Row[], parent: Row) => Row[];

/**
 * VAT codes by their direction, as the Norwegian standard codes are numbered (seed.ts
 * `VAT_CODES`): output VAT (sales), input VAT (purchases); "0" (no VAT treatment) is allowed
 * on every account.
 */
const OUTPUT_VAT = new Set(['3', '31', '33', '5', '52', '6']);
const INPUT_VAT = new Set(['1', '11', '13', '14', '15']);

/**
 * `GET /VatCode/chartofaccount/{accountCode}` (B14: "VAT codes allowed on a GL account"; the
 * rule itself is not documented): sales accounts (3000–3999) allow the output codes, cost
 * accounts (4000–7999) the input codes, balance and financial accounts only "0"; the account's
 * own default VAT code is always allowed. Active codes only, in code order.
 */
function allowedVatCodes(rows: (table: string) => readonly Row[], account: Row): Row[] {
  const code = Number(account.code);
  const allowed = new Set<string>(['0']);
  if (code >= 3000 && code <= 3999) for (const c of OUTPUT_VAT) allowed.add(c);
  if (code >= 4000 && code <= 7999) for (const c of INPUT_VAT) allowed.add(c);
  if (typeof account.vatCode === 'string') allowed.add(account.vatCode);
  return rows('VatCode')
    .filter((v) => allowed.has(String(v.code)) && v.isActive !== false)
    .sort((a, b) => String(a.code).localeCompare(String(b.code), 'en', { numeric: true }));
}

/** Sub-lists whose items do not name their parent: answered by a rule, by `<Resource>.<name>`. */
export const SUBLIST_RULES: Readonly<Record<string, SubListRule>> = {
  'GeneralLedgerAccount.vatCodes': allowedVatCodes,
};

/** The rule of a declared sub-list without `parentField`; throws when none is written. */
export function subListRule(spec: ResourceSpec, name: string): SubListRule {
  const rule = SUBLIST_RULES[`${spec.name}.${name}`];
  if (!rule) throw new Error(`No emulator rule for the sub-list ${spec.name}.${name}`);
  return rule;
}

/**
 * The code a party create gets from the sub-ledger number series it names in the write-only
 * `subledgerNumberSeriesId` (accounting.md §2; core-and-sales B1 "used on create only"): one
 * above the highest code of that resource inside the series' range. Undefined when the body
 * names no series (or the resource numbers no series); an error for a series that does not
 * exist, is of another kind, or is full.
 */
export function codeFromSeries(
  store: Store,
  resource: string,
  field: string,
  patch: Row,
): { code: number } | { error: string } | undefined {
  const id = patch.subledgerNumberSeriesId;
  if (typeof id !== 'string') return undefined;
  const space = codeSpaces.find((c) => Object.values(c.series.kinds).includes(resource));
  if (!space || space.series.key !== field) return undefined;
  const s = space.series;
  // Stored under the lower-case GUID (rules.ts idKey).
  const row = store.table(s.resource).get(id.toLowerCase());
  if (!row) return { error: 'No sub-ledger number series has this id.' };
  if (s.kinds[Number(row[s.kindField])] !== resource) {
    return { error: `The series does not number ${resource.toLowerCase()}s.` };
  }
  const from = row[s.from] as number;
  const to = row[s.to] as number;
  const table = store.table(resource);
  let next = from;
  for (const r of table.all()) {
    const v = r[field];
    if (typeof v === 'number' && v >= next && v <= to) next = v + 1;
  }
  return next > to ? { error: 'The series has no free code left.' } : { code: next };
}
