import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_LEDGER,
  matchEntries,
  PostingError,
  postVoucher,
  SUPPLIER_LEDGER,
  TRANSACTIONS,
  unmatchEntries,
} from '../src/emulator/books.js';
import { CHART } from '../src/emulator/chart.js';
import { generateSeed } from '../src/emulator/seed.js';
import { Store } from '../src/emulator/store.js';
import type { Row } from '../src/emulator/wire.js';

const anchorMs = Date.UTC(2026, 0, 15);
const cents = (x: unknown) => Math.round((x as number) * 100);

function seededStore(): Store {
  const data = generateSeed({ seed: 3, scale: 'tiny', anchorMs });
  const store = new Store();
  const put = (tables: Record<string, Row[]>) => {
    for (const [name, rows] of Object.entries(tables)) {
      for (const row of rows) store.table(name).put(String(row.id).toLowerCase(), row);
    }
  };
  put(data.tables);
  for (const d of data.deferred ?? []) {
    const built = d.build();
    put(built.tables);
    for (const [name, next] of Object.entries(built.next)) store.table(name).nextId = next;
  }
  return store;
}

describe('postVoucher (the emulator books)', () => {
  it('refuses an unbalanced voucher, an unknown account and a control line without its party, writing nothing', () => {
    const store = seededStore();
    const before = store.table(TRANSACTIONS).size;
    const customer = store.table('Customer').all()[0]?.code as number;
    const post = (lines: Parameters<typeof postVoucher>[2]['lines']) =>
      postVoucher(store, anchorMs, { voucherType: 11, voucherDate: '2026-01-10', lines });
    expect(() =>
      post([
        { accountCode: 1920, amount: 100 },
        { accountCode: 3000, amount: -99.99 },
      ]),
    ).toThrow(/does not balance.*0\.01/);
    expect(() =>
      post([
        { accountCode: 1234, amount: 1 },
        { accountCode: 1920, amount: -1 },
      ]),
    ).toThrow(PostingError);
    expect(() =>
      post([
        { accountCode: 1500, amount: 1 },
        { accountCode: 1920, amount: -1 },
      ]),
    ).toThrow(/customer code is required/);
    expect(() =>
      post([
        { accountCode: 1920, amount: 1, customerCode: customer },
        { accountCode: 1500, amount: -1, customerCode: customer },
      ]),
    ).toThrow(/needs the customer control account/);
    expect(store.table(TRANSACTIONS).size).toBe(before);
  });

  it('posts a balanced voucher: one transaction per line, a ledger entry per control line', () => {
    const store = seededStore();
    const supplier = store.table('Supplier').all()[0]?.code as number;
    const posted = postVoucher(store, anchorMs, {
      voucherType: 1,
      voucherDate: '2026-01-10',
      lines: [
        { accountCode: 6800, amount: 800, vatCode: '1', vatAmount: 200 },
        { accountCode: 2710, amount: 200 },
        { accountCode: 2400, amount: -1000, supplierCode: supplier, documentNo: 'X-1' },
      ],
    });
    const txs = store
      .table(TRANSACTIONS)
      .all()
      .filter((t) => t.voucherNo === posted.voucherNo);
    expect(txs.map((t) => t.accountCode)).toEqual([6800, 2710, 2400]);
    expect(txs.every((t) => t.voucherId === posted.voucherId && t.voucherType === 1)).toBe(true);
    const [entryId] = posted.entryIds;
    const entry = store.table(SUPPLIER_LEDGER).get(String(entryId));
    expect(entry).toMatchObject({ supplierCode: supplier, amount: -1000, balance: -1000 });
    expect(txs[2]?.subLedgerEntryId).toBe(entryId);
    expect(txs[2]?.supplierAccountNo).toBe(supplier);
  });

  it('seeds balanced books: every voucher sums to zero, every party code exists', () => {
    const store = seededStore();
    const txs = store.table(TRANSACTIONS).all();
    expect(txs.length).toBeGreaterThan(50);
    const byVoucher = new Map<string, number>();
    for (const t of txs)
      byVoucher.set(
        String(t.voucherId),
        (byVoucher.get(String(t.voucherId)) ?? 0) + cents(t.amount),
      );
    expect([...byVoucher.values()].every((s) => s === 0)).toBe(true);
    const accounts = new Set(CHART.map((a) => a.code));
    expect(txs.filter((t) => !accounts.has(t.accountCode as number))).toEqual([]);
    for (const t of txs) {
      if (t.customerAccountNo != null) {
        expect(store.table('Customer').lookup('code', t.customerAccountNo)).toBeDefined();
      }
      if (t.supplierAccountNo != null) {
        expect(store.table('Supplier').lookup('code', t.supplierAccountNo)).toBeDefined();
      }
      if (t.employeeAccountNo != null) {
        expect(store.table('Employee').lookup('code', t.employeeAccountNo)).toBeDefined();
      }
    }
    // Every sent invoice posted once: its ledger entry's balance is the invoice's balance.
    const entries = new Map(
      store
        .table(CUSTOMER_LEDGER)
        .all()
        .filter((e) => e.voucherType === 4 || e.voucherType === 5)
        .map((e) => [e.voucherId, e]),
    );
    const sent = store
      .table('OutgoingInvoice')
      .all()
      .filter((i) => (i.status as number) >= 2);
    expect(sent.length).toBeGreaterThan(5);
    for (const inv of sent) {
      expect(cents(entries.get(inv.id)?.amount)).toBe(cents(inv.totalAmount));
      expect(cents(entries.get(inv.id)?.balance)).toBe(cents(inv.balance));
    }
  });

  it('matches a payment with its invoice (the invoice becomes paid) and unmatches it again', () => {
    const store = seededStore();
    const open = store
      .table(CUSTOMER_LEDGER)
      .all()
      .find((e) => e.voucherType === 4 && e.matchId == null) as Row;
    expect(open).toBeDefined();
    const paid = postVoucher(store, anchorMs, {
      voucherType: 19,
      voucherDate: '2026-01-12',
      lines: [
        { accountCode: 1920, amount: open.balance as number },
        {
          accountCode: 1500,
          amount: -(open.balance as number),
          customerCode: open.customerCode as number,
        },
      ],
    });
    const ids = [open.id as number, paid.entryIds[0] as number];
    expect(
      matchEntries(store, anchorMs, 'customer', [ids[0] as number], '2026-01-12'),
    ).toHaveProperty('error');
    const matched = matchEntries(store, anchorMs, 'customer', ids, '2026-01-12');
    expect(matched).toHaveProperty('matchId');
    expect(store.table('OutgoingInvoice').get(String(open.voucherId))).toMatchObject({
      status: 3,
      balance: 0,
    });
    expect(unmatchEntries(store, anchorMs, 'customer', [ids[1] as number])).toEqual({ ok: true });
    expect(store.table(CUSTOMER_LEDGER).get(String(open.id))?.balance).toBe(open.amount);
    expect(store.table('OutgoingInvoice').get(String(open.voucherId))).toMatchObject({
      status: 2,
      balance: open.amount,
    });
  });
});
