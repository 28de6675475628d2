import type { SessionStore, StoredToken } from './store.js';

/** Tokens in this process only; lost on restart. Single flight is the token manager's job. */
export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory';
  readonly #tokens = new Map<string, StoredToken>();

  async get(key: string): Promise<StoredToken | null> {
    return this.#tokens.get(key) ?? null;
  }

  async set(key: string, token: StoredToken): Promise<void> {
    this.#tokens.set(key, token);
  }

  async deleteIf(key: string, accessToken: string): Promise<void> {
    if (this.#tokens.get(key)?.accessToken === accessToken) this.#tokens.delete(key);
  }

  async refresh(
    _key: string,
    _recheck: () => Promise<StoredToken | null>,
    fetch: () => Promise<StoredToken>,
  ): Promise<StoredToken> {
    return fetch();
  }

  async close(): Promise<void> {}
}
