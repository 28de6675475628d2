import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../src/emulator/index.js';
import { type Harness, useHarness } from './graph-harness.js';

// FACADE_MAX_HEAVY_OPERATIONS (src/plugins/heavy-operations.ts): with a bound of one, a second
// heavy query starts upstream only once the first has finished, on Yoga's path and on the fast
// path; a light query never waits for it; a heavy query whose client leaves while it waits
// costs nothing upstream and gives its place back. Seen in the emulator's request log.

const SEED = { scale: { customers: 10, invoicesPerCustomer: 3, products: 8 }, seed: 5 } as const;

// 15 of the 30 invoices each, newest first and oldest first: no invoice in both. Estimated at
// 1 list + 15 invoice GETs, heavy (HEAVY_OPERATION_CALLS = 16).
const heavy = (direction: 'ASC' | 'DESC') => `query Heavy${direction} {
  outgoingInvoices(first: 15, orderBy: [{ field: ORDER_DATE, direction: ${direction} }]) {
    nodes { id invoiceNo lines { description } }
  }
}`;
const LIGHT = 'query Light { customers(first: 2) { nodes { code name } } }';

/** A stack for the enclosing scope: GET and operation caches off, the gate as `server` says. */
const stack = (server: { maxHeavyOperations: number; heavyOperationMaxWaitMs?: number }) =>
  useHarness({
    emulator: SEED,
    env: { POWEROFFICE_CACHE_TTL_MS: '0' },
    server: { ...server, responseCache: false },
  });

const h = stack({ maxHeavyOperations: 1 });

interface Sent {
  readonly done: Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }>;
  readonly abort: () => void;
}

function send(query: string, to: Harness = h): Sent {
  const controller = new AbortController();
  const done = fetch(to.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  }).then(async (res) => ({ status: res.status, body: await res.json() }));
  // An aborted request's rejection is expected; a test that awaits it sees it.
  done.catch(() => {});
  return { done, abort: () => controller.abort() };
}

const gate = (of: Harness = h) => {
  const stats = of.server.heavyOperations;
  if (!stats) throw new Error('the heavy-operation gate is off');
  return stats;
};

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Resets `of`'s log, sets its upstream latency to `latencyMs`, sends the newest-first heavy query
 * and waits until it holds the gate's one place.
 */
async function runFirstHeavy(of: Harness, latencyMs: number): Promise<Sent> {
  of.emulator.reset();
  of.emulator.configure({ latency: { fixedMs: latencyMs, jitterMs: 0 } });
  const first = send(heavy('DESC'), of);
  await until(() => gate(of).running === 1, 'the first heavy query to run');
  return first;
}

