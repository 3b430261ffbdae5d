import type { JobsOptions } from 'bullmq';
import type { Timer } from './timer';

/** Delayed jobs, one per timer, id = Timer.jobId. */
export const TIMER_QUEUE = 'assocflow-timers';
/** Reconciliation runs: the daily job scheduler's jobs. */
export const RECONCILE_QUEUE = 'assocflow-reconcile';
export const DAILY_RECONCILE_SCHEDULER_ID = 'reconcile-daily';
export const TIMER_JOB_NAME = 'reminder';
export const RECONCILE_JOB_NAME = 'reconcile';

/** Failed jobs are kept with their reason (Bull Board shows them) up to this many. */
export const FAILED_JOBS_KEPT = 5_000;

/**
 * A timer's job: delayed until its instant, retried with backoff, removed once done (the
 * ReminderSent event, not the job, is the record), kept when it fails for good.
 */
export function timerJobOptions(timer: Timer, now: Date): JobsOptions {
  return {
    jobId: timer.jobId,
    delay: Math.max(0, Date.parse(timer.fireAt) - now.getTime()),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: true,
    removeOnFail: { count: FAILED_JOBS_KEPT },
  };
}
