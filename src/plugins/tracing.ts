import { context, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { tracer } from '../poweroffice/tracing.js';

/**
 * A span around each GraphQL operation that reaches Yoga (answers the operation cache sends
 * before Yoga have none), made the active span while it runs so upstream spans nest under it.
 */
export function useTracing(): Plugin {
  const spans = new WeakMap<object, Span>();
  return {
    instrumentation: {
      operation({ request }, wrapped) {
        const span = tracer.startSpan('graphql.operation', { kind: SpanKind.SERVER });
        spans.set(request, span);
        const done = (error?: unknown) => {
          if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        };
        try {
          const out = context.with(trace.setSpan(context.active(), span), wrapped);
          if (out instanceof Promise) {
            return out.then(
              () => done(),
              (e: unknown) => {
                done(e ?? 'rejected');
                throw e;
              },
            );
          }
          done();
          return out;
        } catch (e) {
          done(e ?? 'thrown');
          throw e;
        }
      },
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const span = request ? spans.get(request) : undefined;
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
