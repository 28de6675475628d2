/** The subset of pino's API the client uses; any pino logger (or child) fits. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  /**
   * Whether `level` is written (pino's). The client asks before building a per-request debug
   * entry: an object per upstream request that a logger at `info` drops at once.
   */
  isLevelEnabled?(level: 'debug'): boolean;
}

const noop = () => undefined;

/** A logger that drops everything; the default when the caller passes none. */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };
