import type { Emulator } from './emulator.js';
import { openApiDocument } from './openapi.js';

/**
 * Test-only HTTP endpoints under `/__emulator/`, outside PowerOffice's namespace, without auth.
 * Each handler returns the JSON body to send (status 200); unknown paths answer 404.
 */
type AdminHandler = (emu: Emulator, url: URL) => unknown;

const routes: Record<string, AdminHandler> = {
  'GET requests': (emu, url) => {
    const resource = url.searchParams.get('resource');
    const kind = url.searchParams.get('kind');
    const data = emu.log.filter(
      (r) => (resource === null || r.resource === resource) && (kind === null || r.kind === kind),
    );
    return { data, count: data.length, success: true };
  },
  'GET stats': (emu) => ({ data: emu.stats(), success: true }),
  'POST reset': (emu, url) => {
    emu.resetLog();
    if (url.searchParams.get('data') === 'true') emu.loadSeed();
    return { success: true };
  },
  'GET openapi.json': () => openApiDocument(),
};

/** The handler of `METHOD /__emulator/<path>` (path lower-cased, no leading slash). */
export function adminRoute(method: string, path: string): AdminHandler | undefined {
  return routes[`${method.toUpperCase()} ${path}`];
}
