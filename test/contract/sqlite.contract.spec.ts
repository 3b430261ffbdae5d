import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@assocflow/eventstore';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('sqlite (file on disk)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-contract-'));
  const store = new SqliteEventStore({ path: join(dir, 'events.sqlite'), pollIntervalMs: 50 });
  return {
    store,
    teardown: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
