/**
 * Environment → typed, validated configuration. This is the only module that reads
 * `process.env`; everything else receives an `AppConfig`. Validation happens once, at start-up,
 * and names every bad variable in one message (values are never echoed: some are secrets).
 */
import { readFileSync } from 'node:fs';
// The namespace import lets the production bundle keep only what is used: `import { z }` makes
// esbuild keep zod's every locale, a third of the bundle (scripts/build.ts).
import * as z from 'zod';

export type PowerOfficeEnv = 'sandbox' | 'demo' | 'production';
export type SessionStoreKind = 'memory' | 'file' | 'redis';

/** The upstream hosts of the reference (A1). The sandbox gets its URLs from the emulator. */
export const POWEROFFICE_URLS: Readonly<
  Record<Exclude<PowerOfficeEnv, 'sandbox'>, { apiUrl: string; tokenUrl: string }>
> = {
  demo: {
    apiUrl: 'https://api-demo.poweroffice.net/',
    tokenUrl: 'https://api-demo.poweroffice.net/OAuth/Token',
  },
  production: {
    apiUrl: 'https://api.poweroffice.net/',
    tokenUrl: 'https://api.poweroffice.net/OAuth/Token',
  },
};

export interface PowerOfficeConfig {
  readonly env: PowerOfficeEnv;
  /** API base URL ending in `/`. Empty only in sandbox mode before `withSandbox`. */
  readonly apiUrl: string;
  readonly tokenUrl: string;
  readonly applicationKey?: string;
  readonly clientKey?: string;
  /** Token bucket in front of the upstream (reference A7: 50 requests/s per integration). */
  readonly rate: {
    readonly perSecond: number;
    readonly burst: number;
    readonly maxWaitMs: number;
    /** Share the bucket through Redis (`session.redisUrl`) with every replica of this integration. */
    readonly shared: boolean;
    /**
     * Upstream requests in flight at once, oldest operation first (`POWEROFFICE_MAX_SOCKETS`,
     * default 512). At PowerOffice's 50 requests/s it never binds; it bounds the sockets when the
     * rate limit is lifted, and must then cover the calls a busy server has waiting on upstream
     * latency (README, `POWEROFFICE_MAX_SOCKETS`).
     */
    readonly maxSockets: number;
  };
  readonly timeouts: { readonly requestMs: number; readonly tokenMs: number };
  readonly retry: {
    /** Extra attempts for GETs after network errors and 5xx. */
    readonly attempts: number;
    readonly baseDelayMs: number;
    /** Upper bound on the time spent retrying one call. */
    readonly maxTotalMs: number;
    /** A 429 asking for a longer wait fails with RATE_LIMITED instead of sleeping. */
    readonly maxRetryAfterSeconds: number;
  };
  /**
   * Cross-request GET cache; `ttlMs: 0` disables it. Reads of a resource that start within
   * `replicaLagMs` after a write to it are not cached (they may come from a lagging replica).
   */
  readonly cache: {
    readonly ttlMs: number;
    readonly maxBytes: number;
    readonly replicaLagMs: number;
    /** Add a Redis tier (`session.redisUrl`) shared, with its invalidations, by every replica. */
    readonly shared: boolean;
    /** Recent-writes overlay (read-your-writes for `replicaLagMs`); default true. */
    readonly readOwnWrites?: boolean;
  };
  readonly session: {
    readonly store: SessionStoreKind;
    readonly filePath: string;
    readonly redisUrl?: string;
    readonly keyPrefix: string;
  };
  /** Refresh the access token this many seconds before `expires_in` runs out. */
  readonly tokenRefreshMarginSeconds: number;
  readonly odata: { readonly inOperator: boolean; readonly maxUrlLength: number };
}

