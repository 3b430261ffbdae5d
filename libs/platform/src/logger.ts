import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { DEFAULT_LOG_LEVEL, logLevelsFrom } from './config';

interface JsonLogOptions {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
  params?: Record<string, unknown>;
  error?: Error;
}

/**
 * Nest's own ConsoleLogger in JSON mode (one object per line: level, pid, timestamp, message,
 * context, params, error), plus an `app` field so the api and worker lines can be told apart
 * when they share a terminal. Structured params are flattened into the record.
 */
export class JsonLogger extends ConsoleLogger {
  constructor(
    private readonly app: string,
    level: LogLevel = DEFAULT_LOG_LEVEL,
  ) {
    super({
      json: true,
      colors: false,
      logLevels: logLevelsFrom(level),
      flattenParams: true,
      redact: ['password', 'authorization', 'connectionString'],
    });
  }

  protected override getJsonLogObject(message: unknown, options: JsonLogOptions) {
    return { app: this.app, ...super.getJsonLogObject(message, options) };
  }
}

export function createJsonLogger(app: string, level: LogLevel = DEFAULT_LOG_LEVEL): JsonLogger {
  return new JsonLogger(app, level);
}
