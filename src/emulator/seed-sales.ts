import { createPrng, type Prng, subSeed } from './prng.js';
import { formatDateTimeOffset, type Row } from './wire.js';

/**
 * Seed rows of the parties-and-sales resources added by issue 9 (bank accounts, …), drawn from a
 * PRNG of their own so that every table seeded before stays exactly as it was. Called once from
 * `generateSeed` with its tables; it may complete their rows (an employee's salary account).
 */

const DAY = 86_400_000;

/** Norwegian banks: a registration number prefix and its BIC. */
const BANKS: ReadonlyArray<readonly [string, string]> = [
  ['1503', 'DNBANOKK'],
  ['1506', 'DNBANOKK'],
  ['3000', 'DNBANOKK'],
  ['9710', 'SPSONO22'],
  ['6011', 'NDEANOKK'],
  ['1822', 'SHEDNO22'],
];

/** An 11-digit Norwegian account number with its mod-11 check digit, unique by `serial`. */
function accountNumber(prng: Prng, serial: number): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = serial; ; n += 100_000) {
    const base = `${prng.pick(BANKS)[0]}${String(n % 10_000_000).padStart(6, '0')}`;
    const sum = [...base].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${base}${check === 11 ? 0 : check}`;
  }
}

export function seedSales(
  tables: { Customer: Row[]; Supplier: Row[]; Employee: Row[] },
  opts: { seed: number; anchorMs: number },
): Record<string, Row[]> {
  const prng = createPrng(subSeed(opts.seed, 'sales'));
  const stamp = () => formatDateTimeOffset(opts.anchorMs - prng.int(0, 700) * DAY);
  const accounts: Row[] = [];
  let serial = 1;
  const account = (party: Row): Row => {
    const number = accountNumber(prng, serial++);
    const bic = BANKS.find(([prefix]) => number.startsWith(prefix))?.[1];
    const row: Row = {
      id: 900_001 + accounts.length,
      partyId: party.id,
      code: number,
      bicSwift: bic,
      countryCode: 'NO',
      isActive: true,
      lastChanged: stamp(),
    };
    accounts.push(row);
    return row;
  };

  // Reference B6: accounts under customers, suppliers and employees. Every third company
  // customer (the first included) and every other supplier has one.
  tables.Customer.filter((c) => c.vatNumber !== undefined)
    .filter((_, k) => k % 3 === 0)
    .forEach(account);
  tables.Supplier.filter((_, k) => k % 2 === 0).forEach(account);
  // Every employee is paid to an account of their own (reference B3: payroll/expense account
  // codes name a bank account of this employee); every fourth refunds expenses to a second one.
  tables.Employee.forEach((e, k) => {
    const payroll = account(e);
    e.payrollBankAccountCode = payroll.code;
    e.expenseBankAccountCode = k % 4 === 3 ? account(e).code : payroll.code;
  });
  return { PartyBankAccount: accounts };
}
