import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@assocflow/eventstore';

const root = join(__dirname, '../..');

/** Runs the appending child until it has acknowledged `acks` batches, then SIGKILLs it. */
function runAndKill(path: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'test/support/register-ts.js'), join(__dirname, 'sqlite-append-child.ts'), path, '16'],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffer = '';
    const lines: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.length >= acks && child.signalCode === null) child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`child exited by itself (${_code})`))));
  });
}

describe('SQLite store: kill -9 mid-append', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-crash-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, and only whole appends', async () => {
    const path = join(dir, 'events.sqlite');
    for (let round = 0; round < 3; round++) {
      // Each round starts a fresh child on the same file: it must reopen what the last one left.
      const acked = await runAndKill(path, 2000 * (round + 1));
      const store = new SqliteEventStore({ path });
      const lastAck = new Map<string, bigint>();
      for (const line of acked) {
        const [, streamId, , revision] = line.split(' ');
        if (line.startsWith('ack ')) lastAck.set(streamId, BigInt(revision));
      }
      expect(lastAck.size).toBeGreaterThan(0);
      for (const [streamId, acknowledged] of lastAck) {
        const events = await store.readStream(streamId);
        expect(events.length).toBeGreaterThanOrEqual(Number(acknowledged) + 1);
        expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
        // Whole appends only: batch b of a writer has size 1 + b % 5, all of it or none.
        const sizes = new Map<number, { size: number; seen: number }>();
        for (const e of events) {
          const { batch, size } = e.data as { batch: number; size: number };
          const entry = sizes.get(batch) ?? { size, seen: 0 };
          entry.seen++;
          sizes.set(batch, entry);
        }
        for (const { size, seen } of sizes.values()) expect(seen).toBe(size);
      }
      await store.close();
      // The child of the next round resumes from a stream that already exists.
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
    }
  });
});
