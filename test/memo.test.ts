import { describe, expect, it } from 'vitest';
import { oncePer } from '../src/memo.js';

describe('oncePer', () => {
  it('computes once per object and keeps each object its own value', () => {
    let calls = 0;
    const sizeOf = oncePer((o: { items: number[] }) => {
      calls += 1;
      return { size: o.items.length };
    });
    const a = { items: [1, 2] };
    const b = { items: [1] };
    expect(sizeOf(a)).toEqual({ size: 2 });
    expect(sizeOf(a)).toBe(sizeOf(a));
    expect(sizeOf(b)).toEqual({ size: 1 });
    expect(calls).toBe(2);
  });
});
