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
}
