/**
 * Typed upstream errors. Every failure that crosses the client boundary is a
 * `PowerOfficeError` with a stable `code`; callers branch on the code, never on the message.
 *
 * Messages are written by us and never contain keys, tokens or raw upstream bodies. The
 * upstream's own words (`upstreamSummary`, `upstreamFields`) are kept for logs only: the GraphQL
 * layer must not forward them to clients.
 */
export type PowerOfficeErrorCode =
  | 'INVALID_CLIENT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'UNIQUE_CONSTRAINT'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE';

export const POWEROFFICE_ERROR_CODES: readonly PowerOfficeErrorCode[] = [
  'INVALID_CLIENT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'UNIQUE_CONSTRAINT',
  'RATE_LIMITED',
  'TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
];

/**
 * For a failed write: whether PowerOffice may have applied it. `not-applied`: the request was
 * refused before processing (validation, 4xx, 429, 401, connection refused). `unknown`: it may
 * have been processed and the answer was lost (timeout, reset, 5xx, an unreadable body).
 */
export type WriteOutcome = 'not-applied' | 'unknown';

/** One field PowerOffice named in a rejection: its JSON path (camelCase) and its message. */
export interface UpstreamFieldError {
  /** `name`, `mailAddress.zipCode`, `outgoingInvoiceLines[0].productCode`. */
  readonly path: string;
  readonly message: string;
}

export interface PowerOfficeErrorDetails {
  /** Writes only: see `WriteOutcome`. */
  writeOutcome?: WriteOutcome;
  /**
   * The fields PowerOffice named (envelope `validation.fields` or a ProblemDetails `errors`),
   * paths normalised to camelCase JSON paths. These messages describe the client's own input
   * and may be shown to it; the summary and log reference stay in logs.
   */
  fieldErrors?: readonly UpstreamFieldError[];
  /** HTTP status of the upstream response, when there was one. */
  status?: number;
  /** Method and path (no query string, no host) of the failed call, for logs. */
  method?: string;
  path?: string;
  /** RATE_LIMITED: seconds the upstream (or our limiter) asked us to wait. */
  retryAfterSeconds?: number;
  /** `validation.summary` (or the OAuth `error`) from the upstream body. Logs only. */
  upstreamSummary?: string;
  /** `validation.exception` from the upstream body, e.g. `OData`. Logs only. */
  upstreamException?: string;
  /** `validation.errorLogReference`: what PowerOffice support asks for. Logs only. */
  errorLogReference?: string;
  /** `validation.fields`: field → message(s). Logs only. */
  upstreamFields?: Record<string, unknown>;
  /**
   * FORBIDDEN: the privileges the route called needs and the access token says are blocked
   * (its `goInvalidPrivileges` claim, e.g. `TimeTracking_Full` without the Time subscription,
   * accounting reference §0), else the one its `role` claim lacks. Names only, safe to show to
   * API clients.
   */
  blockedPrivileges?: readonly string[];
  cause?: unknown;
}

/** The details a PowerOfficeError keeps as its own properties (all but `cause`). */
const DETAIL_KEYS = [
  'status',
  'method',
  'path',
  'retryAfterSeconds',
  'upstreamSummary',
  'upstreamException',
  'errorLogReference',
  'upstreamFields',
  'writeOutcome',
  'fieldErrors',
  'blockedPrivileges',
] as const satisfies readonly Exclude<keyof PowerOfficeErrorDetails, 'cause'>[];
// Every detail but `cause` is listed above: a detail added to PowerOfficeErrorDetails and not
// there fails to compile here (`with` would otherwise drop it from copies).
const allDetailsListed: Exclude<
  keyof PowerOfficeErrorDetails,
  'cause' | (typeof DETAIL_KEYS)[number]
> extends never
  ? true
  : false = true;
void allDetailsListed;

/** A failure of a PowerOffice call, classified once at the HTTP boundary. */
export class PowerOfficeError extends Error {
  override readonly name = 'PowerOfficeError';
  readonly code: PowerOfficeErrorCode;
  readonly status?: number;
  readonly method?: string;
  readonly path?: string;
  readonly retryAfterSeconds?: number;
  /** The upstream's summary, for logs only; never show it to API clients. */
  readonly upstreamSummary?: string;
  readonly upstreamException?: string;
  readonly errorLogReference?: string;
  readonly upstreamFields?: Record<string, unknown>;
  readonly writeOutcome?: WriteOutcome;
  readonly fieldErrors?: readonly UpstreamFieldError[];
  readonly blockedPrivileges?: readonly string[];

  constructor(code: PowerOfficeErrorCode, message: string, details: PowerOfficeErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    // The one list of details (DETAIL_KEYS), as `with` copies them: none is set in one place only.
    for (const key of DETAIL_KEYS) {
      if (details[key] !== undefined) Object.assign(this, { [key]: details[key] });
    }
  }

  /** This error with `changes` applied (the same code, message and every other detail). */
  with(changes: Partial<PowerOfficeErrorDetails>): PowerOfficeError {
    const details: PowerOfficeErrorDetails = {};
    // Every detail the constructor takes, read back from this error: a new detail cannot be
    // forgotten in a copy (a write's 403 once lost its blocked privileges that way).
    for (const key of DETAIL_KEYS) {
      const v = this[key];
      if (v !== undefined) Object.assign(details, { [key]: v });
    }
    if (this.cause !== undefined) details.cause = this.cause;
    return new PowerOfficeError(this.code, this.message, { ...details, ...changes });
  }

  /** The fields safe to put in a log line (no keys or tokens ever reach these). */
  toLog(): Record<string, unknown> {
    return {
      code: this.code,
      status: this.status,
      method: this.method,
      path: this.path,
      retryAfterSeconds: this.retryAfterSeconds,
      upstreamSummary: this.upstreamSummary,
      upstreamException: this.upstreamException,
      errorLogReference: this.errorLogReference,
      writeOutcome: this.writeOutcome,
      blockedPrivileges: this.blockedPrivileges,
    };
  }
}

/** True when `e` is a PowerOfficeError, optionally with one of `codes`. */
export function isPowerOfficeError(
  e: unknown,
  ...codes: PowerOfficeErrorCode[]
): e is PowerOfficeError {
  return e instanceof PowerOfficeError && (codes.length === 0 || codes.includes(e.code));
}

/**
 * PowerOffice's field paths as camelCase JSON paths: ProblemDetails keys come in either letter
 * case (`OutgoingInvoiceLines[0].ProductCode`, v1-changes-2026.md), sometimes with a `$.`
 * prefix (ASP.NET's JSON paths); envelope `fields` keys are JSON paths already.
 */
export function normaliseFieldPath(path: string): string {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .map((seg) => (seg === '' ? seg : seg.charAt(0).toLowerCase() + seg.slice(1)))
    .join('.');
}

/** `{path: message | message[]}` → one entry per message, paths normalised. */
export function fieldErrorsOf(fields: unknown): UpstreamFieldError[] {
  if (typeof fields !== 'object' || fields === null) return [];
  const out: UpstreamFieldError[] = [];
  for (const [path, value] of Object.entries(fields as Record<string, unknown>)) {
    const messages = Array.isArray(value) ? value : [value];
    for (const m of messages) {
      if (typeof m === 'string' && m !== '') {
        out.push({ path: normaliseFieldPath(path), message: m.slice(0, 500) });
      }
    }
  }
  return out;
}
