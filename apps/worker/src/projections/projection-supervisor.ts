import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import { DEFAULT_PROJECTION_LEASE_MS, EVENT_STORE, REDIS } from '@assocflow/platform';
import {
  PROJECTIONS,
  ProjectionRunner,
  RedisLease,
  SharedLogPages,
  activeVersionKey,
  deleteVersion,
  versionToRun,
  type Projection,
} from '@assocflow/projections';

export const PROJECTION_LIST = 'PROJECTION_LIST';
export const PROJECTION_COMMIT_INTERVAL_MS = 'PROJECTION_COMMIT_INTERVAL_MS';
export const PROJECTION_LEASE_MS = 'PROJECTION_LEASE_MS';
const FOLLOW_MS = 2_000;
const PROGRESS_MS = 10_000;
/** How long the stop waits for a round in hand, and for the leases to be handed back, when Redis does not answer. */
const SHUTDOWN_WAIT_MS = 1_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
/** The workers leading projections, each scored with the time its presence expires (ms). */
export const PROJECTION_WORKERS_KEY = 'lease:projection-workers';

/**
 * Leads this worker's share of the projections and keeps each running on the version that
 * serves reads. Replicas share the work through a lease per projection (RedisLease): a worker
 * takes free leases up to its share (the projections divided by the live workers, rounded up),
 * hands over one above its share per round when a replica joins, and renews those it holds every
 * third of the lease; a runner writes under its lease's fence, so a leader that paused past its
 * lease cannot write over the one that took it over. A dead leader's projections are taken over
 * once its leases expire (PROJECTION_LEASE_MS); a stopped one releases them at once.
 *
 * Keeps every projection it leads running on the version that serves reads, and follows the active
 * pointer when a blue/green rebuild switches it. When the serving version was built by another
 * version of a projection's code (a changed fold was deployed), builds the next version beside it
 * and switches once it has caught up (versionToRun). Stops before the store closes, finishing
 * the batch in hand and saving its checkpoint.
 */
