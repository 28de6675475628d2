import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHandle, type RecordedRequest, startEmulator } from '../src/emulator/index.js';
import { call, fetchToken, qs } from './emulator-support.js';

// The request log that tests use to count upstream calls.

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scale: 'tiny', rateLimit: false });
});
afterAll(() => emu.stop());

describe('request log', () => {
  it('records method, path, raw query, resource, kind, status, time', async () => {
    emu.reset();
    token = await fetchToken(emu);
    const filter = qs({ $filter: "Name eq 'Æ&Ø'", $top: 2 });
    await call(emu, token, 'GET', `/Customer${filter}`);
    const invoice = emu.rows('OutgoingInvoice')[0] as { id: string };
    await call(emu, token, 'GET', '/OutgoingInvoice/List');
    await call(emu, token, 'GET', `/outgoinginvoice/${invoice.id}/`);
    await call(emu, token, 'POST', '/Location', { code: 'LOG', name: 'Logg' });
    await call(emu, token, 'DELETE', '/Location/999999');
    await call(emu, token, 'GET', '/Nope');
    const log = emu.requests();
    expect(log.map((r) => [r.method, r.resource, r.kind, r.status])).toEqual([
      ['POST', 'OAuth', 'token', 200],
      ['GET', 'Customer', 'list', 200],
      ['GET', 'OutgoingInvoice', 'list', 200],
      ['GET', 'OutgoingInvoice', 'get', 200],
      ['POST', 'Location', 'save', 200],
      ['DELETE', 'Location', 'delete', 404],
      ['GET', '', 'other', 404],
    ]);
    const list = log[1] as RecordedRequest;
    expect(list.path).toBe('/Customer');
    expect(new URLSearchParams(list.query).get('$filter')).toBe("Name eq 'Æ&Ø'");
    expect(list.ms).toBeGreaterThanOrEqual(0);
    expect(list.at).toBeGreaterThan(Date.now() - 60_000);
    expect((log[3] as RecordedRequest).path).toBe(`/outgoinginvoice/${invoice.id}/`);
  });

  it('counts per resource, kind and method; stats group by resource and status', () => {
    expect(emu.count()).toBe(7);
    expect(emu.count({ resource: 'OutgoingInvoice' })).toBe(2);
    expect(emu.count({ resource: 'OutgoingInvoice', kind: 'list' })).toBe(1);
    expect(emu.count({ method: 'post' })).toBe(2);
    expect(emu.stats()).toEqual({
      total: 7,
      byResource: { OAuth: 1, Customer: 1, OutgoingInvoice: 2, Location: 2, '': 1 },
      byStatus: { '200': 5, '404': 2 },
    });
  });

  it('is readable over HTTP outside the API namespace, without a token', async () => {
    const all = await fetch(`${emu.url}/__emulator/requests`).then((r) => r.json());
    expect(all.count).toBe(7);
    expect(all.data[1]).toMatchObject({ resource: 'Customer', kind: 'list' });
    const invoices = await fetch(
      `${emu.url}/__emulator/requests?resource=OutgoingInvoice&kind=get`,
    ).then((r) => r.json());
    expect(invoices.count).toBe(1);
    const stats = await fetch(`${emu.url}/__emulator/stats`).then((r) => r.json());
    expect(stats.data.total).toBe(7);
    // Admin calls are not API traffic: they are not logged.
    expect(emu.count()).toBe(7);
    expect((await fetch(`${emu.url}/__emulator/nothing`)).status).toBe(404);
    const openapi = await fetch(`${emu.url}/__emulator/openapi.json`).then((r) => r.json());
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths).length).toBeGreaterThan(5);
  });

  it('never records credentials or tokens', () => {
    const raw = JSON.stringify(emu.requests());
    expect(raw).not.toContain(token);
    expect(raw).not.toContain(emu.keys.clientKey);
  });

  it('reset() and POST /__emulator/reset clear the log but keep the data', async () => {
    const locations = emu.rows('Location').length;
    emu.reset();
    expect(emu.count()).toBe(0);
    await call(emu, token, 'GET', '/Location');
    expect(emu.count()).toBe(1);
    const res = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST' });
    expect(await res.json()).toEqual({ success: true });
    expect(emu.requests()).toEqual([]);
    expect(emu.rows('Location').length).toBe(locations);
  });

  it('resetData() and POST /__emulator/reset?data=true re-seed', async () => {
    const seeded = emu.rows('Location').filter((l) => l.code !== 'LOG').length;
    await call(emu, token, 'POST', '/Location', { code: 'NEW', name: 'Ny' });
    expect(emu.rows('Location').length).toBe(seeded + 2);
    emu.resetData();
    expect(emu.rows('Location').length).toBe(seeded);
    await call(emu, token, 'POST', '/Location', { code: 'NEW', name: 'Ny' });
    await fetch(`${emu.url}/__emulator/reset?data=true`, { method: 'POST' });
    expect(emu.rows('Location').length).toBe(seeded);
    // Tokens stay valid across a data reset.
    expect((await call(emu, token, 'GET', '/Location')).status).toBe(200);
  });
});
