import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A seed file and the tenant it belongs to (the name of the folder it is in). */
export interface SeedFile {
  tenant: string;
  path: string;
}

const TENANT = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const ndjsonIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort()
    .map((f) => join(dir, f));

/**
 * What `import <path>` reads, in order: a file; a tenant folder (its .ndjson files by name, so
 * years run in order); or a folder of tenant folders (tenants by name, then their files).
 */
export function seedFilesAt(path: string, tenantOverride?: string): SeedFile[] {
  const target = resolve(path);
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${path}: no such file or folder`);
  const tenantOf = (file: string) => {
    const tenant = tenantOverride ?? basename(dirname(file));
    if (!TENANT.test(tenant))
      throw new Error(
        `${file}: the tenant "${tenant}" (the folder's name) must be 1-40 lowercase letters, digits, dashes or underscores; or pass --tenant`,
      );
    return tenant;
  };
  if (stat.isFile()) return [{ tenant: tenantOf(target), path: target }];
  const own = ndjsonIn(target);
  if (own.length > 0) return own.map((file) => ({ tenant: tenantOf(file), path: file }));
  const files = readdirSync(target)
    .sort()
    .map((name) => join(target, name))
    .filter((dir) => statSync(dir).isDirectory())
    .flatMap((dir) => ndjsonIn(dir).map((file) => ({ tenant: tenantOf(file), path: file })));
  if (files.length === 0) throw new Error(`${path}: no .ndjson seed files in it or in its sub-folders`);
  return files;
}
