import { describe, expect, it } from 'vitest';
import { Cancel } from '../src/poweroffice/cancel.js';

// `Cancel` stands in for an AbortController on every shared GET (src/poweroffice/cancel.ts): the
// client's waits treat it as the AbortSignal they were written for, so it must behave as one.

describe('Cancel', () => {
  it('runs its listeners once, in order, with the first reason', () => {
    const c = new Cancel();
    const seen: string[] = [];
    c.addEventListener('abort', () => seen.push(`a:${String(c.reason)}`));
    c.addEventListener('abort', () => seen.push(`b:${String(c.reason)}`), { once: true });
    expect(c.aborted).toBe(false);
    expect(() => c.throwIfAborted()).not.toThrow();
    c.abort('first');
    c.abort('second');
    expect(seen).toEqual(['a:first', 'b:first']);
    expect(c.aborted).toBe(true);
    expect(c.reason).toBe('first');
    expect(() => c.throwIfAborted()).toThrow('first');
  });

  it('does not run a removed listener, nor one added after it fired', () => {
    const c = new Cancel();
    let calls = 0;
    const removed = () => {
      calls += 100;
    };
    c.addEventListener('abort', removed);
    c.addEventListener('abort', () => {
      calls += 1;
    });
    c.removeEventListener('abort', removed);
    c.removeEventListener('abort', () => undefined); // not added: nothing happens
    c.abort(new Error('gone'));
    c.addEventListener('abort', () => {
      calls += 10;
    });
    expect(calls).toBe(1);
  });

  it('keeps a lone listener until it is removed, and the rest when one of several is', () => {
    const seen: string[] = [];
    const a = () => seen.push('a');
    const b = () => seen.push('b');
    // One listener, removed: nothing runs; a stranger's removal leaves a lone one in place.
    const lone = new Cancel();
    lone.addEventListener('abort', a);
    lone.removeEventListener('abort', b);
    lone.removeEventListener('abort', a);
    lone.abort('x');
    expect(seen).toEqual([]);
    // One, then a second, then the first removed: the second runs, once.
    const two = new Cancel();
    two.addEventListener('abort', a);
    two.addEventListener('abort', b);
    two.removeEventListener('abort', a);
    two.abort('y');
    expect(seen).toEqual(['b']);
    // Added twice runs twice; removed once, once.
    const twice = new Cancel();
    twice.addEventListener('abort', a);
    twice.addEventListener('abort', a);
    twice.removeEventListener('abort', a);
    twice.abort('z');
    expect(seen).toEqual(['b', 'a']);
    // A lone listener that runs is gone: a second abort runs nothing.
    const once = new Cancel();
    once.addEventListener('abort', b);
    once.abort('w');
    once.abort('v');
    expect(seen).toEqual(['b', 'a', 'b']);
  });

  it('goes on to the next listener when one throws, and reports the throw as uncaught', async () => {
    const c = new Cancel();
    let later = false;
    c.addEventListener('abort', () => {
      throw new Error('listener failed');
    });
    c.addEventListener('abort', () => {
      later = true;
    });
    const uncaught = new Promise<unknown>((resolve) => {
      const listeners = process.listeners('uncaughtException');
      process.removeAllListeners('uncaughtException');
      process.once('uncaughtException', (e) => {
        for (const l of listeners) process.on('uncaughtException', l);
        resolve(e);
      });
    });
    c.abort('why');
    expect(later).toBe(true);
    expect(((await uncaught) as Error).message).toBe('listener failed');
  });

  it('follows an AbortSignal through one listener: aborted with its reason, at once if it was', () => {
    const controller = new AbortController();
    const following = Cancel.following(controller.signal);
    const seen: unknown[] = [];
    following.addEventListener('abort', () => seen.push(following.reason));
    expect(following.aborted).toBe(false);
    controller.abort('client left');
    expect(seen).toEqual(['client left']);
    expect(following.aborted).toBe(true);

    const late = Cancel.following(AbortSignal.abort('already gone'));
    expect(late.aborted).toBe(true);
    expect(late.reason).toBe('already gone');

    // A Cancel is followed as itself: no second object between the GETs and the operation.
    const own = new Cancel();
    expect(Cancel.following(own)).toBe(own);
  });
});
