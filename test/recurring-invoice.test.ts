import { describe, expect, it } from 'vitest';
import { RecurringSendFrequencyUnit } from '../src/poweroffice/resources/enums.js';
import { upperSnake } from '../src/schema/enums.js';
import { call } from './emulator-support.js';
import { gid, useHarness } from './graph-harness.js';

// RecurringInvoice (reference B10): list heads, full invoices with lines by id, the invoice rules
// on save plus the recurring ones, notes, attachments, and its relations both ways.

type Row = Record<string, unknown>;
const h = useHarness({
  emulator: { scale: { customers: 30, invoicesPerCustomer: 1, products: 6 }, seed: 17 },
  env: { POWEROFFICE_CACHE_TTL_MS: '0' },
});

const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
const unitName = (n: unknown) =>
  upperSnake(Object.entries(RecurringSendFrequencyUnit.values).find(([, v]) => v === n)?.[0] ?? '');

describe('reads', () => {
  it('heads from the list, lines from one GET per invoice, equal to the stored rows', async () => {
    h.emulator.reset();
    const res = await h.gql<{ recurringInvoices: { totalCount: number; nodes: Row[] } }>(
      `{ recurringInvoices(first: 50) { totalCount nodes { databaseId customerCode isActive
          sendFrequency sendFrequencyUnit repeatTimes exceptMonths totalAmount
          lines { productCode quantity netAmount } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const stored = rows('RecurringInvoice');
    expect(res.data?.recurringInvoices.totalCount).toBe(stored.length);
    for (const n of res.data?.recurringInvoices.nodes ?? []) {
      const r = stored.find((s) => s.id === n.databaseId) as Row;
      expect(n).toMatchObject({
        customerCode: r.customerCode ?? null,
        isActive: r.isActive,
        sendFrequency: r.sendFrequency,
        sendFrequencyUnit: unitName(r.sendFrequencyUnit),
        repeatTimes: r.repeatTimes ?? null,
        totalAmount: r.totalAmount,
      });
      expect((n.exceptMonths as string[]).length).toBe(
        ((r.exceptMonths as number[] | undefined) ?? []).length,
      );
      expect(n.lines).toEqual(
        (r.outgoingInvoiceLines as Row[]).map((l) => ({
          productCode: l.productCode,
          quantity: l.quantity,
          netAmount: l.netAmount,
        })),
      );
    }
    const kinds = h.upstream().map((r) => `${r.resource}.${r.kind}`);
    expect(kinds.filter((k) => k === 'RecurringInvoice.list')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'RecurringInvoice.get')).toHaveLength(stored.length);
  });

  it('customers list their recurring invoices in one batched call', async () => {
    h.emulator.reset();
    const res = await h.gql<{ customers: { nodes: Row[] } }>(
      '{ customers(first: 30) { nodes { code recurringInvoices(first: 10) { nodes { databaseId } } } } }',
    );
    expect(res.errors).toBeUndefined();
    let held = 0;
    for (const c of res.data?.customers.nodes ?? []) {
      const ids = rows('RecurringInvoice')
        .filter((r) => r.customerCode === c.code)
        .map((r) => r.id);
      held += ids.length;
      const got = (c.recurringInvoices as { nodes: Row[] }).nodes.map((n) => n.databaseId);
      expect(got.sort()).toEqual(ids.sort());
    }
    expect(held).toBeGreaterThan(0);
    expect(h.upstream().map((r) => r.path)).toEqual(['/Customer', '/RecurringInvoice/List']);
  });

  it('notes and attachments of a recurring invoice', async () => {
    const first = rows('RecurringInvoice')[0] as Row;
    const id = gid('RecurringInvoice', first.id);
    const res = await h.gql<{ node: Row }>(
      `{ node(id: "${id}") { ... on RecurringInvoice { notes { text } attachments(first: 5) { nodes { fileName } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.node.notes).toEqual(
      rows('VoucherNote')
        .filter((n) => n.voucherId === first.id)
        .map((n) => ({ text: n.text })),
    );
    expect((res.data?.node.attachments as { nodes: Row[] } | undefined)?.nodes).toEqual(
      rows('InvoiceAttachment')
        .filter((a) => a.invoiceId === first.id)
        .map((a) => ({ fileName: a.fileName })),
    );
  });
});

describe('writes', () => {
  const CREATE = /* GraphQL */ `
    mutation ($input: CreateRecurringInvoiceInput!) {
      r: createRecurringInvoice(input: $input) {
        __typename
        ... on CreateRecurringInvoicePayload { recurringInvoice { id databaseId totalAmount
          sendFrequencyUnit isActive lines { productCode netAmount } } }
        ... on ValidationError { fields { field message } }
      }
    }
  `;
  type Result = { r: { __typename: string; recurringInvoice?: Row; fields?: Row[] } };

  it('creates one with lines priced by the emulator, adds a note, deletes it', async () => {
    const customer = rows('Customer')[0] as Row;
    const product = rows('Product')[0] as Row;
    h.emulator.reset();
    const created = await h.gql<Result>(CREATE, {
      input: {
        data: {
          customerCode: customer.code,
          sendFrequency: 1,
          sendFrequencyUnit: 'MONTHLY',
          sendMethod: 'CONFIRM',
          repeatTimes: 12,
          daysInAdvance: 1,
          outgoingInvoiceLines: [{ productCode: product.code, quantity: 3 }],
        },
      },
    });
    expect(created.data?.r.__typename, JSON.stringify(created)).toBe(
      'CreateRecurringInvoicePayload',
    );
    const inv = created.data?.r.recurringInvoice as Row;
    const stored = rows('RecurringInvoice').find((r) => r.id === inv.databaseId) as Row;
    expect(stored.isActive).toBe(true);
    expect(inv.totalAmount).toBe(stored.totalAmount);
    expect((inv.lines as Row[])[0]).toEqual({
      productCode: product.code,
      netAmount: (stored.outgoingInvoiceLines as Row[])[0]?.netAmount,
    });
    expect(h.upstream().filter((r) => r.method === 'POST')[0]?.path).toBe('/RecurringInvoice');

    const note = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: saveRecurringInvoiceNote(input: { voucherId: "${inv.id}", text: "Prisjustering i januar." }) { __typename } }`,
    );
    expect(note.data?.r.__typename).toBe('SaveRecurringInvoiceNotePayload');
    expect(rows('VoucherNote').some((n) => n.voucherId === inv.databaseId)).toBe(true);

    const removed = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: deleteRecurringInvoice(id: "${inv.id}") { __typename } }`,
    );
    expect(removed.data?.r.__typename).toBe('DeleteRecurringInvoicePayload');
    expect(rows('RecurringInvoice').some((r) => r.id === inv.databaseId)).toBe(false);
  });

  it('refuses what the reference forbids, typed, by field', async () => {
    const customer = rows('Customer')[0] as Row;
    const before = rows('RecurringInvoice').length;
    h.emulator.reset();
    const sent = await h.gql<Result>(CREATE, {
      input: { data: { customerCode: customer.code, status: 'SENT' } },
    });
    expect(sent.data?.r.__typename).toBe('ValidationError');
    expect(h.upstream(), 'refused before any upstream call').toHaveLength(0);

    expect(sent.data?.r.fields?.map((f) => f.field)).toEqual(['input.data.status']);

    // The recurring rules are knowable from the input: refused before any upstream call too.
    const bad = await h.gql<Result>(CREATE, {
      input: {
        data: {
          customerCode: customer.code,
          sendFrequency: 0,
          daysInAdvance: -1,
          repeatTimes: 0,
          exceptMonths: ['JULY', 'JULY'],
        },
      },
    });
    expect(bad.data?.r.__typename).toBe('ValidationError');
    expect((bad.data?.r.fields ?? []).map((f) => f.field).sort()).toEqual([
      'input.data.daysInAdvance',
      'input.data.exceptMonths',
      'input.data.repeatTimes',
      'input.data.sendFrequency',
    ]);
    const none = await h.gql<Result>(CREATE, {
      input: { data: { customerCode: customer.code, exceptMonths: ['NONE'] } },
    });
    expect(none.data?.r.fields?.map((f) => f.field)).toEqual(['input.data.exceptMonths']);
    expect(h.upstream(), 'refused before any upstream call').toHaveLength(0);

    // The emulator holds the same rules for a client that skips the facade.
    const direct = await call(h.emulator, h.emulator.issueToken(), 'POST', '/RecurringInvoice', {
      customerCode: customer.code,
      status: 3,
      sendFrequency: 0,
      daysInAdvance: -1,
      repeatTimes: 0,
      exceptMonths: [0, 7],
    });
    const refused = direct.body as { success: boolean; validation: { fields: Row } };
    expect(refused.success).toBe(false);
    expect(Object.keys(refused.validation.fields).sort()).toEqual([
      'daysInAdvance',
      'exceptMonths',
      'repeatTimes',
      'sendFrequency',
      'status',
    ]);

    const both = await h.gql<Result>(CREATE, {
      input: {
        data: {
          customerCode: customer.code,
          contactGroupId: (rows('ContactGroup')[0] as Row).id,
        },
      },
    });
    expect(both.data?.r.__typename).toBe('ValidationError');
    expect(both.data?.r.fields?.map((f) => f.field)).toContain('input.data.customerCode');
    expect(rows('RecurringInvoice')).toHaveLength(before);
  });
});
