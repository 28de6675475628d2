import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiBase,
  HttpPool,
  headerList,
  headerOf,
  type RequestUrl,
} from '../src/poweroffice/http.js';

// The client's HTTP stack against a real loopback server: PowerOffice may compress its answers
// (the client offers gzip, deflate and br), throttle with Retry-After, and serve files as bytes.
const BODY = JSON.stringify({ success: true, data: [{ id: 1, name: 'Ærlig Øl AS' }] });

let server: Server;
let base: string;
const pool = new HttpPool({ maxSockets: 4, maxFreeSockets: 4 });

beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (headers: [string, string][], body: Buffer | string, status = 200) => {
      // Raw header lines, so a test can repeat a header or write its name in any case.
      res.writeHead(status, headers.flat());
      res.end(body);
    };
    switch (req.url) {
      case '/gzip':
        return send([['Content-Encoding', 'gzip']], gzipSync(BODY));
      case '/gzip-upper':
        return send([['CONTENT-ENCODING', 'GZIP']], gzipSync(BODY));
      case '/deflate':
        return send([['content-encoding', 'deflate']], deflateSync(BODY));
      case '/br':
        return send([['Content-Encoding', 'br']], brotliCompressSync(BODY));
      case '/identity':
        return send([['Content-Type', 'application/json']], BODY);
      case '/throttled':
        return send(
          [
            ['Retry-After', '7'],
            ['retry-after', '9'],
          ],
          '',
          429,
        );
      case '/file':
        return send(
          [
            ['Content-Type', 'application/pdf'],
            ['Content-Type', 'text/plain'],
          ],
          Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff]),
        );
      case '/echo': {
        // The request's header lines as they arrived, and its body.
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString('utf8');
        });
        req.on('end', () => send([], JSON.stringify({ headers: req.rawHeaders, body })));
        return;
      }
      default:
        return send([], '', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  pool.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const get = (path: string, raw = false) =>
  pool.send({ method: 'GET', url: new URL(path, base), headers: {}, timeoutMs: 5_000, raw });

describe('HttpPool.send', () => {
  it.each(['/gzip', '/gzip-upper', '/deflate', '/br', '/identity'])(
    'answers %s as the text the server encoded',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.text).toBe(BODY);
      expect(res.retryAfter).toBeUndefined();
    },
  );

  it('sends Host, the base headers and its own once each, own values first', async () => {
    const echo = async (headers: Record<string, string>, body?: string) => {
      const url = new URL('/echo', base);
      const res = await pool.send({ method: 'POST', url, headers, body, timeoutMs: 5_000 });
      const sent = JSON.parse(res.text) as { headers: string[]; body: string };
      const lines = new Map<string, string[]>();
      for (let i = 0; i < sent.headers.length; i += 2) {
        const name = (sent.headers[i] as string).toLowerCase();
        lines.set(name, [...(lines.get(name) ?? []), sent.headers[i + 1] as string]);
      }
      return { lines, body: sent.body };
    };
    const plain = await echo({ authorization: 'Bearer t' }, '{"a":"Ø"}');
    expect(plain.lines.get('host')).toEqual([new URL(base).host]);
    expect(plain.lines.get('accept')).toEqual(['application/json']);
    expect(plain.lines.get('accept-encoding')).toEqual(['gzip, deflate, br']);
    expect(plain.lines.get('user-agent')).toEqual(['poweroffice-graphql']);
    expect(plain.lines.get('authorization')).toEqual(['Bearer t']);
    // The body's length in bytes (Ø is two), not in characters.
    expect(plain.lines.get('content-length')).toEqual(['10']);
    expect(plain.body).toBe('{"a":"Ø"}');
    expect(plain.lines.get('connection')).toEqual(['keep-alive']);
    // A header the request sets itself replaces the base one rather than joining it.
    const own = await echo({ accept: 'text/csv', 'user-agent': 'other' });
    expect(own.lines.get('accept')).toEqual(['text/csv']);
    expect(own.lines.get('user-agent')).toEqual(['other']);
    expect(own.lines.has('content-length')).toBe(false);
  });

  it('writes Host as node:http would: no default port, IPv6 in brackets', () => {
    const hostOf = (href: string) => {
      const list = headerList({ method: 'GET', url: new URL(href), headers: {}, timeoutMs: 1 });
      expect(list.filter((x) => x === 'host')).toHaveLength(1);
      return list[list.indexOf('host') + 1];
    };
    expect(hostOf('https://goapi.poweroffice.net/v2/Customer')).toBe('goapi.poweroffice.net');
    expect(hostOf('http://goapi.poweroffice.net:80/v2/')).toBe('goapi.poweroffice.net');
    expect(hostOf('http://127.0.0.1:8080/v2/')).toBe('127.0.0.1:8080');
    expect(hostOf('http://[::1]:8080/v2/')).toBe('[::1]:8080');
    expect(hostOf('https://[::1]/v2/')).toBe('[::1]');
  });

  it('reads the first Retry-After of a throttled answer', async () => {
    const res = await get('/throttled');
    expect(res.status).toBe(429);
    expect(res.retryAfter).toBe('7');
  });

  it('keeps a file as bytes with its first content type', async () => {
    const res = await get('/file', true);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.bytes).toEqual(Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff]));
    expect(res.contentType).toBe('application/pdf');
  });
});

