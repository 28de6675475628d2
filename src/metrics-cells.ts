/**
 * Counters and histograms the request path updates without prom-client: each label set is one
 * plain cell, found once by whoever reports into it and kept, so an increment is a field write
 * and an observation a bucket search. prom-client's registry still reads and formats them at
 * scrape time, as it does its own metrics (`get()` hands it the values in its shape).
 *
 * Why not prom-client's `inc` and `observe`: each call checks its labels, builds a key string
 * from them, looks the key up among the metric's label sets and, for a histogram, finds the
 * bucket by its bound as a property name. A point lookup (s2) made ten such calls, about 3 % of
 * its CPU at 128 connections (bench/analysis.md).
 */

/** One label set of a counter. */
export interface CounterCell {
  value: number;
}

/** One label set of a histogram: observations per bucket (the last is `+Inf`), sum, count. */
export interface HistogramCell {
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

type Labels = Readonly<Record<string, string>>;

/** A value as prom-client's registry reads it (`MetricValueWithName`, untyped there). */
interface Sample {
  readonly labels: Record<string, string | number>;
  readonly value: number;
  readonly metricName?: string;
}

/**
 * What prom-client's registry asks of a metric (registry.js: `name`, `type`, `get`, `reset`).
 * `registerMetric`'s typings name prom-client's own classes only, so registering takes a cast.
 */
export interface Registrable {
  readonly name: string;
  readonly help: string;
  readonly type: 'counter' | 'histogram';
  readonly aggregator: 'sum';
  get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: 'sum';
    values: Sample[];
  }>;
  reset(): void;
}

abstract class CellMetric<C> implements Registrable {
  abstract readonly type: 'counter' | 'histogram';
  readonly aggregator = 'sum' as const;
  /** Every label set reported so far, in the order first seen (as prom-client lists them). */
  protected readonly cells: { readonly labels: Labels; readonly cell: C }[] = [];

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  /** A new cell for `labels`. The caller keeps it: asking twice for one label set is a bug. */
  cell(labels: Labels): C {
    const cell = this.fresh();
    this.cells.push({ labels, cell });
    return cell;
  }

  protected abstract fresh(): C;
  protected abstract samples(labels: Labels, cell: C, out: Sample[]): void;
  abstract reset(): void;

  async get() {
    const values: Sample[] = [];
    for (const { labels, cell } of this.cells) this.samples(labels, cell, values);
    const { name, help, type, aggregator } = this;
    return { name, help, type, aggregator, values };
  }
}

export class CellCounter extends CellMetric<CounterCell> {
  readonly type = 'counter' as const;

  protected fresh(): CounterCell {
    return { value: 0 };
  }

  protected samples(labels: Labels, cell: CounterCell, out: Sample[]): void {
    out.push({ labels: { ...labels }, value: cell.value });
  }

  reset(): void {
    for (const { cell } of this.cells) cell.value = 0;
  }
}

export class CellHistogram extends CellMetric<HistogramCell> {
  readonly type = 'histogram' as const;
  readonly #bounds: readonly number[];

  constructor(name: string, help: string, bounds: readonly number[]) {
    super(name, help);
    this.#bounds = [...bounds].sort((a, b) => a - b);
  }

  /** Counts `value` in `cell`: in the first bucket whose bound (`le`) holds it, sum and count. */
  observe(cell: HistogramCell, value: number): void {
    // prom-client throws on these; a report must never fail the request that makes it.
    if (!Number.isFinite(value)) return;
    const bounds = this.#bounds;
    let i = 0;
    while (i < bounds.length && value > (bounds[i] as number)) i++;
    (cell.counts[i] as number) += 1;
    cell.sum += value;
    cell.count += 1;
  }

  protected fresh(): HistogramCell {
    return { counts: new Float64Array(this.#bounds.length + 1), sum: 0, count: 0 };
  }

  /** The text format's series: cumulative buckets (`le` first, as prom-client writes), sum, count. */
  protected samples(labels: Labels, cell: HistogramCell, out: Sample[]): void {
    const bucket = `${this.name}_bucket`;
    let seen = 0;
    this.#bounds.forEach((le, i) => {
      seen += cell.counts[i] as number;
      out.push({ labels: { le, ...labels }, value: seen, metricName: bucket });
    });
    out.push({ labels: { le: '+Inf', ...labels }, value: cell.count, metricName: bucket });
    out.push({ labels: { ...labels }, value: cell.sum, metricName: `${this.name}_sum` });
    out.push({ labels: { ...labels }, value: cell.count, metricName: `${this.name}_count` });
  }

  reset(): void {
    for (const { cell } of this.cells) {
      cell.counts.fill(0);
      cell.sum = 0;
      cell.count = 0;
    }
  }
}
