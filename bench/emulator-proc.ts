/**
 * The emulator as a separate benchmark process, so its CPU time is not charged to the runner
 * (autocannon) or to the system under test. Options come as JSON in argv[2]; the runner drives
 * it over the IPC channel: `{ id, op, arg }` → `{ id, ok, result | error }`.
 */
import { startEmulator } from '../src/emulator/index.js';
import type { EmulatorKnobs, EmulatorOptions } from '../src/emulator/types.js';

type Message = { id: number; op: string; arg?: unknown };

const options = JSON.parse(process.argv[2] ?? '{}') as EmulatorOptions;
const emulator = await startEmulator(options);

function handle(op: string, arg: unknown): unknown {
  switch (op) {
    case 'count':
      return emulator.count(arg as Parameters<typeof emulator.count>[0]);
    case 'stats':
      return emulator.stats();
    case 'reset':
      emulator.reset();
      return true;
    case 'configure':
      emulator.configure(arg as Partial<EmulatorKnobs>);
      return true;
    case 'issueToken':
      return emulator.issueToken(arg as Parameters<typeof emulator.issueToken>[0]);
    case 'calls': {
      // API calls (token calls excluded) and 429s since the last reset, without copying the log.
      const s = emulator.stats();
      return { api: s.total - (s.byResource.OAuth ?? 0), status429: s.byStatus['429'] ?? 0 };
    }
    case 'rows':
      return emulator.rows(String(arg));
    default:
      throw new Error(`unknown op ${op}`);
  }
}

process.on('message', (m: Message) => {
  try {
    process.send?.({ id: m.id, ok: true, result: handle(m.op, m.arg) });
  } catch (e) {
    process.send?.({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
process.on('disconnect', () => {
  void emulator.stop().then(() => process.exit(0));
});

process.send?.({
  id: 0,
  ok: true,
  result: { url: emulator.url, tokenUrl: emulator.tokenUrl, keys: emulator.keys },
});
