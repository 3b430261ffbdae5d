import { tenantOf, type AllSubscription, type EventStore } from '@assocflow/eventstore';
import { applyToSchedule, emptySchedule, recordedAtOf, SCHEDULE_CATEGORIES, type TenantSchedule } from './schedule-state';
import { toScheduleEvent } from './upcasting';

/**
 * Every tenant's schedule, folded in memory from the log through a filtered subscription
 * (catch-up, then live). It is rebuilt from the log on every start, so nothing Redis loses
 * matters to it. `onChange` hears which tenants' timers may have changed, per event.
 */
export class ScheduleTracker {
  private readonly tenants = new Map<string, TenantSchedule>();
  private subscription?: AllSubscription;
  private loop?: Promise<void>;
  private caughtUp = false;
  private readonly caughtUpWaiters: (() => void)[] = [];
  private failure?: unknown;
  /** Events applied so far (for logs and tests). */
  applied = 0;
  /** The position of the last event or checkpoint seen. */
  position = 0n;
  private positionWaiters: { position: bigint; wake: () => void }[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly onChange: (tenant: string) => void = () => undefined,
  ) {}

  /** Subscribes from the start of the log and resolves once every existing event is folded. */
  async start(): Promise<void> {
    this.subscription = this.store.subscribeToAll({ fromPosition: 'start', filter: { categories: [...SCHEDULE_CATEGORIES] } });
    const ready = new Promise<void>((resolve) => this.caughtUpWaiters.push(resolve));
    this.loop = this.consume(this.subscription).catch((error: unknown) => {
      this.failure = error;
      for (const wake of this.caughtUpWaiters.splice(0)) wake();
    });
    await ready;
    if (this.failure) throw this.failure;
  }

  private async consume(subscription: AllSubscription): Promise<void> {
    for await (const message of subscription) {
      if (message.kind === 'event') {
        const { event } = message;
        const tenant = tenantOf(event.streamId);
        if (tenant) {
          let schedule = this.tenants.get(tenant);
          if (!schedule) this.tenants.set(tenant, (schedule = emptySchedule(tenant)));
          this.applied++;
          if (applyToSchedule(schedule, event.streamId, toScheduleEvent(event), recordedAtOf(event.metadata)) && this.caughtUp)
            this.onChange(tenant);
        }
        this.advance(event.position);
        continue;
      }
      this.advance(message.position);
      if (message.kind === 'caughtUp' && !this.caughtUp) {
        this.caughtUp = true;
        for (const wake of this.caughtUpWaiters.splice(0)) wake();
      }
    }
  }

  private advance(position: bigint): void {
    if (position <= this.position) return;
    this.position = position;
    const [due, rest] = [
      this.positionWaiters.filter((w) => w.position <= position),
      this.positionWaiters.filter((w) => w.position > position),
    ];
    this.positionWaiters = rest;
    for (const w of due) w.wake();
  }

  /** Resolves once the event at `position` (or a later one) has been folded in. */
  reached(position: bigint): Promise<void> {
    if (this.position >= position) return Promise.resolve();
    return new Promise((wake) => this.positionWaiters.push({ position, wake }));
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  schedules(): TenantSchedule[] {
    return [...this.tenants.values()];
  }

  schedule(tenant: string): TenantSchedule | undefined {
    return this.tenants.get(tenant);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
  }
}
