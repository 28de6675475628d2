import { type AppConfig, loadConfig, type PowerOfficeConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, type EmulatorOptions, startEmulator } from '../src/emulator/index.js';

/** Test-only helpers for the client suites: an emulator and a config pointing at it. */

export interface Rig {
  emu: EmulatorHandle;
  /** A client config for this emulator; `env` entries override the defaults below. */
  config(env?: Record<string, string>): PowerOfficeConfig;
}

/** Defaults for tests: no cross-request cache unless a test turns it on, fast retries. */
const TEST_ENV: Record<string, string> = {
  POWEROFFICE_CACHE_TTL_MS: '0',
  POWEROFFICE_RETRY_BASE_MS: '10',
  POWEROFFICE_TIMEOUT_MS: '5000',
};

export async function startRig(options: EmulatorOptions = {}): Promise<Rig> {
  const emu = await startEmulator({ scale: 'tiny', ...options });
  return {
    emu,
    config: (env = {}) => sandboxConfig(emu, env).powerOffice,
  };
}

export function sandboxConfig(emu: EmulatorHandle, env: Record<string, string> = {}): AppConfig {
  return withSandbox(loadConfig({ ...TEST_ENV, ...env }), emu);
}
