import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// src/young-generation.ts holds V8's new space at its smallest during start-up and lets it grow
// afterwards. Measured in a child node with 16 MB semi-spaces (npm start's flag): the new space's
// size after allocating objects that all survive (as building the schema does), held and released.
// Held, two rounds of allocation leave it at its smallest; released, it grows to the maximum.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PROBE = `
import v8 from 'node:v8';
const useModule = process.env.USE_MODULE === '1';
const mod = useModule ? await import('./src/young-generation.ts') : undefined;
const newSpaceMb = () =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
let survivors = [];
const allocate = () => { survivors = []; for (let i = 0; i < 2e6; i++) survivors.push({ i }); };
const start = newSpaceMb();
allocate();
allocate();
const held = newSpaceMb();
mod?.releaseYoungGeneration();
// V8 grows the space one doubling per scavenge that finds it full of survivors, and how many
// scavenges one round sees depends on timing (under a loaded suite one round fell one doubling
// short): up to four rounds, as long as it keeps growing.
for (let r = 0; r < 4 && newSpaceMb() < 32; r++) allocate();
const released = newSpaceMb();
console.log(JSON.stringify({ start, held, released }));
`;

async function probe(useModule: boolean) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-semi-space-size=16', '--import', 'tsx', '--input-type=module', '-e', PROBE],
    { cwd: ROOT, env: { ...process.env, USE_MODULE: useModule ? '1' : '0' } },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    start: number;
    held: number;
    released: number;
  };
}

describe('the young generation during start-up', () => {
  it('stays at its smallest while held, and grows to the configured size once released', async () => {
    const withHold = await probe(true);
    expect(withHold.held).toBeLessThanOrEqual(4);
    expect(withHold.released).toBe(32);
  }, 30_000);

  it('without the hold, start-up allocation grows it to its largest at once', async () => {
    const without = await probe(false);
    expect(without.start).toBeLessThanOrEqual(4);
    expect(without.held).toBe(32);
  }, 30_000);
});
