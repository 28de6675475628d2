import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import { mapMaybePromise, type Plugin } from 'graphql-yoga';
import { tracer } from '../poweroffice/tracing.js';

/**
 * A span around each GraphQL operation that reaches Yoga (answers the operation cache sends
 * before Yoga have none), made the active span while it runs so upstream spans nest under it.
 */
export function useTracing(): Plugin {
  return {
    instrumentation: {
      operation(_payload, wrapped) {
        const span = tracer.startSpan('graphql.operation', { kind: SpanKind.SERVER });
        const failed = (e: unknown): never => {
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          throw e;
        };
        try {
          return mapMaybePromise(
            context.with(trace.setSpan(context.active(), span), wrapped),
            () => span.end(),
            failed,
          );
        } catch (e) {
          return failed(e);
        }
      },
    },
    onExecute({ args }) {
      // Execution runs inside the operation's context: its span is the active one.
      const span = trace.getActiveSpan();
      if (!span) return;
      const op = getOperationAST(args.document, args.operationName ?? undefined);
      const type = op?.operation ?? 'query';
      const name = op?.name?.value;
      span.updateName(name ? `${type} ${name}` : type);
      span.setAttribute('graphql.operation.type', type);
      if (name) span.setAttribute('graphql.operation.name', name);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          const errors = result.errors ?? [];
          if (errors.length > 0) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.setAttribute('graphql.error.count', errors.length);
          }
        },
      };
    },
  };
}
