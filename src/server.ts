import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { GraphQLSchema } from 'graphql';
import {
  createYoga,
  type Plugin,
  type YogaInitialContext,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { Logger } from 'pino';
import { DEFAULT_CORS_ALLOW_HEADERS } from './config.js';
import { createContext } from './context.js';
import { useGraphiQLAssets } from './graphiql/assets.js';
import { DEFAULT_GRAPHIQL_QUERY } from './graphiql/default-query.js';
import { renderOfflineGraphiQL } from './graphiql/render.js';
import type { HeavyOperationsSource, Metrics } from './metrics.js';
import { MAX_REQUEST_BODY_BYTES, useRequestBodyLimit } from './plugins/body-limit.js';
import { bearerToken, digestApiKey, matchesApiKey, useClientAuth } from './plugins/client-auth.js';
import { createCompiledExecution } from './plugins/compiled-execution.js';
import { usePowerOfficeCost } from './plugins/cost.js';
import { useCsrfGuard } from './plugins/csrf.js';
import { createMaskError, isClientDisconnect } from './plugins/errors.js';
import {
  answerHeaders,
  createFastPath,
  type FastPath,
  type FastPathStats,
  type Handover,
  type HandoverContext,
} from './plugins/fast-path.js';
import { useFileDownloads } from './plugins/files.js';
import { useHealthRoutes } from './plugins/health.js';
import {
  DEFAULT_MAX_HEAVY_OPERATIONS,
  HeavyOperationGate,
  useHeavyOperationGate,
} from './plugins/heavy-operations.js';
import { useInputHygiene } from './plugins/input-hygiene.js';
import { type OperationLimits, useOperationLimits } from './plugins/limits.js';
import { useMetrics } from './plugins/metrics.js';
import { useAutomaticPersistedQueries, useTrustedDocuments } from './plugins/persisted.js';
import { createOperationCache, type OperationCache } from './plugins/response-cache.js';
import { useTracing } from './plugins/tracing.js';
import type { PowerOfficeClient } from './poweroffice/client.js';
import { tracingEnabled } from './poweroffice/tracing.js';
import { schema as facadeSchema } from './schema/index.js';

/** The configuration the server reads (an `AppConfig` fits). */
export interface ServerConfig {
  /** Add `extensions.poweroffice` (upstream requests and cache hits) to every response. */
  readonly exposeCost: boolean;
  /** Bearer keys clients must send (`FACADE_API_KEYS`); absent or empty: no client auth. */
  readonly apiKeys?: readonly string[];
  /** Origins allowed cross-origin access; absent or `'*'`: any origin. */
  readonly corsOrigins?: readonly string[] | '*';
  /** Request headers cross-origin pages may send; absent: `DEFAULT_CORS_ALLOW_HEADERS`. */
  readonly corsAllowHeaders?: readonly string[];
  /** Allow credentials for listed origins (never with `'*'`); absent: never. */
  readonly corsAllowCredentials?: boolean;
  /** Only these documents (id → text) run; absent: any, with automatic persisted queries. */
  readonly trustedDocuments?: ReadonlyMap<string, string>;
  /** Operation limits; what is absent takes `DEFAULT_LIMITS`. */
  readonly limits?: Partial<OperationLimits>;
  /** The only bearer `/metrics` accepts (`METRICS_TOKEN`); absent: the client API keys do. */
  readonly metricsToken?: string;
  /**
   * Cache whole query results (`createOperationCache`) while the client's GET cache is on;
   * absent: on. `FACADE_RESPONSE_CACHE=false` turns it off.
   */
  readonly responseCache?: boolean;
  /**
   * Run a query compiled by graphql-jit from its second run (`createCompiledExecution`);
   * absent: on. `FACADE_COMPILED_EXECUTION=false` keeps every operation on Yoga's executor.
   */
  readonly compiledExecution?: boolean;
  /**
   * Run hot queries from the node:http handler without Yoga (`createFastPath`), replaying the
   * checks Yoga passed them with; absent: on. Needs compiled execution, and is off with trusted
   * documents or tracing. `FACADE_FAST_PATH=false` turns it off.
   */
  readonly fastPath?: boolean;
  /**
   * Heavy queries (`HEAVY_OPERATION_CALLS` or more estimated PowerOffice calls) that run at once,
   * on either path; the others wait to start (`HeavyOperationGate`). Absent: 64; 0: no bound.
   * `FACADE_MAX_HEAVY_OPERATIONS` sets it.
   */
  readonly maxHeavyOperations?: number;
  /**
   * How long a heavy query waits to start before it is refused with `OVERLOADED`, having called
   * nothing upstream; absent: 30 s. `FACADE_HEAVY_OPERATION_MAX_WAIT_MS` sets it.
   */
  readonly heavyOperationMaxWaitMs?: number;
  /** Largest request body accepted (413 above it); absent: `MAX_REQUEST_BODY_BYTES` (25 MB). */
  readonly maxRequestBodyBytes?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the context type belongs to the schema; the server only passes it through.
type AnyContext = Record<string, any>;

export interface ServerDeps {
  /** The PowerOffice client shared by every request; the server does not close it. */
  client: PowerOfficeClient;
  config: ServerConfig;
  logger: Logger;
  /** Default: the facade's schema. */
  schema?: GraphQLSchema;
  /** Yoga's per-request context factory. Default: `createContext(client)` (fresh loaders). */
  context?: (initial: YogaInitialContext) => AnyContext | Promise<AnyContext>;
  /** Served at `/metrics` and fed with every operation; absent: no `/metrics` route. */
  metrics?: Metrics;
}

export interface AppServer {
  yoga: YogaServerInstance<Record<string, unknown>, AnyContext>;
  /** A node:http server around Yoga; not listening. `main.ts` (or a test) calls `listen`. */
  httpServer: Server;
  /** What the fast path did (`createFastPath`); null when it is off. */
  fastPath: { stats(): FastPathStats } | null;
  /** Heavy queries running and waiting now, and how many waited so far; null without a bound. */
  heavyOperations: HeavyOperationsSource | null;
  /**
   * Stops accepting connections, lets in-flight requests finish (up to `graceMs`, then cuts the
   * rest) and disposes Yoga. The client is the caller's: `main.ts` closes it after the server.
   */
  close(graceMs?: number): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Sends a browser that opens the bare origin to GraphiQL. */
function useRootRedirect(): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/' || request.method !== 'GET') return;
      endResponse(
        new fetchAPI.Response(null, { status: 302, headers: { location: GRAPHQL_PATH } }),
      );
    },
  };
}

