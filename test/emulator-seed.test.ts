import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/emulator/index.js';
import { generateSeed, sizeOf } from '../src/emulator/seed.js';
import { allResources, heldRefs, resourceNamed } from '../src/poweroffice/resources/registry.js';
import { call } from './emulator-support.js';

// Seed data: deterministic, Norwegian, relationally consistent, with amounts that add up.

const anchorMs = Date.UTC(2026, 10, 24);
const demo = generateSeed({ seed: 1, scale: 'demo', anchorMs });
const t = demo.tables;
type R = Record<string, unknown>;
const rows = (name: string) => (t[name] ?? []) as R[];

function orgNumberValid(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const w = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = w.reduce((acc, weight, i) => acc + weight * Number(s[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(s[8]);
}

describe('determinism', () => {
  it('the same seed and anchor give identical data; another seed differs', () => {
    const again = generateSeed({ seed: 1, scale: 'demo', anchorMs });
    // The books are built on first use: compare what both builders build.
    const { deferred: lazyAgain, ...eager } = again;
    const { deferred: lazyDemo, ...eagerDemo } = demo;
    expect(eager).toEqual(eagerDemo);
    expect(lazyAgain?.map((d) => d.build())).toEqual(lazyDemo?.map((d) => d.build()));
    const other = generateSeed({ seed: 2, scale: 'demo', anchorMs });
    expect(other.tables.Customer).not.toEqual(t.Customer);
    expect(other.tables.OutgoingInvoice?.length).toBe(t.OutgoingInvoice?.length);
  });

  it('two emulators with one seed serve byte-identical lists', async () => {
    const a = await startEmulator({ scale: 'tiny', seed: 5, anchorDate: '2026-01-15' });
    const b = await startEmulator({ scale: 'tiny', seed: 5, anchorDate: '2026-01-15' });
    try {
      for (const path of ['/Customer', '/OutgoingInvoice/List', '/Product']) {
        const x = await call(a, a.issueToken(), 'GET', path);
        const y = await call(b, b.issueToken(), 'GET', path);
        expect(x.text).toBe(y.text);
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('scale', () => {
  it('tiny, demo and bench sizes', () => {
    const tiny = generateSeed({ seed: 1, scale: 'tiny', anchorMs }).tables;
    expect(tiny.Customer?.length).toBe(12);
    // 12 customers × 3, one draft invoiced to a contact group, two credit notes.
    expect(tiny.OutgoingInvoice?.length).toBe(39);
    expect(rows('Customer')).toHaveLength(200);
    // 200 customers × 10, three drafts invoiced to a contact group, two credit notes.
    expect(rows('OutgoingInvoice')).toHaveLength(2005);
    const bench = sizeOf('bench');
    expect(bench.customers).toBeGreaterThanOrEqual(10_000);
    expect(bench.customers * bench.invoicesPerCustomer).toBeGreaterThanOrEqual(100_000);
    const custom = generateSeed({
      seed: 1,
      scale: { customers: 30, invoicesPerCustomer: 2, products: 9 },
      anchorMs,
    }).tables;
    expect(custom.Customer).toHaveLength(30);
    expect(custom.OutgoingInvoice).toHaveLength(63);
    expect(custom.Product).toHaveLength(9);
  });

  it('seeds every table the registry serves', () => {
    for (const spec of allResources) {
      // Reports have no table: their rows are computed from the books per request.
      if (spec.params || spec.computed) continue;
      // Action-only resources (ClientAuth onboarding) hold no rows.
      if (!Object.values(spec.operations).some(Boolean)) continue;
      expect(rows(spec.table ?? spec.name).length, spec.name).toBeGreaterThan(0);
    }
  });
});

describe('plausible Norwegian data', () => {
  it('organisation numbers with mod-11 check digits, 4-digit postcodes, NOK', () => {
    const companies = rows('Customer').filter((c) => c.isPerson === false);
    expect(companies.length).toBeGreaterThan(100);
    for (const c of companies) {
      expect(orgNumberValid(c.vatNumber as string), c.vatNumber as string).toBe(true);
      expect(c.name).toMatch(/ (AS|ANS|DA)$/);
    }
    for (const c of rows('Customer')) {
      expect((c.mailAddress as R).zipCode).toMatch(/^\d{4}$/);
      expect((c.mailAddress as R).countryCode).toBe('NO');
      expect(c.currencyCode).toBe('NOK');
    }
    expect(new Set(rows('Customer').map((c) => c.code)).size).toBe(200);
  });

  it('VAT codes with the Norwegian rates 25, 15, 12 and 0 %', () => {
    const rates = new Set(rows('VatCode').map((v) => v.rate));
    expect([...rates].sort()).toEqual([0, 12, 15, 25]);
    const used = new Set(rows('Product').map((p) => p.vatCode));
    const rateOf = new Map(rows('VatCode').map((v) => [v.code, v.rate]));
    expect(new Set([...used].map((c) => rateOf.get(c)))).toEqual(new Set([0, 12, 15, 25]));
  });

  it('invoices span two years and every status', () => {
    const invoices = rows('OutgoingInvoice');
    expect(new Set(invoices.map((i) => i.status))).toEqual(new Set([0, 1, 2, 3, 4]));
    const days = invoices.map(
      (i) => (anchorMs - Date.parse(`${i.orderDate as string}Z`)) / 86_400_000,
    );
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...days)).toBeLessThan(731);
    expect(Math.max(...days)).toBeGreaterThan(600);
    for (const i of invoices) {
      const posted = (i.status as number) >= 2;
      expect(i.invoiceNo !== undefined).toBe(posted);
      if (posted) expect(i.documentNo).toBe(String(i.invoiceNo));
      if (i.status === 3) expect(i.balance).toBe(0);
      if (i.status === 2) expect(i.balance).toBe(i.totalAmount);
    }
  });
});

describe('relations and totals', () => {
  it('every reference the registry declares points at an existing row', () => {
    let checked = 0;
    for (const spec of allResources) {
      if (spec.readVia || spec.table) continue;
      for (const ref of heldRefs(spec)) {
        // A value that may name a row of several resources names one of any of them.
        const keys = new Set(
          ref.anyOf.flatMap((to) => {
            const target = resourceNamed(to);
            return rows(target.table ?? target.name).map((r) => r[ref.ref.key]);
          }),
        );
        for (const row of rows(spec.name)) {
          let level: R[] = [row];
          for (const key of ref.path) level = level.flatMap((r) => (r[key] as R[]) ?? []);
          for (const holder of level) {
            const raw = holder[ref.key];
            for (const v of ref.many ? ((raw as unknown[]) ?? []) : [raw]) {
              if (v === undefined || v === ref.ref.none) continue;
              expect(keys.has(v), `${spec.name}.${ref.key} = ${String(v)}`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // A customer's primary contact is one of its own contacts.
    const contacts = new Map(rows('ContactPerson').map((c) => [c.id, c]));
    for (const c of rows('Customer')) {
      if (c.contactPersonId !== undefined) {
        expect((contacts.get(c.contactPersonId) as R).partyId).toBe(c.id);
      }
    }
  });

  it('totals are the sums of the lines incl. VAT; net excl. VAT', () => {
    const rate = new Map(rows('VatCode').map((v) => [v.code, v.rate as number]));
    for (const inv of rows('OutgoingInvoice')) {
      const lines = inv.outgoingInvoiceLines as R[];
      let net = 0;
      let total = 0;
      for (const l of lines) {
        const expectedNet =
          (l.quantity as number) * (l.unitPrice as number) * (1 - (l.discountPercent as number));
        expect(l.netAmount as number).toBeCloseTo(expectedNet, 1);
        expect(l.vatRate).toBe(rate.get(l.vatCode as string));
        expect(l.totalAmount as number).toBeCloseTo(
          (l.netAmount as number) * (1 + (l.vatRate as number) / 100),
          1,
        );
        net += l.netAmount as number;
        total += l.totalAmount as number;
      }
      expect(inv.netAmount as number).toBeCloseTo(net, 2);
      expect(inv.totalAmount as number).toBeCloseTo(total, 2);
    }
  });

  it('ids are unique per table', () => {
    for (const [name, list] of Object.entries(t)) {
      const key = allResources.find((r) => r.name === name)?.nodeKey ?? 'id';
      expect(new Set(list.map((r) => r[key])).size, name).toBe(list.length);
    }
  });
});
