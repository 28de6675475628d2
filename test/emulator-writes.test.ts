import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { call, fetchToken, qs } from './emulator-support.js';

// Reference A8 (upsert, sub-collections, deletes), A9 (externalImportReference), B9 (invoices).

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scale: 'tiny', seed: 3, rateLimit: false });
  token = await fetchToken(emu);
});
afterAll(() => emu.stop());

const post = (path: string, body: unknown) => call(emu, token, 'POST', path, body);
const get = (path: string) => call(emu, token, 'GET', path);
const del = (path: string) => call(emu, token, 'DELETE', path);

interface Line {
  id: number;
  productCode?: string;
  quantity?: number;
  netAmount: number;
  totalAmount: number;
  vatRate?: number;
  description?: string;
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

describe('POST is an upsert', () => {
  it('creates with a server-assigned id, code, createdDate and lastChanged', async () => {
    const maxCode = Math.max(...emu.rows('Customer').map((c) => c.code as number));
    const res = await post('/Customer', { name: 'Fjellvind Bygg AS', vatNumber: '987654321' });
    expect(res.body.success).toBe(true);
    const c = res.body.data;
    expect(typeof c.id).toBe('number');
    expect(c.code).toBe(maxCode + 1);
    expect(Date.parse(c.lastChanged)).toBeGreaterThan(Date.now() - 60_000);
    expect(c.createdDate).toBe(c.lastChanged);
    expect(c.isActive).toBe(true);
    expect(emu.rows('Customer').some((r) => r.id === c.id)).toBe(true);
  });

  it('keeps a client-chosen customer code and rejects a taken one', async () => {
    const res = await post('/Customer', { name: 'Eget nummer AS', code: 777 });
    expect(res.body.data.code).toBe(777);
    const dup = await post('/Customer', { name: 'Kopi AS', code: 777 });
    expect(dup.body.success).toBe(false);
    expect(dup.body.validation.exception).toBe('ApiUniqueConstraint');
    expect(dup.body.validation.fields).toHaveProperty('code');
  });

  it('updates with an id: a partial body leaves other fields unchanged', async () => {
    const created = (
      await post('/Customer', {
        name: 'Før AS',
        phoneNumber: '22334455',
        mailAddress: { address1: 'Postboks 1', zipCode: '0150', city: 'OSLO' },
      })
    ).body.data;
    expect(created.mailAddress).toMatchObject({
      isPrimary: false,
      lastChanged: created.lastChanged,
    });
    await new Promise((r) => setTimeout(r, 5));
    const updated = await post('/Customer', { id: created.id, name: 'Etter AS' });
    expect(updated.body.data).toMatchObject({
      id: created.id,
      code: created.code,
      name: 'Etter AS',
      phoneNumber: '22334455',
    });
    expect(Date.parse(updated.body.data.lastChanged)).toBeGreaterThan(
      Date.parse(created.lastChanged),
    );
    expect(updated.body.data.createdDate).toBe(created.createdDate);
    // An address the update did not send is untouched, its id and stamp included.
    expect(updated.body.data.mailAddress).toEqual(created.mailAddress);
    const count = emu.rows('Customer').filter((r) => r.id === created.id).length;
    expect(count).toBe(1);
    const cleared = await post('/Customer', { id: created.id, phoneNumber: null });
    expect(cleared.body.data).not.toHaveProperty('phoneNumber');
  });

  it('replaces street addresses as a full set, keeping ids the client sends back', async () => {
    const created = (
      await post('/Customer', {
        name: 'Adresse AS',
        streetAddresses: [
          { address1: 'Storgata 1', zipCode: '0150', city: 'OSLO', isPrimary: true },
          { address1: 'Kaia 2', zipCode: '5003', city: 'BERGEN' },
        ],
      })
    ).body.data;
    const [a, b] = created.streetAddresses;
    expect(typeof a.id).toBe('number');
    expect(a.id).not.toBe(b.id);
    const updated = (
      await post('/Customer', { id: created.id, streetAddresses: [{ ...b, city: 'LAKSEVÅG' }] })
    ).body.data;
    expect(updated.streetAddresses).toHaveLength(1);
    expect(updated.streetAddresses[0]).toMatchObject({ id: b.id, city: 'LAKSEVÅG' });
  });

  it('string codes are the client’s: required and unique (case-insensitive)', async () => {
    const missing = await post('/Product', { name: 'Uten kode' });
    expect(missing.body.success).toBe(false);
    expect(missing.body.validation.fields).toHaveProperty('code');
    expect((await post('/Product', { code: 'ABC-1', name: 'En' })).body.success).toBe(true);
    const dup = await post('/Product', { code: 'abc-1', name: 'To' });
    expect(dup.body).toMatchObject({
      success: false,
      validation: { exception: 'ApiUniqueConstraint' },
    });
  });

  it('a product inherits the VAT code of its group', async () => {
    const food = emu.rows('ProductGroup').find((g) => g.name === 'Næringsmidler') as { id: number };
    const res = await post('/Product', {
      code: 'MAT-1',
      name: 'Brunost',
      productGroupId: food.id,
      salesPrice: 89,
    });
    expect(res.body.data.vatCode).toBe('31');
    const bad = await post('/Product', { code: 'MAT-2', name: 'X', productGroupId: 424242 });
    expect(bad.body.validation.fields).toHaveProperty('productGroupId');
  });

  it('unknown contact-group titles on a party are created', async () => {
    const before = emu.rows('ContactGroup').length;
    const res = await post('/Customer', { name: 'Gruppe AS', contactGroups: ['Helt Ny Gruppe'] });
    expect(res.body.data.contactGroups).toEqual(['Helt Ny Gruppe']);
    expect(emu.rows('ContactGroup').length).toBe(before + 1);
    await post('/Customer', { name: 'Gruppe 2 AS', contactGroups: ['helt ny gruppe'] });
    expect(emu.rows('ContactGroup').length).toBe(before + 1);
  });

  it('contact persons take their party from the path', async () => {
    const customer = (await post('/Customer', { name: 'Kontakt AS' })).body.data;
    const res = await post(`/Customer/${customer.id}/Contact`, {
      firstName: 'Kari',
      lastName: 'Nordmann',
      partyId: 1,
    });
    expect(res.body.data).toMatchObject({
      partyId: customer.id,
      partyCustomerCode: customer.code,
      gender: 0,
    });
    const list = await get(`/Customer/${customer.id}/Contact`);
    expect(list.body.count).toBe(1);
    const other = (await post('/Customer', { name: 'Annen AS' })).body.data;
    const moved = await post(`/Customer/${other.id}/Contact`, {
      id: res.body.data.id,
      firstName: 'X',
    });
    expect(moved.status).toBe(404);
  });
});

describe('externalImportReference (A9)', () => {
  it('a duplicate is success:false ApiUniqueConstraint; the owner may re-save it', async () => {
    const first = await post('/Customer', { name: 'Import 1', externalImportReference: 'ext-42' });
    expect(first.body.success).toBe(true);
    const dup = await post('/Customer', { name: 'Import 2', externalImportReference: 'ext-42' });
    expect(dup.status).toBe(200);
    expect(dup.body.success).toBe(false);
    expect(dup.body).not.toHaveProperty('data');
    expect(dup.body.validation.exception).toBe('ApiUniqueConstraint');
    const again = await post('/Customer', {
      id: first.body.data.id,
      name: 'Import 1b',
      externalImportReference: 'ext-42',
    });
    expect(again.body.success).toBe(true);
    // Unique per resource: an invoice may use the same reference as a customer.
    const inv = await post('/OutgoingInvoice', {
      customerCode: first.body.data.code,
      externalImportReference: 'ext-42',
    });
    expect(inv.body.success).toBe(true);
    const dupInv = await post('/OutgoingInvoice', {
      customerCode: first.body.data.code,
      externalImportReference: 'ext-42',
    });
    expect(dupInv.body.validation.exception).toBe('ApiUniqueConstraint');
    const found = await get(
      `/OutgoingInvoice/List${qs({ $filter: "ExternalImportReference eq 'ext-42'" })}`,
    );
    expect(found.body.count).toBe(1);
  });

  it('longer than 50 characters is a validation error', async () => {
    const res = await post('/Customer', { name: 'Lang', externalImportReference: 'x'.repeat(51) });
    expect(res.body.success).toBe(false);
    expect(res.body.validation.fields).toHaveProperty('externalImportReference');
  });
});

describe('invoices', () => {
  const productCodes = () => emu.rows('Product').map((p) => p.code as string);

  it('computes line and invoice amounts from products and VAT codes', async () => {
    const customer = emu.rows('Customer').find((c) => c.isVatFree !== true) as { code: number };
    const [p1, p2] = productCodes();
    const res = await post('/OutgoingInvoice', {
      customerCode: customer.code,
      outgoingInvoiceLines: [
        { productCode: p1, quantity: 3 },
        { productCode: p2, quantity: 2, unitPrice: 100, discountPercent: 0.5 },
        { lineType: 'Text', description: 'Takk for handelen' },
      ],
    });
    expect(res.body.success, JSON.stringify(res.body)).toBe(true);
    const inv = res.body.data;
    expect(inv.status).toBe(0);
    expect(typeof inv.orderNo).toBe('number');
    expect(inv.id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = inv.outgoingInvoiceLines as Line[];
    expect(lines).toHaveLength(3);
    expect(lines[1]?.netAmount).toBe(100);
    expect(lines[1]?.totalAmount).toBe(
      Math.round(100 * (1 + (lines[1]?.vatRate ?? 0) / 100) * 100) / 100,
    );
    expect(lines[2]).toMatchObject({ lineType: 1, netAmount: 0, totalAmount: 0 });
    expect(inv.netAmount).toBe(sum(lines.map((l) => l.netAmount)));
    expect(inv.totalAmount).toBe(sum(lines.map((l) => l.totalAmount)));
    const listed = await get(
      `/OutgoingInvoice/List${qs({ $filter: `OrderNo eq ${inv.orderNo}` })}`,
    );
    expect(listed.body.data[0]).toMatchObject({ id: inv.id, totalAmount: inv.totalAmount });
  });

  it('isDeleted:true removes a line; lines without id are added; omitted lines stay', async () => {
    const customer = emu.rows('Customer')[0] as { code: number };
    const [p1, p2, p3] = productCodes();
    const inv = (
      await post('/OutgoingInvoice', {
        customerCode: customer.code,
        outgoingInvoiceLines: [
          { productCode: p1, quantity: 1 },
          { productCode: p2, quantity: 1 },
        ],
      })
    ).body.data;
    const [keep, drop] = inv.outgoingInvoiceLines as Line[];
    const updated = await post('/OutgoingInvoice', {
      id: inv.id,
      outgoingInvoiceLines: [
        { id: drop?.id, isDeleted: true },
        { productCode: p3, quantity: 4 },
      ],
    });
    expect(updated.body.success).toBe(true);
    const lines = updated.body.data.outgoingInvoiceLines as Line[];
    expect(lines.map((l) => l.id)).toContain(keep?.id);
    expect(lines.map((l) => l.id)).not.toContain(drop?.id);
    expect(lines.find((l) => l.productCode === p3)?.quantity).toBe(4);
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => 'isDeleted' in l)).toBe(false);
    expect(updated.body.data.totalAmount).toBe(sum(lines.map((l) => l.totalAmount)));
    const stored = await get(`/OutgoingInvoice/${inv.id}`);
    expect(stored.body.data.outgoingInvoiceLines).toEqual(lines);
    const badLine = await post('/OutgoingInvoice', {
      id: inv.id,
      outgoingInvoiceLines: [{ id: 1, quantity: 2 }],
    });
    expect(badLine.body.success).toBe(false);
  });

  it('validates references and the settable statuses', async () => {
    const customer = emu.rows('Customer')[0] as { code: number };
    const noCustomer = await post('/OutgoingInvoice', { customerCode: 1 });
    expect(noCustomer.body.validation.fields).toHaveProperty('customerCode');
    const noProduct = await post('/OutgoingInvoice', {
      customerCode: customer.code,
      outgoingInvoiceLines: [{ productCode: 'NOPE' }],
    });
    expect(noProduct.body.validation.fields).toHaveProperty([
      'outgoingInvoiceLines[0].productCode',
    ]);
    const sent = await post('/OutgoingInvoice', { customerCode: customer.code, status: 'Sent' });
    expect(sent.body.validation.fields).toHaveProperty('status');
    const approved = await post('/OutgoingInvoice', {
      customerCode: customer.code,
      status: 'approved',
    });
    expect(approved.body.data.status).toBe(1);
    const dupLineRef = await post('/OutgoingInvoice', {
      customerCode: customer.code,
      outgoingInvoiceLines: [
        { productCode: productCodes()[0], externalImportLineReference: 'L1' },
        { productCode: productCodes()[0], externalImportLineReference: 'L1' },
      ],
    });
    expect(dupLineRef.body.validation.exception).toBe('ApiUniqueConstraint');
  });

  it('posted invoices (Sent/Paid/Archived) can be neither changed nor deleted', async () => {
    const posted = emu.rows('OutgoingInvoice').find((i) => (i.status as number) >= 2) as {
      id: string;
    };
    const change = await post('/OutgoingInvoice', { id: posted.id, purchaseOrderNo: 'X' });
    expect(change.body.success).toBe(false);
    const remove = await del(`/OutgoingInvoice/${posted.id}`);
    expect(remove.body.success).toBe(false);
    expect((await get(`/OutgoingInvoice/${posted.id}`)).status).toBe(200);
  });

  it('draft invoices can be deleted', async () => {
    const customer = emu.rows('Customer')[0] as { code: number };
    const inv = (await post('/OutgoingInvoice', { customerCode: customer.code })).body.data;
    expect((await del(`/OutgoingInvoice/${inv.id.toUpperCase()}`)).body).toEqual({ success: true });
    expect((await get(`/OutgoingInvoice/${inv.id}`)).status).toBe(404);
  });
});

