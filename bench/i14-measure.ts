/**
 * Issue 14 figures (not a test): what three expensive operations cost upstream, and how long a
 * one-call query from another client waits while the first of them runs. Real server + emulator
 * over loopback, the client's and the emulator's real 50 requests/s, cache off.
 *
 *   npx tsx bench/i14-measure.ts nodes|aliases|fair|relation
 *
 * `nodes`: 3 000 invoice ids; `aliases`: 15 aliased pages of 100 invoices with `lines`; `fair`:
 * 4 such pages (404 calls, under the default budget); `relation`: one relation page on a large
 * client (rows and bytes read, by replaying the recorded requests).
 */
import type { RecordedRequest } from '../src/emulator/index.js';
import { type Harness, startHarness } from '../test/graph-harness.js';

type Row = Record<string, unknown>;
const which = process.argv[2] ?? 'nodes';

/** Bytes and rows of the recorded list/get answers, by replaying them against the emulator. */
async function replay(h: Harness, requests: readonly RecordedRequest[]) {
  const token = h.emulator.issueToken();
  const base = new URL(h.emulator.url);
  let bytes = 0;
  let rows = 0;
  for (const r of requests) {
    const res = await fetch(`${base.origin}${r.path}${r.query ? `?${r.query}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await res.text();
    bytes += Buffer.byteLength(text);
    const body = JSON.parse(text) as { data?: unknown };
    rows += Array.isArray(body.data) ? body.data.length : body.data ? 1 : 0;
  }
  return { bytes, rows };
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: Math.round(performance.now() - t), value };
}

const ONE_CALL = (i: number) =>
  `{ customers(first: 1, where: { code: { gte: ${10000 + i} } }) { nodes { code } } }`;

async function main(): Promise<void> {
  const big = which === 'relation';
  const h = await startHarness({
    emulator: {
      seed: 14,
      anchorDate: '2026-01-01',
      scale: big
        ? { customers: 10, invoicesPerCustomer: 4000, products: 40 }
        : { customers: 100, invoicesPerCustomer: 31, products: 40 },
    },
    env: { POWEROFFICE_CACHE_TTL_MS: '0' },
  });
  try {
    if (which === 'relation') {
      h.emulator.reset();
      const q = '{ customers(first: 5) { nodes { invoices(first: 1) { totalCount } } } }';
      const before = process.memoryUsage().rss;
      const { ms, value } = await timed(() => h.gql(q));
      const rss = process.memoryUsage().rss - before;
      const up = h.upstream();
      const { bytes, rows } = await replay(h, up);
      console.log(
        JSON.stringify({
          which,
          ms,
          calls: up.length,
          rows,
          bytes,
          rssDelta: rss,
          errors: value.errors,
        }),
      );
      return;
    }
    const alone: number[] = [];
    for (let i = 0; i < 3; i++) alone.push((await timed(() => h.gql(ONE_CALL(i)))).ms);
    h.emulator.reset();
    let heavy: string;
    let vars: Row | undefined;
    if (which === 'nodes') {
      const ids = h.emulator
        .rows('OutgoingInvoice')
        .slice(0, 3000)
        .map((r) => Buffer.from(`OutgoingInvoice:${String(r.id)}`).toString('base64'));
      heavy = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on OutgoingInvoice { invoiceNo } } }';
      vars = { ids };
    } else {
      const first = Math.min(
        ...h.emulator.rows('OutgoingInvoice').map((r) => Number(r.invoiceNo ?? Infinity)),
      );
      heavy = `{ ${Array.from(
        { length: which === 'fair' ? 4 : 15 },
        (_, i) =>
          `a${i}: outgoingInvoices(first: 100, where: { invoiceNo: { gte: ${first + i * 100} } }, orderBy: [{ field: INVOICE_NO, direction: ASC }]) { nodes { lines { description } } }`,
      ).join(' ')} }`;
    }
    const running = timed(() => h.gql(heavy, vars));
    await new Promise((r) => setTimeout(r, 2000));
    const during: number[] = [];
    for (let i = 0; i < 5; i++) during.push((await timed(() => h.gql(ONE_CALL(10 + i)))).ms);
    const done = await running;
    const errors = done.value.errors?.map((e) => ({ message: e.message, ...e.extensions }));
    console.log(
      JSON.stringify({
        which,
        heavyMs: done.ms,
        calls: h.upstream().filter((r) => r.resource === 'OutgoingInvoice').length,
        errors: errors?.slice(0, 2),
        otherAloneMs: alone,
        otherDuringMs: during,
      }),
    );
  } finally {
    await h.close();
  }
}

await main();