export interface AppConfig {
  readonly powerOffice: PowerOfficeConfig;
  /** True when main.ts must start the in-process emulator (sandbox without a URL override). */
  readonly needsSandbox: boolean;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Show upstream call counts in `extensions.poweroffice` (default: only in sandbox). */
  readonly exposeCost: boolean;
  /** Cache whole query results while the GET cache is on (`FACADE_RESPONSE_CACHE`, default on). */
  readonly responseCache: boolean;
  /** Run hot queries compiled by graphql-jit (`FACADE_COMPILED_EXECUTION`, default on). */
  readonly compiledExecution: boolean;
  /** Run admitted hot queries without Yoga (`FACADE_FAST_PATH`, default on). */
  readonly fastPath: boolean;
  /**
   * Heavy queries (an estimate of 16 or more PowerOffice calls) that run at once
   * (`FACADE_MAX_HEAVY_OPERATIONS`, default 64; 0: no bound); the others wait to start.
   */
  readonly maxHeavyOperations: number;
  /**
   * How long a heavy query waits to start before it is refused with `OVERLOADED`
   * (`FACADE_HEAVY_OPERATION_MAX_WAIT_MS`, default 30 000).
   */
  readonly heavyOperationMaxWaitMs: number;
  /**
   * Bearer keys clients must send (`FACADE_API_KEYS`); empty: no client authentication (the
   * sandbox default, or `FACADE_AUTH=none`). Secrets: never logged, never echoed.
   */
  readonly apiKeys: readonly string[];
  /** `FACADE_AUTH=none` outside the sandbox: anyone who reaches the server uses its books. */
  readonly authDisabled: boolean;
  /** Origins allowed cross-origin access (`CORS_ORIGINS`); `'*'` is any (sandbox default). */
  readonly corsOrigins: readonly string[] | '*';
  /**
   * The only bearer `/metrics` accepts (`METRICS_TOKEN`); absent: the client API keys do (and
   * with none, `/metrics` is open). A secret: never logged, never echoed.
   */
  readonly metricsToken?: string;
  /** Request headers a cross-origin page may send (`CORS_ALLOW_HEADERS`), lower-case. */
  readonly corsAllowHeaders: readonly string[];
  /**
   * Send `Access-Control-Allow-Credentials: true` to allowed origins (`CORS_ALLOW_CREDENTIALS`);
   * only with an explicit origin list. Clients authenticate with a header, so off by default.
   */
  readonly corsAllowCredentials: boolean;
  /**
   * The trusted documents (`FACADE_TRUSTED_DOCUMENTS`, a JSON manifest `{ "<hash>": "<document>" }`
   * as graphql-codegen's client preset writes with `persistedDocuments`): when set, only these
   * run. Absent: any document runs, and automatic persisted queries register them.
   */
  readonly trustedDocuments?: ReadonlyMap<string, string>;
  /** Operation limits set in the environment; the server's defaults fill in the rest. */
  readonly limits: {
    readonly maxDepth?: number;
    readonly maxAliases?: number;
    readonly maxRootFields?: number;
    readonly maxCost?: number;
    /** Largest estimated number of PowerOffice calls per operation (`FACADE_MAX_UPSTREAM_CALLS`). */
    readonly maxUpstreamCalls?: number;
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const int = (min: number, dflt: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .default(dflt);
const optionalInt = (min: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(min, { message: `must be at least ${min}` })
      .optional(),
  );
const bool = (dflt: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((s) => s === 'true' || s === '1' || s === 'yes')
    .optional()
    .transform((b) => b ?? dflt);
const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .optional()
  .or(z.literal('').transform(() => undefined));

const EnvSchema = z.object({
  POWEROFFICE_ENV: z
    .enum(['sandbox', 'demo', 'production'], { message: 'must be sandbox, demo or production' })
    .optional(),
  POWEROFFICE_API_URL: httpUrl,
  POWEROFFICE_AUTH_URL: httpUrl,
  POWEROFFICE_APPLICATION_KEY: optionalText,
  POWEROFFICE_CLIENT_KEY: optionalText,
  POWEROFFICE_RATE_LIMIT: z.coerce
    .number({ message: 'must be a number' })
    .positive({ message: 'must be above 0' })
    .default(50),
  POWEROFFICE_RATE_BURST: int(1, 10),
  POWEROFFICE_RATE_MAX_WAIT_MS: int(0, 30_000),
  POWEROFFICE_MAX_SOCKETS: int(1, 512).refine((n) => n <= 4096, {
    message: 'must be at most 4096',
  }),
  POWEROFFICE_RATE_SHARED: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional(),
  POWEROFFICE_TIMEOUT_MS: int(1, 30_000),
  POWEROFFICE_TOKEN_TIMEOUT_MS: int(1, 15_000),
  POWEROFFICE_RETRY_ATTEMPTS: int(0, 3),
  POWEROFFICE_RETRY_BASE_MS: int(1, 100),
  POWEROFFICE_RETRY_MAX_MS: int(0, 15_000),
  POWEROFFICE_MAX_RETRY_AFTER_S: int(0, 10),
  POWEROFFICE_CACHE_TTL_MS: int(0, 5_000),
  POWEROFFICE_CACHE_MAX_BYTES: int(1024, 32 * 1024 * 1024),
  POWEROFFICE_REPLICA_LAG_MS: int(0, 2_000),
  POWEROFFICE_READ_OWN_WRITES: z.enum(['true', 'false']).optional(),
  POWEROFFICE_CACHE_SHARED: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional(),
  POWEROFFICE_SESSION_STORE: z
    .enum(['memory', 'file', 'redis'], { message: 'must be memory, file or redis' })
    .default('memory'),
  POWEROFFICE_SESSION_FILE: z.string().trim().min(1).default('.sessions/poweroffice.json'),
  POWEROFFICE_SESSION_PREFIX: z.string().trim().min(1).default('poweroffice-graphql'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  POWEROFFICE_TOKEN_MARGIN_S: int(0, 60),
  POWEROFFICE_ODATA_IN: bool(false),
  POWEROFFICE_MAX_URL_LENGTH: int(256, 2_000),
  PORT: int(0, 4000).refine((p) => p <= 65_535, { message: 'must be a port number' }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be a pino level',
    })
    .default('info'),
  EXPOSE_COST: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional(),
  FACADE_RESPONSE_CACHE: bool(true),
  FACADE_COMPILED_EXECUTION: bool(true),
  FACADE_FAST_PATH: bool(true),
  FACADE_MAX_HEAVY_OPERATIONS: int(0, 64).refine((n) => n <= 4096, {
    message: 'must be at most 4096',
  }),
  FACADE_HEAVY_OPERATION_MAX_WAIT_MS: int(1, 30_000).refine((n) => n <= 600_000, {
    message: 'must be at most 600000',
  }),
  // Never `.min()` or similar here: zod could echo the secret in its message.
  FACADE_API_KEYS: optionalText,
  FACADE_AUTH: z.enum(['keys', 'none'], { message: 'must be keys or none' }).optional(),
  CORS_ORIGINS: optionalText,
  // A secret, like FACADE_API_KEYS: checked below, never with a zod rule that could echo it.
  METRICS_TOKEN: optionalText,
  CORS_ALLOW_HEADERS: optionalText,
  CORS_ALLOW_CREDENTIALS: bool(false),
  FACADE_TRUSTED_DOCUMENTS: optionalText,
  FACADE_MAX_DEPTH: optionalInt(1),
  FACADE_MAX_ALIASES: optionalInt(0),
  FACADE_MAX_ROOT_FIELDS: optionalInt(1),
  FACADE_MAX_COST: optionalInt(1),
  FACADE_MAX_UPSTREAM_CALLS: optionalInt(1),
});

/**
 * Request headers a cross-origin page may send by default: what GraphQL clients and tracing send
 * (W3C trace context and baggage, Sentry, Apollo's client-awareness headers) and the headers that
 * satisfy the server's CSRF check.
 */
export const DEFAULT_CORS_ALLOW_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  'accept',
  'traceparent',
  'tracestate',
  'baggage',
  'sentry-trace',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'graphql-preflight',
  'x-graphql-yoga-csrf',
];

/** An HTTP field name (RFC 9110 `token`). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Reads a trusted-documents manifest: a JSON object from document id (graphql-codegen's client
 * preset writes the SHA-256 hex of the document) to document text. Returns the problem instead
 * of throwing, so that `loadConfig` can list it with the others.
 */
function readTrustedDocuments(path: string): ReadonlyMap<string, string> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
    return `FACADE_TRUSTED_DOCUMENTS: ${path} ${reason}`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return `FACADE_TRUSTED_DOCUMENTS: ${path} must be a JSON object { "<hash>": "<document>" }`;
  }
  const entries = Object.entries(parsed);
  if (entries.length === 0 || entries.some(([k, v]) => k === '' || typeof v !== 'string' || !v)) {
    return `FACADE_TRUSTED_DOCUMENTS: ${path} must map at least one hash to a document text`;
  }
  return new Map(entries as [string, string][]);
}

/** Shortest client API key accepted: 32 characters leave nothing worth guessing. */
export const MIN_API_KEY_LENGTH = 32;

/** Thrown once at start-up with every problem in the environment, one per line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Reads and validates the environment once; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const hasKeys =
    e.POWEROFFICE_APPLICATION_KEY !== undefined || e.POWEROFFICE_CLIENT_KEY !== undefined;
  let mode: PowerOfficeEnv;
  if (e.POWEROFFICE_ENV) {
    mode = e.POWEROFFICE_ENV;
  } else if (hasKeys) {
    // Demo and production need different keys (A1), so we refuse to guess which one these are.
    problems.push('POWEROFFICE_ENV must be set to demo or production when keys are given');
    mode = 'sandbox';
  } else {
    mode = 'sandbox';
  }
  if (mode !== 'sandbox') {
    for (const name of ['POWEROFFICE_APPLICATION_KEY', 'POWEROFFICE_CLIENT_KEY'] as const) {
      const v = e[name];
      if (v === undefined) problems.push(`${name} is required when POWEROFFICE_ENV=${mode}`);
      else if (!GUID.test(v)) problems.push(`${name} must be a GUID (as issued by PowerOffice)`);
    }
  }
  if (e.POWEROFFICE_SESSION_STORE === 'redis' && !e.REDIS_URL) {
    problems.push('REDIS_URL is required when POWEROFFICE_SESSION_STORE=redis');
  }
  if (['true', '1', 'yes'].includes(e.POWEROFFICE_RATE_SHARED ?? '') && !e.REDIS_URL) {
    problems.push('REDIS_URL is required when POWEROFFICE_RATE_SHARED=true');
  }
  if (['true', '1', 'yes'].includes(e.POWEROFFICE_CACHE_SHARED ?? '') && !e.REDIS_URL) {
    problems.push('REDIS_URL is required when POWEROFFICE_CACHE_SHARED=true');
  }
  if (mode === 'sandbox' && e.POWEROFFICE_API_URL && !e.POWEROFFICE_AUTH_URL) {
    problems.push('POWEROFFICE_AUTH_URL is required with POWEROFFICE_API_URL in sandbox mode');
  }
  const apiKeys = (e.FACADE_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (apiKeys.some((k) => k.length < MIN_API_KEY_LENGTH)) {
    problems.push(`FACADE_API_KEYS: every key must be at least ${MIN_API_KEY_LENGTH} characters`);
  }
  // A Bearer token is one run of visible characters (RFC 6750); a key with a space can't be sent.
  if (apiKeys.some((k) => /\s/.test(k))) {
    problems.push('FACADE_API_KEYS: keys must not contain spaces');
  }
  const metricsToken = e.METRICS_TOKEN;
  if (
    metricsToken !== undefined &&
    (metricsToken.length < MIN_API_KEY_LENGTH || /\s/.test(metricsToken))
  ) {
    problems.push(
      `METRICS_TOKEN must be at least ${MIN_API_KEY_LENGTH} characters, without spaces`,
    );
  }
  if (e.FACADE_AUTH === 'none' && apiKeys.length > 0) {
    problems.push('FACADE_AUTH=none contradicts FACADE_API_KEYS: set one or the other');
  }
  if (e.FACADE_AUTH === 'keys' && apiKeys.length === 0) {
    problems.push('FACADE_API_KEYS is required when FACADE_AUTH=keys');
  }
  if (mode !== 'sandbox' && e.FACADE_AUTH === undefined && apiKeys.length === 0) {
    problems.push(
      `FACADE_API_KEYS is required when POWEROFFICE_ENV=${mode} (clients send ` +
        '`Authorization: Bearer <key>`); set FACADE_AUTH=none to run without client auth',
    );
  }
  const corsList = (e.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (corsList.some((o) => o !== '*' && !isOrigin(o))) {
    problems.push('CORS_ORIGINS must list origins such as https://app.example.com, or *');
  }
  const corsAllowHeaders =
    e.CORS_ALLOW_HEADERS === undefined
      ? DEFAULT_CORS_ALLOW_HEADERS
      : [
          ...new Set(
            e.CORS_ALLOW_HEADERS.split(',')
              .map((h) => h.trim().toLowerCase())
              .filter((h) => h !== ''),
          ),
        ];
  if (corsAllowHeaders.length === 0 || corsAllowHeaders.some((h) => !HEADER_NAME.test(h))) {
    problems.push('CORS_ALLOW_HEADERS must list header names such as authorization,content-type');
  }
  const anyOrigin = corsList.includes('*') || (e.CORS_ORIGINS === undefined && mode === 'sandbox');
  if (e.CORS_ALLOW_CREDENTIALS && (anyOrigin || corsList.length === 0)) {
    // A credentialed answer to any origin would let every site act with the user's cookies.
    problems.push('CORS_ALLOW_CREDENTIALS=true needs CORS_ORIGINS to list exact origins (not *)');
  }
  let trustedDocuments: ReadonlyMap<string, string> | undefined;
  if (e.FACADE_TRUSTED_DOCUMENTS !== undefined) {
    const read = readTrustedDocuments(e.FACADE_TRUSTED_DOCUMENTS);
    if (typeof read === 'string') problems.push(read);
    else trustedDocuments = read;
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const defaults = mode === 'sandbox' ? { apiUrl: '', tokenUrl: '' } : POWEROFFICE_URLS[mode];
  const apiUrl = withSlash(e.POWEROFFICE_API_URL ?? defaults.apiUrl);
  const powerOffice: PowerOfficeConfig = {
    env: mode,
    apiUrl,
    tokenUrl:
      e.POWEROFFICE_AUTH_URL ??
      (e.POWEROFFICE_API_URL ? new URL('OAuth/Token', apiUrl).href : defaults.tokenUrl),
    ...(e.POWEROFFICE_APPLICATION_KEY ? { applicationKey: e.POWEROFFICE_APPLICATION_KEY } : {}),
    ...(e.POWEROFFICE_CLIENT_KEY ? { clientKey: e.POWEROFFICE_CLIENT_KEY } : {}),
    rate: {
      perSecond: e.POWEROFFICE_RATE_LIMIT,
      burst: e.POWEROFFICE_RATE_BURST,
      maxWaitMs: e.POWEROFFICE_RATE_MAX_WAIT_MS,
      shared:
        e.POWEROFFICE_RATE_SHARED === undefined
          ? e.POWEROFFICE_SESSION_STORE === 'redis'
          : ['true', '1', 'yes'].includes(e.POWEROFFICE_RATE_SHARED),
      maxSockets: e.POWEROFFICE_MAX_SOCKETS,
    },
    timeouts: { requestMs: e.POWEROFFICE_TIMEOUT_MS, tokenMs: e.POWEROFFICE_TOKEN_TIMEOUT_MS },
    retry: {
      attempts: e.POWEROFFICE_RETRY_ATTEMPTS,
      baseDelayMs: e.POWEROFFICE_RETRY_BASE_MS,
      maxTotalMs: e.POWEROFFICE_RETRY_MAX_MS,
      maxRetryAfterSeconds: e.POWEROFFICE_MAX_RETRY_AFTER_S,
    },
    cache: {
      ttlMs: e.POWEROFFICE_CACHE_TTL_MS,
      maxBytes: e.POWEROFFICE_CACHE_MAX_BYTES,
      replicaLagMs: e.POWEROFFICE_REPLICA_LAG_MS,
      readOwnWrites: e.POWEROFFICE_READ_OWN_WRITES !== 'false',
      shared:
        e.POWEROFFICE_CACHE_SHARED === undefined
          ? e.POWEROFFICE_SESSION_STORE === 'redis'
          : ['true', '1', 'yes'].includes(e.POWEROFFICE_CACHE_SHARED),
    },
    session: {
      store: e.POWEROFFICE_SESSION_STORE,
      filePath: e.POWEROFFICE_SESSION_FILE,
      keyPrefix: e.POWEROFFICE_SESSION_PREFIX,
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    },
    tokenRefreshMarginSeconds: e.POWEROFFICE_TOKEN_MARGIN_S,
    odata: { inOperator: e.POWEROFFICE_ODATA_IN, maxUrlLength: e.POWEROFFICE_MAX_URL_LENGTH },
  };
  return {
    powerOffice,
    needsSandbox: mode === 'sandbox' && apiUrl === '',
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    exposeCost:
      e.EXPOSE_COST === undefined
        ? mode === 'sandbox'
        : ['true', '1', 'yes'].includes(e.EXPOSE_COST),
    responseCache: e.FACADE_RESPONSE_CACHE,
    compiledExecution: e.FACADE_COMPILED_EXECUTION,
    fastPath: e.FACADE_FAST_PATH,
    maxHeavyOperations: e.FACADE_MAX_HEAVY_OPERATIONS,
    heavyOperationMaxWaitMs: e.FACADE_HEAVY_OPERATION_MAX_WAIT_MS,
    apiKeys,
    authDisabled: mode !== 'sandbox' && apiKeys.length === 0,
    ...(metricsToken !== undefined ? { metricsToken } : {}),
    corsOrigins: anyOrigin ? '*' : corsList,
    corsAllowHeaders,
    corsAllowCredentials: e.CORS_ALLOW_CREDENTIALS,
    ...(trustedDocuments ? { trustedDocuments } : {}),
    limits: {
      ...(e.FACADE_MAX_DEPTH !== undefined ? { maxDepth: e.FACADE_MAX_DEPTH } : {}),
      ...(e.FACADE_MAX_ALIASES !== undefined ? { maxAliases: e.FACADE_MAX_ALIASES } : {}),
      ...(e.FACADE_MAX_ROOT_FIELDS !== undefined
        ? { maxRootFields: e.FACADE_MAX_ROOT_FIELDS }
        : {}),
      ...(e.FACADE_MAX_COST !== undefined ? { maxCost: e.FACADE_MAX_COST } : {}),
      ...(e.FACADE_MAX_UPSTREAM_CALLS !== undefined
        ? { maxUpstreamCalls: e.FACADE_MAX_UPSTREAM_CALLS }
        : {}),
    },
  };
}

/** An exact origin: scheme, host and optional port, nothing more (no path, no slash). */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text;
  } catch {
    return false;
  }
}

