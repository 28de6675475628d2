import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { CellCounter, CellHistogram, type Registrable } from '../src/metrics-cells.js';

// The request path's counters and histograms (src/metrics-cells.ts) against prom-client's own
// as the oracle: the same observations must scrape to the same text, through a real registry.

const BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** A value sequence with every bucket's edge, values between edges and past the last bound. */
function values(): number[] {
  const out: number[] = [0, ...BOUNDS, 2, 30, 1e9];
  let x = 7;
  for (let i = 0; i < 200; i++) {
    x = (x * 48271) % 2147483647;
    out.push((x / 2147483647) * 1.2);
  }
  return out;
}

function twoRegistries() {
  const theirs = new Registry();
  const ours = new Registry();
  const add = (m: Registrable) => ours.registerMetric(m as unknown as Counter);
  return { theirs, ours, add };
}

describe('cell metrics scrape as prom-client would', () => {
  it('histograms: buckets (edges inclusive), sum and count per label set, in first-seen order', async () => {
    const { theirs, ours, add } = twoRegistries();
    const help = 'Latency by route.';
    const reference = new Histogram({
      name: 'x_seconds',
      help,
      labelNames: ['route', 'code'] as const,
      buckets: BOUNDS,
      registers: [theirs],
    });
    const cells = new CellHistogram('x_seconds', help, BOUNDS);
    add(cells);
    const labelSets = [
      { route: 'b', code: '200' },
      { route: 'a', code: '200' },
      { route: 'a', code: 'timeout' },
    ];
    const mine = labelSets.map((labels) => cells.cell(labels));
    values().forEach((v, i) => {
      const k = i % labelSets.length;
      reference.observe(labelSets[k] as (typeof labelSets)[number], v);
      cells.observe(mine[k] as (typeof mine)[number], v);
    });
    const text = await ours.metrics();
    expect(text).toBe(await theirs.metrics());
    expect(text).toContain('x_seconds_bucket{le="0.005",route="b",code="200"}');
    expect(text).toContain('x_seconds_bucket{le="+Inf",route="a",code="timeout"}');
  });

  it('an unlabelled histogram is listed at zero before its first observation', async () => {
    const { theirs, ours, add } = twoRegistries();
    new Histogram({ name: 'w_seconds', help: 'Waits.', buckets: BOUNDS, registers: [theirs] });
    const cells = new CellHistogram('w_seconds', 'Waits.', BOUNDS);
    add(cells);
    cells.cell({});
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toContain('w_seconds_count 0');
  });

  it('counters: one line per label set; reset zeroes them and keeps them listed', async () => {
    const { theirs, ours, add } = twoRegistries();
    const reference = new Counter({
      name: 'calls_total',
      help: 'Calls.',
      labelNames: ['resource'] as const,
      registers: [theirs],
    });
    const cells = new CellCounter('calls_total', 'Calls.');
    add(cells);
    const customer = cells.cell({ resource: 'Customer' });
    const invoice = cells.cell({ resource: 'OutgoingInvoice' });
    for (let i = 0; i < 5; i++) {
      reference.inc({ resource: 'Customer' });
      customer.value += 1;
    }
    reference.inc({ resource: 'OutgoingInvoice' });
    invoice.value += 1;
    expect(await ours.metrics()).toBe(await theirs.metrics());
    theirs.resetMetrics();
    ours.resetMetrics();
    reference.inc({ resource: 'Customer' }, 0);
    reference.inc({ resource: 'OutgoingInvoice' }, 0);
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toContain('calls_total{resource="Customer"} 0');
  });

  it('a value that is not a finite number is not counted (prom-client would throw)', async () => {
    const cells = new CellHistogram('y_seconds', 'Y.', BOUNDS);
    const cell = cells.cell({});
    cells.observe(cell, Number.NaN);
    cells.observe(cell, Number.POSITIVE_INFINITY);
    cells.observe(cell, 0.2);
    expect(cell.count).toBe(1);
    expect(cell.sum).toBe(0.2);
    const { values: samples } = await cells.get();
    expect(samples.find((s) => s.metricName === 'y_seconds_count')?.value).toBe(1);
  });

  it('reads the same through getMetricsAsJSON', async () => {
    const { theirs, ours, add } = twoRegistries();
    const reference = new Histogram({
      name: 'z_seconds',
      help: 'Z.',
      labelNames: ['op'] as const,
      buckets: BOUNDS,
      registers: [theirs],
    });
    const cells = new CellHistogram('z_seconds', 'Z.', BOUNDS);
    add(cells);
    const cell = cells.cell({ op: 'Point' });
    for (const v of [0.003, 0.05, 0.7]) {
      reference.observe({ op: 'Point' }, v);
      cells.observe(cell, v);
    }
    const [a] = await theirs.getMetricsAsJSON();
    const [b] = await ours.getMetricsAsJSON();
    const byName = (m: typeof a) => (m?.values ?? []).map((v) => ({ ...v.labels, value: v.value }));
    expect(byName(b)).toEqual(byName(a));
  });
});
