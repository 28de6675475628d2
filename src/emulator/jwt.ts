import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Minimal HS256 JWTs for the emulator's bearer tokens. The signing secret lives only in the
 * emulator process, so a token is valid for exactly the instance that issued it.
 */
export interface TokenClaims {
  readonly iss: string;
  readonly aud: string;
  readonly jti: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
  readonly goClientId: string;
  readonly goClientName: string;
  readonly goUserId: string;
  readonly goActiveClientSubscriptions: readonly string[];
  readonly goInvalidPrivileges: readonly string[];
  readonly role: readonly string[];
  /** Fingerprint of the application key (never the key): the throttle bucket's name. */
  readonly goIntegrationRef: string;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: TokenClaims, secret: Buffer): string {
  const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export type VerifyResult =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' };

/** Checks shape, signature and expiry (`nowSeconds` injectable for tests of the knob). */
export function verifyJwt(token: string, secret: Buffer, nowSeconds: number): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) return { ok: false, reason: 'malformed' };
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
    return { ok: false, reason: 'expired' };
  }
  if (!Array.isArray(claims.role)) return { ok: false, reason: 'malformed' };
  return { ok: true, claims };
}