/** The invoice GETs of the log, by invoice path, and the index of each in the log. */
function detailIndexes(log: readonly RecordedRequest[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  log.forEach((r, i) => {
    if (r.kind !== 'get' || !/\/OutgoingInvoices?\//i.test(r.path)) return;
    out.set(r.path, [...(out.get(r.path) ?? []), i]);
  });
  return out;
}

/** Index of each list request for invoices in the log, with its decoded `$orderby`. */
function invoiceLists(log: readonly RecordedRequest[]): { index: number; orderBy: string }[] {
  return log.flatMap((r, i) =>
    r.kind === 'list' && /OutgoingInvoice/i.test(r.path)
      ? [{ index: i, orderBy: new URLSearchParams(r.query).get('$orderby') ?? '' }]
      : [],
  );
}

/**
 * Sends the newest-first heavy query, waits until it runs, then the oldest-first one and a light
 * one; checks the second heavy query waited and the light one did not, and that in the log every
 * request of the second comes after every invoice GET of the first.
 */
async function oneAtATime(): Promise<void> {
  const waitedBefore = gate().waited;
  const first = await runFirstHeavy(h, 100);
  const second = send(heavy('ASC'));
  await until(() => gate().waiting === 1, 'the second heavy query to wait');
  const light = await send(LIGHT).done;
  expect(light.status).toBe(200);
  expect(light.body.errors).toBeUndefined();
  // The light query was answered while the second heavy one still waited.
  expect(gate().waiting).toBe(1);
  const [a, b] = await Promise.all([first.done, second.done]);
  for (const r of [a, b]) {
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  }
  expect(gate()).toMatchObject({ running: 0, waiting: 0, waited: waitedBefore + 1 });

  const log = h.upstream();
  const lists = invoiceLists(log);
  expect(lists).toHaveLength(2);
  const [listA, listB] = lists as [{ index: number; orderBy: string }, { index: number }];
  expect(listA.orderBy).toMatch(/desc/i);
  const details = detailIndexes(log);
  expect(details.size).toBe(30);
  // Each invoice GET belongs to the list it follows; A's all come before B's list request.
  const ofA = [...details.values()].flat().filter((i) => i < listB.index);
  const ofB = [...details.values()].flat().filter((i) => i > listB.index);
  expect(ofA).toHaveLength(15);
  expect(ofB).toHaveLength(15);
  expect(Math.max(...ofA)).toBeLessThan(listB.index);
  expect(listA.index).toBeLessThan(Math.min(...ofA));
}

describe('heavy queries, at most one at a time', () => {
  it('on Yoga’s path: the second starts upstream after the first, a light one does not wait', async () => {
    const before = h.server.fastPath?.stats().served ?? 0;
    await oneAtATime();
    // First runs of these documents: Yoga ran them (it compiles from the second run).
    expect(h.server.fastPath?.stats().served ?? 0).toBe(before);
  });

  it('on the fast path, the same', async () => {
    // Second and third runs: compiled, then admitted to the fast path.
    for (let i = 0; i < 2; i++) {
      for (const q of [heavy('DESC'), heavy('ASC'), LIGHT]) {
        expect((await send(q).done).status).toBe(200);
      }
    }
    const before = h.server.fastPath?.stats().served ?? 0;
    await oneAtATime();
    expect((h.server.fastPath?.stats().served ?? 0) - before).toBe(3);
  });

  it('on Yoga’s path, a page size from a variable’s default counts as the estimate did', async () => {
    // Validation estimated it from the request's variables, where `$n` is absent and its
    // default applies. The gate looks the estimate up by the variables execution is given,
    // which must be those same request variables (not their coerced values, `n: 15`).
    const defaulted = `query HeavyDefaulted($n: Int = 15) {
      outgoingInvoices(first: $n, orderBy: [{ field: ORDER_DATE, direction: ASC }]) {
        nodes { id invoiceNo lines { description } }
      }
    }`;
    const first = await runFirstHeavy(h, 100);
    const second = send(defaulted);
    await until(() => gate().waiting === 1, 'the defaulted heavy query to wait');
    for (const r of await Promise.all([first.done, second.done])) {
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    }
  });

  it.each([
    ['the fast path', heavy('ASC')],
    // A document not seen before: Yoga runs it.
    ["Yoga's path", heavy('ASC').replace('HeavyASC', 'HeavyLeaving')],
  ])(
    'a heavy query whose client leaves while it waits costs nothing upstream, and frees its place (%s)',
    async (_path, leaving) => {
      const first = await runFirstHeavy(h, 100);
      const left = send(leaving);
      await until(() => gate().waiting === 1, 'the second heavy query to wait');
      left.abort();
      await expect(left.done).rejects.toThrow();
      await until(() => gate().waiting === 0, 'the one that left to leave the queue');
      expect((await first.done).status).toBe(200);
      expect(gate()).toMatchObject({ running: 0, waiting: 0 });
      // Only the first query's requests: one list and its 15 invoices.
      const lists = invoiceLists(h.upstream());
      expect(lists).toHaveLength(1);
      expect(lists[0]?.orderBy).toMatch(/desc/i);
      expect(detailIndexes(h.upstream()).size).toBe(15);
      // The place is free: the next heavy query runs at once.
      const next = await send(heavy('ASC')).done;
      expect(next.status).toBe(200);
      expect(next.body.errors).toBeUndefined();
    },
  );
});

describe('a heavy query that waits its longest', () => {
  const o = stack({ maxHeavyOperations: 1, heavyOperationMaxWaitMs: 80 });
  beforeAll(async () => {
    // Twice each: compiled, then admitted to the fast path.
    for (let i = 0; i < 2; i++) {
      for (const q of [heavy('DESC'), heavy('ASC')])
        expect((await send(q, o).done).status).toBe(200);
    }
  });

  it.each([
    ['the fast path', heavy('ASC')],
    ["Yoga's path", heavy('ASC').replace('HeavyASC', 'HeavyRefused')],
  ])(
    'is refused with OVERLOADED, having called nothing upstream (%s)',
    async (path, refusedQuery) => {
      const handedBefore = o.server.fastPath?.stats().handedOver ?? 0;
      // The running query takes four rounds of 120 ms or more: far longer than the 80 ms wait.
      const first = await runFirstHeavy(o, 120);
      const refused = await send(refusedQuery, o).done;
      expect(refused.status).toBe(200);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Nothing was sent to PowerOffice/),
        extensions: { code: 'OVERLOADED', limit: 1, waitedMs: 80 },
      });
      expect(gate(o).waiting).toBe(0);
      expect(gate(o).running).toBe(1);
      const answer = await first.done;
      expect(answer.body.errors).toBeUndefined();
      // Only the running query's requests reached the emulator.
      const lists = invoiceLists(o.upstream());
      expect(lists).toHaveLength(1);
      expect(lists[0]?.orderBy).toMatch(/desc/i);
      // On the fast path the refusal is handed to Yoga to write, as a run's errors are.
      const handed = (o.server.fastPath?.stats().handedOver ?? 0) - handedBefore;
      expect(handed).toBe(path === 'the fast path' ? 1 : 0);
    },
  );
});

describe('without a bound', () => {
  const free = stack({ maxHeavyOperations: 0 });

  it('FACADE_MAX_HEAVY_OPERATIONS=0: heavy queries run together', async () => {
    expect(free.server.heavyOperations).toBeNull();
    free.emulator.configure({ latency: { fixedMs: 40, jitterMs: 0 } });
    const answers = await Promise.all([
      send(heavy('DESC'), free).done,
      send(heavy('ASC'), free).done,
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    // Both lists were asked for before any invoice GET answered.
    const log = free.upstream();
    const lists = invoiceLists(log);
    expect(lists).toHaveLength(2);
    const firstDetail = Math.min(...[...detailIndexes(log).values()].flat());
    expect(Math.max(...lists.map((l) => l.index))).toBeLessThan(firstDetail);
  });
});
