/**
 * The facade's Prometheus metrics: one registry per `createMetrics()` (never prom-client's global
 * one), fed by the GraphQL layer (`recordOperation`, from `plugins/metrics.ts`) and by the
 * PowerOffice client through the `ClientObserver` hooks (`observer`), so nothing under
 * `poweroffice/` knows about prom-client. Label values come from small fixed sets (outcomes,
 * statuses, resources named in the code) or are capped (operation names): a scrape stays small
 * however many distinct operations clients send. No label ever holds a key, token or variable.
 */
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import {
  CellCounter,
  CellHistogram,
  type CounterCell,
  type HistogramCell,
  type Registrable,
} from './metrics-cells.js';
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

/** One operation's and outcome's cells. */
interface OperationCells {
  readonly count: CounterCell;
  readonly seconds: HistogramCell;
}

/**
 * The cell of a raw label value, through `label` (a `boundedLabel`): a value kept as it is finds
 * its cell in one lookup; one that is not (`other`) is mapped again each time, so the map holds
 * label values only and grows no further than `label`'s cap.
 */
function cellsBy<C>(
  label: (raw: string) => string,
  make: (value: string) => C,
): (raw: string) => C {
  const byValue = new Map<string, C>();
  return (raw) => {
    const known = byValue.get(raw);
    if (known !== undefined) return known;
    const value = label(raw);
    let cell = byValue.get(value);
    if (cell === undefined) {
      cell = make(value);
      byValue.set(value, cell);
    }
    return cell;
  };
}

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
  if (options.processMetrics ?? true) {
    // Event-loop lag sampled every 100 ms, not prom-client's default 10: its timer woke the
    // process 100 times a second, about 5 ms of CPU a second whether or not it served anything
    // (at s3's 200 operations a second under load, 0.03 ms of each; bench/analysis.md).
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  }
  const registers = [registry];

  // The metrics every request reports into are cells (metrics-cells.ts): prom-client's own
  // `inc` and `observe` were ten label checks and lookups per point lookup. Each is registered
  // as it is made; prom-client's typings take its own classes only, its registry reads
  // `Registrable`.
  const register = <M extends Registrable>(metric: M): M => {
    registry.registerMetric(metric as unknown as Counter);
    return metric;
  };
  const counter = (name: string, help: string) => register(new CellCounter(name, help));
  const histogram = (name: string, help: string, bounds: readonly number[]) =>
    register(new CellHistogram(name, help, bounds));
  const operations = counter(
    'graphql_operations_total',
    'GraphQL requests by operation name and outcome (ok, error, refused).',
  );
  const operationSeconds = histogram(
    'graphql_operation_duration_seconds',
    'Time from the request reaching the server to its response, by operation and outcome.',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  );
  const upstream = counter(
    'poweroffice_upstream_requests_total',
    'HTTP requests to the PowerOffice API (retries included, token requests excluded) by resource and status (HTTP status, network or timeout).',
  );
  const upstreamSeconds = histogram(
    'poweroffice_upstream_request_duration_seconds',
    'Duration of each HTTP request to the PowerOffice API, by resource.',
    [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  );
  const throttled = counter(
    'poweroffice_upstream_throttled_total',
    'PowerOffice API answers with status 429 (rate limited), by resource.',
  );
  const limiterWait = histogram(
    'poweroffice_limiter_wait_seconds',
    'Time each upstream request (token requests included) waited for a rate limiter slot.',
    [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  );
  const cacheHits = counter(
    'poweroffice_cache_hits_total',
    'GETs answered from the cross-request response cache, by resource.',
  );
  const cacheMisses = counter(
    'poweroffice_cache_misses_total',
    'GETs that found nothing cached nor in flight and went upstream, by resource.',
  );
  const inflightShared = counter(
    'poweroffice_inflight_shared_total',
    'GETs that joined an identical request already in flight, by resource.',
  );
  const tokenFetches = new Counter({
    name: 'poweroffice_token_fetches_total',
    help: 'Requests to the PowerOffice token endpoint, by status (HTTP status, network or timeout).',
    labelNames: ['status'] as const,
    registers,
  });

  const operationLabel = boundedLabel(options.maxOperationNames ?? 50, (n) => GRAPHQL_NAME.test(n));
  // Resources come from the code, not from clients; the cap is a guard against a future bug.
  const resourceLabel = boundedLabel(200, (r) => /^[A-Za-z0-9_.-]{1,64}$/.test(r));

  // An unlabelled histogram is listed (at zero) before its first observation, as prom-client's.
  const waited = limiterWait.cell({});
  const byResource = (metric: CellCounter) =>
    cellsBy(resourceLabel, (resource) => metric.cell({ resource }));
  const hitOf = byResource(cacheHits);
  const missOf = byResource(cacheMisses);
  const shareOf = byResource(inflightShared);
  const upstreamOf = cellsBy(resourceLabel, (resource) => ({
    seconds: upstreamSeconds.cell({ resource }),
    byStatus: new Map<UpstreamStatus, CounterCell>(),
    // Listed from its first 429 on.
    throttled: null as CounterCell | null,
    resource,
  }));
  // Unnamed and unread operations have labels of their own, outside the cap.
  const operationOf = cellsBy(
    (name) => (name === ANONYMOUS || name === UNKNOWN ? name : operationLabel(name)),
    (operation) => ({ operation, byOutcome: new Map<OperationOutcome, OperationCells>() }),
  );

  const observer: ClientObserver = {
    upstreamRequest(resource, s, durationMs) {
      const r = upstreamOf(resource);
      let requests = r.byStatus.get(s);
      if (requests === undefined) {
        requests = upstream.cell({ resource: r.resource, status: status(s) });
        r.byStatus.set(s, requests);
      }
      requests.value += 1;
      upstreamSeconds.observe(r.seconds, durationMs / 1000);
      if (s === 429) {
        r.throttled ??= throttled.cell({ resource: r.resource });
        r.throttled.value += 1;
      }
    },
    cacheHit: (resource) => {
      hitOf(resource).value += 1;
    },
    cacheMiss: (resource) => {
      missOf(resource).value += 1;
    },
    inflightShare: (resource) => {
      shareOf(resource).value += 1;
    },
    limiterWait: (waitedMs) => limiterWait.observe(waited, waitedMs / 1000),
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
      const op = operationOf(name ?? ANONYMOUS);
      let cells = op.byOutcome.get(outcome);
      if (cells === undefined) {
        const labels = { operation: op.operation, outcome };
        cells = { count: operations.cell(labels), seconds: operationSeconds.cell(labels) };
        op.byOutcome.set(outcome, cells);
      }
      cells.count.value += 1;
      operationSeconds.observe(cells.seconds, seconds);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
