import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { PowerOfficeError } from '../src/poweroffice/errors.js';
import { AccountTransactionResource } from '../src/poweroffice/resources/account-transaction.js';
import { ContactPersonResource } from '../src/poweroffice/resources/contact-person.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';
import { PartyBankAccountResource } from '../src/poweroffice/resources/party-bank-account.js';
import { allResources, underParent } from '../src/poweroffice/resources/registry.js';
import { VatCodeResource } from '../src/poweroffice/resources/vat-code.js';
import { type Rig, sandboxConfig, startRig } from './client-support.js';

let rig: Rig;
let emu: EmulatorHandle;
let c: PowerOfficeClient;

beforeAll(async () => {
  rig = await startRig({ rateLimit: false });
  emu = rig.emu;
  c = createClient(rig.config());
});
afterAll(async () => {
  await c.close();
  await emu.stop();
});
beforeEach(() => {
  emu.configure({ unknownId: 'notFound404' });
  emu.reset();
});

const sent = () =>
  emu
    .requests()
    .filter((r) => r.kind !== 'token')
    .map((r) => `${r.method} ${r.path}${r.query ? `?${decodeURIComponent(r.query)}` : ''}`);

describe('resource calls', () => {
  it('lists with OData options and returns the total count independent of paging', async () => {
    const all = await c.list(CustomerResource);
    const page = await c.list(CustomerResource, {
      filter: { op: 'eq', field: 'isArchived', value: false },
      orderBy: [{ field: 'name', direction: 'desc' }],
      top: 2,
      skip: 1,
    });
    expect(all.count).toBe(all.items.length);
    expect(page.items).toHaveLength(2);
    expect(page.count).toBeGreaterThan(2);
    expect(sent()[1]).toBe(
      'GET /Customer?$filter=(IsArchived eq false)&$orderby=Name desc&$top=2&$skip=1',
    );
  });

  it('gets by id, and null for an unknown id under both emulator behaviours', async () => {
    const got = await c.get(CustomerResource, 100_001);
    expect(got?.id).toBe(100_001);
    expect(await c.get(CustomerResource, 987_654)).toBeNull();
    emu.configure({ unknownId: 'successFalse' });
    expect(await c.get(CustomerResource, 987_654)).toBeNull();
  });

  it('keeps /OutgoingInvoice/List and /OutgoingInvoice/{id} distinct', async () => {
    const { items } = await c.list(OutgoingInvoiceResource, {
      top: 1,
      orderBy: [{ field: 'id', direction: 'asc' }],
    });
    const id = items[0]!.id!;
    const full = await c.get(OutgoingInvoiceResource, id);
    expect(full?.id).toBe(id);
    expect(sent()).toEqual([
      'GET /OutgoingInvoice/List?$orderby=Id asc&$top=1',
      `GET /OutgoingInvoice/${id}`,
    ]);
  });

  it('creates, updates and deletes; the saved entity comes back with server fields', async () => {
    const created = await c.save(CustomerResource, {
      name: 'Fjordklient AS',
      emailAddress: 'post@fjord.no',
    });
    expect(created.id).toBeTypeOf('number');
    expect(created.code).toBeTypeOf('number');
    const updated = await c.save(CustomerResource, {
      id: created.id!,
      phoneNumber: '+47 55 00 00 00',
    });
    expect(updated).toMatchObject({ name: 'Fjordklient AS', phoneNumber: '+47 55 00 00 00' });
    await c.delete(CustomerResource, created.id!);
    expect(emu.rows('Customer').some((r) => r.id === created.id)).toBe(false);
    expect(await c.get(CustomerResource, created.id!)).toBeNull();
  });

  it('addresses sub-resources through their parent id', async () => {
    const person = await c.save(
      ContactPersonResource,
      { firstName: 'Kari', lastName: 'Nordmann' },
      { parentId: 100_001 },
    );
    const { items } = await c.list(ContactPersonResource, {}, { parentId: 100_001 });
    expect(items.some((p) => p.id === person.id)).toBe(true);
    expect(sent()[0]).toBe('POST /Customer/100001/Contact');
    await expect(c.list(ContactPersonResource)).rejects.toThrow(/parentId/);
  });

  it('refuses every operation a declaration does not offer, without calling upstream', async () => {
    let refused = 0;
    for (const spec of allResources) {
      const calls = {
        list: () => c.list(spec, {}, { parentId: 1 }),
        get: () => c.get(spec, 1, { parentId: 1 }),
        save: () => c.save(spec, {} as never, { parentId: 1 }),
        delete: () => c.delete(spec, 1, { parentId: 1 }),
      };
      for (const op of ['list', 'get', 'save', 'delete'] as const) {
        if (spec.operations[op]) continue;
        await expect(calls[op](), `${spec.name}.${op}`).rejects.toThrow(new RegExp(`no ${op}`));
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(sent()).toEqual([]);
  });

  it('refuses operations the reference does not list, without calling upstream', async () => {
    await expect(c.save(VatCodeResource, { code: '3' } as never)).rejects.toThrow(/no save/);
    expect(sent()).toEqual([]);
  });

  it('skips the upstream for a filter that can match nothing', async () => {
    const r = await c.list(CustomerResource, { filter: { op: 'in', field: 'code', values: [] } });
    expect(r).toEqual({ items: [], count: 0 });
    expect(sent()).toEqual([]);
  });
});

describe('envelope errors', () => {
  it('success:false becomes VALIDATION with the upstream summary kept for logs', async () => {
    const e = (await c
      .save(CustomerResource, { name: 'X', emailAddress: 42 as unknown as string })
      .catch((x: unknown) => x)) as PowerOfficeError;
    expect(e).toBeInstanceOf(PowerOfficeError);
    expect(e.code).toBe('VALIDATION');
    expect(e.upstreamSummary).toBeTruthy();
    expect(e.upstreamFields).toHaveProperty('emailAddress');
    expect(e.errorLogReference).toBeTruthy();
    expect(e.message).not.toContain(e.upstreamSummary!);
  });

  it('a duplicate externalImportReference is UNIQUE_CONSTRAINT', async () => {
    const ref = `dup-${Date.now()}`;
    await c.save(CustomerResource, { name: 'Første AS', externalImportReference: ref });
    const e = (await c
      .save(CustomerResource, { name: 'Andre AS', externalImportReference: ref })
      .catch((x: unknown) => x)) as PowerOfficeError;
    expect(e.code).toBe('UNIQUE_CONSTRAINT');
    expect(e.upstreamException).toBe('ApiUniqueConstraint');
  });

  it('a delete blocked by related data is VALIDATION', async () => {
    const { items } = await c.list(OutgoingInvoiceResource, {
      top: 1,
      orderBy: [{ field: 'id', direction: 'asc' }],
    });
    const customer = (
      await c.list(CustomerResource, {
        filter: { op: 'eq', field: 'code', value: items[0]!.customerCode! },
      })
    ).items[0]!;
    const e = (await c
      .delete(CustomerResource, customer.id!)
      .catch((x: unknown) => x)) as PowerOfficeError;
    expect(e.code).toBe('VALIDATION');
    expect(e.upstreamSummary).toMatch(/related data/);
  });

  it('a privilege the token lacks is FORBIDDEN', async () => {
    const narrow = await startEmulator({
      scale: 'tiny',
      clients: [{ ...emu.keys, privileges: ['Customer'] }],
    });
    const nc = createClient(sandboxConfig(narrow).powerOffice);
    try {
      expect((await nc.list(CustomerResource, { top: 1 })).items).toHaveLength(1);
      // The token's role claim lacks the write privilege: the error names it.
      await expect(nc.save(CustomerResource, { name: 'Nei AS' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        blockedPrivileges: ['Customer_Full'],
        message: expect.stringContaining('Customer_Full'),
      });
    } finally {
      await nc.close();
      await narrow.stop();
    }
  });

  it("a 403 names the privilege of the route called, not only its resource's", async () => {
    // Everything but Blob (voucher documents) and Supplier_Full (bank accounts under suppliers).
    const every = allResources.flatMap((r) => [r.privilege, `${r.privilege}_Full`]);
    const narrow = await startEmulator({
      scale: 'tiny',
      clients: [
        { ...emu.keys, privileges: every.filter((p) => p !== 'Blob' && p !== 'Supplier_Full') },
      ],
    });
    const nc = createClient(sandboxConfig(narrow).powerOffice);
    try {
      const voucherNo = narrow.rows('AccountTransaction').find((r) => r.voucherNo != null)
        ?.voucherNo as number;
      await expect(
        nc.subList(AccountTransactionResource, 'documents', voucherNo),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', blockedPrivileges: ['Blob'] });
      await expect(
        nc.download(AccountTransactionResource, 'ehf', voucherNo, undefined),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', blockedPrivileges: ['Blob'] });
      // The same rows under another parent need that parent's privilege.
      const supplier = narrow.rows('Supplier')[0] as { id: number };
      const customer = narrow.rows('Customer')[0] as { id: number };
      const account = { code: '15038849201', countryCode: 'NO' };
      await expect(
        nc.save(underParent(PartyBankAccountResource, 'Supplier'), account, {
          parentId: supplier.id,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', blockedPrivileges: ['Supplier_Full'] });
      const saved = await nc.save(PartyBankAccountResource, account, { parentId: customer.id });
      expect(saved.id).toBeTypeOf('number');
    } finally {
      await nc.close();
      await narrow.stop();
    }
  });
});

describe('raw passthrough', () => {
  it('GETs and POSTs any path with the same auth, envelope and error mapping', async () => {
    const body = await c.request<{ data: unknown[]; count: number; success: boolean }>(
      'GET',
      '/Customer',
      { searchParams: { $top: '2', $orderby: 'Id asc' } },
    );
    expect(body.success).toBe(true);
    expect(body.data).toHaveLength(2);
    const saved = await c.request<{ data: { id: number } }>('POST', 'Customer', {
      json: { name: 'Rå AS' },
    });
    expect(saved.data.id).toBeTypeOf('number');
    await expect(c.request('GET', '/NoSuchThing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.request('DELETE', `/Customer/${saved.data.id}`)).resolves.toMatchObject({
      success: true,
    });
  });
});

describe('DELETE response shapes', () => {
  let server: Server;
  let url: string;
  const bodies: string[] = [];
  beforeAll(async () => {
    // A tiny stand-in for the one shape the emulator does not emit (the route docs' double wrap).
    server = createServer((req, res) => {
      if (req.url?.startsWith('/OAuth/Token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'x', token_type: 'bearer', expires_in: 600 }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(bodies.shift());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('accepts the flat and the double-wrapped shape, and fails on an inner success:false', async () => {
    const dc = createClient({ ...rig.config(), apiUrl: `${url}/`, tokenUrl: `${url}/OAuth/Token` });
    try {
      bodies.push(JSON.stringify({ success: true }));
      await expect(dc.delete(CustomerResource, 1)).resolves.toBeUndefined();
      bodies.push(JSON.stringify({ data: { success: true, data: null, count: 0 }, success: true }));
      await expect(dc.delete(CustomerResource, 2)).resolves.toBeUndefined();
      bodies.push(
        JSON.stringify({
          data: {
            success: false,
            validation: { summary: 'The entity could not be deleted due to related data' },
          },
          success: true,
        }),
      );
      await expect(dc.delete(CustomerResource, 3)).rejects.toMatchObject({ code: 'VALIDATION' });
    } finally {
      await dc.close();
    }
  });
});
