import type { Plugin } from 'graphql-yoga';
import type { PowerOfficeClient } from '../poweroffice/client.js';
import { isPowerOfficeError } from '../poweroffice/errors.js';
import { fileFieldOf, findResource } from '../poweroffice/resources/registry.js';

/**
 * File downloads: `GET /files/<Resource>/<id>` answers the content of a row's file field (an
 * invoice attachment's base64, reference B12) as bytes, with a content type from the file name.
 * The facade fetches it with its own PowerOffice token, which never reaches the client; the route
 * sits behind the client-key check like GraphQL itself. The graph carries `downloadUrl`.
 */

export const FILES_PATH = '/files';

/**
 * The download path of a row's file (`/files/<Resource>/<id>`), or of a declared download
 * (`/files/<Resource>/<download>/<key>[/<page>]`).
 */
export function fileUrl(
  resource: string,
  id: string | number,
  download?: string,
  page?: number,
): string {
  const key = encodeURIComponent(String(id));
  if (download === undefined) return `${FILES_PATH}/${resource}/${key}`;
  return `${FILES_PATH}/${resource}/${download}/${key}${page === undefined ? '' : `/${page}`}`;
}

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The content type of a file name's extension; unknown ones are plain bytes. */
export function contentTypeOf(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

const json = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

const notFound = () => json(404, 'NOT_FOUND', 'No such file route.');

/** The answer to a download PowerOffice refused or could not serve. */
const failed = (error: unknown) => {
  const code = isPowerOfficeError(error) ? error.code : 'UPSTREAM_UNAVAILABLE';
  return json(code === 'NOT_FOUND' ? 404 : 502, code, 'The file could not be read.');
};

/** A path segment decoded, or undefined when its percent-encoding is malformed. */
function segment(raw: string | undefined): string | undefined {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return undefined;
  }
}

/**
 * The `content-disposition` of a download named `name` (PowerOffice's or a user's file name, any
 * characters): an ASCII `filename` (anything else, quotes and backslashes as `_`) and, when that
 * is not the name itself, the exact name as UTF-8 in `filename*` (RFC 6266, RFC 8187). A header value must be Latin-1 without
 * control characters, or Node refuses to send the answer at all.
 */
export function dispositionOf(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return ascii === name
    ? `attachment; filename="${ascii}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** The answer carrying a file's bytes: never cached, never sniffed, always an attachment. */
function fileResponse(bytes: Uint8Array, name: string, contentType: string): Response {
  // Node's buffers live on plain ArrayBuffers, never shared ones: no copy needed for the body.
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': dispositionOf(name),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * `GET /files/<Resource>/<download>/<key>[/<page>]`: a declared download (`downloads`), fetched
 * with the facade's token. The content type is PowerOffice's for raw streams, else the file
 * name's; PowerOffice's headers and token never pass through.
 */
function declaredDownload(
  client: PowerOfficeClient,
  request: Request,
  m: RegExpExecArray,
  endResponse: (r: Response) => void,
): Promise<void> | undefined {
  const spec = findResource(m[1] ?? '');
  const name = m[2] ?? '';
  // Own properties only: `constructor` or `toString` are not declared downloads.
  const download =
    spec?.downloads && Object.hasOwn(spec.downloads, name) ? spec.downloads[name] : undefined;
  if (request.method !== 'GET' || !spec || !download) {
    endResponse(notFound());
    return;
  }
  const key = segment(m[3]) ?? '';
  const page = m[4] === undefined ? undefined : Number(m[4]);
  if (Boolean(download.pages) !== (page !== undefined) || (page !== undefined && page < 1)) {
    endResponse(notFound());
    return;
  }
  // Keys are ids or voucher numbers: anything else never reaches PowerOffice.
  if (!/^[A-Za-z0-9-]{1,64}$/.test(key)) {
    endResponse(json(400, 'BAD_USER_INPUT', `"${key.slice(0, 40)}" is not a key.`));
    return;
  }
  return client.download(spec, name, key, page).then(
    (file) => {
      if (!file) {
        endResponse(json(404, 'NOT_FOUND', 'The file does not exist.'));
        return;
      }
      const type =
        download.form === 'raw'
          ? file.contentType.split(';')[0]?.trim() || 'application/octet-stream'
          : contentTypeOf(file.fileName);
      endResponse(fileResponse(file.bytes, file.fileName, type));
    },
    (error: unknown) => endResponse(failed(error)),
  );
}

/** Serves the file route; register it after the client-key check. */
export function useFileDownloads(options: { client: PowerOfficeClient }): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      const d = /^\/files\/([A-Za-z]+)\/([A-Za-z]+)\/([^/]+)(?:\/(\d{1,4}))?$/.exec(url.pathname);
      // The answer is ended asynchronously: Yoga waits on the returned promise.
      if (d) return declaredDownload(options.client, request, d, endResponse);
      const m = /^\/files\/([A-Za-z]+)\/([^/]+)$/.exec(url.pathname);
      if (!m) return;
      const found = findResource(m[1] ?? '');
      const spec = found?.graph && found.operations.get ? found : undefined;
      const file = spec ? fileFieldOf(spec) : undefined;
      if (request.method !== 'GET' || !spec || !file) {
        endResponse(notFound());
        return;
      }
      const raw = segment(m[2]) ?? '';
      const id = spec.idKind === 'guid' ? raw : /^\d{1,16}$/.test(raw) ? Number(raw) : undefined;
      if (id === undefined || raw === '') {
        endResponse(json(400, 'BAD_USER_INPUT', `"${raw.slice(0, 40)}" is not an id.`));
        return;
      }
      return options.client.get(spec, id).then(
        (row) => {
          const content = (row as Record<string, unknown> | null)?.[file.key];
          if (!row || typeof content !== 'string') {
            endResponse(json(404, 'NOT_FOUND', 'The file does not exist.'));
            return;
          }
          const name = String((row as Record<string, unknown>)[file.nameField] ?? 'file');
          endResponse(fileResponse(Buffer.from(content, 'base64'), name, contentTypeOf(name)));
        },
        (error: unknown) => endResponse(failed(error)),
      );
    },
  };
}
