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

/**
 * Builds the server's error mask. Expected upstream failures become a GraphQL error with the
 * client's stable `extensions.code` (plus `retryAfter` seconds when rate limited) and our own
 * message only; the upstream's body stays in the log. Anything else goes through Yoga's stock
 * mask ("Unexpected error.", `INTERNAL_SERVER_ERROR`; originals only when NODE_ENV=development)
 * and is logged as an error.
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
    if (masked !== error) {
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
