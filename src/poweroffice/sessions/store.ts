/**
 * Where access tokens live between calls and between processes. A store holds opaque token
 * records under a session key derived from the environment and a hash of the credentials, so
 * no store (file or Redis) ever holds an application or client key.
 */
export interface StoredToken {
  readonly accessToken: string;
  /** Epoch milliseconds at which the upstream stops accepting the token. */
  readonly expiresAt: number;
  /** Epoch milliseconds after which we fetch a new token (expiry minus a safety margin). */
  readonly refreshAt: number;
}

export interface SessionStore {
  /** Kind name for logs and stats. */
  readonly kind: string;
  /** The token stored under `key`, or null. Expired tokens may be returned; callers check. */
  get(key: string): Promise<StoredToken | null>;
  /** Stores (replaces) the token under `key`. */
  set(key: string, token: StoredToken): Promise<void>;
  /** Removes the token under `key` only if it is still `accessToken` (a stale 401 must not
   * throw away a newer token another instance just fetched). */
  deleteIf(key: string, accessToken: string): Promise<void>;
  /**
   * Runs `fetch` while holding a refresh lock for `key` shared by every instance using this
   * store; instances that do not get the lock wait for the winner's token instead (`recheck`
   * returns it once present). Stores without cross-process sharing just run `fetch`.
   */
  refresh(
    key: string,
    recheck: () => Promise<StoredToken | null>,
    fetch: () => Promise<StoredToken>,
  ): Promise<StoredToken>;
  close(): Promise<void>;
}

/** Shape check for records read back from a file or Redis. */
export function isStoredToken(t: unknown): t is StoredToken {
  const r = t as Partial<StoredToken> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.accessToken === 'string' &&
    typeof r.expiresAt === 'number' &&
    typeof r.refreshAt === 'number'
  );
}
