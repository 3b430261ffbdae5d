import { DEFAULT_BYLAWS, organization, type Bylaws } from '@assocflow/domain';
import { dueTimer, desiredTimers } from './desired-timers';
import { FixedClock } from './clock';
import { scheduleFrom, type AnyEvent as DomainEvent } from './testing/schedule-builder';
import type { Timer } from './timer';

const T = 'scha';
const ORG = `organization-${T}.profile`;
const registered: DomainEvent = {
  type: 'OrganizationRegistered',
  data: { occurredOn: '2019-01-01', name: '四川省医院协会', kind: 'association', timeZone: 'Asia/Shanghai' },
};
const term5: DomainEvent = {
  type: 'TermStarted',
  data: { occurredOn: '2024-05-20', termNumber: 5, startedOn: '2024-05-20', endsOn: '2029-05-20' },
};
const branchStream = (id: string) => `branch-${T}.${id}`;
const founded = (id: string, startedOn: string, endsOn: string): DomainEvent => ({
  type: 'BranchRegistered',
  data: {
    occurredOn: startedOn,
    branchId: id,
    name: `${id} 分会`,
    kind: 'society',
    term: { number: 2, startedOn, endsOn },
    hasPartyGroup: false,
    leadership: [],
  },
});
const sent = (reminderId: string): DomainEvent => ({
  type: 'ReminderSent',
  data: {
    occurredOn: '2026-01-01',
    reminderId,
    rule: 'x',
    entity: { kind: 'x', id: 'x' },
    dueOn: '2026-01-01',
    channels: ['feed'],
    sentOn: '2026-01-01',
  },
});
/** 09:00 in Shanghai is 01:00 UTC. */
const at = (date: string, time = '01:00') => new Date(`${date}T${time}:00Z`);

const bylaws = (overrides: Partial<Bylaws> = {}): Readonly<Bylaws> => ({ ...DEFAULT_BYLAWS, ...overrides });
const only = (timers: Timer[], kinds: string[]) => timers.filter((t) => kinds.includes(t.kind));
const ids = (timers: Timer[]) => timers.map((t) => t.reminderId);

