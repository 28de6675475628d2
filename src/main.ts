/**
 * Entry point (`npm start`): reads the configuration, starts the in-process emulator when no
 * PowerOffice keys are set (sandbox), builds the server and listens. Everything it starts is
 * stopped again, in reverse order, on SIGTERM/SIGINT.
 */
// First, on its own: it must run before the modules below build the schema (see the module).
import './young-generation.js';
import type { AddressInfo } from 'node:net';
import { type AppConfig, ConfigError, loadConfig, withSandbox } from './config.js';
import { createLogger } from './logging.js';
import { createMetrics } from './metrics.js';
import { createClient } from './poweroffice/client.js';
import { tracingEnabled } from './poweroffice/tracing.js';
import { createServer, GRAPHQL_PATH } from './server.js';
import { releaseYoungGeneration } from './young-generation.js';

/** Time in-flight requests get to finish after a shutdown signal before sockets are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let config = readConfig();
  const logger = createLogger(config.logLevel);

  const mode = config.powerOffice.env;
  if (config.authDisabled) {
    logger.warn(
      { mode, clientAuth: 'none' },
      'FACADE_AUTH=none: client authentication is OFF. Anyone who can reach this server can ' +
        "read and change the company's PowerOffice books. Set FACADE_API_KEYS instead.",
    );
  }
  // Loaded only for the sandbox: a deployed server never holds the emulator's code.
  const emulator = config.needsSandbox
    ? await (await import('./emulator/index.js')).startEmulator({
        port: 0,
        host: '127.0.0.1',
        scale: 'demo',
      })
    : undefined;
  if (emulator) {
    config = withSandbox(config, emulator);
    logger.info(
      { emulator: emulator.url },
      'sandbox mode: PowerOffice emulator started in-process',
    );
  }

  const metrics = createMetrics();
  const client = createClient(config.powerOffice, {
    logger: logger.child({ component: 'client' }),
    observer: metrics.observer,
  });
  const server = createServer({ client, config, logger, metrics });

  // Sandbox data is fake and client auth is off there by default: stay on loopback unless told
  // otherwise. A deployed server (demo/production, API keys required) listens everywhere.
  const host = process.env.HOST || (mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, host, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = server.httpServer.address() as AddressInfo;
  // Start-up is over: from here the young generation grows with the load (young-generation.ts).
  releaseYoungGeneration();
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    void (async () => {
      let code = 0;
      // Reverse order of start: stop taking requests, then release what they used.
      for (const [name, stop] of [
        ['server', () => server.close(SHUTDOWN_GRACE_MS)],
        ['client', () => client.close()],
        ['emulator', () => emulator?.stop()],
      ] as const) {
        try {
          await stop();
        } catch (error) {
          code = 1;
          const message = error instanceof Error ? error.message : String(error);
          logger.error({ part: name, message }, 'error while shutting down');
        }
      }
      logger.info('stopped');
      logger.flush();
      process.exit(code);
    })();
  };
  // A second signal (an impatient Ctrl-C) exits at once; see the `stopping` check. Installed
  // before the ready lines below: until a handler is installed a SIGTERM takes its default
  // action and ends the process at once, and whoever waits for those lines may send one.
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const graphiqlUrl = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}${GRAPHQL_PATH}`;
  logger.info(
    { mode, graphiql: graphiqlUrl, host, port, tracing: tracingEnabled() },
    `listening (${mode} mode)`,
  );
  console.log(
    mode === 'sandbox'
      ? `\n  poweroffice-graphql: sandbox mode (in-process PowerOffice emulator, demo data)\n` +
          `  GraphiQL: ${graphiqlUrl}\n`
      : `\n  poweroffice-graphql: ${mode} mode (${config.powerOffice.apiUrl})\n` +
          `  GraphiQL: ${graphiqlUrl}\n` +
          (config.authDisabled
            ? '  WARNING: client authentication is OFF (FACADE_AUTH=none)\n'
            : ''),
  );
}

main().catch((error: unknown) => {
  console.error('poweroffice-graphql failed to start:', error);
  process.exit(1);
});
