import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** URL prefix under which the GraphiQL bundle is served by this server. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/assets/';

/**
 * The files of `@graphql-yoga/graphiql` the page needs, keyed by their path under the prefix.
 * A fixed allow-list: request paths are never joined onto the file system.
 */
const ASSETS: Readonly<Record<string, string>> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

/** The package's `dist/` folder, found through Node's resolver so hoisting does not matter. */
function graphiqlDistDir(): string {
  const require = createRequire(import.meta.url);
  // The package's `require` export is `dist/yoga-graphiql.umd.js`.
  return dirname(require.resolve('@graphql-yoga/graphiql'));
}

/**
 * Serves the GraphiQL bundle from node_modules so the page works without internet access.
 * Files are read once and kept in memory for the life of the server (about 8 MB when the page
 * has been opened; nothing is read until then).
 */
export function useGraphiQLAssets(): Plugin {
  const dist = graphiqlDistDir();
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const load = (name: string): Promise<Uint8Array<ArrayBuffer>> => {
    let pending = cache.get(name);
    if (!pending) {
      // Copied once into a plain ArrayBuffer-backed view, which fetch's BodyInit accepts.
      pending = readFile(join(dist, name)).then((buffer) => new Uint8Array(buffer));
      // A failed read (e.g. a broken install) is retried on the next request.
      pending.catch(() => cache.delete(name));
      cache.set(name, pending);
    }
    return pending;
  };

  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length);
      const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (type === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      return load(name).then(
        (body) => {
          endResponse(
            new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
              status: 200,
              headers: {
                'content-type': type,
                'content-length': String(body.byteLength),
                // The package version is pinned by the lockfile; an hour keeps reloads cheap
                // without pinning a stale bundle after an upgrade.
                'cache-control': 'public, max-age=3600',
              },
            }),
          );
        },
        () => {
          endResponse(new fetchAPI.Response('GraphiQL assets are missing', { status: 500 }));
        },
      );
    },
  };
}