describe('desired timers: branch renewals', () => {
  const branchEvents: [string, DomainEvent][] = [[branchStream('rehab'), founded('rehab', '2022-06-01', '2027-06-01')]];

  it('reminds 180, 90 and 30 days before the term ends and on the day, at 09:00 local time, with deterministic ids', () => {
    const timers = desiredTimers(scheduleFrom(T, branchEvents), bylaws(), at('2026-01-01'));
    expect(timers.map((t) => [t.rule, t.fireOn, t.fireAt, t.audience])).toEqual([
      ['branch-renewal-180d', '2026-12-03', '2026-12-03T01:00:00.000Z', 'branch'],
      ['branch-renewal-90d', '2027-03-03', '2027-03-03T01:00:00.000Z', 'branch'],
      ['branch-renewal-30d', '2027-05-02', '2027-05-02T01:00:00.000Z', 'branch'],
      ['branch-renewal-0d', '2027-06-01', '2027-06-01T01:00:00.000Z', 'branch'],
      ['branch-renewal-escalation', '2027-06-08', '2027-06-08T01:00:00.000Z', 'secretariat'],
    ]);
    expect(timers[1].jobId).toBe('scha.branch-renewal-90d.branch.rehab.2027-06-01');
    expect(timers.every((t) => !t.jobId.includes(':') && t.dueOn === '2027-06-01')).toBe(true);
    expect(desiredTimers(scheduleFrom(T, branchEvents), bylaws(), at('2026-01-01'))).toEqual(timers);
  });

  it('escalates to the secretariat every week while overdue: the one just past (once) and the next', () => {
    const schedule = scheduleFrom(T, branchEvents);
    const now = at('2027-06-20', '03:00');
    const timers = desiredTimers(schedule, bylaws(), now);
    expect(timers.map((t) => [t.rule, t.fireOn, t.escalation])).toEqual([
      ['branch-renewal-escalation', '2027-06-15', 2],
      ['branch-renewal-escalation', '2027-06-22', 3],
    ]);
    schedule.sent.add(timers[0].reminderId);
    expect(desiredTimers(schedule, bylaws(), now).map((t) => t.fireOn)).toEqual(['2027-06-22']);
  });

  it('the escalation interval is the tenant setting', () => {
    const timers = desiredTimers(scheduleFrom(T, branchEvents), bylaws({ renewalEscalationIntervalDays: 14 }), at('2027-06-02'));
    expect(only(timers, ['branch-renewal-escalation']).map((t) => t.fireOn)).toEqual(['2027-06-15']);
  });

  it('after an outage only the latest reminder past in the chain goes out', () => {
    const timers = desiredTimers(scheduleFrom(T, branchEvents), bylaws(), at('2027-05-10'));
    expect(timers.map((t) => t.rule)).toEqual(['branch-renewal-30d', 'branch-renewal-0d', 'branch-renewal-escalation']);
  });

  it('a postponement moves every timer to the new due date', () => {
    const postponed: DomainEvent = {
      type: 'BranchRenewalPostponed',
      data: {
        occurredOn: '2027-05-15',
        branchId: 'rehab',
        approvalRef: '川民函〔2027〕5号',
        previousDueOn: '2027-06-01',
        newDueOn: '2027-12-01',
      },
    };
    const schedule = scheduleFrom(T, [...branchEvents, [branchStream('rehab'), postponed]]);
    const now = at('2027-05-15', '02:00');
    const timers = desiredTimers(schedule, bylaws(), now);
    expect(timers.map((t) => [t.rule, t.fireOn, t.dueOn])).toEqual([
      ['branch-renewal-180d', '2027-06-04', '2027-12-01'],
      ['branch-renewal-90d', '2027-09-02', '2027-12-01'],
      ['branch-renewal-30d', '2027-11-01', '2027-12-01'],
      ['branch-renewal-0d', '2027-12-01', '2027-12-01'],
      ['branch-renewal-escalation', '2027-12-08', '2027-12-01'],
    ]);
    // The old due date's timers are no longer owed when they come.
    expect(dueTimer(schedule, bylaws(), at('2027-06-01'), 'scha.branch-renewal-0d.branch.rehab.2027-06-01')).toBeUndefined();
    expect(dueTimer(schedule, bylaws(), at('2027-06-04'), 'scha.branch-renewal-180d.branch.rehab.2027-12-01')?.dueOn).toBe('2027-12-01');
  });

  it('a renewal recorded the day before the escalation: no escalation is owed', () => {
    const escalationId = 'scha.branch-renewal-escalation.branch.rehab.2027-06-08';
    const overdue = scheduleFrom(T, branchEvents);
    expect(dueTimer(overdue, bylaws(), at('2027-06-08'), escalationId)?.escalation).toBe(1);
    const renewed: DomainEvent = {
      type: 'BranchTermRenewed',
      data: {
        occurredOn: '2027-06-07',
        branchId: 'rehab',
        term: { number: 3, startedOn: '2027-06-07', endsOn: '2032-06-07' },
        leadership: [],
      },
    };
    const schedule = scheduleFrom(T, [...branchEvents, [branchStream('rehab'), renewed]]);
    expect(dueTimer(schedule, bylaws(), at('2027-06-08'), escalationId)).toBeUndefined();
    expect(ids(desiredTimers(schedule, bylaws(), at('2027-06-08')))).not.toContain('branch-renewal-escalation.branch.rehab.2027-06-08');
    expect(desiredTimers(schedule, bylaws(), at('2027-06-08'))[0]).toMatchObject({ rule: 'branch-renewal-180d', dueOn: '2032-06-07' });
  });

  it('a dissolved branch has no timers; a sent reminder is not owed again', () => {
    const dissolved: DomainEvent = { type: 'BranchDissolved', data: { occurredOn: '2026-01-01', branchId: 'rehab', reason: '撤销' } };
    expect(desiredTimers(scheduleFrom(T, [...branchEvents, [branchStream('rehab'), dissolved]]), bylaws(), at('2026-02-01'))).toEqual([]);
    const schedule = scheduleFrom(T, [...branchEvents, [`reminder-${T}.x`, sent('branch-renewal-0d.branch.rehab.2027-06-01')]]);
    expect(dueTimer(schedule, bylaws(), at('2027-06-01'), 'scha.branch-renewal-0d.branch.rehab.2027-06-01')).toBeUndefined();
  });

  it('the tenant sets the lead days and the time of day, in its own time zone', () => {
    const urumqi: DomainEvent = { type: 'OrganizationRegistered', data: { ...registered.data, timeZone: 'Asia/Urumqi' } };
    const schedule = scheduleFrom(T, [[ORG, urumqi], ...branchEvents]);
    const b = organization.effectiveBylaws(schedule.organization);
    const timers = desiredTimers(schedule, { ...b, branchRenewalReminderDays: [60], reminderTimeOfDay: '08:30' }, at('2027-01-01'));
    expect(only(timers, ['branch-renewal']).map((t) => [t.rule, t.fireAt])).toEqual([['branch-renewal-60d', '2027-04-02T02:30:00.000Z']]);
  });
});

