import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './graph-harness.js';

// OpenTelemetry tracing (src/plugins/tracing.ts, src/poweroffice/tracing.ts) with a real SDK
// registered the way an operator's `--import` setup would, before the server starts: the real
// server over loopback against the emulator, spans read from an in-memory exporter.

const exporter = new InMemorySpanExporter();

const POINT = /* GraphQL */ `
  query Point($code: Long!) {
    customer(code: $code) { name invoices(first: 3) { nodes { invoiceNo } } }
  }
`;

describe('tracing', () => {
  let h: Harness;
  let provider: BasicTracerProvider;
  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    await provider?.shutdown();
    trace.disable();
    context.disable();
  });
  beforeEach(() => {
    exporter.reset();
    h.client.clearCache();
    h.emulator.reset();
  });

  const spans = () => exporter.getFinishedSpans();
  const childrenOf = (parent: ReadableSpan) =>
    spans().filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

  it('one server span per operation, one client span per upstream call under it', async () => {
    const code = h.emulator.rows('Customer')[3]?.code as number;
    const res = await h.gql(POINT, { code });
    expect(res.errors).toBeUndefined();
    const upstream = h.upstream();
    expect(upstream).toHaveLength(2);

    const servers = spans().filter((s) => s.kind === SpanKind.SERVER);
    expect(servers).toHaveLength(1);
    const op = servers[0] as ReadableSpan;
    expect(op.name).toBe('query Point');
    expect(op.attributes['graphql.operation.type']).toBe('query');
    expect(op.attributes['graphql.operation.name']).toBe('Point');
    expect(op.status.code).not.toBe(SpanStatusCode.ERROR);

    const calls = childrenOf(op);
    expect(calls.map((s) => s.kind)).toEqual([SpanKind.CLIENT, SpanKind.CLIENT]);
    expect(calls.map((s) => s.name).sort()).toEqual(
      upstream.map((r) => `PowerOffice GET ${r.resource}`).sort(),
    );
    for (const s of calls) {
      expect(s.attributes['http.request.method']).toBe('GET');
      expect(s.attributes['http.response.status_code']).toBe(200);
      // Each call lies inside the operation's span.
      const start = (t: readonly [number, number]) => t[0] * 1e3 + t[1] / 1e6;
      expect(start(s.startTime)).toBeGreaterThanOrEqual(start(op.startTime) - 1);
      expect(start(s.endTime)).toBeLessThanOrEqual(start(op.endTime) + 1);
    }
  });

  it('marks failed upstream calls and the operation with errors; no secret in any span', async () => {
    const code = h.emulator.rows('Customer')[4]?.code as number;
    h.emulator.configure({ faults: { rate: 1, kinds: ['500'], hangMs: 0, methods: ['GET'] } });
    let res: Awaited<ReturnType<Harness['gql']>>;
    try {
      res = await h.gql(POINT, { code });
    } finally {
      h.emulator.configure({ faults: { rate: 0, kinds: ['500'], hangMs: 0 } });
    }
    expect(res.errors?.length).toBeGreaterThan(0);
    const op = spans().find((s) => s.kind === SpanKind.SERVER) as ReadableSpan;
    expect(op.status.code).toBe(SpanStatusCode.ERROR);
    expect(op.attributes['graphql.error.count']).toBe(res.errors?.length);
    const calls = childrenOf(op);
    // Every attempt (the client retries 5xx on GETs) is a span of its own.
    expect(calls).toHaveLength(h.upstream().length);
    for (const s of calls) {
      expect(s.status.code).toBe(SpanStatusCode.ERROR);
      expect(s.attributes['http.response.status_code']).toBe(500);
    }

    const everything = JSON.stringify(
      spans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })),
    );
    const keys = h.emulator.keys;
    for (const secret of [keys.applicationKey, keys.clientKey, 'Bearer', String(code)]) {
      expect(everything).not.toContain(secret);
    }
  });
});
