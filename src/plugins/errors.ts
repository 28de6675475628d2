import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isPowerOfficeError, type PowerOfficeError } from '../poweroffice/errors.js';

/** Yoga's `maskedErrors.maskError` signature. */
export type MaskError = (error: unknown, message: string, isDev?: boolean) => Error;

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

/** The error a `PowerOfficeError` raised inside a resolver may have become on its way here. */
function findPowerOfficeError(error: unknown): PowerOfficeError | undefined {
  let current: unknown = error;
  // GraphQLError → originalError, and Error.cause chains (a loader may wrap): a few hops at most.
  for (let hops = 0; hops < 5 && current instanceof Error; hops += 1) {
    if (isPowerOfficeError(current)) return current;
    current = (isGraphQLError(current) ? current.originalError : undefined) ?? current.cause;
  }
  return undefined;
}

/** Error codes Node gives a write to, or a read from, a socket the client has closed. */
const DISCONNECT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ABORT_ERR',
]);

/**
 * True when `error` (or what it wraps: `originalError`, `cause`) says the client went away: an
 * `AbortError` (the request's signal fires when its connection closes, and the loaders pass that
 * signal to every upstream call), or a reset/broken pipe on the client's socket. Upstream network
 * failures never look like this here: the client turns them into a `PowerOfficeError` first.
 */
export function isClientDisconnect(error: unknown): boolean {
  let current: unknown = error;
  for (let hops = 0; hops < 5 && typeof current === 'object' && current !== null; hops += 1) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    if (name === 'AbortError' || (typeof code === 'string' && DISCONNECT_CODES.has(code))) {
      return true;
    }
    current =
      (isGraphQLError(current) ? current.originalError : undefined) ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Builds the server's error mask. Expected upstream failures become a GraphQL error with the
 * client's stable `extensions.code` (plus `retryAfter` seconds when rate limited) and our own
 * message only; the upstream's body stays in the log. Anything else goes through Yoga's stock
 * mask ("Unexpected error.", `INTERNAL_SERVER_ERROR`; originals only when NODE_ENV=development)
 * and is logged as an error, except a client disconnect (`isClientDisconnect`): nobody reads that
 * answer and nothing is broken, so it is a debug line without a stack (a load test that cancels
 * requests wrote thousands of error-level stacks before).
 */
export function createMaskError(logger: Logger): MaskError {
  return (error, message, isDev) => {
    const upstream = findPowerOfficeError(error);
    if (upstream) {
      logger.warn({ upstream: upstream.toLog() }, 'PowerOffice call failed');
      const extensions: Record<string, unknown> = { code: upstream.code };
      if (upstream.code === 'RATE_LIMITED' && upstream.retryAfterSeconds !== undefined) {
        extensions.retryAfter = upstream.retryAfterSeconds;
      }
      // What a subscription lacks (accounting reference §0): privilege names, no secrets.
      if (upstream.code === 'FORBIDDEN' && upstream.blockedPrivileges?.length) {
        extensions.missingPrivileges = [...upstream.blockedPrivileges];
      }
      const located = isGraphQLError(error) ? error : undefined;
      return new GraphQLError(upstream.message, {
        nodes: located?.nodes ?? null,
        source: located?.source ?? null,
        positions: located?.positions ?? null,
        path: located?.path ?? null,
        extensions,
      });
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked !== error && isClientDisconnect(error)) {
      logger.debug('client disconnected before the operation finished');
    } else if (masked !== error) {
      // Only errors Yoga hides are surprises; GraphQL validation errors pass through unlogged.
      const original = (isGraphQLError(error) && error.originalError) || error;
      // Name, message and stack only: an arbitrary error object may carry request options
      // (headers with a token) as enumerable properties.
      const err =
        original instanceof Error
          ? { type: original.name, message: original.message, stack: original.stack }
          : { value: String(original) };
      logger.error({ err }, 'unexpected error while executing an operation');
    }
    return masked;
  };
}