describe('desired timers: council meetings by cadence', () => {
  const series = (body: string, term: number, heldSoFar = 0): [string, DomainEvent] => [
    `meetings-${T}.${body}-t${term}`,
    { type: 'MeetingSeriesDeclared', data: { occurredOn: '2024-05-20', body, term, membersTotal: 30, heldSoFar } },
  ];
  const held = (
    body: string,
    term: number,
    meetingId: string,
    on: string,
    ordinal: number,
    minutesRecorded = true,
  ): [string, DomainEvent] => [
    `meetings-${T}.${body}-t${term}`,
    {
      type: 'MeetingHeld',
      data: {
        occurredOn: on,
        body,
        term,
        meetingId,
        ordinal,
        present: 25,
        membersTotal: 30,
        quorumMet: true,
        resolutions: [],
        minutesRecorded,
      },
    },
  ];
  const base: [string, DomainEvent][] = [[ORG, registered], [ORG, term5], series('council', 5), held('council', 5, 'c1', '2025-12-10', 1)];
  const kinds = ['meeting-due', 'meeting-overdue'];

  it('理事会: due a year after the last one held, reminders 30 and 7 days ahead, flagged the day after', () => {
    const timers = only(desiredTimers(scheduleFrom(T, base), bylaws(), at('2026-06-01')), kinds).filter((t) => t.entity.id === 'council');
    expect(timers.map((t) => [t.rule, t.fireOn, t.dueOn])).toEqual([
      ['meeting-due-30d', '2026-11-10', '2026-12-10'],
      ['meeting-due-7d', '2026-12-03', '2026-12-10'],
      ['meeting-overdue', '2026-12-11', '2026-12-10'],
    ]);
    expect(timers[2].reminderId).toBe('meeting-overdue.body.council.2026-12-10');
  });

  it('常务理事会 every six months from the term start when none is recorded; 会长办公会 only at the cadence the tenant sets', () => {
    const timers = only(desiredTimers(scheduleFrom(T, base), bylaws(), at('2024-06-01')), kinds);
    expect(timers.filter((t) => t.entity.id === 'standing-council').map((t) => t.dueOn)).toContain('2024-11-20');
    expect(timers.some((t) => t.entity.id === 'president-office')).toBe(false);
    const withOffice = only(desiredTimers(scheduleFrom(T, base), bylaws({ presidentOfficeIntervalMonths: 3 }), at('2024-06-01')), kinds);
    expect(withOffice.filter((t) => t.entity.id === 'president-office').map((t) => [t.rule, t.dueOn])).toEqual([
      ['meeting-due-30d', '2024-08-20'],
      ['meeting-due-7d', '2024-08-20'],
      ['meeting-overdue', '2024-08-20'],
    ]);
  });

  it('meetings held before recording started: due that long after the series was declared', () => {
    const declaredWithHistory: [string, DomainEvent][] = [[ORG, registered], series('council', 4, 5)];
    const timers = only(desiredTimers(scheduleFrom(T, declaredWithHistory), bylaws(), at('2024-06-01')), kinds);
    expect(timers.filter((t) => t.entity.id === 'council').map((t) => [t.rule, t.dueOn])).toEqual([
      ['meeting-due-30d', '2025-05-20'],
      ['meeting-due-7d', '2025-05-20'],
      ['meeting-overdue', '2025-05-20'],
    ]);
  });

  it("meetings given only as a yearly total: due that long after the year's end, unless one is recorded since", () => {
    const backfill = (year: number): [string, DomainEvent] => [
      `meetingtotals-${T}.backfill-president-office-${year}-1`,
      {
        type: 'MeetingsBackfilled',
        data: {
          occurredOn: `${year}-12-31`,
          backfillId: `backfill-president-office-${year}-1`,
          body: 'president-office',
          year,
          count: 3,
          note: '会长办公会3次',
          source: { document: 'd' },
        },
      },
    ];
    const office = (events: [string, DomainEvent][]) =>
      only(desiredTimers(scheduleFrom(T, [[ORG, registered], ...events]), bylaws({ presidentOfficeIntervalMonths: 3 }), at('2026-01-02')), [
        'meeting-overdue',
      ])
        .filter((t) => t.entity.id === 'president-office')
        .map((t) => t.dueOn);
    expect(office([backfill(2025)])).toEqual(['2026-03-31']);
    expect(office([backfill(2024), series('president-office', 5), held('president-office', 5, 'p1', '2025-11-20', 1)])).toEqual([
      '2026-02-20',
    ]);
    // A meeting recorded within the year of the total is a known date: it wins over the year's end.
    expect(office([series('president-office', 5), held('president-office', 5, 'p1', '2025-02-20', 1), backfill(2025)])).toEqual([
      '2025-05-20',
    ]);
    expect(office([series('president-office', 5), held('president-office', 5, 'p1', '2024-02-20', 1), backfill(2025)])).toEqual([
      '2026-03-31',
    ]);
  });

  it('a meeting held resets the cadence: the overdue flag of the old due date is no longer owed', () => {
    const late = [...base, held('council', 5, 'c2', '2026-12-20', 2)];
    const schedule = scheduleFrom(T, late);
    expect(dueTimer(schedule, bylaws(), at('2026-12-11'), 'scha.meeting-overdue.body.council.2026-12-10')).toBeUndefined();
    expect(dueTimer(scheduleFrom(T, base), bylaws(), at('2026-12-11'), 'scha.meeting-overdue.body.council.2026-12-10')?.kind).toBe(
      'meeting-overdue',
    );
  });

  it('a meeting recorded late (held before the last one, renumbering it) leaves the cadence at the latest one held', () => {
    const renumbered: [string, DomainEvent] = [
      `meetings-${T}.council-t5`,
      {
        type: 'MeetingsRenumbered',
        data: {
          occurredOn: '2025-06-01',
          body: 'council',
          term: 5,
          insertedMeetingId: 'c0',
          renumbered: [{ meetingId: 'c1', ordinal: 2, previousOrdinal: 1 }],
        },
      },
    ];
    const schedule = scheduleFrom(T, [...base, held('council', 5, 'c0', '2025-06-01', 1), renumbered]);
    const council = schedule.series.get('council-t5');
    expect(council).toMatchObject({ lastOrdinal: 2, lastHeldOn: '2025-12-10', meetings: { c0: { ordinal: 1 }, c1: { ordinal: 2 } } });
    const timers = only(desiredTimers(schedule, bylaws(), at('2026-06-01')), ['meeting-overdue']).filter((t) => t.entity.id === 'council');
    expect(timers.map((t) => t.dueOn)).toEqual(['2026-12-10']);
  });

  it('a meeting scheduled by the due date replaces the reminders ahead; the flag stays until it is held', () => {
    const scheduled: [string, DomainEvent] = [
      `meetings-${T}.council-t5`,
      {
        type: 'MeetingScheduled',
        data: { occurredOn: '2026-10-01', body: 'council', term: 5, meetingId: 'c2', scheduledOn: '2026-12-01' },
      },
    ];
    const timers = desiredTimers(scheduleFrom(T, [...base, scheduled]), bylaws(), at('2026-10-02'));
    expect(
      only(timers, kinds)
        .filter((t) => t.entity.id === 'council')
        .map((t) => t.rule),
    ).toEqual(['meeting-overdue']);
  });

  it('会员代表大会 once a term: due by the term end until one is held in the term', () => {
    const timers = desiredTimers(scheduleFrom(T, base), bylaws(), at('2029-01-01'));
    expect(
      only(timers, kinds)
        .filter((t) => t.entity.id === 'general-assembly')
        .map((t) => [t.rule, t.dueOn]),
    ).toEqual([
      ['meeting-due-30d', '2029-05-20'],
      ['meeting-due-7d', '2029-05-20'],
      ['meeting-overdue', '2029-05-20'],
    ]);
    const withAssembly = [...base, series('general-assembly', 5), held('general-assembly', 5, 'ga1', '2028-05-01', 1)];
    expect(
      only(desiredTimers(scheduleFrom(T, withAssembly), bylaws(), at('2029-01-01')), kinds).some((t) => t.entity.id === 'general-assembly'),
    ).toBe(false);
  });
});

