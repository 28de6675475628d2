import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  getOperationAST,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Metrics } from '../metrics.js';
import { Cancel, type CancelSignal } from '../poweroffice/cancel.js';
import type { RequestTracker } from '../poweroffice/client.js';
import type { CompiledExecution } from './compiled-execution.js';
import { withUpstreamCost } from './cost.js';
import { type HeavyOperationGate, isHeavy } from './heavy-operations.js';
import { inspectValue, MAX_NESTING } from './input-hygiene.js';
import { costKey } from './limits.js';
import type { OperationCache } from './response-cache.js';

/**
 * The server's fast path for hot queries (issue 15): a query Yoga has already run, through
 * every check, is run again from the node:http handler without Yoga, its plugins and the Fetch
 * objects around each request (0.1–0.7 ms of s2's 1.1–1.7 ms of CPU, more when requests queue;
 * bench/analysis.md).
 *
 * It does not check anything itself; it replays verdicts Yoga reached. An operation is
 * *admitted* when Yoga is about to execute it (every request and validation check passed): the
 * document text and operation name, with the page sizes its cost was estimated for (`costKey`,
 * the same key Yoga's validation cache reuses the cost verdict under). What a verdict cannot
 * cover is checked per request, as the plugins would: the request's shape (a same-origin JSON
 * POST whose key passed, no persisted-query extension; the server checks these before it reads
 * the body), the variables' nesting (input hygiene) and their page sizes (one of the admitted).
 * Anything else goes to Yoga: an operation not admitted or not compiled yet, other parameters,
 * variables that do not coerce (nothing has run), and graphql-jit's own failures (the executor
 * answers). A run that ends with errors is handed to Yoga with its result and its context
 * (`Handover`): Yoga masks, counts and writes it as if it had executed it, and nothing is run
 * twice.
 */

/** A request the fast path started and hands to Yoga: Yoga uses its context and its result. */
export interface Handover {
  /** The context the run used (its tracker holds what the run cost upstream). */
  readonly context: object;
  /** The run's result, with errors; absent: Yoga executes (the executor answers). */
  readonly result?: ExecutionResult;
  /** When the request reached the server (`performance.now()`), for its latency. */
  readonly startedAt: number;
}

/**
 * The server context Yoga gets for a handed-over request (its third argument). A type, not an
 * interface: Yoga's server context is an index signature, which only a type alias satisfies.
 */
export type HandoverContext = { readonly fastPath: Handover };

/** The handover in a Yoga (server or GraphQL) context, if the request is one. */
export function handoverOf(context: unknown): Handover | undefined {
  return (context as Partial<HandoverContext> | null | undefined)?.fastPath;
}

interface Admitted {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** The page sizes (`costKey`) Yoga's validation passed for this operation. */
  readonly costKeys: Set<string>;
}

/** Page-size keys kept per operation: a client sweeping `first` cannot grow one without bound. */
const MAX_COST_KEYS = 64;

/** The parameters a fast request may carry (Yoga refuses unknown ones; APQ goes to Yoga). */
const FAST_PARAMS: ReadonlySet<string> = new Set(['query', 'variables', 'operationName']);

