/**
 * What the client's waits (token, limiter, socket gate, HTTP, backoff) ask of a signal: whether
 * it has fired and why, and one-shot `abort` listeners. An `AbortSignal` is one; so is `Cancel`.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * The cancel of one shared GET, or of one operation (its own on the fast path, one `following`
 * the request's signal under Yoga): the part of an `AbortController` the client uses, with the
 * signal being the object itself. An `AbortController` builds an EventTarget (two Maps) for its
 * signal, and adding and removing a listener walks it: about 3 µs and a kilobyte per GET, which
 * was 8 % of a nested query's CPU at 64 GETs each (bench/analysis.md).
 *
 * As on an `AbortSignal`, listeners run once, in the order added, when it aborts (the first
 * reason wins); unlike one, a listener added twice runs twice (the client never does that).
 */
export class Cancel implements CancelSignal {
  /**
   * `signal` as a `Cancel`: aborted when `signal` aborts, with its reason, through one listener
   * on it. An operation's GETs then add and remove their listeners here, not on an EventTarget.
   */
  static following(signal: CancelSignal): Cancel {
    if (signal instanceof Cancel) return signal;
    const cancel = new Cancel();
    if (signal.aborted) cancel.abort(signal.reason);
    else signal.addEventListener('abort', () => cancel.abort(signal.reason), { once: true });
    return cancel;
  }

  #aborted = false;
  #reason: unknown;
  /**
   * The listeners: none, one (most shared GETs' cancels hold only the request's), or a list.
   * A list made for a single listener was an array with room for sixteen, per GET.
   */
  #listeners: (() => void) | (() => void)[] | null = null;

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = null;
    if (!listeners) return;
    if (typeof listeners === 'function') run(listeners);
    else for (const listener of listeners) run(listener);
  }

  throwIfAborted(): void {
    if (this.#aborted) throw this.#reason;
  }

  /** `once` or not, a listener runs at most once: the signal fires once. */
  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (this.#aborted) return; // as on an AbortSignal: it fires once, and has
    const listeners = this.#listeners;
    if (listeners === null) this.#listeners = listener;
    else if (typeof listeners === 'function') this.#listeners = [listeners, listener];
    else listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const listeners = this.#listeners;
    if (listeners === null) return;
    if (typeof listeners === 'function') {
      if (listeners === listener) this.#listeners = null;
      return;
    }
    const i = listeners.indexOf(listener);
    if (i !== -1) listeners.splice(i, 1);
  }
}

/** Runs one abort listener; a throw is reported as uncaught, and the next one still runs. */
function run(listener: () => void): void {
  try {
    listener();
  } catch (e) {
    // An EventTarget reports a listener's throw as uncaught and goes on to the next one.
    process.nextTick(() => {
      throw e;
    });
  }
}
