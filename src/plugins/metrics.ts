import { getOperationAST } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { type Metrics, UNKNOWN } from '../metrics.js';
import { bearerToken, digestApiKey, matchesApiKey } from './client-auth.js';
import { handoverOf } from './fast-path.js';
import { cachedOperationName } from './response-cache.js';

export interface MetricsRouteOptions {
  readonly metrics: Metrics;
  /** The GraphQL endpoint's path: requests to it are counted as operations. */
  readonly graphqlEndpoint: string;
  /**
   * Who may read `/metrics`. With `metricsToken`, only that bearer; otherwise any client API key;
   * with neither (the sandbox, or `FACADE_AUTH=none`), anyone who reaches the server.
   */
  readonly metricsToken?: string;
  readonly apiKeys: readonly string[];
  /** Default `/metrics`. */
  readonly path?: string;
}

/** What is known about one GraphQL request while it runs, keyed by its Request object. */
interface Pending {
  readonly startedAt: number;
  /** Undefined: anonymous. `UNKNOWN` until the request's parameters were read. */
  name: string | undefined;
  executed: boolean;
  failed: boolean;
}

const UNAUTHENTICATED = JSON.stringify({
  errors: [
    {
      message: 'Authentication required: send `Authorization: Bearer <metrics token>`.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
});

/**
 * Serves the metrics registry at `/metrics` (Prometheus text format; GET or HEAD) behind the
 * bearer rule of `MetricsRouteOptions`, and counts every request to the GraphQL endpoint once,
 * when its response is ready: by operation name (from the document, `anonymous` without one,
 * `unknown` when refused before its body was read) and outcome (see `OperationOutcome`), with
 * the time since the request reached this plugin. Register it first, ahead of client auth: its
 * route has its own rule, and requests refused by later plugins must still be counted.
 */
export function useMetrics(options: MetricsRouteOptions): Plugin {
  const { metrics, graphqlEndpoint } = options;
  const path = options.path ?? '/metrics';
  const secrets = options.metricsToken ? [options.metricsToken] : options.apiKeys;
  const digests = secrets.map(digestApiKey);
  const pending = new WeakMap<Request, Pending>();
  const nameOf = (request: Request | undefined, name: string | undefined) => {
    const p = request && pending.get(request);
    if (p) p.name = name;
  };

  return {
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname === graphqlEndpoint) {
        if (request.method !== 'OPTIONS') {
          pending.set(request, {
            // A request the fast path ran and handed over started there.
            startedAt: handoverOf(serverContext)?.startedAt ?? performance.now(),
            name: UNKNOWN,
            executed: false,
            failed: false,
          });
        }
        return;
      }
      if (url.pathname !== path) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (digests.length > 0) {
        const token = bearerToken(request.headers.get('authorization'));
        if (token === undefined || !matchesApiKey(token, digests)) {
          endResponse(
            new fetchAPI.Response(UNAUTHENTICATED, {
              status: 401,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                'www-authenticate': 'Bearer',
                'cache-control': 'no-store',
              },
            }),
          );
          return;
        }
      }
      return metrics.scrape().then(({ contentType, body }) => {
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status: 200,
            headers: { 'content-type': contentType, 'cache-control': 'no-store' },
          }),
        );
      });
    },
    onParams({ params, request }) {
      // The client's word until the document says otherwise (kept only if a GraphQL name).
      nameOf(request, params.operationName ?? undefined);
    },
    onValidate({ params, context }) {
      const request = (context as { request?: Request }).request;
      const operationName = (context as { params?: { operationName?: string } }).params
        ?.operationName;
      const operation = getOperationAST(params.documentAST, operationName);
      if (operation) nameOf(request, operation.name?.value);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      const p = request && pending.get(request);
      if (!p) return;
      p.executed = true;
      // Failed until a result without errors says otherwise (an execution that throws is one).
      p.failed = true;
      return {
        onExecuteDone(payload) {
          p.failed = false;
          return handleStreamOrSingleExecutionResult(payload, ({ result }) => {
            if (result.errors && result.errors.length > 0) p.failed = true;
          });
        },
      };
    },
    onExecutionResult({ request, result }) {
      // An answer from the operation cache: executed earlier, and it had no errors.
      const name = cachedOperationName(result);
      if (name === undefined) return;
      const p = pending.get(request);
      if (!p) return;
      p.executed = true;
      if (name !== '') p.name = name;
    },
    onResponse({ request }) {
      const p = pending.get(request);
      if (!p) return;
      pending.delete(request);
      const outcome = !p.executed ? 'refused' : p.failed ? 'error' : 'ok';
      metrics.recordOperation(p.name, outcome, (performance.now() - p.startedAt) / 1000);
    },
  };
}
