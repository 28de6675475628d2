/**
 * `run()`'s promise, or its throw as a rejection: what an async function around it would give,
 * without the async frame that would wait on the promise. For functions that hand back a
 * promise and may throw before they have one (a malformed query, a key too long for any URL),
 * whose callers (DataLoader, `await`ers) must see a rejection either way.
 */
export function promised<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (e) {
    return Promise.reject(e);
  }
}
