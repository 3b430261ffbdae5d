import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RecordedEvent } from '@assocflow/eventstore';
import { createEventStore } from '@assocflow/eventstore/event-store.factory';
import { closeRedisClient, createRedisClient, loadConfig } from '@assocflow/platform';
import { rebuildProjection, type Projection } from '@assocflow/projections';
import { ApiKeyService } from '../../apps/api/src/auth/api-key.service';
import { createApp } from '../../apps/api/src/create-app';
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
  /** Every event in the store, in log order. */
  events(): Promise<RecordedEvent[]>;
  /** Rebuilds projections from the log into this target's Redis, as `cli projections rebuild` does. */
  rebuild(...projections: Projection<unknown>[]): Promise<void>;
  /** The api on this target, in-process; GET as a reader of a tenant (a key is issued on first use). */
  startApi(): Promise<SeedApi>;
  close(): Promise<void>;
}

export interface SeedApi {
  app: NestFastifyApplication;
  /** The tenant's reader key, issued on first use (ApiKeyIssued is an event like any other). */
  readerKey(tenant: string): Promise<string>;
  get(
    tenant: string,
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown>; json<T = unknown>(): T }>;
  close(): Promise<void>;
}

const quiet = { log: () => undefined, warn: () => undefined };

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
    events: async () => {
      const store = createEventStore(loadConfig(env).eventStore);
      try {
        return await store.readAll();
      } finally {
        await store.close();
      }
    },
    rebuild: async (...projections) => {
      const config = loadConfig(env);
      const store = createEventStore(config.eventStore);
      const client = createRedisClient({ url: config.redisUrl, connectionName: 'seed-target', logger: quiet });
      try {
        for (const projection of projections) await rebuildProjection(store, client, projection);
      } finally {
        await Promise.allSettled([store.close(), closeRedisClient(client)]);
      }
    },
    startApi: async () => {
      const app = await createApp({ config: loadConfig(env), logger: false });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      const keys = new Map<string, string>();
      const keyOf = async (tenant: string) => {
        if (!keys.has(tenant))
          keys.set(tenant, (await app.get(ApiKeyService).issue(tenant, 'reader', { actor: 'seed-target', today: '2026-01-01' })).token);
        return keys.get(tenant)!;
      };
      return {
        app,
        readerKey: keyOf,
        get: async (tenant, path, headers = {}) => {
          const response = await app.inject({
            method: 'GET',
            url: `/v1/orgs/${tenant}${path}`,
            headers: { ...headers, authorization: `Bearer ${await keyOf(tenant)}` },
          });
          return {
            statusCode: response.statusCode,
            body: response.body,
            rawPayload: response.rawPayload,
            headers: response.headers,
            json: <T>() => response.json() as T,
          };
        },
        close: () => app.close(),
      };
    },
    close: async () => {
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
