import { EsdbEventStore } from '@assocflow/eventstore/esdb/esdb-event-store';
import { startEsdbTestServer } from '../support/esdb-grpc-server';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('esdb (in-process gRPC server)', async () => {
  const server = await startEsdbTestServer();
  const store = new EsdbEventStore(server.connectionString);
  return {
    store,
    async teardown() {
      await store.close();
      await server.stop();
    },
  };
});

// A real server (docker compose's kurrentdb, say) is shared and never empty. The contract narrows
// every read and subscription to a tenant of its own per test, so no fresh store is needed; only
// the head-position test wants no one else appending while it runs.
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (connectionString) {
  describeEventStoreContract(`esdb (${connectionString})`, async () => {
    const store = new EsdbEventStore(connectionString);
    return { store, teardown: () => store.close() };
  });
}
