/**
 * Standalone emulator: `npm run emulator`. Loopback only; port from EMULATOR_PORT (default 4010),
 * seed from EMULATOR_SEED (default 1), scale from EMULATOR_SCALE (tiny | demo | bench).
 */
import { startEmulator } from './index.js';

const port = Number(process.env.EMULATOR_PORT ?? 4010);
const seed = Number(process.env.EMULATOR_SEED ?? 1);
if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) {
  console.error(
    'EMULATOR_PORT must be a port number (0 = any free port), EMULATOR_SEED an integer.',
  );
  process.exit(2);
}
const scaleEnv = process.env.EMULATOR_SCALE ?? 'demo';
const scale = scaleEnv === 'tiny' || scaleEnv === 'bench' ? scaleEnv : 'demo';

const emulator = await startEmulator({ host: '127.0.0.1', port, seed, scale });
console.log(`PowerOffice v1 emulator listening on ${emulator.url} (seed ${seed}, scale ${scale})`);
console.log(`  token endpoint:   ${emulator.tokenUrl}`);
console.log(`  application key:  ${emulator.keys.applicationKey}`);
console.log(`  client key:       ${emulator.keys.clientKey}`);
console.log(`  request log:      ${emulator.url}/__emulator/requests`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  emulator.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
