import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (`index.js`) and ESM (`index.mjs`) without an `exports` map.
    // Node (and so Yoga and Pothos) load the CommonJS build, Vite would pick the ESM one for our
    // sources: two GraphQLError classes, and Yoga masks our client errors as internal. Pin our
    // imports to the copy Node uses so tests see what production sees.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Provides `redisUrl` (REDIS_URL, or a private redis-server) to the Redis-backed suites.
    globalSetup: ['test/setup/redis.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Suites start their own emulators on port 0, so files can run in parallel;
    // two workers match the 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
