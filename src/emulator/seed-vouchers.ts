import { createPrng, type Prng, subSeed } from './prng.js';
import type { SeedOptions } from './seed.js';
import { formatDateTime, type Row } from './wire.js';

/**
 * Seed rows of the vouchers, imports, bank, blob and debt-collection services (accounting.md
 * §3–§8), built from the tables `generateSeed` already made, with a PRNG of their own so the
 * rest of the seed does not move. Every code points at a seeded row.
 */

const DAY = 86_400_000;

/**
 * The client's operating bank account (an 11-digit Norwegian account number with its mod-11
 * check digit): what seeded bank transfers pay from (BankTransfer.payableBankAccount →
 * ClientBankAccount.code, accounting.md §5). The ledger's ClientBankAccount seed holds it.
 */
export const OPERATING_ACCOUNT = accountNumber('1503', '1234567');

/** A Norwegian bank account number: bank code + account digits + mod-11 check digit. */
export function accountNumber(bank: string, account: string): string {
  const digits = `${bank}${account}`.split('').map(Number);
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = digits.reduce((s, d, i) => s + d * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  // A remainder giving 10 has no check digit: move the last digit on until it does not.
  if (check === 10) return accountNumber(bank, String(Number(account) + 1).padStart(7, '0'));
  return `${bank}${account}${check === 11 ? 0 : check}`;
}

interface Ctx {
  readonly prng: Prng;
  readonly today: number;
  readonly tables: Record<string, Row[]>;
}

/** The seeded tables of this group, by resource name. */
export function seedVouchers(
  tables: Record<string, Row[]>,
  opts: SeedOptions,
): Record<string, Row[]> {
  const ctx: Ctx = {
    prng: createPrng(subSeed(opts.seed, 'vouchers')),
    today: opts.anchorMs,
    tables,
  };
  return { BankTransfer: bankTransfers(ctx) };
}

/**
 * Payments to suppliers awaiting authorisation, authorised and completed (§5): the balancing
 * account is the supplier's sub-ledger code, the money leaves the operating account.
 */
function bankTransfers({ prng, today, tables }: Ctx): Row[] {
  const suppliers = (tables.Supplier ?? []).slice(0, 6);
  const projects = tables.Project ?? [];
  const departments = tables.Department ?? [];
  return suppliers.map((s, i) => {
    return {
      id: prng.guid(),
      description: `Betaling faktura ${String(70_000 + i * 17)}`,
      receiverName: s.name,
      receiverCountryCode: 'NO',
      receiverVatNumber: s.vatNumber,
      payableBankAccount: OPERATING_ACCOUNT,
      status: [0, 0, 1, 2][i % 4],
      currencyCode: 'NOK',
      paymentDate: formatDateTime(today + (i % 3) * DAY),
      amount: prng.int(1_500, 80_000) + prng.int(0, 99) / 100,
      balancingAccountNo: s.code,
      receivableBankAccountCode: accountNumber('1206', String(1_000_000 + i * 7919)),
      receivableBankAccountCountryCode: 'NO',
      ...(i % 2 === 0
        ? { cid: `${String(70_000 + i * 17)}0` }
        : { paymentMessage: `Faktura ${String(70_000 + i * 17)}` }),
      isExpress: false,
      isOnHold: i === 1,
      ...(i % 3 === 0 && projects[i] ? { projectCode: projects[i]?.code } : {}),
      ...(i % 3 === 1 && departments[i] ? { departmentCode: departments[i]?.code } : {}),
      externalImportReference: `seed-bt-${i + 1}`,
    };
  });
}