describe('desired timers: scheduled meetings', () => {
  const ga = `meetings-${T}.general-assembly-t5`;
  const declare: [string, DomainEvent] = [
    ga,
    {
      type: 'MeetingSeriesDeclared',
      data: { occurredOn: '2024-05-20', body: 'general-assembly', term: 5, membersTotal: 300, heldSoFar: 0 },
    },
  ];
  const schedule: [string, DomainEvent] = [
    ga,
    {
      type: 'MeetingScheduled',
      data: {
        occurredOn: '2026-01-05',
        body: 'general-assembly',
        term: 5,
        meetingId: 'ga2',
        scheduledOn: '2026-04-20',
        title: '五届二次会员代表大会',
      },
    },
  ];
  const meetingKinds = ['meeting-upcoming', 'meeting-notice', 'minutes-overdue'];

  it('reminds 30 and 7 days ahead, asks for the notice 10 days ahead of a general assembly, flags missing minutes the day after', () => {
    const timers = only(desiredTimers(scheduleFrom(T, [declare, schedule]), bylaws(), at('2026-02-01')), meetingKinds);
    expect(timers.map((t) => [t.rule, t.fireOn, t.subject])).toEqual([
      ['meeting-upcoming-30d', '2026-03-21', '五届二次会员代表大会'],
      ['meeting-notice', '2026-04-10', '五届二次会员代表大会'],
      ['meeting-upcoming-7d', '2026-04-13', '五届二次会员代表大会'],
      ['minutes-overdue', '2026-04-21', '五届二次会员代表大会'],
    ]);
    expect(timers[1].jobId).toBe('scha.meeting-notice.meeting.general-assembly-t5.ga2.2026-04-20');
  });

  it('other bodies: the notice meetingNoticeDays ahead; none once the notice was sent', () => {
    const council = `meetings-${T}.council-t5`;
    const events: [string, DomainEvent][] = [
      [
        council,
        { type: 'MeetingSeriesDeclared', data: { occurredOn: '2024-05-20', body: 'council', term: 5, membersTotal: 30, heldSoFar: 0 } },
      ],
      [
        council,
        {
          type: 'MeetingScheduled',
          data: { occurredOn: '2026-01-05', body: 'council', term: 5, meetingId: 'c1', scheduledOn: '2026-03-10' },
        },
      ],
    ];
    const notice = only(desiredTimers(scheduleFrom(T, events), bylaws(), at('2026-02-01')), ['meeting-notice']);
    expect(notice.map((t) => [t.fireOn, t.subject])).toEqual([['2026-03-03', '理事会']]);
    const noticed: [string, DomainEvent] = [
      council,
      { type: 'MeetingNoticeSent', data: { occurredOn: '2026-02-20', body: 'council', term: 5, meetingId: 'c1' } },
    ];
    expect(only(desiredTimers(scheduleFrom(T, [...events, noticed]), bylaws(), at('2026-02-21')), ['meeting-notice'])).toEqual([]);
  });

  it('minutes overdue: the day passed without MeetingHeld, or held without minutes; nothing once minutes are recorded or it is cancelled', () => {
    const heldNoMinutes: [string, DomainEvent] = [
      ga,
      {
        type: 'MeetingHeld',
        data: {
          occurredOn: '2026-04-20',
          body: 'general-assembly',
          term: 5,
          meetingId: 'ga2',
          ordinal: 2,
          present: 250,
          membersTotal: 300,
          quorumMet: true,
          resolutions: [],
          minutesRecorded: false,
        },
      },
    ];
    const notHeld = only(desiredTimers(scheduleFrom(T, [declare, schedule]), bylaws(), at('2026-04-25')), meetingKinds);
    expect(notHeld.map((t) => [t.rule, t.dueOn])).toEqual([['minutes-overdue', '2026-04-20']]);
    const heldTimers = only(
      desiredTimers(scheduleFrom(T, [declare, schedule, heldNoMinutes]), bylaws(), at('2026-04-20', '12:00')),
      meetingKinds,
    );
    expect(heldTimers.map((t) => [t.rule, t.fireOn])).toEqual([['minutes-overdue', '2026-04-21']]);
    const minutes: [string, DomainEvent] = [
      ga,
      { type: 'MeetingMinutesRecorded', data: { occurredOn: '2026-04-22', body: 'general-assembly', term: 5, meetingId: 'ga2' } },
    ];
    expect(
      only(desiredTimers(scheduleFrom(T, [declare, schedule, heldNoMinutes, minutes]), bylaws(), at('2026-04-25')), meetingKinds),
    ).toEqual([]);
    const cancelled: [string, DomainEvent] = [
      ga,
      { type: 'MeetingCancelled', data: { occurredOn: '2026-04-01', body: 'general-assembly', term: 5, meetingId: 'ga2', reason: '疫情' } },
    ];
    expect(only(desiredTimers(scheduleFrom(T, [declare, schedule, cancelled]), bylaws(), at('2026-04-25')), meetingKinds)).toEqual([]);
  });
});