/**
 * Yoga's `cors` option. `'*'` (or absent) answers any origin with its own origin; an allow-list
 * answers a listed origin with its own origin and any other with no CORS headers at all (so
 * browsers refuse it); `[]` allows no cross-origin caller. Allowed request headers come from the
 * configuration. `Access-Control-Allow-Credentials` is sent only when configured, and only to a
 * listed origin: clients authenticate with a header, not cookies, and Yoga's own default (which
 * sends it to every origin) would let any site make credentialed calls.
 */
function corsOption(config: ServerConfig) {
  const base = {
    methods: ['GET', 'POST'],
    allowedHeaders: [...(config.corsAllowHeaders ?? DEFAULT_CORS_ALLOW_HEADERS)],
    maxAge: 600,
  };
  const origins = config.corsOrigins;
  if (origins === undefined || origins === '*') {
    return { ...base, origin: ['*'], credentials: false };
  }
  const allowed = new Set(origins);
  const credentials = config.corsAllowCredentials === true;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false as const;
    return { ...base, origin: [origin], credentials };
  };
}

/** Bodies the fast path reads itself; larger ones (or ones of unknown length) go to Yoga. */
const FAST_PATH_MAX_BODY = 16 * 1024;

/**
 * Whether Yoga reads the body as JSON: the first of the listed types (clients send lists) is
 * `application/json`, with parameters or without (Yoga's `isContentTypeMatch`). `application/
 * json-seq` and the like are not; Yoga refuses them, so the fast paths must too.
 */
