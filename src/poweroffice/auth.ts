import { createHash } from 'node:crypto';
import type { CancelSignal } from './cancel.js';
import { PowerOfficeError } from './errors.js';
import type { HttpPool } from './http.js';
import { abortableSleep, type RateLimiter } from './limiter.js';
import type { Logger } from './logger.js';
import type { SessionStore, StoredToken } from './sessions/store.js';

export interface TokenManagerOptions {
  http: HttpPool;
  tokenUrl: string;
  applicationKey: string;
  clientKey: string;
  store: SessionStore;
  /** Store key; derive it with `sessionKeyFor` so it never contains a credential. */
  sessionKey: string;
  refreshMarginSeconds: number;
  timeoutMs: number;
  limiter?: RateLimiter;
  /** Extra attempts after network errors and 5xx of the token endpoint. */
  retryAttempts: number;
  retryBaseDelayMs: number;
  logger: Logger;
  /** Called once per token request sent upstream (for stats). */
  onFetch?: (status: number | 'network' | 'timeout') => void;
}

/** How long a rejected credential pair is remembered, so bad keys do not hammer the token host. */
const INVALID_CLIENT_MEMORY_MS = 5_000;
/** A token past its refresh time is still handed out (while a new one is fetched) until then. */
const REFRESH_AHEAD_FLOOR_MS = 5_000;

/**
 * The store key of one credential pair: environment + SHA-256 of (token URL, keys). Stores never
 * see a key, and two clients with the same credentials share the same entry.
 */
export function sessionKeyFor(
  prefix: string,
  env: string,
  tokenUrl: string,
  applicationKey: string,
  clientKey: string,
): string {
  const digest = createHash('sha256')
    .update(`${tokenUrl}\n${applicationKey}\n${clientKey}`)
    .digest('hex')
    .slice(0, 32);
  return `${prefix}:token:${env}:${digest}`;
}

