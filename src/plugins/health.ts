import type { Plugin } from 'graphql-yoga';
import { isPowerOfficeError } from '../poweroffice/errors.js';

export interface HealthOptions {
  /** Resolves when a PowerOffice token can be obtained; rejects otherwise. */
  checkReady: () => Promise<unknown>;
  livenessPath?: string;
  readinessPath?: string;
}

const json = (body: unknown) => JSON.stringify(body);

/**
 * A new headers object for every response: the fetch Response implementation keeps the object it
 * is given and writes `content-length` into it, so one object shared by `/healthz` and `/readyz`
 * made each declare the other's body length and desynchronised keep-alive connections.
 */
const headers = (): Record<string, string> => ({
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
});

/**
 * `/healthz` answers 200 while the process serves requests (liveness: restart me if not).
 * `/readyz` answers 200 only when a PowerOffice token can be obtained and 503 otherwise, with a
 * stable code and no upstream detail (readiness: route no traffic to me until then).
 */
export function useHealthRoutes(options: HealthOptions): Plugin {
  const liveness = options.livenessPath ?? '/healthz';
  const readiness = options.readinessPath ?? '/readyz';
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === liveness) {
        endResponse(
          new fetchAPI.Response(json({ status: 'ok' }), { status: 200, headers: headers() }),
        );
        return;
      }
      if (url.pathname !== readiness) return;
      return options.checkReady().then(
        () => {
          endResponse(
            new fetchAPI.Response(json({ status: 'ready' }), { status: 200, headers: headers() }),
          );
        },
        (error: unknown) => {
          const code = isPowerOfficeError(error) ? error.code : 'UPSTREAM_UNAVAILABLE';
          const body = json({
            status: 'unavailable',
            code,
            message: 'Cannot obtain a PowerOffice access token.',
          });
          endResponse(new fetchAPI.Response(body, { status: 503, headers: headers() }));
        },
      );
    },
  };
}
