import { randomUUID } from 'node:crypto';
import { activity, branch, grant, report, type DomainEvent } from '@assocflow/domain';
import type { EventStore, NewEvent } from '@assocflow/eventstore';

export interface MixOptions {
  events: number;
  tenants: number;
  years: number;
  firstYear?: number;
}

/**
 * A realistic mix of an association's year, made through the real deciders so every event has
 * the shape the projections expect: trainings and academic events (84% of the log), grants
 * awarded (8.5%), reports issued (7%) and branches founded (0.5%: some twenty a year for each
 * tenant at a million events, where 四川省医院协会 founded 4 in 2023). Deterministic for a seed.
 */
export function* eventMix({ events, tenants, years, firstYear = 2021 }: MixOptions): Generator<{ streamId: string; event: NewEvent }> {
  let n = 0;
  let rng = 42;
  const rand = (max: number) => ((rng = (rng * 1103515245 + 12345) % 2147483648), rng % max);
  while (n < events) {
    const tenant = `t${rand(tenants)}`;
    const year = firstYear + rand(years);
    const day = `${year}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
    const id = `x${n}`;
    const roll = rand(1000);
    const made: { streamId: string; events: DomainEvent[] } =
      roll < 470
        ? {
            streamId: activity.toActivityStreamId(tenant, id),
            events: activity.activityDecider.decide(
              {
                type: 'RecordTraining',
                data: {
                  activityId: id,
                  title: `培训${n}`,
                  heldOn: day,
                  organizer: { kind: 'organization' },
                  sessions: 1 + rand(3),
                  mode: 'offline',
                  participants: { value: 20 + rand(500), approximate: rand(10) === 0 },
                },
              },
              activity.activityDecider.initialState(),
            ),
          }
        : roll < 840
          ? {
              streamId: activity.toActivityStreamId(tenant, id),
              events: activity.activityDecider.decide(
                {
                  type: 'RecordAcademicEvent',
                  data: {
                    activityId: id,
                    title: `学术活动${n}`,
                    heldOn: day,
                    organizer: { kind: 'organization' },
                    sessions: 1,
                    mode: rand(3) === 0 ? 'online' : 'offline',
                    participants: { value: 50 + rand(2000), approximate: false },
                  },
                },
                activity.activityDecider.initialState(),
              ),
            }
          : roll < 845
            ? {
                streamId: branch.toBranchStreamId(tenant, id),
                events: branch.branchDecider.decide(
                  {
                    type: 'FoundBranch',
                    data: {
                      branchId: id,
                      name: `分会${n}`,
                      kind: 'society',
                      foundedOn: day,
                    },
                  },
                  branch.branchDecider.initialState(),
                ),
              }
            : roll < 930
              ? {
                  streamId: grant.toGrantStreamId(tenant, id),
                  events: grant.grantDecider.decide(
                    {
                      type: 'AwardGrant',
                      data: {
                        grantId: id,
                        title: `课题${n}`,
                        amountYuan: 10000 * (1 + rand(20)),
                        awardedOn: day,
                      },
                    },
                    grant.grantDecider.initialState(),
                  ),
                }
              : {
                  streamId: report.toReportStreamId(tenant, id),
                  events: report.reportDecider.decide(
                    {
                      type: 'IssueReport',
                      data: {
                        reportId: id,
                        kind: 'survey',
                        title: `调研报告${n}`,
                        issuedOn: day,
                        issuer: { kind: 'organization' },
                      },
                    },
                    report.reportDecider.initialState(),
                  ),
                };
    for (const e of made.events) {
      n++;
      yield {
        streamId: made.streamId,
        event: {
          id: randomUUID(),
          type: e.type,
          data: e.data,
          metadata: {
            tenant,
            actor: 'mix',
            correlationId: id,
            occurredAt: e.data.occurredOn,
            recordedAt: `${year}-12-31T00:00:00.000Z`,
            schemaVersion: e.type === 'TrainingHeld' || e.type === 'AcademicEventHeld' ? 2 : 1,
          },
        },
      };
    }
  }
}

/** Appends the mix, each stream new, many appends at once so group commit does its job. */
export async function appendMix(store: EventStore, options: MixOptions, onProgress?: (n: number) => void): Promise<number> {
  let pending: Promise<unknown>[] = [];
  let n = 0;
  for (const { streamId, event } of eventMix(options)) {
    pending.push(store.append(streamId, [event], { expectedRevision: 'any' }));
    if (pending.length === 256) {
      await Promise.all(pending);
      pending = [];
      onProgress?.(n);
    }
    n++;
  }
  await Promise.all(pending);
  return n;
}
