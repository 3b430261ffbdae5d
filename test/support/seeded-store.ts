import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../apps/cli/src/import/run-import';
import type { ImportReport } from '../../apps/cli/src/import/import-seeds';
import type { CliIo } from '../../apps/cli/src/program';
import { startRedis, type RedisProcess } from './redis-process';

/** A fresh SQLite store on disk and a redis-server of its own, for importing seeds into. */
export interface SeedTarget {
  env: Record<string, string>;
  redis: RedisProcess;
  /** Runs `assocflow import <path>` against this target; stdout and stderr are collected. */
  importPath(path: string): Promise<{ report: ImportReport; out: string; err: string }>;
  close(): Promise<void>;
}

export async function startSeedTarget(): Promise<SeedTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-seeds-'));
  const redis = await startRedis({ appendonly: false });
  const env = { SQLITE_PATH: join(dir, 'assocflow.sqlite'), REDIS_URL: redis.url, LOG_LEVEL: 'error' };
  return {
    env,
    redis,
    importPath: async (path) => {
      let out = '';
      let err = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), env, setExitCode: () => undefined };
      const report = await runImport(path, io);
      return { report, out, err };
    },
    close: async () => {
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
