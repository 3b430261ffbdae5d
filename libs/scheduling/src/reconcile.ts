import type { Queue } from 'bullmq';
import type { Timer } from './timer';
import { tenantOfJobId } from './timer';
import { TIMER_JOB_NAME, timerJobOptions } from './timer-queue';

export interface ReconcileOptions {
  now: Date;
  /** Only these tenants' jobs are touched (a reconciliation after their events); all when absent. */
  tenants?: ReadonlySet<string>;
  /** Called with the share done, 0 to 1 (job.updateProgress). */
  onProgress?: (done: number) => Promise<unknown> | unknown;
  /** Jobs per addBulk / removal round trip. */
  chunk?: number;
}

export interface ReconcileResult {
  desired: number;
  added: number;
  removed: number;
  /** Desired and already there (delayed, waiting or running). */
  kept: number;
  /** Desired, failed for good before, put back to run. */
  retried: number;
}

/** States a timer job waits in; such a job that is no longer desired is removed. */
const WAITING = ['delayed', 'waiting', 'prioritized'] as const;

/**
 * Makes the queue's timer jobs the desired ones: adds the missing (with their deterministic
 * ids, so a concurrent or repeated run adds nothing twice), removes those no longer desired,
 * and leaves the rest alone. It compares job ids only, so a run that changes nothing is a few
 * range reads.
 */
export async function reconcileTimers(queue: Queue, desired: readonly Timer[], options: ReconcileOptions): Promise<ReconcileResult> {
  const chunk = options.chunk ?? 2_000;
  const inScope = (jobId: string) => !options.tenants || options.tenants.has(tenantOfJobId(jobId));
  const [waiting, active, failed] = await Promise.all([
    queue.getRanges([...WAITING], 0, -1),
    queue.getRanges(['active'], 0, -1),
    queue.getRanges(['failed'], 0, -1),
  ]);
  const present = new Set([...waiting, ...active]);
  const failedIds = new Set(failed);
  const desiredIds = new Set(desired.map((t) => t.jobId));

  const toAdd = desired.filter((t) => !present.has(t.jobId) && !failedIds.has(t.jobId));
  const toRemove = waiting.filter((id) => inScope(id) && !desiredIds.has(id));
  const toRetry = failed.filter((id) => desiredIds.has(id));
  const total = toAdd.length + toRemove.length + toRetry.length;
  let done = 0;
  const progress = async (n: number) => {
    done += n;
    if (options.onProgress && total > 0) await options.onProgress(done / total);
  };

  for (let i = 0; i < toAdd.length; i += chunk) {
    const part = toAdd.slice(i, i + chunk);
    await queue.addBulk(part.map((timer) => ({ name: TIMER_JOB_NAME, data: timer, opts: timerJobOptions(timer, options.now) })));
    await progress(part.length);
  }
  for (let i = 0; i < toRemove.length; i += chunk) {
    const part = toRemove.slice(i, i + chunk);
    await Promise.all(part.map((id) => queue.remove(id)));
    await progress(part.length);
  }
  for (const id of toRetry) {
    await (await queue.getJob(id))?.retry('failed');
    await progress(1);
  }
  if (total === 0) await options.onProgress?.(1);
  return {
    desired: desired.length,
    added: toAdd.length,
    removed: toRemove.length,
    retried: toRetry.length,
    kept: desired.length - toAdd.length - toRetry.length,
  };
}
