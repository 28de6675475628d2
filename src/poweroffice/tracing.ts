import {
  ProxyTracerProvider,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { ClientObserver, UpstreamStatus } from './observer.js';

/**
 * OpenTelemetry tracing through the API package only: the facade never installs an SDK. An
 * operator who wants traces registers one before the server starts (`node --import
 * ./otel-setup.js dist/src/main.js`, see the README); without one, nothing here runs. The
 * operation spans are `src/plugins/tracing.ts`'s.
 *
 * Spans: one per GraphQL operation that reaches Yoga (`query Name`, server kind), and as its
 * children one per upstream HTTP attempt (`PowerOffice GET Customer`, client kind). Attributes
 * carry the operation's type and name, the upstream method, resource (the path's first segment)
 * and status: never a key, a token, variables or a query string.
 */
export const tracer = trace.getTracer('poweroffice-graphql');

/**
 * The provider the API answers with while no SDK is registered: a proxy's delegate before one is
 * set. Compared by identity, not by class name, because the production bundle renames classes.
 */
const NO_PROVIDER = new ProxyTracerProvider().getDelegate();

/**
 * True when a tracer provider was registered (an SDK is set up); checked when the server starts.
 * An SDK set up with its own copy of the API registers that copy's proxy, which is not ours.
 */
export function tracingEnabled(): boolean {
  const provider = trace.getTracerProvider();
  const delegate = provider instanceof ProxyTracerProvider ? provider.getDelegate() : provider;
  return delegate !== NO_PROVIDER;
}

/** The status of one upstream attempt as span attributes and status. */
function describe(span: Span, status: UpstreamStatus): void {
  if (typeof status === 'number') {
    span.setAttribute('http.response.status_code', status);
    if (status >= 400) span.setAttribute('error.type', String(status));
    if (status >= 500 || status === 429) span.setStatus({ code: SpanStatusCode.ERROR });
  } else {
    span.setAttribute('error.type', status);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
}

/**
 * `observer` with a client span for every upstream attempt added (started `durationMs` before
 * the report, under whatever span is active: the operation's, through async context).
 */
export function withUpstreamSpans(observer: ClientObserver): ClientObserver {
  return {
    ...observer,
    upstreamRequest(resource, status, durationMs, method) {
      observer.upstreamRequest?.(resource, status, durationMs, method);
      const end = Date.now();
      const span = tracer.startSpan(`PowerOffice ${method ?? 'HTTP'} ${resource}`, {
        kind: SpanKind.CLIENT,
        startTime: end - durationMs,
        attributes: {
          'poweroffice.resource': resource,
          ...(method ? { 'http.request.method': method } : {}),
        },
      });
      describe(span, status);
      span.end(end);
    },
  };
}
