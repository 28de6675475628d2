import { GraphQLError } from 'graphql';

/**
 * Errors the schema raises itself. Client mistakes (bad arguments, filters OData cannot express,
 * malformed cursors) are `GraphQLError`s with `extensions.code = BAD_USER_INPUT`, which Yoga's
 * masking lets through. Expected mutation failures are the classes below, turned into typed
 * results by the errors plugin.
 */
export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

/** One message per input field, keyed by the field's GraphQL path (`input.name`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** PowerOffice refused the data (upstream `success:false` validation). */
export class ValidationFailed extends Error {
  override readonly name = 'ValidationFailed';
  constructor(
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** The record to update or delete does not exist (or is not visible to this client). */
export class NotFound extends Error {
  override readonly name = 'NotFound';
  constructor(
    message: string,
    readonly globalId: string | null = null,
  ) {
    super(message);
  }
}

/** A uniqueness rule was broken (externalImportReference, code) or related data blocks a delete. */
export class Conflict extends Error {
  override readonly name = 'Conflict';
  constructor(
    message: string,
    /** The input path of the unique field (`input.data.code`); null for a blocked delete. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** PowerOffice (or the facade's own limiter) is throttling: nothing was applied. */
export class RateLimited extends Error {
  override readonly name = 'RateLimited';
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }
}

/**
 * PowerOffice could not be reached, failed, or refused the facade's credentials, and the write
 * was NOT applied (refused before processing, or checked after the replica lag). `code` is the
 * stable upstream code (`UPSTREAM_UNAVAILABLE`, `TIMEOUT`, `FORBIDDEN`, `UNAUTHORIZED`, …).
 */
export class UpstreamUnavailable extends Error {
  override readonly name = 'UpstreamUnavailable';
  constructor(
    message: string,
    readonly code: string,
    /** Creates: the idempotency key to repeat the create with. */
    readonly idempotencyKey: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The write may or may not have been applied and the facade could not find out (the answer was
 * lost and the read-back failed too). A create carries its idempotency key: repeating the
 * create with that key is safe.
 */
export class OutcomeUnknown extends Error {
  override readonly name = 'OutcomeUnknown';
  constructor(
    message: string,
    readonly idempotencyKey: string | null = null,
  ) {
    super(message);
  }
}

/**
 * An action PowerOffice accepted (its POST succeeded), whose target could not be read back
 * afterwards (the read failed, or found no row). Not a failure of the action: it WAS applied,
 * so repeating it would apply it twice (send an invoice twice); only the fresh row is unknown.
 */
export class AppliedButUnread extends Error {
  override readonly name = 'AppliedButUnread';
  constructor(
    message: string,
    /** The target's global id. */
    readonly globalId: string | null,
    /** Why the read-back failed: the upstream code (`TIMEOUT`, …), `NOT_FOUND` for no row. */
    readonly code: string,
  ) {
    super(message);
  }
}
