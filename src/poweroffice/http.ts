import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import {
  type BrotliDecompress,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  type Gunzip,
  type Inflate,
} from 'node:zlib';
import type { CancelSignal } from './cancel.js';

/**
 * The client's one HTTP stack: node:http(s) over keep-alive agents. It replaced got, whose
 * per-request option merging, hooks and promise wrapping cost 4–5× the CPU of the request
 * itself (bench/client-cost.ts). Retries, redirects and status handling are the caller's: this
 * only sends one request and reads the whole body as text.
 */
export interface HttpResponse {
  status: number;
  /** The body as text; empty for a successful `raw` request (its bytes are in `bytes`). */
  text: string;
  /** The first `Retry-After` header, if any. */
  retryAfter: string | undefined;
  /** The body as bytes, for `raw` requests (files). */
  bytes?: Buffer;
  /** The `Content-Type` header, for `raw` requests. */
  contentType?: string;
}

/** What `send` reads of a request's URL: a `URL` has these, and so has `ApiBase.resolve`'s. */
export type RequestUrl = Pick<URL, 'protocol' | 'hostname' | 'port' | 'pathname' | 'search'>;

export interface HttpRequest {
  method: string;
  url: RequestUrl;
  /** Names in lower case; `host` is the URL's (`headerList`). */
  headers: Record<string, string>;
  body?: string;
  /** Whole-request budget: connect, send and read the full body. */
  timeoutMs: number;
  /** Keep the body's bytes and content type (a file download): `accept` any type. */
  raw?: boolean;
  signal?: CancelSignal;
}

/** Rejected when the whole-request budget runs out (the name callers look for). */
class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'ETIMEDOUT';
}

const BASE_HEADERS = {
  accept: 'application/json',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'poweroffice-graphql',
} as const;

/**
 * A request's headers as node:http's flat list (name, value, name, value…): `Host` first, then
 * the base headers the request does not set itself, then its own, then the body's length.
 * Given as an object, node:http sets each header through `setHeader` (a name check, a lower-cased
 * copy, a map entry) and looks `Host` up before writing them; a list is written as it is, with
 * each value checked once. Node adds no `Host` to a list, so it is here: the URL's host as node
 * would write it (`URL.hostname` keeps an IPv6 literal's brackets, `port` is empty for the
 * scheme's default).
 */
export function headerList(r: HttpRequest): string[] {
  const own = r.headers;
  const list = ['host', r.url.port === '' ? r.url.hostname : `${r.url.hostname}:${r.url.port}`];
  if (own.accept === undefined) list.push('accept', r.raw ? '*/*' : BASE_HEADERS.accept);
  if (own['accept-encoding'] === undefined) {
    list.push('accept-encoding', BASE_HEADERS['accept-encoding']);
  }
  if (own['user-agent'] === undefined) list.push('user-agent', BASE_HEADERS['user-agent']);
  for (const name in own) list.push(name, own[name] as string);
  if (r.body !== undefined) list.push('content-length', String(Buffer.byteLength(r.body)));
  return list;
}

/** A URL's hostname as node:http wants it: URL keeps an IPv6 literal's brackets, node:http not. */
function bare(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * A response header from `rawHeaders` (name, value, name, value…), as `res.headers` would give
 * it for `name` in lower case: the first value, or with `join` every value joined by `, ` (node
 * joins repeated `Content-Encoding` headers so). Reading `res.headers` makes node build the whole
 * header object for each answer, which an upstream GET otherwise never needs (one per call: 65
 * per nested operation).
 */
export function headerOf(raw: readonly string[], name: string, join: boolean): string | undefined {
  let found: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i] as string;
    if (key.length !== name.length || key.toLowerCase() !== name) continue;
    const value = raw[i + 1] as string;
    if (!join) return value;
    found = found === undefined ? value : `${found}, ${value}`;
  }
  return found;
}

