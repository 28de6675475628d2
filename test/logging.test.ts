import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging.js';

// The server's logger (src/logging.ts): JSON lines, errors typed by their own name (the
// production bundle minifies class names), keys and tokens redacted.

interface Logged {
  err?: { type: string; message: string; stack: string } | string;
}

/** The `err` of a line that must have an error object. */
function errOf(line: Logged | undefined) {
  const err = line?.err;
  if (typeof err !== 'object') throw new Error(`no error object in ${JSON.stringify(line)}`);
  return err;
}

function capture() {
  const lines: Logged[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('createLogger', () => {
  it("types an error by its name, not by its class's (renamed) name", () => {
    // What the minified bundle makes of `class PowerOfficeError extends Error`.
    const Xe = class extends Error {
      override readonly name = 'PowerOfficeError';
    };
    expect(Xe.name).toBe('Xe');
    const { lines, logger } = capture();
    logger.error({ err: new Xe('upstream answered 500') }, 'failed');
    logger.error(new Xe('as the first argument'));
    expect(lines.map((l) => errOf(l).type)).toEqual(['PowerOfficeError', 'PowerOfficeError']);
    expect(errOf(lines[0]).message).toBe('upstream answered 500');
    expect(errOf(lines[0]).stack).toContain('upstream answered 500');
  });

  it('a plain Error keeps the type Error, and a non-error under err is logged as it is', () => {
    const { lines, logger } = capture();
    logger.warn({ err: new TypeError('bad') });
    logger.warn({ err: 'just text' });
    expect(errOf(lines[0]).type).toBe('TypeError');
    expect(lines[1]?.err).toBe('just text');
  });

  it('redacts keys, tokens and authorization headers', () => {
    const { lines, logger } = capture();
    const secret = 'b4c1d2e3-0000-4000-8000-00000000abcd';
    logger.info({
      config: { applicationKey: secret, clientKey: secret },
      req: { headers: { authorization: `Bearer ${secret}` } },
      token: { access_token: secret },
    });
    expect(JSON.stringify(lines)).not.toContain(secret);
    expect(JSON.stringify(lines)).toContain('[redacted]');
  });
});
