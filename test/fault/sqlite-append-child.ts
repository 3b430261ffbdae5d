// Appends batches as fast as it can and prints each acknowledged batch, until killed.
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@assocflow/eventstore';

const [path, writers] = [process.argv[2], Number(process.argv[3] ?? 16)];
const store = new SqliteEventStore({ path });

async function writer(w: number): Promise<void> {
  const streamId = `crash-t.w${w}`;
  let expected: 'no_stream' | bigint = 'no_stream';
  for (let batch = 0; ; batch++) {
    const size = 1 + (batch % 5);
    const events = Array.from({ length: size }, (_, i) => ({ id: randomUUID(), type: 'Written', data: { w, batch, i, size } }));
    const result = await store.append(streamId, events, { expectedRevision: expected });
    expected = result.nextExpectedRevision;
    process.stdout.write(`ack ${streamId} ${batch} ${result.nextExpectedRevision}\n`);
  }
}

for (let w = 0; w < writers; w++) void writer(w);
