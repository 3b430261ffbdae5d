import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE, REDIS } from '@assocflow/platform';
import { PROJECTIONS, ProjectionRunner, activeVersionKey, deleteVersion, versionToRun, type Projection } from '@assocflow/projections';

export const PROJECTION_LIST = 'PROJECTION_LIST';
export const PROJECTION_COMMIT_INTERVAL_MS = 'PROJECTION_COMMIT_INTERVAL_MS';
const FOLLOW_MS = 2_000;
const RETRY_MS = 2_000;
const PROGRESS_MS = 10_000;

/**
 * Keeps every projection running on the version that serves reads, and follows the active
 * pointer when a blue/green rebuild switches it. When the serving version was built by another
 * version of a projection's code (a changed fold was deployed), builds the next version beside it
 * and switches once it has caught up (versionToRun). Stops before the store closes, finishing
 * the batch in hand and saving its checkpoint.
 */
@Injectable()
export class ProjectionSupervisor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners = new Map<string, ProjectionRunner<unknown>>();
  private follow?: NodeJS.Timeout;
  private switching = Promise.resolve();
  private starting = Promise.resolve();
  private stopping = false;
  private readonly retries = new Map<string, NodeJS.Timeout>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(PROJECTION_LIST) private readonly projections: Projection<unknown>[] = PROJECTIONS,
    @Optional() @Inject(PROJECTION_COMMIT_INTERVAL_MS) private readonly commitIntervalMs?: number,
  ) {}

  /** Starts every projection in the background: a Redis outage at start must not hold the worker's start. */
  onApplicationBootstrap(): void {
    this.starting = (async () => {
      for (const projection of this.projections) await this.runOrRetry(projection);
    })();
    this.follow = setInterval(() => (this.switching = this.switching.then(() => this.followActive())), FOLLOW_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.follow);
    for (const timer of this.retries.values()) clearTimeout(timer);
    await this.starting;
    await this.switching;
    const stopped = await Promise.allSettled([...this.runners.values()].map((r) => r.stop()));
    const failed = stopped.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed.length === 0) this.logger.log('projections stopped at their checkpoints');
    // A batch that could not be committed is simply applied again from the last checkpoint on the next start.
    else this.logger.warn(`projections stopped; ${failed.length} could not save their last batch (${String(failed[0].reason)}): the next start resumes from the checkpoint before it`);
  }

  /** Starts a projection; while Redis does not answer, tries again every RETRY_MS in the background. */
  private async runOrRetry(projection: Projection<unknown>): Promise<void> {
    this.retries.delete(projection.name);
    if (this.stopping) return;
    try {
      await this.run(projection);
    } catch (error) {
      this.logger.warn(`projection ${projection.name} not started: ${(error as Error).message}; trying again in ${RETRY_MS / 1000} s`);
      this.retries.set(projection.name, setTimeout(() => void this.runOrRetry(projection), RETRY_MS));
    }
  }

  private async run(projection: Projection<unknown>): Promise<void> {
    const { name } = projection;
    const { version, activate, replaces } = await versionToRun(this.redis, projection);
    let replaced = replaces;
    const progress = activate ? await this.buildProgress(name, version) : undefined;
    const runner = new ProjectionRunner(this.store, this.redis, projection, {
      version,
      activateOnCatchUp: activate,
      ...(this.commitIntervalMs ? { catchUpCommitMs: this.commitIntervalMs } : {}),
      onBatch: ({ caughtUp, position, events }) => {
        if (!caughtUp) progress?.(position, events);
        if (!caughtUp || replaced === undefined) return;
        const old = replaced;
        replaced = undefined;
        this.logger.log(`projection ${name}: version ${version} serves now; removing version ${old}`);
        void deleteVersion(this.redis, name, old).catch((error: Error) => this.logger.warn(`projection ${name}: version ${old} not removed: ${error.message}`));
      },
      onError: (error) => this.logger.warn(`projection ${name}: ${error.message}; starting again from its checkpoint`),
    });
    await runner.start();
    this.runners.set(name, runner);
    if (replaces !== undefined) {
      this.logger.log(`projection ${name}: version ${replaces} was built by other code; building version ${version} (code version ${projection.version}) from position ${runner.checkpoint} while it serves`);
    } else this.logger.log(`projection ${name} running on version ${version} from position ${runner.checkpoint}`);
  }

  /** Logs a build's progress at most every PROGRESS_MS: position against the head it started at, events/s, time left. */
  private async buildProgress(name: string, version: number): Promise<(position: bigint, events: number) => void> {
    const head = await this.store.headPosition();
    const started = Date.now();
    let applied = 0;
    let logged = started;
    return (position, events) => {
      applied += events;
      const now = Date.now();
      if (now - logged < PROGRESS_MS || head === 0n) return;
      logged = now;
      const rate = (applied * 1000) / (now - started);
      const done = Number((position * 1000n) / head) / 10;
      const left = rate > 0 && position < head ? ` about ${Math.ceil(Number(head - position) / rate)} s left at the most,` : '';
      this.logger.log(`projection ${name}: building version ${version}: ${done.toFixed(1)}% of the log (position ${position} of ${head}),${left} ${Math.round(rate)} events/s`);
    };
  }

  private async followActive(): Promise<void> {
    for (const projection of this.projections) {
      if (this.stopping) return; // each lookup may wait out a Redis outage: do not hold the shutdown
      const runner = this.runners.get(projection.name);
      const active = await this.redis.get(activeVersionKey(projection.name)).catch(() => null);
      // Only a newer version is followed: while this worker builds one for changed code, the older one serves.
      if (!runner || !active || Number(active) <= runner.version) continue;
      this.logger.log(`projection ${projection.name}: version ${active} now serves, switching from ${runner.version}`);
      this.runners.delete(projection.name);
      await runner.stop().catch((error: Error) => this.logger.warn(`projection ${projection.name} version ${runner.version}: ${error.message}`));
      await this.runOrRetry(projection);
    }
  }
}
