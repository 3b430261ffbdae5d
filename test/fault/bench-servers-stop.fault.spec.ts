import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis } from '../../bench/support/redis-process';

const root = join(__dirname, '..', '..');
/** Running: the process exists and is not a zombie (killed, waiting for a parent that may never reap it in a container). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** Benchmarks (and tests) stop every redis-server they start: on stop(), and when they end without it. */
describe('redis-server processes started by benchmarks', () => {
  it('stop even when their folder is gone and the append-only file cannot be written', async () => {
    const redis = await startRedis({ appendonly: true });
    const pid = redis.child.pid!;
    rmSync(redis.dir, { recursive: true, force: true });
    await redis.stop();
    expect(alive(pid)).toBe(false);
  });

  it('are killed when the process that started them ends without stopping them (an error, an exit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assocflow-bench-exit-'));
    const script = join(dir, 'leaky-bench.ts');
    writeFileSync(
      script,
      `
      import { startRedis } from ${JSON.stringify(join(root, 'bench/support/redis-process'))};
      void (async () => {
        const redis = await startRedis({ appendonly: false });
        process.stdout.write(String(redis.child.pid) + '\\n');
        throw new Error('the benchmark failed half way');
      })();
    `,
    );
    try {
      const child = spawn(process.execPath, ['-r', join(root, 'test/support/register-ts.js'), script], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, JEST_WORKER_ID: '' },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).not.toBe(0);
      const pid = Number(out.trim());
      expect(pid).toBeGreaterThan(0);
      // SIGKILL is sent synchronously on exit; give the kernel a moment to reap it.
      for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
      expect(alive(pid)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