describe('desired timers: the yearly work report', () => {
  const org: [string, DomainEvent][] = [[ORG, registered]];
  it('is due 31 March of the next year, with reminders 30 and 7 days ahead', () => {
    const timers = only(desiredTimers(scheduleFrom(T, org), bylaws(), at('2026-06-01')), ['yearly-report']);
    expect(timers.map((t) => [t.rule, t.fireOn, t.dueOn, t.entity.id])).toEqual([
      ['yearly-report-30d', '2027-03-01', '2027-03-31', '2026'],
      ['yearly-report-7d', '2027-03-24', '2027-03-31', '2026'],
    ]);
  });
  it("until 31 March, last year's report is the one ahead", () => {
    const timers = only(desiredTimers(scheduleFrom(T, org), bylaws(), at('2026-03-02')), ['yearly-report']);
    expect(timers.map((t) => [t.rule, t.dueOn, t.entity.id])).toEqual([
      ['yearly-report-30d', '2026-03-31', '2025'],
      ['yearly-report-7d', '2026-03-31', '2025'],
    ]);
  });
  it('a report issued (YearlyReportIssued) needs no reminder', () => {
    const issued: DomainEvent = {
      type: 'YearlyReportIssued',
      data: { occurredOn: '2026-02-20', year: 2025, documentNumber: '川医协发〔2026〕3号' },
    };
    const timers = only(desiredTimers(scheduleFrom(T, [...org, [ORG, issued]]), bylaws(), at('2026-03-02')), ['yearly-report']);
    expect(timers).toEqual([]);
    const nextYear = only(desiredTimers(scheduleFrom(T, [...org, [ORG, issued]]), bylaws(), at('2026-06-01')), ['yearly-report']);
    expect(nextYear.map((t) => t.entity.id)).toEqual(['2026', '2026']);
  });
  it('an unregistered tenant has no organization timers', () => {
    expect(desiredTimers(scheduleFrom(T, []), bylaws(), at('2026-03-02'))).toEqual([]);
  });
});

