/**
 * The PowerOffice Go v1 emulator ("sandbox"): a local HTTP server that behaves like the real API
 * for the resources in `poweroffice/resources/registry.ts` — token endpoint, envelopes, OData,
 * row caps, validation errors, 401/403/429, upserts — with deterministic Norwegian seed data and
 * knobs for latency, faults, replica lag and throttling. Start one per test file on port 0.
 */
import { DEMO_APPLICATION_KEY, DEMO_CLIENT_KEY, Emulator } from './emulator.js';
import type { EmulatorHandle, EmulatorOptions } from './types.js';

export { DEMO_APPLICATION_KEY, DEMO_CLIENT_KEY } from './emulator.js';
export type {
  EmulatorClient,
  EmulatorHandle,
  EmulatorKnobs,
  EmulatorOptions,
  EmulatorStats,
  FaultKind,
  RecordedRequest,
} from './types.js';

/** Seeds the data and listens on `host:port` (default 127.0.0.1:0). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const emu = new Emulator(options);
  const url = await emu.listen(options.host ?? '127.0.0.1', options.port ?? 0);
  const first = emu.clients[0];
  return {
    url,
    tokenUrl: `${url}/OAuth/Token`,
    keys: {
      applicationKey: first?.applicationKey ?? DEMO_APPLICATION_KEY,
      clientKey: first?.clientKey ?? DEMO_CLIENT_KEY,
    },
    requests: () => [...emu.log],
    count: (filter = {}) =>
      emu.log.filter(
        (r) =>
          (filter.resource === undefined || r.resource === filter.resource) &&
          (filter.kind === undefined || r.kind === filter.kind) &&
          (filter.method === undefined || r.method === filter.method.toUpperCase()),
      ).length,
    reset: () => emu.resetLog(),
    resetData: () => emu.loadSeed(),
    configure: (knobs) => emu.configure(knobs),
    rows: (resource) => emu.rows(resource),
    issueToken: (opts) => emu.issueToken(opts),
    stats: () => emu.stats(),
    stop: () => emu.close(),
  };
}
