import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createClient } from '../../src/poweroffice/client.js';
import { createServer } from '../../src/server.js';
import { type EmulatorProc, facadeEnv, NO_RATE_LIMIT } from './emulator.js';

type Upstream = Pick<EmulatorProc, 'url' | 'tokenUrl' | 'keys'>;

/**
 * The configuration the in-process probes run the facade with: production mode against `emu`,
 * no rate limit, GET cache off, no client keys, cost not exposed.
 */
export function inprocConfig(emu: Upstream) {
  return loadConfig(
    facadeEnv(emu, {
      ...NO_RATE_LIMIT,
      POWEROFFICE_CACHE_TTL_MS: '0',
      FACADE_AUTH: 'none',
      EXPOSE_COST: 'false',
    }),
  );
}

/**
 * The facade in this process, as the in-process probes measure it (`bench/inproc.ts`,
 * `bench/upstream-log.ts`), configured by `inprocConfig`.
 */
export function inprocFacade(emu: Upstream) {
  const config = inprocConfig(emu);
  const client = createClient(config.powerOffice);
  const server = createServer({ client, config, logger: pino({ level: 'silent' }) });
  return { client, server };
}
