/**
 * Lets compiled code (dist/) resolve the `@assocflow/<lib>` path aliases of tsconfig.json:
 * `@assocflow/x` -> dist/libs/x/src and `@assocflow/x/y` -> dist/libs/x/src/y. Every entry
 * point imports this file first, by a relative path, before anything that uses an alias.
 * Under jest the moduleNameMapper does the same job and this hook is never consulted.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS Module, whose _resolveFilename is patched
import Module = require('node:module');
import { join, resolve } from 'node:path';

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

const distRoot = resolve(__dirname, '..', '..', '..');
const marker = Symbol.for('assocflow.moduleAliases');
const mod = Module as unknown as { _resolveFilename: ResolveFilename } & Record<symbol, boolean>;

if (!mod[marker]) {
  mod[marker] = true;
  const original = mod._resolveFilename;
  mod._resolveFilename = function (request, parent, isMain, options) {
    const alias = /^@assocflow\/([a-z0-9-]+)(?:\/(.+))?$/.exec(request);
    if (alias) {
      const target = join(distRoot, 'libs', alias[1], 'src', alias[2] ?? '');
      return original.call(this, target, parent, isMain, options);
    }
    return original.call(this, request, parent, isMain, options);
  };
}
