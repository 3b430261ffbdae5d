import type { Redis } from 'ioredis';

interface Batch {
  keys: string[];
  indexOf: Map<string, number>;
  values: Promise<(Buffer | null)[]>;
}

/**
 * Every MGET asked for during one turn of the event loop goes to Redis as one MGET, sent once
 * the turn's I/O callbacks have run (setImmediate), each key once. Under load the reads of many
 * requests then cost one write and one reply instead of one each. Each read is sent after it was
 * asked for, so a batch never answers with anything older than a read of its own would.
 * Unlike ioredis' auto-pipelining, batches do not wait for each other (see AppModule).
 */
export class TickBatchedReads {
  private batch: Batch | undefined;

  constructor(private readonly redis: Redis) {}

  mgetBuffer(keys: string[]): Promise<(Buffer | null)[]> {
    const batch = (this.batch ??= this.open());
    const indexes = keys.map((key) => {
      let index = batch.indexOf.get(key);
      if (index === undefined) {
        index = batch.keys.push(key) - 1;
        batch.indexOf.set(key, index);
      }
      return index;
    });
    return batch.values.then((values) => indexes.map((i) => values[i]));
  }

  private open(): Batch {
    const keys: string[] = [];
    const values = new Promise<(Buffer | null)[]>((resolve, reject) => {
      setImmediate(() => {
        this.batch = undefined;
        this.redis.mgetBuffer(keys).then(resolve, reject);
      });
    });
    return { keys, indexOf: new Map(), values };
  }
}