interface FastParams {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

/** The params, if they are only a query with plain variables and an operation name. */
function fastParams(params: Record<string, unknown>): FastParams | undefined {
  for (const key in params) if (!FAST_PARAMS.has(key)) return undefined;
  const { query, variables, operationName } = params;
  if (typeof query !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return undefined;
  }
  // An empty name selects no operation in Yoga (graphql's `getOperationAST` compares it), but
  // would meet an anonymous operation's entry here.
  if (operationName != null && (typeof operationName !== 'string' || operationName === '')) {
    return undefined;
  }
  return params as unknown as FastParams;
}

/**
 * The headers of an answer written outside Yoga, as node:http's flat list: an object makes
 * `writeHead` set each through `setHeader` (a name check and a map entry) before writing them.
 */
export function answerHeaders(type: string, text: string): string[] {
  return ['content-type', type, 'content-length', String(Buffer.byteLength(text))];
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

export interface FastPathOptions {
  readonly compiled: CompiledExecution;
  /** The context factory Yoga uses (`createContext(client)`). */
  readonly context: (initial: FastInitialContext) => object;
  readonly operationCache: OperationCache | null;
  readonly metrics?: Metrics;
  /** Add `extensions.poweroffice`, as `usePowerOfficeCost` does. */
  readonly exposeCost: boolean;
  /** Operations admitted, least recently used dropped first; default 200. */
  readonly maxOperations?: number;
  /** Heavy queries wait for a place here before they run (`useHeavyOperationGate`'s gate). */
  readonly heavyGate?: HeavyOperationGate;
}

/** The part of Yoga's initial context the fast path gives the context factory. */
export interface FastInitialContext {
  readonly request: {
    readonly signal: CancelSignal;
    readonly headers: { get(name: string): string | null };
  };
}

/** What the fast path did since the server started. */
export interface FastPathStats {
  /** Requests it answered. */
  readonly served: number;
  /** Requests it ran and handed to Yoga (errors, uncoerced variables, graphql-jit failures). */
  readonly handedOver: number;
}

export interface FastPath {
  stats(): FastPathStats;
  /**
   * Admits operations as Yoga executes them; replays a handed-over result. Register it after
   * compiled execution, so its execute function is the one that runs.
   */
  readonly plugin: Plugin;
  /** Yoga's context factory, giving a handed-over request the context its run used. */
  context<I>(base: (initial: I) => unknown): (initial: I) => unknown;
  /**
   * Answers the request if its operation is admitted and compiled; false when Yoga must (the
   * caller then hands it over unchanged). `type` is the content type Yoga would answer with,
   * `cacheKey` the operation cache's key of the request (`keyFor`), which its lookup missed.
   */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    params: Record<string, unknown>,
    type: string,
    startedAt: number,
    cacheKey: string | undefined,
    toYoga: (handover?: Handover) => void,
  ): boolean;
}

export function createFastPath(options: FastPathOptions): FastPath {
  const { compiled, operationCache, metrics, exposeCost } = options;
  const admitted = new LRUCache<string, Admitted>({ max: options.maxOperations ?? 200 });
  let served = 0;
  let handedOver = 0;
  const keyOf = (query: string, operationName: string | null | undefined) =>
    `${operationName ?? ''}\n${query}`;

  const plugin: Plugin = {
    onExecute({ args, setExecuteFn }) {
      const handover = handoverOf(args.contextValue);
      if (handover?.result) {
        const { result } = handover;
        setExecuteFn(() => result);
        return;
      }
      if (handover) return;
      // Yoga's context carries the request's GraphQL parameters.
      const params = (args.contextValue as { params?: object }).params;
      const fast = params && fastParams(params as Record<string, unknown>);
      if (!fast) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') return;
      const key = keyOf(fast.query, fast.operationName);
      const known = admitted.get(key);
      // A document Yoga parsed again (its parse cache dropped it) starts a new entry.
      const entry =
        known !== undefined && known.document === args.document
          ? known
          : { document: args.document, operation, costKeys: new Set<string>() };
      if (entry !== known) admitted.set(key, entry);
      if (entry.costKeys.size < MAX_COST_KEYS) {
        entry.costKeys.add(costKey(args.document, fast.variables ?? {}));
      }
    },
  };

  const serve: FastPath['serve'] = (req, res, given, type, startedAt, cacheKey, toYoga) => {
    const params = fastParams(given);
    if (!params) return false;
    const entry = admitted.get(keyOf(params.query, params.operationName));
    if (!entry) return false;
    const form = compiled.compiledFor(entry.document, params.operationName ?? undefined);
    if (!form) return false;
    const variables = params.variables ?? {};
    // Input hygiene's refusals (one walk, as its own check): Yoga answers them.
    const shape = inspectValue(variables);
    if (shape.depth > MAX_NESTING || shape.unpairedSurrogate) return false;
    const key = costKey(entry.document, variables);
    if (!entry.costKeys.has(key)) return false;
    const gate = options.heavyGate && isHeavy(entry.operation, key) ? options.heavyGate : null;

    const authorization = req.headers.authorization ?? null;
    // A Cancel, not an AbortController: every GET of the operation adds and removes a listener
    // on it (src/poweroffice/cancel.ts says what an EventTarget costs per listener).
    const abort = new Cancel();
    res.once('close', () => {
      // An AbortError is what the error mask knows as a client that left.
      if (!res.writableFinished) abort.abort(new DOMException('The client left', 'AbortError'));
    });
    const made = options.context({
      request: {
        signal: abort,
        headers: { get: (name) => (name.toLowerCase() === 'authorization' ? authorization : null) },
      },
    });
    // The facade's context is made at once; one that is not (a custom factory) is Yoga's to wait for.
    if (isThenable(made)) return false;
    const context = made as { tracker: RequestTracker };
    let store: ((result: ExecutionResult) => void) | null | undefined;
    if (operationCache) {
      // Every request with a query text has a key (the caller made it with `keyFor`).
      if (cacheKey === undefined) return false;
      store = operationCache.begin(req, cacheKey, entry.operation, context.tracker);
      // An identical request is executing: Yoga's path waits for its answer.
      if (store === null) return false;
    }
    const finish = (result: ExecutionResult | undefined) => {
      // The run is over: its place goes to the next heavy query (a handed-over run is not gated
      // again in Yoga).
      gate?.leave();
      if (result === undefined || result.errors?.length) {
        operationCache?.abandon(req);
        handedOver += 1;
        return toYoga({ context, startedAt, ...(result ? { result } : {}) });
      }
      store?.(result);
      served += 1;
      const answer = exposeCost ? withUpstreamCost(result, context.tracker) : result;
      const text = JSON.stringify(answer);
      res.writeHead(200, answerHeaders(type, text));
      res.end(text);
      metrics?.recordOperation(
        entry.operation.name?.value,
        'ok',
        (performance.now() - startedAt) / 1000,
      );
    };
    // A failure of our own in `finish` (none is known) must not leave the client waiting.
    const broken = () => res.destroy();
    const start = () => {
      let run: ReturnType<CompiledExecution['run']> | undefined;
      try {
        run = compiled.run(form, context, variables);
      } catch {
        // graphql-jit's own failure, as a rejected run is: the executor answers.
        run = undefined;
      }
      if (isThenable(run))
        Promise.resolve(run)
          .then(finish, () => finish(undefined))
          .catch(broken);
      else {
        try {
          finish(run);
        } catch {
          broken();
        }
      }
    };
    if (gate === null || gate.tryEnter()) start();
    else {
      gate.enter(context.tracker.identity ?? '', abort).then(start, (e: unknown) => {
        operationCache?.abandon(req);
        // The client left while it waited: nobody is left to answer.
        if (abort.aborted) return;
        // It waited its longest (`overloaded`): Yoga writes the refusal, as it would a run's
        // errors, and runs nothing.
        handedOver += 1;
        toYoga({ context, startedAt, result: { errors: [e as GraphQLError] } });
      });
    }
    return true;
  };

  return {
    plugin,
    stats: () => ({ served, handedOver }),
    context:
      <I>(base: (initial: I) => unknown) =>
      (initial: I) =>
        handoverOf(initial)?.context ?? base(initial),
    serve,
  };
}
