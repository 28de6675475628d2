import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('PowerOffice', {
        source: process.env.BENCH_OPENAPI_SOURCE ?? '../.out/openapi.json',
        endpoint: process.env.BENCH_UPSTREAM_URL ?? 'http://127.0.0.1:9999',
        operationHeaders: { Authorization: 'Bearer {env.BENCH_UPSTREAM_TOKEN}' },
      }),
    },
  ],
});