describe('headerOf', () => {
  const raw = ['Content-Encoding', 'gzip', 'X-Other', 'a', 'content-encoding', 'br', 'Date', 'x'];

  it('finds a header whatever the case of its name', () => {
    expect(headerOf(raw, 'x-other', false)).toBe('a');
    expect(headerOf(raw, 'date', false)).toBe('x');
    expect(headerOf(raw, 'retry-after', false)).toBeUndefined();
  });

  it('gives the first value, or every value joined as node joins them', () => {
    expect(headerOf(raw, 'content-encoding', false)).toBe('gzip');
    expect(headerOf(raw, 'content-encoding', true)).toBe('gzip, br');
  });
});

describe('ApiBase.resolve', () => {
  // What `send` reads of a URL: the parts must be the WHATWG parser's, whichever way they came.
  const parts = (u: RequestUrl) => [u.protocol, u.hostname, u.port, u.pathname, u.search].join(' ');
  const bases = [
    'https://goapi.poweroffice.net/v2/',
    'http://127.0.0.1:4010/api',
    'http://[::1]:8080/a/b/',
    'https://example.test',
    'https://example.test/v2/api?tenant=1#top',
  ];
  const targets = [
    'Customer',
    'Customer/5',
    'Customer?$filter=Code%20eq%2010001&$top=20',
    "OutgoingInvoice/List?$filter=OrderDate%20ge%20DateTime'2024-01-01'&$orderby=OrderDate%20desc",
    'Customer?',
    'Customer/?a=1?b=2',
    'Reporting/CustomerLedger?top=100&skip=0&orderby=Id%20asc',
    'Customer/a%2Fb',
    // Parsed: each has something the parser changes or resolves.
    'Customer/../Secret',
    'Customer/./5',
    '..',
    'Customer/%2e%2E/x',
    'Customer/a b?x=y z',
    'Customer/{id}',
    'mailto:x',
    'Customer/5#frag',
    'Customer\\5',
    'Customer?x="q"<>',
    'Kund/Ærlig',
    '',
    '?$top=1',
  ];
  for (const b of bases) {
    it(`gives the parser's parts under ${b}`, () => {
      const api = new ApiBase(b);
      for (const t of targets) expect(parts(api.resolve(t)), t).toBe(parts(new URL(t, b)));
    });
  }

  it('puts a plain target together without the parser', () => {
    const api = new ApiBase('https://goapi.poweroffice.net/v2/');
    expect(api.resolve('Customer?$top=1')).not.toBeInstanceOf(URL);
    expect(api.resolve('Customer/../x')).toBeInstanceOf(URL);
  });
});
