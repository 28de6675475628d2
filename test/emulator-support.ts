import type { EmulatorHandle } from '../src/emulator/index.js';
import type { ResourceSpec } from '../src/poweroffice/resources/resource.js';

/** Helpers shared by the emulator contract tests: real HTTP over loopback with fetch. */

export function basic(applicationKey: string, clientKey: string): string {
  return `Basic ${Buffer.from(`${applicationKey}:${clientKey}`).toString('base64')}`;
}

export async function fetchToken(emu: EmulatorHandle): Promise<string> {
  const res = await fetch(emu.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: basic(emu.keys.applicationKey, emu.keys.clientKey),
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    },
    body: 'grant_type=client_credentials',
  });
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON envelopes
  body: any;
  text: string;
}

/** Calls the API with a bearer token; `body` objects are sent as JSON. */
export async function call(
  emu: EmulatorHandle,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(`${emu.url}${path}`, { method, headers, body: payload });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** `$filter`-style query strings, percent-encoded. */
export function qs(params: Record<string, string | number>): string {
  return `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}

/** True when a JSON value contains a null anywhere. */
export function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(hasNull);
  if (typeof value === 'object') return Object.values(value as object).some(hasNull);
  return false;
}

/**
 * Route parameters of a report that hold every row of the seed: `from…` dates (InvoiceJournal's
 * range, GetAllMatchedItems' `fromDateTime`) at 2000-01-01, every other date (toDate, a balance's
 * date) at 2100-12-31; optional non-dates left out (their defaults apply).
 */
export function reportArgs(spec: ResourceSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(spec.params ?? {})) {
    if (field.type !== 'scalar' || (field.kind !== 'datetime' && field.kind !== 'datetimeoffset')) {
      continue;
    }
    out[name] = /^from/.test(name) ? '2000-01-01' : '2100-12-31';
  }
  return out;
}

/** `reportArgs` as GraphQL arguments after a comma (`, fromDate: "…"`), or ''. */
export function reportArgsGql(spec: ResourceSpec): string {
  return Object.entries(reportArgs(spec))
    .map(([k, v]) => `, ${k}: "${v}"`)
    .join('');
}
