import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { basic, call, fetchToken } from './emulator-support.js';

// Reference A2 (token endpoint, JWT claims), A5 (401/403).

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({
    scale: 'tiny',
    clients: [
      {
        applicationKey: '11111111-1111-4111-8111-111111111111',
        clientKey: '22222222-2222-4222-8222-222222222222',
      },
      {
        applicationKey: '33333333-3333-4333-8333-333333333333',
        clientKey: '44444444-4444-4444-8444-444444444444',
        privileges: ['Customer'],
      },
    ],
  });
});
afterAll(() => emu.stop());

function tokenRequest(headers: Record<string, string>, body: string) {
  return fetch(emu.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] as string;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

describe('POST /OAuth/Token', () => {
  it('issues a bearer token for known keys, with the configured lifetime', async () => {
    const res = await tokenRequest(
      { authorization: basic(emu.keys.applicationKey, emu.keys.clientKey) },
      'grant_type=client_credentials',
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(body.token_type).toBe('bearer');
    // 1200 s since PowerOffice's 2025–26 backend (v1-changes-2026.md), with no refresh token.
    expect(body.expires_in).toBe(1200);
    expect(body.access_token.split('.')).toHaveLength(3);
  });

  it('puts the reference claims in the JWT, privileges in role', async () => {
    const claims = claimsOf(await fetchToken(emu));
    for (const claim of [
      'goClientId',
      'goClientName',
      'goUserId',
      'goActiveClientSubscriptions',
      'goInvalidPrivileges',
      'role',
      'exp',
      'iat',
    ]) {
      expect(claims).toHaveProperty(claim);
    }
    expect(claims.role).toEqual(
      expect.arrayContaining(['Customer', 'Customer_Full', 'OutgoingInvoice_Full']),
    );
    expect((claims.exp as number) - (claims.iat as number)).toBe(1200);
    // The token must not carry the keys themselves.
    const raw = JSON.stringify(claims);
    expect(raw).not.toContain(emu.keys.clientKey);
    expect(raw).not.toContain(emu.keys.applicationKey);
  });

  it('accepts client_id/client_secret in the form body (generic OAuth libraries)', async () => {
    const res = await tokenRequest(
      {},
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: emu.keys.applicationKey,
        client_secret: emu.keys.clientKey,
      }).toString(),
    );
    expect(res.status).toBe(200);
  });

  it('answers 400 invalid_client for unknown or swapped keys', async () => {
    for (const auth of [
      basic(emu.keys.applicationKey, '99999999-9999-4999-8999-999999999999'),
      basic(emu.keys.clientKey, emu.keys.applicationKey),
    ]) {
      const res = await tokenRequest({ authorization: auth }, 'grant_type=client_credentials');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_client' });
    }
  });

  it('answers 400 invalid_client for a missing or malformed Basic header', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: 'Basic !!!not-base64!!!' },
      { authorization: `Basic ${Buffer.from('no-colon-here').toString('base64')}` },
      { authorization: `Bearer ${emu.keys.clientKey}` },
    ];
    for (const headers of cases) {
      const res = await tokenRequest(headers, 'grant_type=client_credentials');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_client' });
    }
  });

  it('rejects a wrong or missing grant type with the OAuth error codes', async () => {
    const auth = { authorization: basic(emu.keys.applicationKey, emu.keys.clientKey) };
    const wrong = await tokenRequest(auth, 'grant_type=password');
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: 'unsupported_grant_type' });
    const missing = await tokenRequest(auth, '');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request' });
  });

  it('answers 405 to GET on the token path and is recorded as a token request', async () => {
    const before = emu.count({ kind: 'token' });
    const res = await fetch(emu.tokenUrl);
    expect(res.status).toBe(405);
    expect(emu.count({ kind: 'token' })).toBe(before + 1);
  });

  it('matches the token path case-insensitively and with a trailing slash', async () => {
    const res = await fetch(`${emu.url}/oauth/token/`, {
      method: 'POST',
      headers: {
        authorization: basic(emu.keys.applicationKey, emu.keys.clientKey),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(200);
  });
});

describe('bearer tokens on API calls', () => {
  it('accepts a fresh token', async () => {
    const res = await call(emu, await fetchToken(emu), 'GET', '/Customer');
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
  });

  it('answers 401 without, with a malformed, a forged or an expired token', async () => {
    const good = await fetchToken(emu);
    const [h, p] = good.split('.') as [string, string];
    const forgedClaims = { ...claimsOf(good), role: ['Everything_Full'] };
    const forged = `${h}.${Buffer.from(JSON.stringify(forgedClaims)).toString('base64url')}.${good.split('.')[2]}`;
    const badSignature = `${h}.${p}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
    const expired = emu.issueToken({ lifetimeSeconds: -5 });
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Bearer not-a-jwt' },
      { authorization: 'Bearer a.b.c' },
      { authorization: `Basic ${good}` },
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${badSignature}` },
      { authorization: `Bearer ${expired}` },
    ];
    for (const headers of cases) {
      const res = await fetch(`${emu.url}/Customer`, { headers });
      expect(res.status, JSON.stringify(headers).slice(0, 40)).toBe(401);
      const body = await res.json();
      expect(body.success).toBe(false);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('answers 401 to a token of another emulator instance', async () => {
    const other = await startEmulator({ scale: 'tiny' });
    try {
      const foreign = other.issueToken();
      const res = await call(emu, foreign, 'GET', '/Customer');
      expect(res.status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it('answers 403 when the token lacks the privilege; reads do not imply writes', async () => {
    const limited = await fetch(emu.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: basic(
          '33333333-3333-4333-8333-333333333333',
          '44444444-4444-4444-8444-444444444444',
        ),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json());
    const token = limited.access_token as string;
    expect(claimsOf(token).role).toEqual(['Customer']);
    expect((await call(emu, token, 'GET', '/Customer')).status).toBe(200);
    const write = await call(emu, token, 'POST', '/Customer', { name: 'Nope AS' });
    expect(write.status).toBe(403);
    expect(write.body.success).toBe(false);
    expect(write.body.validation.summary).toContain('Customer_Full');
    expect((await call(emu, token, 'GET', '/Product')).status).toBe(403);
    expect((await call(emu, token, 'GET', '/OutgoingInvoice/List')).status).toBe(403);
  });

  it('a _Full privilege also allows reading', async () => {
    const token = emu.issueToken({ privileges: ['Product_Full'] });
    expect((await call(emu, token, 'GET', '/Product')).status).toBe(200);
    expect((await call(emu, token, 'GET', '/Customer')).status).toBe(403);
  });

  it('the token lifetime knob changes expires_in and exp; an outlived token gets 401', async () => {
    emu.configure({ tokenLifetimeSeconds: 1 });
    try {
      const res = await tokenRequest(
        { authorization: basic(emu.keys.applicationKey, emu.keys.clientKey) },
        'grant_type=client_credentials',
      );
      const body = await res.json();
      expect(body.expires_in).toBe(1);
      const claims = claimsOf(body.access_token);
      expect((claims.exp as number) - (claims.iat as number)).toBe(1);
      expect((await call(emu, body.access_token, 'GET', '/VatCode')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await call(emu, body.access_token, 'GET', '/VatCode')).status).toBe(401);
    } finally {
      emu.configure({ tokenLifetimeSeconds: 1200 });
    }
  });

  it('never echoes keys or tokens in error bodies', async () => {
    const token = await fetchToken(emu);
    const res = await call(emu, `${token}x`, 'GET', '/Customer');
    expect(res.text).not.toContain(token);
    const bad = await tokenRequest(
      { authorization: basic(emu.keys.applicationKey, 'secret-client-key') },
      'grant_type=client_credentials',
    );
    expect(await bad.text()).not.toContain('secret-client-key');
  });
});
