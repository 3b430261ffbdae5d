// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../../libs/platform/src/module-aliases';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, createJsonLogger, loadConfig } from '@assocflow/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createJsonLogger('worker', config.logLevel),
    abortOnError: false,
  });
  // SIGTERM/SIGINT: app.close() (idle loop stopped, store and Redis closed), then exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  new Logger('Worker').log('worker running: projections, timers and deliveries are kept up to date; SIGTERM or SIGINT stops it');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`assocflow worker: ${error.message}\n`);
    process.exit(2);
  }
  new Logger('Worker').fatal(error instanceof Error ? error : String(error));
  process.exit(1);
});