/** Waits for `p`, but lets this caller leave early when its own signal aborts. */
function abandonable<T>(p: Promise<T>, signal?: CancelSignal): Promise<T> {
  if (!signal) return p;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * OAuth2 client-credentials token manager (reference A2). Contract: at most one token request
 * in flight per process (and per store, for stores that lock); a token is reused until
 * `expires_in` minus the margin; `invalidate` after a 401 forces the next call to fetch.
 * Never uses `refresh_token`.
 */
export class TokenManager {
  readonly #o: TokenManagerOptions;
  #current: StoredToken | null = null;
  #inflight: Promise<StoredToken> | null = null;
  /** The last token the API rejected with 401: never accept it back from a store. */
  #rejected: string | null = null;
  #invalidClient: { until: number; error: PowerOfficeError } | null = null;
  fetches = 0;

  constructor(o: TokenManagerOptions) {
    this.#o = o;
  }

  /** Fresh enough to use without refreshing, and not the one the API just rejected. */
  #usable(t: StoredToken): boolean {
    return t.refreshAt > Date.now() && t.accessToken !== this.#rejected;
  }

  /**
   * The token in memory when it is fresh enough to use as it is, else undefined (then
   * `getToken` decides). Synchronous, so the request path need not await a token it holds.
   */
  ready(): string | undefined {
    const current = this.#current;
    return current !== null && this.#usable(current) ? current.accessToken : undefined;
  }

  /**
   * A valid access token: from memory, else the store, else one shared fetch. A token past its
   * refresh time but still valid is returned at once while the new one is fetched behind it,
   * so callers only wait for a token at start-up or after expiry.
   */
  async getToken(signal?: CancelSignal): Promise<string> {
    const current = this.#current;
    if (current !== null && current.accessToken !== this.#rejected) {
      if (this.#usable(current)) return current.accessToken;
      if (current.expiresAt - REFRESH_AHEAD_FLOOR_MS > Date.now()) {
        // A failed background refresh is retried by the next call; errors surface at expiry.
        this.#refresh().catch(() => undefined);
        return current.accessToken;
      }
    }
    if (this.#invalidClient && this.#invalidClient.until > Date.now()) {
      throw this.#invalidClient.error;
    }
    return (await abandonable(this.#refresh(), signal)).accessToken;
  }

  /** The single in-flight refresh, started if none is running. */
  #refresh(): Promise<StoredToken> {
    if (!this.#inflight) {
      this.#inflight = this.#obtain().finally(() => {
        this.#inflight = null;
      });
    }
    return this.#inflight;
  }

  /** Drops `token` after the API answered 401 with it; a newer token is kept. */
  async invalidate(token: string): Promise<void> {
    this.#rejected = token;
    if (this.#current?.accessToken === token) this.#current = null;
    await this.#tolerate(
      'deleteIf',
      () => this.#o.store.deleteIf(this.#o.sessionKey, token),
      undefined,
    );
  }

  /**
   * Memory miss: try the store, else refresh through it. A failing store (Redis down, disk
   * full) degrades to a plain fetch: the token still works, it is just not shared.
   */
  async #obtain(): Promise<StoredToken> {
    const { store, sessionKey } = this.#o;
    const stored = await this.#tolerate('get', () => store.get(sessionKey), null);
    if (stored !== null && this.#usable(stored)) {
      this.#current = stored;
      return stored;
    }
    let fetched: StoredToken | undefined;
    const fetchAndStore = async () => {
      fetched = await this.#fetch();
      const t = fetched;
      await this.#tolerate('set', () => store.set(sessionKey, t), undefined);
      return t;
    };
    let token: StoredToken;
    try {
      token = await store.refresh(
        sessionKey,
        async () => {
          const t = await store.get(sessionKey);
          return t !== null && this.#usable(t) ? t : null;
        },
        fetchAndStore,
      );
    } catch (e) {
      // Our own fetch failed: that error is the answer. Otherwise the store failed around it.
      if (e instanceof PowerOfficeError || fetched) throw e;
      this.#storeFailed('refresh', e);
      token = await fetchAndStore();
    }
    this.#current = token;
    return token;
  }

  async #tolerate<T>(op: string, fn: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      this.#storeFailed(op, e);
      return fallback;
    }
  }

  #storeFailed(op: string, e: unknown): void {
    this.#o.logger.warn({
      event: 'poweroffice.session_store.failed',
      store: this.#o.store.kind,
      op,
      error: safeCause(e),
    });
  }

  async #fetch(): Promise<StoredToken> {
    const o = this.#o;
    const basic = Buffer.from(`${o.applicationKey}:${o.clientKey}`).toString('base64');
    for (let attempt = 0; ; attempt++) {
      await o.limiter?.take();
      const started = Date.now();
      this.fetches += 1;
      let status: number;
      let text: string;
      let retryAfter: string | undefined;
      try {
        ({ status, text, retryAfter } = await o.http.send({
          method: 'POST',
          url: new URL(o.tokenUrl),
          headers: {
            authorization: `Basic ${basic}`,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          },
          body: 'grant_type=client_credentials',
          timeoutMs: o.timeoutMs,
        }));
      } catch (e) {
        const timedOut = (e as { name?: string }).name === 'TimeoutError';
        o.onFetch?.(timedOut ? 'timeout' : 'network');
        if (attempt < o.retryAttempts) {
          await abortableSleep(backoffMs(o.retryBaseDelayMs, attempt));
          continue;
        }
        throw new PowerOfficeError(
          timedOut ? 'TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
          timedOut
            ? 'The PowerOffice token endpoint did not answer in time'
            : 'The PowerOffice token endpoint could not be reached',
          { method: 'POST', path: new URL(o.tokenUrl).pathname, cause: safeCause(e) },
        );
      }
      o.onFetch?.(status);
      o.logger.debug({ event: 'poweroffice.token', status, ms: Date.now() - started });
      const body = parseJson(text);
      if (status === 200) return this.#accept(body);
      if (status === 429 && attempt < o.retryAttempts) {
        const s = parseRetryAfter(retryAfter) ?? 1;
        o.limiter?.pause(s * 1000);
        await abortableSleep(s * 1000);
        continue;
      }
      if (status >= 500 && attempt < o.retryAttempts) {
        await abortableSleep(backoffMs(o.retryBaseDelayMs, attempt));
        continue;
      }
      throw this.#failure(status, body, retryAfter);
    }
  }

  #accept(body: unknown): StoredToken {
    const b = body as { access_token?: unknown; expires_in?: unknown } | undefined;
    const lifetime = Number(b?.expires_in);
    if (typeof b?.access_token !== 'string' || !(lifetime > 0)) {
      throw new PowerOfficeError(
        'UPSTREAM_UNAVAILABLE',
        'The PowerOffice token endpoint returned an unreadable token response',
        { status: 200, method: 'POST', path: new URL(this.#o.tokenUrl).pathname },
      );
    }
    const now = Date.now();
    // Short-lived tokens (tests, odd hosts) still get used for half their life.
    const margin = Math.min(this.#o.refreshMarginSeconds * 1000, (lifetime * 1000) / 2);
    this.#rejected = null;
    return {
      accessToken: b.access_token,
      expiresAt: now + lifetime * 1000,
      refreshAt: now + lifetime * 1000 - margin,
    };
  }

  #failure(status: number, body: unknown, retryAfter: string | undefined): PowerOfficeError {
    const path = new URL(this.#o.tokenUrl).pathname;
    const oauthError = (body as { error?: unknown } | undefined)?.error;
    const summary = typeof oauthError === 'string' ? oauthError : undefined;
    const details = {
      status,
      method: 'POST',
      path,
      ...(summary ? { upstreamSummary: summary } : {}),
    };
    // The reference (A2, A5): bad credentials are HTTP 400 {"error":"invalid_client"}.
    if (status === 401 || (status === 400 && (summary === 'invalid_client' || !summary))) {
      const error = new PowerOfficeError(
        'INVALID_CLIENT',
        'PowerOffice rejected the application key / client key pair',
        details,
      );
      this.#invalidClient = { until: Date.now() + INVALID_CLIENT_MEMORY_MS, error };
      this.#o.logger.error({ event: 'poweroffice.token.invalid_client', ...error.toLog() });
      return error;
    }
    if (status === 403) {
      return new PowerOfficeError('FORBIDDEN', 'PowerOffice refused to issue a token', details);
    }
    if (status === 429) {
      return new PowerOfficeError('RATE_LIMITED', 'PowerOffice is throttling token requests', {
        ...details,
        retryAfterSeconds: parseRetryAfter(retryAfter) ?? 1,
      });
    }
    return new PowerOfficeError(
      'UPSTREAM_UNAVAILABLE',
      `The PowerOffice token endpoint failed (HTTP ${status})`,
      details,
    );
  }
}

/** Exponential backoff with "equal jitter": half fixed, half random, doubling per attempt. */
export function backoffMs(baseMs: number, attempt: number, capMs = 5_000): number {
  const d = Math.min(capMs, baseMs * 2 ** attempt);
  return d / 2 + Math.random() * (d / 2);
}

/** `Retry-After` as seconds: delta-seconds or an HTTP date; undefined when absent/garbled. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value.trim()));
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** JSON or undefined: error bodies are not always JSON. */
export function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A network error reduced to name and code. HTTP library errors can carry the request options
 * (with the Authorization header), so they are never attached to our errors or logged whole.
 */
export function safeCause(e: unknown): { name: string; code?: string } {
  const err = e as { name?: unknown; code?: unknown };
  return {
    name: typeof err?.name === 'string' ? err.name : 'Error',
    ...(typeof err?.code === 'string' ? { code: err.code } : {}),
  };
}
