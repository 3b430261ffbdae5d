import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createJsonLogger, loadConfig, type AppConfig } from '@assocflow/platform';
import { AppModule } from './app.module';
import { IMPORT_BODY_LIMIT_BYTES, XLSX_CONTENT_TYPE } from './imports/imports.controller';
import type { OperatorCredential } from './auth/operator-credential';
import { setupSwagger } from './swagger';

/** Commands are small; a larger body is refused with 413 before it is parsed. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** A sign-in form holds an API key and a language. */
const FORM_BODY_LIMIT_BYTES = 4 * 1024;

export interface CreateAppOptions {
  /** Defaults to loadConfig(process.env). */
  config?: AppConfig;
  /** Defaults to the JSON logger at config.logLevel; false silences Nest. */
  logger?: LoggerService | LogLevel[] | false;
  /** In-process callers only (cli import): a credential that never leaves this process. */
  operator?: OperatorCredential;
}

/**
 * The api, wired but not listening: main() listens on config.host:config.port, tests may
 * listen on port 0 or use inject(). Close it with app.close(), which stops the HTTP server
 * first and then closes the event store and the Redis connection.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? loadConfig(process.env);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, { operator: options.operator }),
    new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }),
    {
      logger: options.logger ?? createJsonLogger('api', config.logLevel),
      abortOnError: false,
    },
  );
  // The dashboard's sign-in form posts application/x-www-form-urlencoded; nothing else does.
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: FORM_BODY_LIMIT_BYTES }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  });
  // Sheet imports post the .xlsx workbook itself, under a limit of their own.
  app.useBodyParser(XLSX_CONTENT_TYPE, { bodyLimit: IMPORT_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  setupSwagger(app);
  return app;
}