/** A path with no character the URL parser would change, and no `.`/`..` segment to resolve. */
const PLAIN_PATH = /^[\w\-.~!$&()*+,;=@%/]*$/;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/** A query the URL parser leaves as it is, but for `'`, which it writes `%27` (special schemes). */
const PLAIN_QUERY = /^[\w\-.~!$&'()*+,;=:@%/?]*$/;

/**
 * Request URLs under the API's base URL. `new URL(target, base)` costs 2–10 µs a request, more
 * for a long OData filter (about 1 % of a cold nested operation, bench/analysis.md). The
 * client's targets are its own paths with encoded query values, so for those the parts are put
 * together directly, exactly as the parser would give them (test/http-pool.test.ts compares
 * both). Any other target (a character the parser would encode, a dot segment, a `:` that could
 * start a scheme, an empty path) still goes through the parser.
 */
export class ApiBase {
  readonly #base: URL;
  /** The base's path up to its last `/`: where a relative target is resolved. */
  readonly #dir: string;

  constructor(apiUrl: string) {
    this.#base = new URL(apiUrl);
    const path = this.#base.pathname;
    this.#dir = path.slice(0, path.lastIndexOf('/') + 1);
  }

  /** The URL of `target`, a path relative to the base (no leading `/`) with its query. */
  resolve(target: string): RequestUrl {
    const q = target.indexOf('?');
    const path = q === -1 ? target : target.slice(0, q);
    const query = q === -1 ? '' : target.slice(q + 1);
    // An empty path keeps the base's own path (and, with no query either, its query): parsed.
    if (
      path === '' ||
      !PLAIN_PATH.test(path) ||
      DOT_SEGMENT.test(path) ||
      !PLAIN_QUERY.test(query)
    ) {
      return new URL(target, this.#base);
    }
    const base = this.#base;
    return {
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port,
      pathname: this.#dir + path,
      search: query === '' ? '' : `?${query.replaceAll("'", '%27')}`,
    };
  }
}

/** Keep-alive agents for both schemes; `send` picks by the URL's protocol. */
export class HttpPool {
  readonly #http: HttpAgent;
  readonly #https: HttpsAgent;

  constructor(options: { maxSockets: number; maxFreeSockets: number }) {
    const o = { keepAlive: true, ...options };
    this.#http = new HttpAgent(o);
    this.#https = new HttpsAgent(o);
  }

  /** Sends one request and resolves with status + body text; rejects on network errors only. */
  send(r: HttpRequest): Promise<HttpResponse> {
    const secure = r.url.protocol === 'https:';
    const headers = headerList(r);
    return new Promise<HttpResponse>((resolve, reject) => {
      if (r.signal?.aborted) {
        reject(r.signal.reason);
        return;
      }
      let settled = false;
      const finish = (e: unknown, res?: HttpResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        r.signal?.removeEventListener('abort', onAbort);
        if (e) {
          req.destroy();
          reject(e);
        } else resolve(res as HttpResponse);
      };
      const onAbort = () => finish(r.signal?.reason ?? new Error('aborted'));
      const options = {
        method: r.method,
        hostname: bare(r.url.hostname),
        port: r.url.port,
        path: `${r.url.pathname}${r.url.search}`,
        headers,
        agent: secure ? this.#https : this.#http,
      };
      const onResponse = (res: IncomingMessage) => {
        const ra = headerOf(res.rawHeaders, 'retry-after', false);
        const enc = (headerOf(res.rawHeaders, 'content-encoding', true) ?? '').toLowerCase();
        let stream: IncomingMessage | Gunzip | Inflate | BrotliDecompress = res;
        if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(createGunzip());
        else if (enc === 'deflate') stream = res.pipe(createInflate());
        else if (enc === 'br') stream = res.pipe(createBrotliDecompress());
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const whole = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
          const status = res.statusCode ?? 0;
          finish(null, {
            status,
            // A file's bytes are not text: only a failure's envelope is decoded.
            text: r.raw && status >= 200 && status < 300 ? '' : whole.toString('utf8'),
            retryAfter: ra,
            ...(r.raw
              ? { bytes: whole, contentType: headerOf(res.rawHeaders, 'content-type', false) ?? '' }
              : {}),
          });
        });
        stream.on('error', (e: Error) => finish(e));
        res.on('error', (e: Error) => finish(e));
        res.on('aborted', () =>
          finish(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
        );
      };
      const req = secure ? httpsRequest(options, onResponse) : httpRequest(options, onResponse);
      req.on('error', (e: Error) => finish(e));
      const timer = setTimeout(
        () => finish(new TimeoutError(`no answer within ${r.timeoutMs} ms`)),
        r.timeoutMs,
      );
      r.signal?.addEventListener('abort', onAbort, { once: true });
      req.end(r.body);
    });
  }

  /** Closes every socket, idle or busy. */
  destroy(): void {
    this.#http.destroy();
    this.#https.destroy();
  }
}
