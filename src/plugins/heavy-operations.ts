import {
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CancelSignal } from '../poweroffice/cancel.js';
import { SlotGate, type SlotWaiter } from '../poweroffice/slot-gate.js';
import { FairQueue, type FairWaiter } from '../poweroffice/wait-queue.js';
import { handoverOf } from './fast-path.js';
import { costKey, estimatedUpstreamCalls } from './limits.js';

/**
 * How many PowerOffice calls validation must estimate for a query to count as heavy (issue 15).
 * Below it a query's calls come in a few rounds; from it on (a page of parents with a detail GET
 * each, bench s1's 65 calls estimated at 130) it holds what it has read across many rounds.
 */
export const HEAVY_OPERATION_CALLS = 16;

/**
 * Whether validation estimated `operation`, with the page sizes `key` (`costKey`), as heavy. An
 * operation never validated with them is not.
 */
export function isHeavy(operation: OperationDefinitionNode, key: string): boolean {
  return (estimatedUpstreamCalls(operation, key) ?? 0) >= HEAVY_OPERATION_CALLS;
}

/** The `extensions.code` of a heavy query that waited its longest without a place. */
export const OVERLOADED = 'OVERLOADED';

/** Heavy queries that run at once when the configuration does not say (`maxHeavyOperations`). */
export const DEFAULT_MAX_HEAVY_OPERATIONS = 64;

/** How long a heavy query waits for a place when the configuration does not say. */
export const DEFAULT_HEAVY_OPERATION_MAX_WAIT_MS = 30_000;

/** A heavy query that waited `maxWaitMs` without a place: it never started, nothing was called. */
export function overloaded(limit: number, maxWaitMs: number): GraphQLError {
  return new GraphQLError(
    `The server is running ${limit} heavy queries (${HEAVY_OPERATION_CALLS} or more PowerOffice ` +
      'calls each) and this ' +
      `one waited ${maxWaitMs} ms without starting. Nothing was sent to PowerOffice; try again ` +
      'later, or ask for fewer rows or fewer detail fields.',
    { extensions: { code: OVERLOADED, limit, waitedMs: maxWaitMs } },
  );
}

/**
 * At most `limit` heavy queries run at once; the others wait before they start, shared fairly
 * between client identities and oldest first within one (`FairQueue`, as the rate limiter's).
 *
 * Why: the young-generation GC copies what every operation in flight holds, so the CPU each one
 * costs grows with how many run at once. bench s1 at 128 connections cost 13.9 ms of CPU per
 * operation with all 128 running and 12.2 with 64, while completing more of them and with a lower
 * p99 (bench/analysis.md, 2026-12-06). A heavy query waiting here holds its request only. Light
 * queries never wait here: a cap on them would bound their throughput (64 two-call queries of
 * 0.1 s run at most 640 a second), and they hold little for long.
 */
export class HeavyOperationGate {
  readonly #slots: SlotGate<FairWaiter>;
  #seq = 0;

  constructor(
    limit: number,
    /** How long a query waits for a place before it is refused (`overloaded`). */
    readonly maxWaitMs = DEFAULT_HEAVY_OPERATION_MAX_WAIT_MS,
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new Error(`HeavyOperationGate: limit must be a positive integer, not ${limit}`);
    }
    this.#slots = new SlotGate(limit, new FairQueue<SlotWaiter<FairWaiter>>());
  }

  /** Heavy queries that may run at once. */
  get limit(): number {
    return this.#slots.size;
  }

  /** Heavy queries running now. */
  get running(): number {
    return this.#slots.held;
  }

  /** Heavy queries waiting to start. */
  get waiting(): number {
    return this.#slots.waiting;
  }

  /** Heavy queries that had to wait, since the start. */
  get waited(): number {
    return this.#slots.waited;
  }

  /** Takes a place if one is free and nobody waits, without a promise; false otherwise. */
  tryEnter(): boolean {
    return this.#slots.tryTake();
  }

  /**
   * Waits for a place for a query of client `identity`. Rejects with the signal's reason if it
   * aborts first (the client left), or with `overloaded` after `maxWaitMs`; either way the query
   * leaves the queue and never holds a place.
   */
  enter(identity: string, signal?: CancelSignal): Promise<void> {
    // Each query is its own operation in the queue: the first of its identity's lane waits least.
    return this.#slots.take({ share: { operation: {}, identity }, seq: this.#seq++ }, signal, {
      ms: this.maxWaitMs,
      error: () => overloaded(this.limit, this.maxWaitMs),
    });
  }

  /** Gives back a place taken by `tryEnter` or `enter`: the next waiter, if any, gets it. */
  leave(): void {
    this.#slots.release();
  }
}

/** The parts of the GraphQL context the gate reads: the client identity and the request's signal. */
interface GateContext {
  readonly tracker?: { readonly identity?: string };
  readonly request?: { readonly signal?: CancelSignal };
}

/**
 * Runs Yoga's heavy queries through `gate`. Register it after compiled execution, so the execute
 * function it wraps is the one that runs. A request the fast path ran and handed over went
 * through the gate there (`createFastPath`), and is not gated again.
 */
export function useHeavyOperationGate(gate: HeavyOperationGate): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (handoverOf(args.contextValue)) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') return;
      if (!isHeavy(operation, costKey(args.document, args.variableValues ?? {}))) return;
      const context = args.contextValue as GateContext;
      const identity = context.tracker?.identity ?? '';
      const signal = context.request?.signal;
      setExecuteFn(async (a) => {
        if (!gate.tryEnter()) {
          try {
            await gate.enter(identity, signal);
          } catch (e) {
            // Waited too long: answered as a GraphQL error. A client that left gets its reason.
            if (e instanceof GraphQLError) return { errors: [e] } satisfies ExecutionResult;
            throw e;
          }
        }
        try {
          return await executeFn(a);
        } finally {
          gate.leave();
        }
      });
    },
  };
}