@Injectable()
export class ProjectionSupervisor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners = new Map<string, ProjectionRunner<unknown>>();
  private readonly leases = new Map<string, RedisLease>();
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly leaseMs: number;
  private follow?: NodeJS.Timeout;
  private lead?: NodeJS.Timeout;
  /** Rounds of leading and following run one after the other, never two at once. */
  private rounds = Promise.resolve();
  private stopping = false;
  /** The runners catching up read the log once between them. */
  private readonly pages: SharedLogPages;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(PROJECTION_LIST) private readonly projections: Projection<unknown>[] = PROJECTIONS,
    @Optional() @Inject(PROJECTION_COMMIT_INTERVAL_MS) private readonly commitIntervalMs?: number,
    @Optional() @Inject(PROJECTION_LEASE_MS) leaseMs?: number,
  ) {
    this.leaseMs = leaseMs ?? DEFAULT_PROJECTION_LEASE_MS;
    this.pages = new SharedLogPages(store);
  }

  /** The projections this worker leads now (tests, logs). */
  get leading(): string[] {
    return [...this.leases.values()].filter((l) => l.fence).map((l) => l.name.slice('projection:'.length));
  }

  /** Leads in the background: a Redis outage at start must not hold the worker's start. */
  onApplicationBootstrap(): void {
    const round = (work: () => Promise<void>) =>
      (this.rounds = this.rounds.then(work).catch((error: Error) => this.logger.warn(`projections: ${error.message}`)));
    void round(() => this.leadRound());
    this.lead = setInterval(() => void round(() => this.leadRound()), Math.max(100, Math.floor(this.leaseMs / 3)));
    this.follow = setInterval(() => void round(() => this.followActive()), FOLLOW_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.lead);
    clearInterval(this.follow);
    // A round waiting on Redis (away) must not hold the stop: it checks `stopping` before each step.
    await Promise.race([this.rounds, delay(SHUTDOWN_WAIT_MS)]);
    const stopped = await Promise.allSettled([...this.runners.values()].map((r) => r.stop()));
    this.runners.clear();
    // Released once stopped at their checkpoints: a replica takes them over without waiting for the
    // lease to run out. With Redis away they simply expire.
    const handedBack = Promise.allSettled(
      [...this.leases.values()].map((l) => l.release()).concat(this.redis.zrem(PROJECTION_WORKERS_KEY, this.owner).then(() => undefined)),
    );
    await Promise.race([handedBack, delay(SHUTDOWN_WAIT_MS)]);
    const failed = stopped.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed.length === 0) this.logger.log('projections stopped at their checkpoints');
    // A batch that could not be committed is simply applied again from the last checkpoint on the next start.
    else
      this.logger.warn(
        `projections stopped; ${failed.length} could not save their last batch (${String(failed[0].reason)}): the next start resumes from the checkpoint before it`,
      );
  }

  /**
   * One round: says this worker is alive, renews what it leads (stopping what it lost), hands
   * one projection over when it leads more than its share, and takes free ones up to its share.
   * A projection whose start failed (Redis away) is started again next round.
   */
  private async leadRound(): Promise<void> {
    if (this.stopping) return;
    const share = Math.ceil(this.projections.length / (await this.liveWorkers()));
    let handedOver = false;
    // Started together at the end of the round: runners that start from the same checkpoint read the log's pages together.
    const starts: Promise<void>[] = [];
    const start = (projection: Projection<unknown>, lease: RedisLease) =>
      starts.push(
        this.run(projection, lease).catch((error: Error) =>
          this.logger.warn(`projection ${projection.name}: ${error.message}; trying again in ${Math.floor(this.leaseMs / 3)} ms`),
        ),
      );
    for (const projection of this.projections) {
      if (this.stopping) break;
      const { name } = projection;
      const lease = this.leaseOf(name);
      try {
        if (lease.fence) {
          if (!(await lease.renew())) {
            this.logger.warn(`projection ${name}: lease lost to another worker; stopping it here`);
            await this.stopRunner(name);
            continue;
          }
          if (!handedOver && this.leading.length > share) {
            handedOver = true;
            this.logger.log(`projection ${name}: handed over to another worker (this one leads more than its share of ${share})`);
            await this.stopRunner(name);
            await lease.release();
            continue;
          }
          if (!this.runners.has(name)) start(projection, lease);
        } else if (this.leading.length < share && (await lease.acquire())) {
          this.logger.log(`projection ${name}: led by this worker (lease token ${lease.token})`);
          start(projection, lease);
        }
      } catch (error) {
        this.logger.warn(`projection ${name}: ${(error as Error).message}; trying again in ${Math.floor(this.leaseMs / 3)} ms`);
      }
    }
    await Promise.all(starts);
  }

  /** Marks this worker alive for one lease, forgets the expired, and counts the live ones (itself included). */
  private async liveWorkers(): Promise<number> {
    const now = Date.now();
    const [, , count] = (await this.redis
      .multi()
      .zadd(PROJECTION_WORKERS_KEY, now + this.leaseMs, this.owner)
      .zremrangebyscore(PROJECTION_WORKERS_KEY, '-inf', now)
      .zcard(PROJECTION_WORKERS_KEY)
      .exec()) as [Error | null, number][];
    return Math.max(1, Number(count?.[1] ?? 1));
  }

  private leaseOf(name: string): RedisLease {
    let lease = this.leases.get(name);
    if (!lease) this.leases.set(name, (lease = new RedisLease(this.redis, `projection:${name}`, this.owner, this.leaseMs)));
    return lease;
  }

  private async stopRunner(name: string): Promise<void> {
    const runner = this.runners.get(name);
    this.runners.delete(name);
    await runner?.stop().catch((error: Error) => this.logger.warn(`projection ${name}: ${error.message}`));
  }

  private async run(projection: Projection<unknown>, lease: RedisLease): Promise<void> {
    const { name } = projection;
    const fence = lease.fence;
    if (!fence) return;
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
        void deleteVersion(this.redis, name, old).catch((error: Error) =>
          this.logger.warn(`projection ${name}: version ${old} not removed: ${error.message}`),
        );
      },
      onError: (error) => this.logger.warn(`projection ${name}: ${error.message}; starting again from its checkpoint`),
      fence,
      pages: this.pages,
      onLeaseLost: () => {
        this.logger.warn(`projection ${name}: another worker leads it now; this one stopped writing`);
        if (this.runners.get(name) === runner) this.runners.delete(name);
      },
    });
    await runner.start();
    if (this.stopping) {
      // The stop went on without this round (Redis was slow to answer): do not leave it running.
      await runner.stop().catch(() => undefined);
      return;
    }
    this.runners.set(name, runner);
    if (replaces !== undefined) {
      this.logger.log(
        `projection ${name}: version ${replaces} was built by other code; building version ${version} (code version ${projection.version}) from position ${runner.checkpoint} while it serves`,
      );
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
      const { shared, alone } = this.pages.stats;
      this.logger.log(
        `projection ${name}: building version ${version}: ${done.toFixed(1)}% of the log (position ${position} of ${head}),${left} ${Math.round(rate)} events/s` +
          ` (pages read for the runners together: ${shared}, alone: ${alone})`,
      );
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
      await this.stopRunner(projection.name);
      // Started again on the active version by the next lead round, if this worker still leads it.
    }
  }
}
