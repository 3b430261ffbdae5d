// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../../libs/platform/src/module-aliases';
import { ConfigError } from '@assocflow/platform';
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`assocflow: ${message}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  });
