/** Public types of the emulator; see `index.ts` for what each knob means in practice. */

export interface EmulatorKnobs {
  /** Added to every API and token call; jitter is uniform in [0, jitterMs], seeded. */
  latency: { fixedMs: number; jitterMs: number };
  /**
   * Injected failures of API calls (not the token endpoint or `/__emulator`): with probability
   * `rate` a call fails with one of `kinds` (seeded choice). `hang` holds the request `hangMs`
   * and then drops the connection without an answer.
   */
  faults: {
    rate: number;
    kinds: FaultKind[];
    hangMs: number;
    /** Only requests with one of these methods are faulted; absent: every method. */
    methods?: Array<'GET' | 'POST' | 'DELETE'>;
    /** `late`: how long the answer of an applied write is held back (default 1 000 ms). */
    lateMs?: number;
  };
  /**
   * How a rejected save (field validation, no exception) is answered: the documented envelope
   * (`success:false` + `validation.fields`, reference A4) or, as PowerOffice's 2025–26 backend
   * may, an RFC 7807 ProblemDetails object inside `data` with `success:true`
   * (v1-changes-2026.md), keys PascalCased. Default `envelope`.
   */
  validationForm?: 'envelope' | 'problemDetails';
  /** Reads see the data as it was this many ms ago (reference A7). */
  replicaLagMs: number;
  /** `expires_in` and `exp` of newly issued tokens (reference A2: 600 in the SW example). */
  tokenLifetimeSeconds: number;
  /** Token bucket per application key (reference A7: 50 req/s); false disables throttling. */
  rateLimit: { perSecond: number; burst: number } | false;
  /**
   * GET/DELETE/POST of an id that does not exist (reference A5 leaves it open). Default
   * `notFound404`: the new backend is ASP.NET Core, whose controllers answer a missing entity
   * with 404, and a distinct status lets clients tell "missing" from a validation failure.
   */
  unknownId: 'notFound404' | 'successFalse';
  /**
   * Per-resource override of the documented row caps (reference A6), e.g. `{ Customer: 5 }`,
   * so tests can exceed a cap without seeding 50 000 rows. Unset = the documented caps.
   */
  maxRows?: Readonly<Record<string, number>>;
  /**
   * Wire form of enum values in responses (reference A10: the docs say numbers, the new
   * backend's swagger says names). Default `numbers`; input accepts both either way.
   */
  enumsAs?: 'numbers' | 'names';
  /**
   * How long SendInvoice's emulated delivery takes (reference B9: asynchronous): the invoice is
   * `isInvoiceBeingProcessed` for this long, then sent or failed. Default 1 000 ms.
   */
  sendDelayMs?: number;
  /**
   * The client's active PowerOffice subscriptions, put in tokens issued from now on
   * (`goActiveClientSubscriptions`). A resource that declares a subscription the client lacks
   * has its privileges listed in the token's `goInvalidPrivileges`, and its routes answer 403
   * (accounting reference §0). Default: Accounting, Invoicing, Payroll and Time.
   */
  subscriptions?: readonly string[];
}

/**
 * Injected failures. Before processing (nothing applied): `500`, `503`, `reset` (connection
 * reset), `hang` (held `hangMs`, then dropped), `401` (token refused), `429` (throttled).
 * After processing a write (the write IS applied; GETs are answered normally): `drop-after`
 * (connection reset instead of the answer), `late` (the answer held `lateMs`, as a server does
 * when the client has given up), `500-after` (a 500 instead of the answer).
 */
export type FaultKind =
  | '500'
  | '503'
  | 'reset'
  | 'hang'
  | '401'
  | '429'
  | 'drop-after'
  | 'late'
  | '500-after';

export interface EmulatorClient {
  applicationKey: string;
  clientKey: string;
  /** Privileges put in the token's `role` claim; default: every privilege of every resource. */
  privileges?: string[];
}

export interface EmulatorOptions extends Partial<EmulatorKnobs> {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Seed of the data and of every random choice (jitter, faults, GUIDs). Default 1. */
  seed?: number;
  /** Default 'demo'. */
  scale?:
    | 'tiny'
    | 'demo'
    | 'bench'
    | { customers: number; invoicesPerCustomer: number; products?: number };
  /**
   * "Today" of the seeded data (ISO date). Default: the current UTC date. Same seed and same
   * anchor date give identical data.
   */
  anchorDate?: string;
  /** Default: the demo keys with every privilege. */
  clients?: EmulatorClient[];
  /**
   * Seed an agriculture client (accounting.md §1): `Client.isAgricultureClient`, some ledger
   * accounts once per agriculture department, and code + department as the accounts' key.
   */
  agricultureClient?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The request path as sent, without the query string. */
  path: string;
  /** The raw query string without `?`, still percent-encoded: read it with URLSearchParams. */
  query: string;
  /** ResourceSpec name (`Customer`, `ContactPerson`, …); `OAuth` for tokens; '' if unrouted. */
  resource: string;
  /** `action`: a declared action route (SendInvoice); `sublist`: a path-keyed read (GetNotes). */
  kind: 'token' | 'list' | 'get' | 'save' | 'delete' | 'action' | 'sublist' | 'other';
  /** HTTP status answered; 0 when a fault dropped the connection. */
  status: number;
  /** Time spent answering, including injected latency. */
  ms: number;
  /** Epoch ms when the request arrived. */
  at: number;
}

export interface EmulatorStats {
  total: number;
  byResource: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface EmulatorHandle {
  /** API base, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** `${url}/OAuth/Token` */
  tokenUrl: string;
  keys: { applicationKey: string; clientKey: string };
  /** The log, oldest first (the latest million entries; `stats()` counts every call). */
  requests(): RecordedRequest[];
  count(filter?: { resource?: string; kind?: RecordedRequest['kind']; method?: string }): number;
  /** Clears the request log and throttle buckets; data stays. */
  reset(): void;
  /** Re-seeds the data from the seed (also clears the replica-lag history). */
  resetData(): void;
  configure(knobs: Partial<EmulatorKnobs>): void;
  /** Current stored rows (primary, not replica) of a resource, for test assertions. */
  rows(resource: string): ReadonlyArray<Record<string, unknown>>;
  /** A token for the first configured client, optionally narrowed or with another lifetime. */
  issueToken(opts?: {
    privileges?: string[];
    lifetimeSeconds?: number;
    /** Active subscriptions for this token (default: the `subscriptions` knob). */
    subscriptions?: readonly string[];
  }): string;
  stats(): EmulatorStats;
  stop(): Promise<void>;
}