describe('deletes blocked by related data', () => {
  it('a customer with invoices cannot be deleted; archiving works instead', async () => {
    const invoiced = emu.rows('OutgoingInvoice')[0] as { customerCode: number };
    const customer = emu.rows('Customer').find((c) => c.code === invoiced.customerCode) as {
      id: number;
    };
    const res = await del(`/Customer/${customer.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      success: false,
      validation: { summary: 'The entity could not be deleted due to related data' },
    });
    expect((await get(`/Customer/${customer.id}`)).status).toBe(200);
    const archived = await post('/Customer', { id: customer.id, isArchived: true });
    expect(archived.body.data.isArchived).toBe(true);
  });

  it('a customer without invoices is deleted together with its contact persons', async () => {
    const c = (await post('/Customer', { name: 'Kortlivet AS' })).body.data;
    await post(`/Customer/${c.id}/Contact`, { firstName: 'Ola' });
    expect((await del(`/Customer/${c.id}`)).body).toEqual({ success: true });
    expect(emu.rows('ContactPerson').some((p) => p.partyId === c.id)).toBe(false);
  });

  it('a product on invoice lines and a group with products cannot be deleted', async () => {
    const used = (emu.rows('OutgoingInvoice')[0] as { outgoingInvoiceLines: Line[] })
      .outgoingInvoiceLines[0];
    const product = emu.rows('Product').find((p) => p.code === used?.productCode) as {
      id: number;
      productGroupId: number;
    };
    expect((await del(`/Product/${product.id}`)).body.success).toBe(false);
    expect((await del(`/ProductGroup/${product.productGroupId}`)).body.success).toBe(false);
  });
});