function withSlash(url: string): string {
  return url === '' || url.endsWith('/') ? url : `${url}/`;
}

/** What a started emulator tells us: where it listens and which keys it accepts. */
export interface SandboxEndpoint {
  readonly apiUrl?: string;
  readonly url?: string;
  readonly tokenUrl: string;
  readonly keys: { readonly applicationKey: string; readonly clientKey: string };
}

/**
 * Points a sandbox config at a running emulator: its URLs and its keys. Configured keys are kept
 * only when the config did not ask for an in-process emulator (they may belong to a standalone
 * one); an emulator started for `needsSandbox` knows only its own. `needsSandbox` becomes false.
 */
export function withSandbox(config: AppConfig, sandbox: SandboxEndpoint): AppConfig {
  const apiUrl = sandbox.apiUrl ?? sandbox.url;
  if (!apiUrl) throw new Error('withSandbox: the sandbox endpoint has no URL');
  return {
    ...config,
    needsSandbox: false,
    powerOffice: {
      ...config.powerOffice,
      apiUrl: withSlash(apiUrl),
      tokenUrl: sandbox.tokenUrl,
      applicationKey:
        (config.needsSandbox ? undefined : config.powerOffice.applicationKey) ??
        sandbox.keys.applicationKey,
      clientKey:
        (config.needsSandbox ? undefined : config.powerOffice.clientKey) ?? sandbox.keys.clientKey,
    },
  };
}
