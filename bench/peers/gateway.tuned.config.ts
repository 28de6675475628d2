/**
 * Hive Gateway "tuned" profile for the benchmark: the performance options the gateway offers
 * that apply to this upstream. Key batching (`@resolveTo(keysArg)`) needs a route that takes a
 * list of keys; the emulator's routes take OData `$filter` strings, so it cannot be used here.
 * What remains: sharing identical in-flight operations, and a response cache whose TTL matches
 * the facade's cross-request cache (5 s).
 */
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  inboundInflightRequestDeduplication: true,
  responseCaching: {
    ttl: 5_000,
    // One shared cache for every client: the benchmark has no per-user data.
    session: () => null,
  },
  logging: 'error',
});
