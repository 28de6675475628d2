import { describe, expect, it } from 'vitest';
import { SocketGate } from '../src/poweroffice/socket-gate.js';

/** Releases one slot per waiter in `turns`, waiting for each to be served before the next. */
async function serveInTurn(gate: SocketGate, turns: readonly Promise<unknown>[]): Promise<void> {
  for (const waiter of turns) {
    gate.release();
    await waiter;
  }
}

describe('SocketGate', () => {
  it('serves the oldest operation first once its slots are busy, then arrival order', async () => {
    const gate = new SocketGate(1);
    const old = {};
    const young = {};
    await gate.acquire(old); // `old` is ranked first and holds the only slot
    const order: string[] = [];
    const y1 = gate.acquire(young).then(() => order.push('young-1'));
    const o2 = gate.acquire(old).then(() => order.push('old-2'));
    const y2 = gate.acquire(young).then(() => order.push('young-2'));
    await serveInTurn(gate, [o2, y1, y2]);
    gate.release();
    expect(order).toEqual(['old-2', 'young-1', 'young-2']);
  });

  it('tryAcquire takes a free slot at once, and none while one is busy or someone waits', async () => {
    const gate = new SocketGate(2);
    expect(gate.tryAcquire({})).toBe(true);
    expect(gate.tryAcquire({})).toBe(true);
    expect(gate.tryAcquire({})).toBe(false); // both busy: nothing taken
    const order: string[] = [];
    const waiting = gate.acquire({}).then(() => order.push('waiter'));
    gate.release(); // the slot goes to the waiter, not to the next tryAcquire
    expect(gate.tryAcquire({})).toBe(false);
    await waiting;
    expect(order).toEqual(['waiter']);
    gate.release();
    expect(gate.tryAcquire({})).toBe(true);
  });

  it('ranks an operation by its first slot, whether tried or awaited', async () => {
    const gate = new SocketGate(1);
    const old = {};
    const young = {};
    expect(gate.tryAcquire(young)).toBe(true);
    gate.release();
    expect(gate.tryAcquire(old)).toBe(true); // `old` is ranked second, after `young`
    const order: string[] = [];
    const o = gate.acquire(old).then(() => order.push('old'));
    const y = gate.acquire(young).then(() => order.push('young'));
    await serveInTurn(gate, [y, o]);
    expect(order).toEqual(['young', 'old']);
  });

  it('a waiter that aborts leaves the queue and gives up no slot', async () => {
    const gate = new SocketGate(1);
    await gate.acquire(undefined);
    const controller = new AbortController();
    const waiting = gate.acquire({}, controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    gate.release();
    await gate.acquire({}); // the slot came back
  });
});
