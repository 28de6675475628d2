import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

/** What one GraphQL operation cost upstream; the PowerOffice client counts into it. */
export interface UpstreamCost {
  readonly requests: number;
  readonly cacheHits: number;
}

/** The part of the request context this plugin reads. */
export interface CostTrackingContext {
  tracker?: UpstreamCost;
}

export interface PowerOfficeCostOptions {
  /** Off: responses are left untouched (the default outside the sandbox). */
  enabled: boolean;
}

/** `result` with `extensions.poweroffice`: what the tracker's operation cost upstream so far. */
export function withUpstreamCost<R extends { extensions?: Record<string, unknown> }>(
  result: R,
  tracker: UpstreamCost,
): R {
  return {
    ...result,
    extensions: {
      ...result.extensions,
      poweroffice: { requests: tracker.requests, cacheHits: tracker.cacheHits },
    },
  };
}

/**
 * Adds `extensions.poweroffice = { requests, cacheHits }` to each execution result: the upstream
 * calls this operation made and the cross-request cache hits it got, read from the per-request
 * tracker when execution ends (for incremental delivery, on every payload, running totals).
 */
export function usePowerOfficeCost(options: PowerOfficeCostOptions): Plugin<CostTrackingContext> {
  if (!options.enabled) return {};
  return {
    onExecute({ args }) {
      const context = args.contextValue as CostTrackingContext;
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (context.tracker) setResult(withUpstreamCost(result, context.tracker));
          });
        },
      };
    },
  };
}
