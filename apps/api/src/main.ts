// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../../libs/platform/src/module-aliases';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@assocflow/platform';
import { createApp } from './create-app';
import { DOCS_PATH } from './swagger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp({ config });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  new Logger('Api').log(`listening on ${url} (docs: ${url}${DOCS_PATH}, health: ${url}/health)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`assocflow api: ${error.message}\n`);
    process.exit(2);
  }
  new Logger('Api').fatal(error instanceof Error ? error : String(error));
  process.exit(1);
});
