import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { apikey } from '@assocflow/domain';
import type { EventStore, RecordedEvent } from '@assocflow/eventstore';
import { EVENT_STORE, loadConfig } from '@assocflow/platform';
import { ApiKeyService } from '../../apps/api/src/auth/api-key.service';
import { createApp } from '../../apps/api/src/create-app';

/** The api over real HTTP, on a SQLite file in a temporary folder and the suite's redis-server. */
export interface ApiHarness {
  app: NestFastifyApplication;
  store: EventStore;
  http: () => ReturnType<typeof request>;
  key(tenant: string, role: apikey.ApiKeyRole, branchIds?: string[]): Promise<string>;
  allEvents(): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-e2e-'));
  const config = loadConfig({
    SQLITE_PATH: join(dir, 'assocflow.sqlite'),
    REDIS_URL: process.env.REDIS_URL!,
    WEBHOOK_SECRET_KEY: 'api-harness-webhook-key-0123456789abcdef',
    ...env,
  });
  const app = await createApp({ config, logger: false });
  await app.listen(0, '127.0.0.1');
  const store = app.get<EventStore>(EVENT_STORE);
  const keys = app.get(ApiKeyService);
  return {
    app,
    store,
    http: () => request(app.getHttpServer()),
    key: async (tenant, role, branchIds) => (await keys.issue(tenant, role, { branchIds, actor: 'test', today: '2026-01-01' })).token,
    allEvents: () => store.readAll({ filter: { categories: undefined } }),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
