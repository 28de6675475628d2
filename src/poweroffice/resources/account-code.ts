import { SubledgerNumberSeriesType } from './enums.js';
import { type CodeClasses, type CodeRefSpec, f } from './fields.js';

/**
 * Account codes: one int64 code space shared by general ledger accounts and the sub-ledger
 * accounts of customers, suppliers and employees (accounting.md §0 "Relations", §1, §2;
 * relations.md §3.6, which says no rule tells them apart, so this is the rule, DECISIONS.md):
 *  - 1000–9999 is a GeneralLedgerAccount code (accounting.md §1: "range 1000–9999");
 *  - any other code is a Customer, Supplier or Employee code when a SubledgerNumberSeries row's
 *    `fromInclusive..toInclusive` holds it, of the series' `type` (§2);
 *  - otherwise it names nothing (the forward field is null).
 *
 * Declare a field holding such a code with `accountCode(…)`: the graph gets a forward field of
 * the union `LedgerAccount` (GeneralLedgerAccount | Customer | Supplier | Employee), batched per
 * member type; the emulator checks on save that the code names a row. Used by voucher lines
 * (`debitAccountCode`/`creditAccountCode`, §3), salary lines (`account`, `oppositeAccount`,
 * §10), bank transfers (`balancingAccountNo`, §5) and ledger reports.
 */
export const LEDGER_ACCOUNT: CodeClasses = {
  name: 'LedgerAccount',
  description:
    'What an account code names: a general ledger account (codes 1000–9999), or the ' +
    'sub-ledger account of a customer, supplier or employee (the code ranges of the ' +
    'sub-ledger number series).',
  fixed: [{ from: 1000, to: 9999, resource: 'GeneralLedgerAccount', key: 'code' }],
  series: {
    resource: 'SubledgerNumberSeries',
    from: 'fromInclusive',
    to: 'toInclusive',
    kindField: 'type',
    // SubledgerNumberSeriesType (accounting.md §21): each kind numbers its resource's codes.
    kinds: {
      [SubledgerNumberSeriesType.values.Customer]: 'Customer',
      [SubledgerNumberSeriesType.values.Supplier]: 'Supplier',
      [SubledgerNumberSeriesType.values.Employee]: 'Employee',
    },
    key: 'code',
    field: {
      name: 'subledgerNumberSeries',
      description:
        'The sub-ledger number series whose code range holds this code (the write-only ' +
        '`subledgerNumberSeriesId`, derived): one series list per operation.',
    },
  },
};

/**
 * An int64 field holding an account code (see `LEDGER_ACCOUNT`). `forward.as` names the
 * forward field (default: the key without `Code`/`No`/`AccountNo`… see `codeFieldName`).
 */
export function accountCode(
  description: string,
  forward: Omit<CodeRefSpec, 'classes'>,
  o: { readOnly?: boolean; nullable?: boolean; required?: true } = {},
) {
  return f.long(description, { ...o, codeOf: { classes: LEDGER_ACCOUNT, ...forward } });
}

/** Where a code of `classes` points: the resource and its key field, or null for none. */
export interface CodeTarget {
  readonly resource: string;
  readonly key: string;
}

/** The fixed range holding `code`, if any (no upstream call needed). */
export function fixedTarget(classes: CodeClasses, code: number): CodeTarget | null {
  const hit = classes.fixed.find((r) => code >= r.from && code <= r.to);
  return hit ? { resource: hit.resource, key: hit.key } : null;
}

/**
 * The resource a code names, given the series rows (see `LEDGER_ACCOUNT`): the fixed ranges
 * first, then the first series row, in the order given, whose range holds the code.
 */
export function classifyCode(
  classes: CodeClasses,
  code: number,
  series: readonly Readonly<Record<string, unknown>>[],
): CodeTarget | null {
  const fixed = fixedTarget(classes, code);
  if (fixed) return fixed;
  const s = classes.series;
  for (const row of series) {
    if (!seriesHolds(classes, row, code)) continue;
    const resource = s.kinds[Number(row[s.kindField])];
    if (resource) return { resource, key: s.key };
  }
  return null;
}

/** Whether the series row's range (`from..to`, inclusive) holds `code`. */
export function seriesHolds(
  classes: CodeClasses,
  row: Readonly<Record<string, unknown>>,
  code: number,
): boolean {
  const from = row[classes.series.from];
  const to = row[classes.series.to];
  return typeof from === 'number' && typeof to === 'number' && code >= from && code <= to;
}

/** The default forward name of an account-code field: `debitAccountCode` → `debitAccount`. */
export function codeFieldName(key: string, as: string | undefined): string {
  return as ?? key.replace(/(Code|No)$/, '');
}
