import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facadeEnv, NO_RATE_LIMIT } from '../bench/lib/emulator.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';

// An upstream answer must die young once its GET has settled and its caller has let go of it
// (the comment on `Inflight` in src/poweroffice/client.ts says why it did not). Measured in a
// child node with --expose-gc, against the emulator over loopback: rounds of 16 distinct GETs at
// once, each followed by two minor GCs while nothing is in flight. V8's sampling heap profiler,
// told to forget what minor GCs collect, keeps only the answers that survived one; those are
// counted by the frame that parsed them (`parseJson`).

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PROBE = `
import { Session } from 'node:inspector/promises';
import { loadConfig } from './src/config.ts';
import { createClient } from './src/poweroffice/client.ts';
const client = createClient(loadConfig(process.env).powerOffice);
let k = 0;
// Resolves with the answers' size only: the answers themselves never reach this module's frame,
// where an awaited value can stay in a register until overwritten.
const round = async () => {
  const answers = await Promise.all(Array.from({ length: 16 }, () =>
    client.request('GET', '/OutgoingInvoice/List', { searchParams: { $top: '50', $skip: String(k++ % 40) } })));
  return JSON.stringify(answers).length;
};
for (let i = 0; i < 30; i++) await round();
gc();
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: false,
});
let answered = 0;
for (let i = 0; i < 60; i++) {
  answered += await round();
  gc({ type: 'minor' });
  gc({ type: 'minor' });
}
const { profile } = await session.post('HeapProfiler.getSamplingProfile');
let kept = 0;
const walk = (n) => {
  if (n.callFrame.functionName === 'parseJson') kept += n.selfSize;
  n.children.forEach(walk);
};
walk(profile.head);
console.log(JSON.stringify({ answered, kept }));
await client.close();
`;

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scale: 'tiny', rateLimit: false });
});
afterAll(async () => {
  await emu?.stop();
});

describe('in-flight GETs and the young generation', () => {
  it('lets a settled GET’s answer be collected by a minor GC', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', PROBE],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...facadeEnv(emu, {
            ...NO_RATE_LIMIT,
            FACADE_AUTH: 'none',
            POWEROFFICE_CACHE_TTL_MS: '0',
            LOG_LEVEL: 'silent',
          }),
        },
      },
    );
    const { answered, kept } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      answered: number;
      kept: number;
    };
    // 960 answers of some 14 KB of JSON each. Measured: about 0.05 MB of parsed answers kept
    // (the sampler's noise), against 8.6 MB when each in-flight entry kept its answer.
    expect(answered).toBeGreaterThan(5_000_000);
    expect(kept).toBeLessThan(answered / 20);
  }, 60_000);
});
