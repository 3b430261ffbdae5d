import { DEFAULT_BYLAWS } from '@assocflow/domain';
import { MemoryEventStore, type EventStore } from '@assocflow/eventstore';
import { randomUUID } from 'node:crypto';
import { FixedClock } from './clock';
import { desiredTimers } from './desired-timers';
import { fireTimer } from './fire-timer';
import { loadEntitySchedule } from './entity-schedule';
import type { AnyEvent } from './testing/schedule-builder';
import type { Timer } from './timer';

const T = 'scha';
async function record(store: EventStore, streamId: string, ...events: AnyEvent[]): Promise<void> {
  const existing = await store.readStream(streamId);
  await store.append(
    streamId,
    events.map((e) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data,
      metadata: { tenant: T, schemaVersion: 1, occurredAt: e.data.occurredOn },
    })),
    { expectedRevision: existing.length ? existing[existing.length - 1].revision : 'no_stream' },
  );
}
const reminderSent = async (store: EventStore) => (await store.readAll()).filter((e) => e.type === 'ReminderSent');
const at = (date: string) => `${date}T01:00:00.000Z`;

describe('a timer firing records ReminderSent once, after checking the log', () => {
  let store: MemoryEventStore;
  const clock = new FixedClock(at('2026-01-01'));
  beforeEach(async () => {
    store = new MemoryEventStore();
    await record(store, `organization-${T}.profile`, {
      type: 'OrganizationRegistered',
      data: { occurredOn: '2019-01-01', name: '协会', kind: 'association', timeZone: 'Asia/Shanghai' },
    });
    await record(store, `branch-${T}.rehab`, {
      type: 'BranchRegistered',
      data: {
        occurredOn: '2022-06-01',
        branchId: 'rehab',
        name: '康复分会',
        kind: 'society',
        term: { number: 1, startedOn: '2022-06-01', endsOn: '2027-06-01' },
        hasPartyGroup: false,
        leadership: [],
      },
    });
  });
  const timerOf = async (jobId: string, now: string): Promise<Timer> => {
    const schedule = await loadEntitySchedule(store, { tenant: T, reminderId: 'none', entity: { kind: 'branch', id: 'rehab' } });
    const timer = desiredTimers(schedule, DEFAULT_BYLAWS, new Date(now)).find((t) => t.jobId === jobId);
    if (!timer) throw new Error(`no timer ${jobId}`);
    return timer;
  };

  it('records the reminder with the details delivery needs; run twice, or twice at once, it records once', async () => {
    const timer = await timerOf('scha.branch-renewal-0d.branch.rehab.2027-06-01', at('2027-05-01'));
    clock.set(at('2027-06-01'));
    const outcomes = await Promise.all([fireTimer(store, timer, clock), fireTimer(store, timer, clock)]);
    expect(outcomes.sort()).toEqual(['already-sent', 'recorded']);
    expect(await fireTimer(store, timer, clock)).toBe('already-sent');
    const sent = await reminderSent(store);
    expect(sent).toHaveLength(1);
    expect(sent[0].streamId).toBe('reminder-scha.branch-renewal-0d.branch.rehab.2027-06-01');
    expect(sent[0].data).toEqual({
      occurredOn: '2027-06-01',
      reminderId: 'branch-renewal-0d.branch.rehab.2027-06-01',
      rule: 'branch-renewal-0d',
      entity: { kind: 'branch', id: 'rehab' },
      dueOn: '2027-06-01',
      channels: ['feed', 'webhook', 'email'],
      sentOn: '2027-06-01',
      audience: 'branch',
      subject: '康复分会',
      scheduledFor: '2027-06-01T01:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect(sent[0].metadata).toMatchObject({ tenant: T, actor: 'scheduler', correlationId: timer.jobId });
  });

  it('a renewal recorded the day before the escalation: the escalation job finds nothing owed and records nothing', async () => {
    const escalation = await timerOf('scha.branch-renewal-escalation.branch.rehab.2027-06-08', at('2027-06-02'));
    await record(store, `branch-${T}.rehab`, {
      type: 'BranchTermRenewed',
      data: {
        occurredOn: '2027-06-07',
        branchId: 'rehab',
        term: { number: 2, startedOn: '2027-06-07', endsOn: '2032-06-07' },
        leadership: [],
      },
    });
    clock.set(at('2027-06-08'));
    expect(await fireTimer(store, escalation, clock)).toBe('no-longer-due');
    expect(await reminderSent(store)).toHaveLength(0);
  });

  it("after a postponement the old due date's timers record nothing and the new due date's do", async () => {
    const old = await timerOf('scha.branch-renewal-0d.branch.rehab.2027-06-01', at('2027-05-01'));
    await record(store, `branch-${T}.rehab`, {
      type: 'BranchRenewalPostponed',
      data: { occurredOn: '2027-05-20', branchId: 'rehab', approvalRef: '批复', previousDueOn: '2027-06-01', newDueOn: '2028-03-01' },
    });
    clock.set(at('2027-06-01'));
    expect(await fireTimer(store, old, clock)).toBe('no-longer-due');
    const renewed = await timerOf('scha.branch-renewal-0d.branch.rehab.2028-03-01', at('2027-06-01'));
    clock.set(at('2028-03-01'));
    expect(await fireTimer(store, renewed, clock)).toBe('recorded');
    expect((await reminderSent(store)).map((e) => (e.data as { dueOn: string }).dueOn)).toEqual(['2028-03-01']);
  });

  it("a body's cadence is checked against its meetings and backfilled totals: the 会长办公会 flag goes out once, and not once one is held", async () => {
    await record(store, `organization-${T}.profile`, {
      type: 'BylawsAdopted',
      data: { occurredOn: '2025-01-01', settings: { presidentOfficeIntervalMonths: 3 } },
    });
    await record(store, `meetingtotals-${T}.backfill-president-office-2025-1`, {
      type: 'MeetingsBackfilled',
      data: {
        occurredOn: '2025-12-31',
        backfillId: 'backfill-president-office-2025-1',
        body: 'president-office',
        year: 2025,
        count: 3,
        note: '3 次',
        source: { document: 'd' },
      },
    });
    const schedule = await loadEntitySchedule(store, { tenant: T, reminderId: 'none', entity: { kind: 'body', id: 'president-office' } });
    const flag = desiredTimers(schedule, { ...DEFAULT_BYLAWS, presidentOfficeIntervalMonths: 3 }, new Date(at('2026-01-02'))).find(
      (t) => t.rule === 'meeting-overdue' && t.entity.id === 'president-office',
    )!;
    expect(flag).toMatchObject({ dueOn: '2026-03-31', fireOn: '2026-04-01' });
    clock.set(at('2026-04-01'));
    expect(await fireTimer(store, flag, clock)).toBe('recorded');
    expect(await fireTimer(store, flag, clock)).toBe('already-sent');

    // Held on 30 June: the next flag is for 30 September; a meeting on 29 September means it is not owed.
    const series = `meetings-${T}.president-office-t5`;
    const held = (meetingId: string, on: string, ordinal: number) =>
      record(store, series, {
        type: 'MeetingHeld',
        data: {
          occurredOn: on,
          body: 'president-office',
          term: 5,
          meetingId,
          ordinal,
          present: 9,
          membersTotal: 9,
          quorumMet: true,
          resolutions: [],
          minutesRecorded: true,
        },
      });
    await record(store, series, {
      type: 'MeetingSeriesDeclared',
      data: { occurredOn: '2026-01-01', body: 'president-office', term: 5, membersTotal: 9, heldSoFar: 0 },
    });
    await held('p1', '2026-06-30', 1);
    const afterJune = await loadEntitySchedule(store, { tenant: T, reminderId: 'none', entity: { kind: 'body', id: 'president-office' } });
    const september = desiredTimers(afterJune, { ...DEFAULT_BYLAWS, presidentOfficeIntervalMonths: 3 }, new Date(at('2026-07-01'))).find(
      (t) => t.rule === 'meeting-overdue' && t.entity.id === 'president-office',
    )!;
    expect(september.dueOn).toBe('2026-09-30');
    await held('p2', '2026-09-29', 2);
    clock.set(at('2026-10-01'));
    expect(await fireTimer(store, september, clock)).toBe('no-longer-due');
    expect((await reminderSent(store)).map((e) => (e.data as { dueOn: string }).dueOn)).toEqual(['2026-03-31']);
  });

  it('does not fire before its instant', async () => {
    const timer = await timerOf('scha.branch-renewal-30d.branch.rehab.2027-06-01', at('2027-01-01'));
    clock.set('2027-05-01T12:00:00Z');
    expect(await fireTimer(store, timer, clock)).toBe('no-longer-due');
  });
});
