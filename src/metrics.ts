/**
 * The facade's Prometheus metrics: one registry per `createMetrics()` (never prom-client's global
 * one), fed by the GraphQL layer (`recordOperation`, from `plugins/metrics.ts`) and by the
 * PowerOffice client through the `ClientObserver` hooks (`observer`), so nothing under
 * `poweroffice/` knows about prom-client. Label values come from small fixed sets (outcomes,
 * statuses, resources named in the code) or are capped (operation names): a scrape stays small
 * however many distinct operations clients send. No label ever holds a key, token or variable.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ClientObserver, UpstreamStatus } from './poweroffice/observer.js';

/**
 * How one GraphQL request ended: `ok` executed without errors, `error` executed with at least
 * one error in the result, `refused` never executed (unauthenticated, unparsable, invalid or
 * over a limit).
 */
export type OperationOutcome = 'ok' | 'error' | 'refused';

/** Label of an operation without a name. */
export const ANONYMOUS = 'anonymous';
/** Label of names past the cap, and of names that are not GraphQL names. */
export const OTHER = 'other';
/** Label of a request refused before its document was read (no key, malformed body). */
export const UNKNOWN = 'unknown';

export interface MetricsOptions {
  /** Distinct operation names kept as labels; later new names count as `other`. Default 50. */
  readonly maxOperationNames?: number;
  /** prom-client's default process metrics (CPU, memory, heap, event loop lag, GC). Default on. */
  readonly processMetrics?: boolean;
}

export interface Metrics {
  readonly registry: Registry;
  /** Pass to `createClient(config, { observer })`. */
  readonly observer: ClientObserver;
  /** Counts one GraphQL request and its latency; `name` undefined means anonymous. */
  recordOperation(name: string | undefined, outcome: OperationOutcome, seconds: number): void;
  /**
   * Reports the heavy-query gate (`HeavyOperationGate`): running, waiting, and how many waited.
   * A later call replaces the source (one server per registry in practice; tests build more).
   */
  watchHeavyOperations(source: HeavyOperationsSource): void;
  /** The registry in Prometheus text format. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** What `watchHeavyOperations` reads at each scrape. */
export interface HeavyOperationsSource {
  readonly running: number;
  readonly waiting: number;
  readonly waited: number;
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Maps raw values to label values: the first `max` distinct valid values are kept as they are,
 * anything later (or invalid) becomes `other`. The set only grows, bounded by `max`.
 */
function boundedLabel(max: number, valid: (value: string) => boolean): (value: string) => string {
  const kept = new Set<string>();
  return (value) => {
    if (kept.has(value)) return value;
    if (!valid(value) || kept.size >= max) return OTHER;
    kept.add(value);
    return value;
  };
}

const status = (s: UpstreamStatus) => String(s);

/** A registry with the facade's metrics; see the module comment for the labelling rules. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL requests by operation name and outcome (ok, error, refused).',
    labelNames: ['operation', 'outcome'] as const,
    registers,
  });
  const operationSeconds = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from the request reaching the server to its response, by operation and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const upstream = new Counter({
    name: 'poweroffice_upstream_requests_total',
    help: 'HTTP requests to the PowerOffice API (retries included, token requests excluded) by resource and status (HTTP status, network or timeout).',
    labelNames: ['resource', 'status'] as const,
    registers,
  });
  const upstreamSeconds = new Histogram({
    name: 'poweroffice_upstream_request_duration_seconds',
    help: 'Duration of each HTTP request to the PowerOffice API, by resource.',
    labelNames: ['resource'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const throttled = new Counter({
    name: 'poweroffice_upstream_throttled_total',
    help: 'PowerOffice API answers with status 429 (rate limited), by resource.',
    labelNames: ['resource'] as const,
    registers,
  });
  const limiterWait = new Histogram({
    name: 'poweroffice_limiter_wait_seconds',
    help: 'Time each upstream request (token requests included) waited for a rate limiter slot.',
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const cacheHits = new Counter({
    name: 'poweroffice_cache_hits_total',
    help: 'GETs answered from the cross-request response cache, by resource.',
    labelNames: ['resource'] as const,
    registers,
  });
  const cacheMisses = new Counter({
    name: 'poweroffice_cache_misses_total',
    help: 'GETs that found nothing cached nor in flight and went upstream, by resource.',
    labelNames: ['resource'] as const,
    registers,
  });
  const inflightShared = new Counter({
    name: 'poweroffice_inflight_shared_total',
    help: 'GETs that joined an identical request already in flight, by resource.',
    labelNames: ['resource'] as const,
    registers,
  });
  const tokenFetches = new Counter({
    name: 'poweroffice_token_fetches_total',
    help: 'Requests to the PowerOffice token endpoint, by status (HTTP status, network or timeout).',
    labelNames: ['status'] as const,
    registers,
  });

  const operationLabel = boundedLabel(options.maxOperationNames ?? 50, (n) => GRAPHQL_NAME.test(n));
  // Resources come from the code, not from clients; the cap is a guard against a future bug.
  const resourceLabel = boundedLabel(200, (r) => /^[A-Za-z0-9_.-]{1,64}$/.test(r));

  const observer: ClientObserver = {
    upstreamRequest(resource, s, durationMs) {
      const r = resourceLabel(resource);
      upstream.inc({ resource: r, status: status(s) });
      upstreamSeconds.observe({ resource: r }, durationMs / 1000);
      if (s === 429) throttled.inc({ resource: r });
    },
    cacheHit: (resource) => cacheHits.inc({ resource: resourceLabel(resource) }),
    cacheMiss: (resource) => cacheMisses.inc({ resource: resourceLabel(resource) }),
    inflightShare: (resource) => inflightShared.inc({ resource: resourceLabel(resource) }),
    limiterWait: (waitedMs) => limiterWait.observe(waitedMs / 1000),
    tokenFetch: (s) => tokenFetches.inc({ status: status(s) }),
  };

  // Read at scrape time from the server's gate, once one is watched.
  let heavy: HeavyOperationsSource | null = null;
  let heavyWaitedSeen = 0;
  new Gauge({
    name: 'graphql_heavy_operations_running',
    help: 'Heavy queries (16 or more estimated PowerOffice calls) running now.',
    registers,
    collect() {
      this.set(heavy?.running ?? 0);
    },
  });
  new Gauge({
    name: 'graphql_heavy_operations_waiting',
    help: 'Heavy queries waiting to start (FACADE_MAX_HEAVY_OPERATIONS are running).',
    registers,
    collect() {
      this.set(heavy?.waiting ?? 0);
    },
  });
  new Counter({
    name: 'graphql_heavy_operations_waited_total',
    help: 'Heavy queries that had to wait before they started.',
    registers,
    collect() {
      const waited = heavy?.waited ?? 0;
      if (waited > heavyWaitedSeen) this.inc(waited - heavyWaitedSeen);
      heavyWaitedSeen = waited;
    },
  });

  return {
    registry,
    observer,
    watchHeavyOperations(source) {
      heavy = source;
      heavyWaitedSeen = 0;
    },
    recordOperation(name, outcome, seconds) {
      const labels = {
        operation:
          name === undefined ? ANONYMOUS : name === UNKNOWN ? UNKNOWN : operationLabel(name),
        outcome,
      };
      operations.inc(labels);
      operationSeconds.observe(labels, seconds);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
