import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { allResources } from '../src/poweroffice/resources/registry.js';
import { call } from './emulator-support.js';

// Bad input of every shape gets an envelope answer, never a 500 or a dropped connection.

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scale: 'tiny', rateLimit: false });
  token = emu.issueToken();
});
afterAll(() => emu.stop());

const value = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('2025-01-01', 'Sent', 'ehf', '00000000-0000-4000-8000-000000000000', '-1', ''),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.object({ maxDepth: 1 })), {
    maxLength: 3,
  }),
  fc.object({ maxDepth: 2 }),
);

describe('fuzzed POST bodies', () => {
  for (const spec of allResources.filter((s) => s.operations.save)) {
    it(`${spec.name}: always 200 or 400 with a JSON envelope`, async () => {
      const customer = emu.rows('Customer')[0] as { id: number };
      const path = spec.path.replace('{parentId}', String(customer.id));
      const keys = [...Object.keys(spec.fields), 'id', 'unknownThing'];
      const body = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 });
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const res = await call(emu, token, 'POST', path, b);
          expect([200, 400, 404]).toContain(res.status);
          expect(typeof res.body.success).toBe('boolean');
          if (res.body.success) expect(res.body.data).toBeDefined();
          else expect(typeof res.body.validation.summary).toBe('string');
        }),
        { numRuns: 30 },
      );
    });
  }
});

describe('fuzzed query strings and paths', () => {
  it('list options of any text are answered with an envelope', async () => {
    const option = fc.constantFrom('$filter', '$orderby', '$top', '$skip', 'filter', '$select');
    await fc.assert(
      fc.asyncProperty(option, fc.string({ maxLength: 80 }), async (name, text) => {
        const res = await call(
          emu,
          token,
          'GET',
          `/OutgoingInvoice/List?${new URLSearchParams({ [name]: text })}`,
        );
        expect(res.status).toBe(200);
        expect(typeof res.body.success).toBe('boolean');
        if (!res.body.success) expect(res.body.validation.exception).toBe('OData');
      }),
      { numRuns: 150 },
    );
  });

  it('odd paths get 404/405, not a crash', async () => {
    const segment = fc.oneof(
      fc.constantFrom('Customer', 'contact', 'List', '1', '%zz', '..', '%2F', 'OutgoingInvoice'),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), async (segments) => {
        const res = await call(emu, token, 'GET', `/${segments.join('/')}`);
        expect([200, 404, 405]).toContain(res.status);
        expect(typeof res.body.success).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