function isJsonType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const comma = contentType.indexOf(',');
  const first = comma === -1 ? contentType : contentType.slice(0, comma);
  return first === 'application/json' || first.startsWith('application/json;');
}

/** The media type Yoga would answer a single result with, or null when unsure. */
function answerType(accept: string | undefined): string | null {
  if (accept === undefined || accept === '' || accept === '*/*') {
    return 'application/json; charset=utf-8';
  }
  if (accept.startsWith('application/graphql-response+json')) {
    return 'application/graphql-response+json; charset=utf-8';
  }
  if (accept.startsWith('application/json')) return 'application/json; charset=utf-8';
  return null;
}

const BAD_TARGET_BODY = JSON.stringify({
  errors: [
    { message: 'Malformed Host header or request target.', extensions: { code: 'BAD_REQUEST' } },
  ],
});

/** The last Host and target found well formed: nearly every request repeats them. */
let knownGood: { readonly host: string | undefined; readonly target: string | undefined } = {
  host: undefined,
  target: undefined,
};

/** Whether Host and the request target make a URL (what Yoga's HTTP layer builds from them). */
function wellFormedTarget(host: string | undefined, target: string | undefined): boolean {
  if (target !== undefined && host === knownGood.host && target === knownGood.target) return true;
  // Parsed, not matched: a pattern for the usual Host let `a:99999` through.
  try {
    new URL(`http://${host ?? 'localhost'}${target ?? '/'}`);
    knownGood = { host, target };
    return true;
  } catch {
    return false;
  }
}

/** Yoga's node:http handler; a third argument joins the server context (`Handover`). */
type YogaHandler = {
  (req: IncomingMessage, res: ServerResponse): unknown;
  (req: IncomingMessage, res: ServerResponse, context: HandoverContext): unknown;
};

/**
 * The node:http handler in front of Yoga. A small JSON POST to the GraphQL path is read whole
 * here and handed to Yoga as `request.body`, instead of streaming the socket through Fetch
 * objects (bench/analysis.md). If it is same-origin and the operation cache holds its answer,
 * that serialised text is sent from here without entering Yoga at all (what a hit would
 * otherwise spend most of its CPU on); if its operation is a hot query Yoga has admitted, the
 * fast path runs it (`createFastPath`). Cross-origin requests (an `Origin` header) are never
 * answered here: Yoga owns CORS. Client auth is implied by a hit (see `lookup`) and checked
 * before the body is read for the rest.
 */
function preYoga(
  cache: OperationCache | null,
  fastPath: FastPath | null,
  yoga: YogaHandler,
  metrics: Metrics | undefined,
  keyDigests: readonly Buffer[],
  maxBodyBytes: number,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const h = req.headers;
    // Yoga's HTTP layer builds a URL from Host and the target before any plugin runs, and
    // answers its failure with the error's stack: a malformed Host is refused here instead.
    if (!wellFormedTarget(h.host, req.url)) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(BAD_TARGET_BODY);
      return;
    }
    const length = Number(h['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== GRAPHQL_PATH ||
      !isJsonType(h['content-type']) ||
      !(length > 0 && length <= FAST_PATH_MAX_BODY && length <= maxBodyBytes) ||
      h['content-encoding'] !== undefined ||
      // Without a valid key the body is not read here: Yoga's key check answers 401 at once.
      (keyDigests.length > 0 &&
        !matchesApiKey(bearerToken(h.authorization ?? null) ?? '', keyDigests))
    ) {
      void yoga(req, res);
      return;
    }
    const type = answerType(h.accept);
    // Cross-origin requests are Yoga's (CORS).
    const ours = h.origin === undefined && (cache !== null || fastPath !== null);
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => req.destroy());
    req.on('end', () => {
      const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      const toYoga = (handover?: Handover) => {
        (req as IncomingMessage & { body?: Buffer }).body = body;
        void (handover ? yoga(req, res, { fastPath: handover }) : yoga(req, res));
      };
      // So are answer types only Yoga negotiates.
      if (!ours || type === null) return toYoga();
      let params: Record<string, unknown> | undefined;
      try {
        const parsed = JSON.parse(body.toString('utf8')) as unknown;
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
          params = parsed as Record<string, unknown>;
        }
      } catch {
        // Yoga answers unparsable bodies.
      }
      if (params === undefined) return toYoga();
      const cacheKey = cache?.keyFor(h.authorization, params);
      const hit = cacheKey === undefined ? undefined : cache?.lookup(cacheKey);
      if (hit) {
        res.writeHead(200, answerHeaders(type, hit.text));
        res.end(hit.text);
        metrics?.recordOperation(
          hit.operationName || undefined,
          'ok',
          (performance.now() - startedAt) / 1000,
        );
      } else if (!fastPath?.serve(req, res, params, type, startedAt, cacheKey, toYoga)) {
        toYoga();
      }
    });
  };
}

