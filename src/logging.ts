/**
 * The server's logger (pino, JSON lines on stdout), made in one place so its rules are tested.
 */
import { type DestinationStream, type Logger, pino, stdSerializers } from 'pino';

/**
 * An error as pino logs it, typed by its `name`. pino's own serializer takes the type from the
 * constructor's name, which the minified production bundle renames; our error classes set
 * `name` themselves (`PowerOfficeError`, `ConfigError`, …), so the log says the same in both.
 */
function serializeError(error: Error) {
  const out = stdSerializers.err(error);
  // Anything else under `err` comes back as it was sent, and is not ours to change.
  if (error instanceof Error && error.name !== '') out.type = error.name;
  return out;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: { err: serializeError },
      // Belt and braces: nothing should log these, but a stray object must not leak them.
      redact: {
        paths: [
          '*.applicationKey',
          '*.clientKey',
          '*.apiKeys',
          '*.access_token',
          '*.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
