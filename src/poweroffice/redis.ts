import { createRequire } from 'node:module';
import type { Redis, RedisOptions } from 'ioredis';

const require = createRequire(import.meta.url);

/**
 * A new ioredis connection. ioredis is loaded on the first call, not at start-up: a facade
 * without `REDIS_URL` never uses it and so does not pay its 3–5 MB of resident memory
 * (bench/analysis.md, idle RSS). ioredis is CommonJS, so a synchronous require keeps the
 * stores' constructors synchronous.
 */
export function connectRedis(url: string, options: RedisOptions): Redis {
  const { Redis: Client } = require('ioredis') as typeof import('ioredis');
  return new Client(url, options);
}