describe('clock', () => {
  it('is injected: a FixedClock moves only when told', () => {
    const clock = new FixedClock('2026-01-01T00:00:00Z');
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
});

describe('desired timers: what fell due before it was recorded (a past year entered today)', () => {
  const now = at('2026-12-07', '03:00');
  const enteredAt = '2026-12-07T02:00:00.000Z';
  // Two branches whose terms ended in 2025, entered today; one whose term ends in 2027, entered in 2022 as it began.
  const backdated: [string, DomainEvent, string][] = [
    [branchStream('old-a'), founded('old-a', '2020-06-01', '2025-06-01'), enteredAt],
    [branchStream('old-b'), founded('old-b', '2020-09-01', '2025-09-01'), '2026-12-07T02:05:00.000Z'],
  ];
  const live: [string, DomainEvent, string] = [
    branchStream('live'),
    founded('live', '2022-06-01', '2027-06-01'),
    '2022-06-01T02:00:00.000Z',
  ];

  it('sends none of them on their own: one catch-up digest per tenant covers them, a quiet minute after the last recording', () => {
    const timers = desiredTimers(scheduleFrom(T, [...backdated, live]), bylaws(), now);
    // Of the back-dated branches, only what is still ahead goes out on its own: next week's escalation.
    expect(timers.filter((t) => t.entity.id === 'old-a' || t.entity.id === 'old-b').map((t) => [t.entity.id, t.kind, t.fireOn])).toEqual([
      ['old-a', 'branch-renewal-escalation', '2026-12-13'],
      ['old-b', 'branch-renewal-escalation', '2026-12-14'],
    ]);
    const digests = only(timers, ['catch-up-digest']);
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest).toMatchObject({
      rule: 'catch-up-digest',
      audience: 'secretariat',
      fireAt: '2026-12-07T02:06:00.000Z',
      fireOn: '2026-12-07',
      dueOn: '2025-06-01',
    });
    // Of each overdue chain, only the latest escalation: one line per branch.
    expect(digest.covers!.map((c) => [c.entity.id, c.rule])).toEqual([
      ['old-a', 'branch-renewal-escalation'],
      ['old-b', 'branch-renewal-escalation'],
    ]);
    expect(digest.jobId).toBe(`${T}.${digest.reminderId}`);
    // The live branch's reminders still go out on their own, in time.
    expect(only(timers, ['branch-renewal']).map((t) => [t.entity.id, t.rule])).toEqual([
      ['live', 'branch-renewal-180d'],
      ['live', 'branch-renewal-90d'],
      ['live', 'branch-renewal-30d'],
      ['live', 'branch-renewal-0d'],
    ]);
  });

  it('is the same digest on every derivation, and once recorded as sent neither it nor what it covers is owed again', () => {
    const schedule = scheduleFrom(T, backdated);
    const [digest] = desiredTimers(schedule, bylaws(), now);
    expect(desiredTimers(scheduleFrom(T, backdated), bylaws(), at('2026-12-08'))[0].reminderId).toBe(digest.reminderId);
    schedule.sent.add(digest.reminderId);
    for (const c of digest.covers!) schedule.sent.add(c.reminderId);
    expect(only(desiredTimers(schedule, bylaws(), now), ['catch-up-digest'])).toEqual([]);
    expect(desiredTimers(schedule, bylaws(), now).every((t) => t.fireAt > now.toISOString())).toBe(true);
    // A week on, the next escalation fell due after the branches were recorded: it goes out on its own.
    expect(desiredTimers(schedule, bylaws(), at('2026-12-14')).map((t) => [t.entity.id, t.kind, t.fireOn])[0]).toEqual([
      'old-a',
      'branch-renewal-escalation',
      '2026-12-13',
    ]);
  });

  it('a reminder owed while the worker was away, about something recorded before it fell due, goes out on its own', () => {
    const away: [string, DomainEvent, string][] = [
      [branchStream('rehab'), founded('rehab', '2022-06-01', '2027-06-01'), '2022-06-01T02:00:00.000Z'],
    ];
    const timers = desiredTimers(scheduleFrom(T, away), bylaws(), at('2027-05-05'));
    expect(timers.map((t) => [t.kind, t.rule])[0]).toEqual(['branch-renewal', 'branch-renewal-30d']);
    expect(only(timers, ['catch-up-digest'])).toEqual([]);
  });
});
