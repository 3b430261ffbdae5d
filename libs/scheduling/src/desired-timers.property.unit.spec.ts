import fc from 'fast-check';
import { DEFAULT_BYLAWS } from '@assocflow/domain';
import { addDays } from './calendar';
import { desiredTimers } from './desired-timers';
import { scheduleFrom, type AnyEvent } from './testing/schedule-builder';

const T = 'prop';
const branchArb = fc.record({
  id: fc.integer({ min: 0, max: 30 }),
  endsIn: fc.integer({ min: -400, max: 2000 }),
  postponeBy: fc.option(fc.integer({ min: 1, max: 365 })),
});
const nowArb = fc.integer({ min: 0, max: 3 * 365 * 24 }).map((h) => new Date(Date.parse('2026-01-01T00:00:00Z') + h * 3_600_000));

function eventsOf(branches: { id: number; endsIn: number; postponeBy: number | null }[]): [string, AnyEvent][] {
  const events: [string, AnyEvent][] = [
    [
      `organization-${T}.profile`,
      { type: 'OrganizationRegistered', data: { occurredOn: '2020-01-01', name: T, kind: 'association', timeZone: 'Asia/Shanghai' } },
    ],
  ];
  for (const b of branches) {
    const endsOn = addDays('2026-01-01', b.endsIn);
    const stream = `branch-${T}.b${b.id}`;
    if (events.some(([s]) => s === stream)) continue;
    events.push([
      stream,
      {
        type: 'BranchRegistered',
        data: {
          occurredOn: '2020-01-01',
          branchId: `b${b.id}`,
          name: `b${b.id}`,
          kind: 'society',
          term: { number: 1, startedOn: addDays(endsOn, -1500), endsOn },
          hasPartyGroup: false,
          leadership: [],
        },
      },
    ]);
    if (b.postponeBy)
      events.push([
        stream,
        {
          type: 'BranchRenewalPostponed',
          data: {
            occurredOn: '2025-12-01',
            branchId: `b${b.id}`,
            approvalRef: 'x',
            previousDueOn: endsOn,
            newDueOn: addDays(endsOn, b.postponeBy),
          },
        },
      ]);
  }
  return events;
}

describe('desired timers: laws', () => {
  it('ids are unique, colon-free and deterministic; at most one timer already past per due date; none of them sent', () => {
    fc.assert(
      fc.property(fc.array(branchArb, { maxLength: 20 }), nowArb, fc.array(fc.nat(), { maxLength: 5 }), (branches, now, sentPicks) => {
        const schedule = scheduleFrom(T, eventsOf(branches));
        const first = desiredTimers(schedule, DEFAULT_BYLAWS, now);
        expect(desiredTimers(scheduleFrom(T, eventsOf(branches)), DEFAULT_BYLAWS, now)).toEqual(first);
        expect(new Set(first.map((t) => t.jobId)).size).toBe(first.length);
        expect(first.every((t) => !t.jobId.includes(':') && t.jobId.startsWith(`${T}.`))).toBe(true);
        const pastPerDue = new Map<string, number>();
        for (const t of first.filter((x) => Date.parse(x.fireAt) <= now.getTime())) {
          const key = `${t.entity.kind}.${t.entity.id}.${t.dueOn}.${t.kind === 'branch-renewal-escalation' ? 'branch-renewal' : t.kind}`;
          pastPerDue.set(key, (pastPerDue.get(key) ?? 0) + 1);
        }
        expect([...pastPerDue.values()].every((n) => n === 1)).toBe(true);
        // Recording some as sent removes exactly those.
        const sent = sentPicks.filter(() => first.length > 0).map((i) => first[i % first.length].reminderId);
        for (const id of sent) schedule.sent.add(id);
        const after = desiredTimers(schedule, DEFAULT_BYLAWS, now);
        expect(after.some((t) => sent.includes(t.reminderId))).toBe(false);
        expect(after.filter((t) => Date.parse(t.fireAt) > now.getTime())).toEqual(
          first.filter((t) => Date.parse(t.fireAt) > now.getTime() && !sent.includes(t.reminderId)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("every branch timer is about the branch's current due date (the postponed one, when postponed)", () => {
    fc.assert(
      fc.property(fc.array(branchArb, { minLength: 1, maxLength: 10 }), nowArb, (branches, now) => {
        const events = eventsOf(branches);
        const due = new Map<string, string>();
        for (const [, e] of events) {
          if (e.type === 'BranchRegistered') due.set(e.data.branchId as string, (e.data.term as { endsOn: string }).endsOn);
          if (e.type === 'BranchRenewalPostponed') due.set(e.data.branchId as string, e.data.newDueOn as string);
        }
        for (const t of desiredTimers(scheduleFrom(T, events), DEFAULT_BYLAWS, now).filter((x) => x.entity.kind === 'branch')) {
          expect(t.dueOn).toBe(due.get(t.entity.id));
        }
      }),
      { numRuns: 200 },
    );
  });
});