/** Builds the Yoga server and its node:http wrapper. Never listens. */
export function createServer(deps: ServerDeps): AppServer {
  const { logger } = deps;
  const operationCache =
    deps.config.responseCache !== false && deps.client.config?.cache
      ? createOperationCache({ source: deps.client, exposeCost: deps.config.exposeCost })
      : null;
  // The accepted keys' digests, once for the fast path and the key check.
  const keyDigests = (deps.config.apiKeys ?? []).map(digestApiKey);
  const yogaLog = logger.child({ component: 'yoga' });
  const compiled =
    deps.config.compiledExecution !== false
      ? createCompiledExecution({
          onCompiled: (operationName) => yogaLog.debug({ operationName }, 'query compiled'),
          onCompileFailure: (operationName, message) =>
            yogaLog.debug({ operationName, message }, 'query kept on the executor'),
          // A graphql-jit bug worth knowing about; the answer itself was the executor's.
          onCompiledFailure: (operationName, message) =>
            yogaLog.warn(
              { operationName, message },
              'compiled query failed; the executor answered it and runs it from now on',
            ),
        })
      : null;
  const context = deps.context ?? createContext(deps.client);
  const maxHeavy = deps.config.maxHeavyOperations ?? DEFAULT_MAX_HEAVY_OPERATIONS;
  const heavyGate =
    maxHeavy > 0 ? new HeavyOperationGate(maxHeavy, deps.config.heavyOperationMaxWaitMs) : null;
  if (heavyGate) deps.metrics?.watchHeavyOperations(heavyGate);
  // Trusted documents and tracing have per-request work of their own, which it does not replay.
  const fastPath =
    compiled && deps.config.fastPath !== false && !deps.config.trustedDocuments && !tracingEnabled()
      ? createFastPath({
          compiled,
          context: context as (initial: unknown) => object,
          operationCache,
          exposeCost: deps.config.exposeCost,
          ...(deps.metrics ? { metrics: deps.metrics } : {}),
          ...(heavyGate ? { heavyGate } : {}),
        })
      : null;
  const yoga = createYoga<Record<string, unknown>, AnyContext>({
    schema: deps.schema ?? facadeSchema,
    context: fastPath ? fastPath.context<YogaInitialContext>(context) : context,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    cors: corsOption(deps.config),
    maskedErrors: { maskError: createMaskError(logger) },
    logging: {
      debug: (...args: unknown[]) => yogaLog.debug(args.map(String).join(' ')),
      info: (...args: unknown[]) => yogaLog.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => yogaLog.warn(args.map(String).join(' ')),
      // Yoga logs every error it masks; the mask already logged those with their code and
      // stack, so an Error object here is only worth a debug line, and so is a client that hung
      // up (an aborted request, a reset or broken pipe while Yoga writes the answer).
      error: (...args: unknown[]) =>
        args.some((arg) => arg instanceof Error || isClientDisconnect(arg))
          ? yogaLog.debug(args.map(String).join(' '))
          : yogaLog.error(args.map(String).join(' ')),
    },
    graphiql: {
      title: 'PowerOffice GraphQL',
      defaultQuery: DEFAULT_GRAPHIQL_QUERY,
    },
    renderGraphiQL: renderOfflineGraphiQL,
    // `useRequestBodyLimit` below keeps the limit without Yoga's per-request stream wrapping.
    maxRequestBodySize: false,
    plugins: [
      // First: it times every request and guards `/metrics` with its own rule.
      ...(deps.metrics
        ? [
            useMetrics({
              metrics: deps.metrics,
              graphqlEndpoint: GRAPHQL_PATH,
              apiKeys: deps.config.apiKeys ?? [],
              ...(deps.config.metricsToken ? { metricsToken: deps.config.metricsToken } : {}),
            }),
          ]
        : []),
      // With an OpenTelemetry SDK registered: a span per operation, parent of its upstream spans.
      ...(tracingEnabled() ? [useTracing()] : []),
      useHealthRoutes({ checkReady: () => deps.client.checkAuth() }),
      useGraphiQLAssets(),
      useRootRedirect(),
      usePowerOfficeCost({ enabled: deps.config.exposeCost }),
      // After the open routes above: whatever they do not answer needs a key.
      useClientAuth({ keyDigests }),
      // Behind the key check: file contents are the company's data too.
      useFileDownloads({ client: deps.client }),
      // In every auth mode: a cross-site form must not run an operation.
      useCsrfGuard(),
      // Before the input checks, which then see the document a hash stands for.
      deps.config.trustedDocuments
        ? useTrustedDocuments(deps.config.trustedDocuments)
        : useAutomaticPersistedQueries(),
      useOperationLimits(deps.config.limits),
      useInputHygiene(),
      // Last: a hit ends the request after every check above has seen its params.
      ...(operationCache ? [operationCache.plugin] : []),
      // Only swaps the executor of a hot query; every hook above still sees each operation.
      ...(compiled ? [compiled.plugin] : []),
      // After compiled execution: a handed-over result replaces whatever it would run.
      ...(fastPath ? [fastPath.plugin] : []),
      // After compiled execution: it wraps the execute function that runs.
      ...(heavyGate ? [useHeavyOperationGate(heavyGate)] : []),
      // After every plugin: none registers a request parser, so it wraps the one Yoga picked.
      useRequestBodyLimit(deps.config.maxRequestBodyBytes),
    ],
  });

  const httpServer = createHttpServer(
    preYoga(
      operationCache,
      fastPath,
      yoga,
      deps.metrics,
      keyDigests,
      deps.config.maxRequestBodyBytes ?? MAX_REQUEST_BODY_BYTES,
    ),
  );
  // A client gets 15 s to send its headers and 2 min for its whole request (node's defaults are
  // 60 s and 5 min): a connection that trickles bytes is not held for minutes.
  httpServer.headersTimeout = 15_000;
  httpServer.requestTimeout = 120_000;
  let draining = false;
  httpServer.on('request', (_request, response) => {
    // A keep-alive socket whose last answer went out after `close` began would otherwise hold
    // the drain open until the client or the keep-alive timeout lets go of it.
    response.once('finish', () => {
      if (draining) setImmediate(() => httpServer.closeIdleConnections());
    });
  });

  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000): Promise<void> => {
    closing ??= (async () => {
      draining = true;
      if (httpServer.listening) {
        const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        // Keep-alive sockets with no request in flight would hold `close` open until they time out.
        httpServer.closeIdleConnections();
        const timer = setTimeout(() => httpServer.closeAllConnections(), graceMs);
        timer.unref();
        await drained;
        clearTimeout(timer);
      }
      await yoga.dispose();
    })();
    return closing;
  };

  return { yoga, httpServer, fastPath, heavyOperations: heavyGate, close };
}
