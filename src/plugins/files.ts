import type { Plugin } from 'graphql-yoga';
import type { PowerOfficeClient } from '../poweroffice/client.js';
import { isPowerOfficeError } from '../poweroffice/errors.js';
import { allResources, fileFieldOf } from '../poweroffice/resources/registry.js';

/**
 * File downloads: `GET /files/<Resource>/<id>` answers the content of a row's file field (an
 * invoice attachment's base64, reference B12) as bytes, with a content type from the file name.
 * The facade fetches it with its own PowerOffice token, which never reaches the client; the route
 * sits behind the client-key check like GraphQL itself. The graph carries `downloadUrl`.
 */

export const FILES_PATH = '/files';

/** The download path of a row's file, or of its declared download `name` (EHF). */
export function fileUrl(resource: string, id: string | number, name?: string): string {
  const base = `${FILES_PATH}/${resource}/${encodeURIComponent(String(id))}`;
  return name === undefined ? base : `${base}/${name}`;
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

/** Serves the file route; register it after the client-key check. */
export function useFileDownloads(options: { client: PowerOfficeClient }): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      const m = /^\/files\/([A-Za-z]+)\/([^/]+)(?:\/([A-Za-z]+))?$/.exec(url.pathname);
      if (!m) return;
      const named = m[3];
      const spec = allResources.find((r) => r.name === m[1] && r.graph);
      const download = named === undefined ? undefined : spec?.downloads?.[named];
      const file =
        spec && named === undefined && spec.operations.get ? fileFieldOf(spec) : undefined;
      if (request.method !== 'GET' || !spec || (!file && !download)) {
        endResponse(json(404, 'NOT_FOUND', 'No such file route.'));
        return;
      }
      const raw = decodeURIComponent(m[2] ?? '');
      const id =
        spec.idKind === 'guid'
          ? /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)
            ? raw
            : undefined
          : /^\d{1,16}$/.test(raw)
            ? Number(raw)
            : undefined;
      if (id === undefined) {
        endResponse(json(400, 'BAD_USER_INPUT', `"${raw.slice(0, 40)}" is not an id.`));
        return;
      }
      if (download && named !== undefined) {
        // A file route of its own (EHF): its text, typed as the declaration says.
        return options.client.download(spec, named, id).then(
          (text) => {
            if (text === null) {
              endResponse(json(404, 'NOT_FOUND', 'The file does not exist.'));
              return;
            }
            const name = download.fileName.replace('{id}', String(id)).replace(/["\\\r\n]/g, '_');
            endResponse(
              new Response(text, {
                status: 200,
                headers: {
                  'content-type': `${download.contentType}; charset=utf-8`,
                  'content-disposition': `attachment; filename="${name}"`,
                  'cache-control': 'private, no-store',
                  'x-content-type-options': 'nosniff',
                },
              }),
            );
          },
          (error: unknown) => {
            const code = isPowerOfficeError(error) ? error.code : 'UPSTREAM_UNAVAILABLE';
            endResponse(json(502, code, 'The file could not be read.'));
          },
        );
      }
      if (!file) return;
      return options.client.get(spec, id).then(
        (row) => {
          const content = (row as Record<string, unknown> | null)?.[file.key];
          if (!row || typeof content !== 'string') {
            endResponse(json(404, 'NOT_FOUND', 'The file does not exist.'));
            return;
          }
          const name = String((row as Record<string, unknown>)[file.nameField] ?? 'file');
          // Quotes and control characters would break the header: keep the name printable.
          const safe = name.replace(/["\\\r\n]/g, '_');
          endResponse(
            new Response(Buffer.from(content, 'base64'), {
              status: 200,
              headers: {
                'content-type': contentTypeOf(name),
                'content-disposition': `attachment; filename="${safe}"`,
                'cache-control': 'private, no-store',
                'x-content-type-options': 'nosniff',
              },
            }),
          );
        },
        (error: unknown) => {
          const code = isPowerOfficeError(error) ? error.code : 'UPSTREAM_UNAVAILABLE';
          endResponse(json(code === 'NOT_FOUND' ? 404 : 502, code, 'The file could not be read.'));
        },
      );
    },
  };
}
