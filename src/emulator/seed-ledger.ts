import { BANK_ACCOUNT, CHART, CONTROL_ACCOUNT } from './chart.js';
import type { Row } from './wire.js';

/**
 * The client's operating bank account on 1920 (an 11-digit Norwegian account number with its
 * mod-11 check digit): what seeded bank transfers pay from (BankTransfer.payableBankAccount →
 * ClientBankAccount.code, accounting.md §5).
 */
export const OPERATING_ACCOUNT = '15034021004';

/**
 * The ledger part of the seed (accounting.md §1, §2, §6): the chart of accounts (`CHART`), the
 * sub-ledger number series that hold every seeded customer, supplier and employee code, the
 * client's bank accounts, and the account references of rows seeded elsewhere (a supplier's
 * standard account). No random draws: the rest of the seed does not move.
 */

/** Agriculture departments the agriculture seed splits accounts by (AgricultureDepartment). */
const FARMING = 20;
const FORESTRY = 30;

/** Accounts an agriculture client keeps once per department (code + department is the key). */
const SPLIT = new Set([3000, 4000, 6800]);

/** Deterministic GUIDs of the seeded series, one per sub-ledger type. */
const seriesId = (n: number) => `5ab1ed9e-0000-4000-a000-00000000000${n}`;

export interface LedgerSeedOptions {
  /** Seed an agriculture client (accounting.md §1): some accounts once per department. */
  readonly agriculture?: boolean;
  /** ISO stamp for `lastChanged`. */
  readonly stamp: string;
}

/**
 * Adds the ledger tables to `tables` (whose Customer, Supplier, Employee, Department, Project
 * and Client rows it reads) and sets the account references of seeded suppliers.
 */
export function seedLedger(tables: Record<string, Row[]>, opts: LedgerSeedOptions): void {
  const departments = tables.Department ?? [];
  const projects = tables.Project ?? [];
  const accounts: Row[] = [];
  for (const [i, a] of CHART.entries()) {
    const row: Row = {
      id: 11_001 + i,
      code: a.code,
      name: a.name,
      vatCode: a.vatCode,
      vatReturnSpecification: 0,
      currencyCode: 'NOK',
      isActive: true,
      lastChanged: opts.stamp,
    };
    // A few defaults so the dimension references resolve and block deletes (accounting §1).
    if (a.code === 3020) row.departmentCode = departments[0]?.code;
    if (a.code === 7140) {
      row.projectCode = projects[0]?.code;
      row.isProjectRequired = true;
    }
    if (opts.agriculture && SPLIT.has(a.code)) {
      accounts.push({ ...row, agricultureDepartment: FARMING, name: `${a.name}, jordbruk` });
      accounts.push({
        ...row,
        id: 11_501 + i,
        agricultureDepartment: FORESTRY,
        name: `${a.name}, skogbruk`,
      });
      continue;
    }
    accounts.push(row);
  }
  tables.GeneralLedgerAccount = accounts;

  // Series ranges hold every seeded code (customers from 10001, suppliers from 20001,
  // employees from 1) and leave the ledger range 1000–9999 alone (DECISIONS.md).
  const maxOf = (rows: Row[] | undefined, floor: number) =>
    Math.max(floor, ...(rows ?? []).map((r) => Number(r.code)));
  const customerTo = maxOf(tables.Customer, 19_999);
  const supplierFrom = Math.max(20_000, customerTo + 1);
  const series = [
    [1, 'Kunder', 10_000, customerTo, CONTROL_ACCOUNT.customer],
    [
      2,
      'Leverandører',
      supplierFrom,
      maxOf(tables.Supplier, supplierFrom + 9_999),
      CONTROL_ACCOUNT.supplier,
    ],
    [3, 'Ansatte', 1, 999, CONTROL_ACCOUNT.employee],
  ] as const;
  tables.SubledgerNumberSeries = series.map(([type, name, from, to, account]) => ({
    id: seriesId(type),
    type,
    name,
    fromInclusive: from,
    toInclusive: to,
    generalLedgerAccountCode: account,
    isClientTrust: false,
    isDefault: true,
  }));

  // The operating account and the tax-withholding account (accounting.md §6); numbers with
  // valid MOD11 check digits.
  tables.ClientBankAccount = [
    {
      id: 12_001,
      code: OPERATING_ACCOUNT,
      bankName: 'DNB Bank ASA',
      bicSwift: 'DNBANOKKXXX',
      generalLedgerAccountCode: BANK_ACCOUNT,
      countryCode: 'NO',
      currencyCode: 'NOK',
      hasOutgoingPaymentService: true,
      hasIncomingPaymentService: true,
      isClientTrustAccount: false,
      isCurrentAccount: true,
      ...(opts.agriculture ? { generalLedgerAccountAgricultureDepartment: 0 } : {}),
    },
    {
      id: 12_002,
      code: '15065121007',
      bankName: 'DNB Bank ASA',
      bicSwift: 'DNBANOKKXXX',
      generalLedgerAccountCode: 1950,
      countryCode: 'NO',
      currencyCode: 'NOK',
      hasOutgoingPaymentService: false,
      hasIncomingPaymentService: true,
      isClientTrustAccount: false,
      isCurrentAccount: false,
    },
  ];

  // Suppliers' default account of incoming invoices (core-and-sales B2), by index.
  const purchase = [4300, 6800, 6540, 6300];
  for (const [i, s] of (tables.Supplier ?? []).entries()) {
    s.standardGeneralLedgerAccountCode = purchase[i % purchase.length];
  }
  if (opts.agriculture) {
    for (const c of tables.Client ?? []) {
      c.isAgricultureClient = true;
      c.defaultAgricultureDepartment = FARMING;
    }
  }
}
