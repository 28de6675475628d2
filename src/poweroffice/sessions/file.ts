import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isStoredToken, type SessionStore, type StoredToken } from './store.js';

type FileShape = Record<string, StoredToken>;

/**
 * Tokens in one JSON file, so a restarted process reuses a still-valid token. Writes go to a
 * temporary file (mode 0600) renamed over the old one, so a crash never leaves half a file and
 * the token is never readable by other users. Meant for one process per file: concurrent
 * writers do not lose tokens that matter (the worst case is one extra token fetch).
 */
export class FileSessionStore implements SessionStore {
  readonly kind = 'file';
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  async #read(): Promise<FileShape> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return parsed !== null && typeof parsed === 'object' ? (parsed as FileShape) : {};
    } catch (e) {
      // A missing or corrupt file is an empty store: the next fetch rewrites it.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || e instanceof SyntaxError) return {};
      throw e;
    }
  }

  async #write(data: FileShape): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(data), { mode: 0o600 });
      await chmod(tmp, 0o600); // the umask may have narrowed the mode; never widened it
      await rename(tmp, this.path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  /** Serialises read-modify-write cycles within this process. */
  #update(fn: (data: FileShape) => boolean): Promise<void> {
    const next = this.#queue.then(async () => {
      const data = await this.#read();
      if (fn(data)) await this.#write(data);
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async get(key: string): Promise<StoredToken | null> {
    const t = (await this.#read())[key];
    return t && isStoredToken(t) ? t : null;
  }

  set(key: string, token: StoredToken): Promise<void> {
    return this.#update((data) => {
      data[key] = {
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
        refreshAt: token.refreshAt,
      };
      // Drop expired entries of other keys so the file does not grow forever.
      for (const [k, v] of Object.entries(data)) if (v.expiresAt < Date.now()) delete data[k];
      return true;
    });
  }

  deleteIf(key: string, accessToken: string): Promise<void> {
    return this.#update((data) => {
      if (data[key]?.accessToken !== accessToken) return false;
      delete data[key];
      return true;
    });
  }

  async refresh(
    _key: string,
    _recheck: () => Promise<StoredToken | null>,
    fetch: () => Promise<StoredToken>,
  ): Promise<StoredToken> {
    return fetch();
  }

  async close(): Promise<void> {
    await this.#queue;
  }
}
