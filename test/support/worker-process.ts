import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The real worker (apps/worker/src/main.ts run from its TypeScript sources) as a child process. */
export function startWorker(
  env: Record<string, string>,
  options: { logLevel?: string; stdout?: 'ignore' | 'pipe'; stderr?: 'inherit' | 'pipe' } = {},
): ChildProcess {
  return spawn(process.execPath, ['-r', join(root, 'test/support/register-ts.js'), join(root, 'apps/worker/src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: options.logLevel ?? 'error' },
    stdio: ['ignore', options.stdout ?? 'ignore', options.stderr ?? 'inherit'],
  });
}

/** Resolves once the child has exited (at once if it already has). */
export const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** SIGTERM, then waits for the graceful shutdown to end. */
export async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  await done;
}
