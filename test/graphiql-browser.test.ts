import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer } from '../src/server.js';

// GraphiQL in a real headless Chromium, against the real server over loopback and an in-process
// emulator: the page must load, introspect, run its default query and show data, with every
// request it makes going to this server (no CDN: these machines have no internet).

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let emulator: EmulatorHandle;
let client: PowerOfficeClient;
let server: AppServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) or ` +
        'set CHROMIUM_PATH to its executable.',
    );
  }
  emulator = await startEmulator({ port: 0, scale: 'demo' });
  const config = withSandbox(loadConfig({}), emulator);
  client = createClient(config.powerOffice);
  server = createServer({ client, config, logger: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await client?.close();
  await emulator?.stop();
});

describe('GraphiQL in a browser', () => {
  it('runs the default query offline and shows seeded data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${origin}/graphql`);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    // The editor holds the nested default query, not GraphiQL's welcome comment.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 30_000 })
      .toContain('CustomersWithInvoices');

    // Monaco renders spaces as no-break spaces; innerText (not textContent) keeps line breaks.
    const result = page.locator('.graphiql-response');
    // biome-ignore lint/performance/useDomNodeTextContent: Monaco's line breaks exist only in layout.
    const resultText = async () => (await result.innerText()).replace(/\u00a0/g, ' ');
    await run.click();
    await expect.poll(resultText, { timeout: 30_000 }).toMatch(/"totalCount": \d+/);
    const shown = await resultText();
    expect(shown).toContain('"customers"');
    expect(shown).toContain('"invoices"');
    expect(shown).not.toContain('"errors"');

    // The first seeded customer by code is on screen: the data came from the emulator.
    const firstByCode = [...emulator.rows('Customer')]
      .map((row) => ({ code: Number(row.code), name: String(row.name) }))
      .sort((a, b) => a.code - b.code)[0];
    expect(shown).toContain(JSON.stringify(firstByCode?.name));

    expect(pageErrors).toEqual([]);
    const offOrigin = requested.filter(
      (url) =>
        !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(offOrigin).toEqual([]);
    expect(requested).toContain(`${origin}/graphiql/assets/yoga-graphiql.umd.js`);
    await context.close();
  }, 90_000);
});
