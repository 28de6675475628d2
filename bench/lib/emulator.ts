/** The emulator child process (bench/emulator-proc.ts) and its IPC client. */
import { fileURLToPath } from 'node:url';
import type { EmulatorKnobs, EmulatorOptions, EmulatorStats } from '../../src/emulator/types.js';
import type { Dataset } from '../scenarios.js';
import { type Proc, startProc } from './procs.js';

export interface EmulatorProc {
  readonly proc: Proc;
  readonly url: string;
  readonly tokenUrl: string;
  readonly keys: { applicationKey: string; clientKey: string };
  call<T>(op: string, arg?: unknown): Promise<T>;
  /** API calls (token calls excluded) since the last reset. */
  apiCalls(): Promise<number>;
  /** API calls and how many of them were answered 429, since the last reset. */
  calls(): Promise<{ api: number; status429: number }>;
  /** Waits until no API call has arrived for `quietMs`: the previous window's work is done. */
  drain(quietMs?: number, maxMs?: number): Promise<void>;
  reset(): Promise<void>;
  configure(knobs: Partial<EmulatorKnobs>): Promise<void>;
  stats(): Promise<EmulatorStats>;
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('../emulator-proc.ts', import.meta.url));

export async function startEmulatorProc(
  options: EmulatorOptions,
  core: number | undefined,
): Promise<EmulatorProc> {
  const proc = startProc({
    name: 'emulator',
    cmd: process.execPath,
    args: ['--import', 'tsx', script, JSON.stringify(options)],
    ...(core !== undefined ? { core } : {}),
    ipc: true,
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const ready = new Promise<{ url: string; tokenUrl: string; keys: EmulatorProc['keys'] }>(
    (resolve, reject) => {
      proc.child.once('exit', (c) => reject(new Error(`emulator exited ${c}\n${proc.output()}`)));
      proc.child.on(
        'message',
        (m: { id: number; ok: boolean; result?: unknown; error?: string }) => {
          if (m.id === 0) {
            resolve(m.result as { url: string; tokenUrl: string; keys: EmulatorProc['keys'] });
            return;
          }
          const p = pending.get(m.id);
          if (!p) return;
          pending.delete(m.id);
          if (m.ok) p.resolve(m.result);
          else p.reject(new Error(m.error));
        },
      );
    },
  );
  const info = await ready;
  const call = <T>(op: string, arg?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      proc.child.send({ id, op, arg });
    });
  return {
    proc,
    ...info,
    call,
    apiCalls: async () => (await call<{ api: number }>('calls')).api,
    calls: () => call('calls'),
    drain: async (quietMs = 400, maxMs = 60_000) => {
      const until = Date.now() + maxMs;
      let last = -1;
      while (Date.now() < until) {
        const now = (await call<{ api: number }>('calls')).api;
        if (now === last) return;
        last = now;
        await new Promise((r) => setTimeout(r, quietMs));
      }
    },
    reset: () => call('reset'),
    configure: (knobs) => call('configure', knobs),
    stats: () => call('stats'),
    stop: async () => {
      proc.child.disconnect?.();
      await proc.stop();
    },
  };
}

/** Settings that lift the facade's rate limit: a probe measures the facade, not the limiter. */
export const NO_RATE_LIMIT = {
  POWEROFFICE_RATE_LIMIT: '1000000',
  POWEROFFICE_RATE_BURST: '1000000',
} as const;

/**
 * The environment that points a facade at `emu` (its API and token URLs and keys), in
 * production mode unless `extra` names another; `extra` adds or overrides settings (mode, cache
 * TTL, auth, rate limit, Redis). Used by the bench's systems and by tests that start a facade.
 */
export function facadeEnv(
  emu: Pick<EmulatorProc, 'url' | 'tokenUrl' | 'keys'>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    POWEROFFICE_ENV: 'production',
    POWEROFFICE_API_URL: `${emu.url}/`,
    POWEROFFICE_AUTH_URL: emu.tokenUrl,
    POWEROFFICE_APPLICATION_KEY: emu.keys.applicationKey,
    POWEROFFICE_CLIENT_KEY: emu.keys.clientKey,
    ...extra,
  };
}

/**
 * The emulator the probe scripts (ab.ts, inproc.ts, profile.ts) measure against: the bench's
 * 2 000-customer seed behind a fixed latency (`latencyMs`), no rate limit, with its dataset.
 */
export async function startProbeEmulator(
  latencyMs: number,
): Promise<{ emu: EmulatorProc; d: Dataset }> {
  const emu = await startEmulatorProc(
    {
      seed: 42,
      anchorDate: '2026-01-01',
      scale: { customers: 2_000, invoicesPerCustomer: 10, products: 500 },
      latency: { fixedMs: latencyMs, jitterMs: 0 },
      rateLimit: false,
    },
    0,
  );
  const customers = await emu.call<Array<{ code: number }>>('rows', 'Customer');
  const d: Dataset = {
    customerCodes: customers.map((c) => c.code).sort((a, b) => a - b),
    firstOrderDate: '2024-01-03',
    lastOrderDate: '2026-01-01',
  };
  return { emu, d };
}

/**
 * The raw path's upstream calls (`bench/lib/upstream.ts`) in this process, pointed at `emu` and
 * holding a token: the in-process baseline of `exec-cost.ts` and `layer-cost.ts`. The module
 * reads its upstream from the environment when it is first imported, so the environment is set
 * first.
 */
export async function rawCallsIn(emu: EmulatorProc): Promise<typeof import('./upstream.js')> {
  Object.assign(process.env, {
    UPSTREAM_URL: emu.url,
    TOKEN_URL: emu.tokenUrl,
    APP_KEY: emu.keys.applicationKey,
    CLIENT_KEY: emu.keys.clientKey,
  });
  const up = await import('./upstream.js');
  await up.fetchToken();
  return up;
}
