import fc from 'fast-check';
import { addDays, meeting } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import { meetingRegisterProjection as projection, minutesOverdue, seriesOfBody, upcomingMeetings } from './meeting-register.projection';
import type { MeetingRegisterDoc } from './meeting-register.types';
import { simulate, projected } from '../testing/projection-harness';
import { itKeepsTheBatchLaws } from '../testing/batch-laws';

const TENANTS = ['sichuan', 'shandong'];
const BODIES: meeting.MeetingBody[] = ['council', 'standing-council', 'general-assembly', 'president-office', 'branch-rehab'];
const MEETING_IDS = ['m1', 'm2', 'm3', 'm4', '__proto__'];
const day = (n: number) => addDays('2019-01-01', n);

type SeriesState = meeting.MeetingSeriesState;
type Declared = Extract<SeriesState, { status: 'declared' }>;
const declared = (s: SeriesState): Declared | undefined => (s.status === 'declared' ? s : undefined);

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  body: fc.constantFrom(...BODIES),
  term: fc.integer({ min: 3, max: 5 }),
  meetingId: fc.constantFrom(...MEETING_IDS),
  what: fc.constantFrom('declare', 'schedule', 'schedule', 'notice', 'hold', 'hold', 'minutes', 'cancel'),
  a: fc.nat({ max: 2000 }),
  b: fc.nat({ max: 400 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  resolutions: fc.nat({ max: 3 }),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function commandFor(i: Intent, state: SeriesState): meeting.MeetingCommand | undefined {
  const s = declared(state);
  const m = s?.meetings[i.meetingId];
  switch (i.what) {
    case 'declare':
      return {
        type: 'DeclareMeetingSeries',
        data: { body: i.body, term: i.term, membersTotal: 5 + (i.b % 60), heldSoFar: i.b % 7, declaredOn: day(i.a) },
      };
    case 'schedule':
      return (
        s && {
          type: 'ScheduleMeeting',
          data: {
            meetingId: i.meetingId,
            scheduledOn: addDays(s.declaredOn, i.a),
            decidedOn: addDays(s.declaredOn, Math.max(0, i.a - i.b)),
            title: i.b % 2 ? `第${i.b}次会议` : undefined,
            location: i.b % 3 ? '成都' : undefined,
          },
        }
      );
    case 'notice':
      return s && m?.scheduledOn
        ? { type: 'SendMeetingNotice', data: { meetingId: i.meetingId, sentOn: addDays(m.scheduledOn, -(i.b % 30)) } }
        : undefined;
    case 'hold': {
      if (!s) return undefined;
      const membersTotal = i.b % 5 === 0 ? s.membersTotal! + 2 : undefined;
      // Some meetings recorded late (held before the latest one: renumbered), some without attendance.
      const present = i.b % 7 === 3 ? undefined : Math.round(i.share * (membersTotal ?? s.membersTotal!));
      const heldOn =
        m?.scheduledOn && i.b % 2 ? m.scheduledOn : addDays(i.b % 3 === 0 ? s.declaredOn : (s.lastHeldOn ?? s.declaredOn), i.a % 400);
      return {
        type: 'HoldMeeting',
        data: {
          meetingId: i.meetingId,
          heldOn,
          present,
          membersTotal,
          resolutions: Array.from({ length: i.share >= 0.7 && present !== undefined ? i.resolutions : 0 }, (_, n) => ({
            title: `决议${n + 1}`,
            votesFor: Math.floor(present! * (0.5 + n / 6)),
            votesAgainst: n,
          })),
          minutesRecorded: i.b % 4 === 0,
        },
      };
    }
    case 'minutes':
      return s && m?.heldOn
        ? {
            type: 'RecordMeetingMinutes',
            data: { meetingId: i.meetingId, recordedOn: addDays(m.heldOn, i.b % 60), minutesRef: i.b % 2 ? `纪要〔${i.b}〕` : undefined },
          }
        : undefined;
    case 'cancel':
      return s && { type: 'CancelMeeting', data: { meetingId: i.meetingId, cancelledOn: day(i.a), reason: i.b % 5 ? '疫情防控' : ' ' } };
    default:
      return undefined;
  }
}

const validEvents = fc.array(intent, { minLength: 5, maxLength: 120, size: 'max' }).map((intents) =>
  simulate(
    meeting.meetingDecider,
    intents.map((i) => ({
      tenant: i.tenant,
      streamId: meeting.toMeetingSeriesStreamId(i.tenant, meeting.meetingSeriesId(i.body, i.term)),
      command: (s: SeriesState) => commandFor(i, s),
    })),
  ),
);

/** Realistic events, decided by the meeting decider for one series (a refused command fails the test). */
function series(tenant: string, body: meeting.MeetingBody, term: number, commands: meeting.MeetingCommand[]): ProjectedEvent[] {
  return simulateStrict(tenant, meeting.toMeetingSeriesStreamId(tenant, meeting.meetingSeriesId(body, term)), commands);
}

function simulateStrict(tenant: string, streamId: string, commands: meeting.MeetingCommand[]): ProjectedEvent[] {
  let state = meeting.meetingDecider.initialState();
  const out: ProjectedEvent[] = [];
  for (const command of commands) {
    for (const event of meeting.meetingDecider.decide(command, state)) {
      state = meeting.meetingDecider.evolve(state, event);
      out.push(projected(event.type, event.data, tenant, streamId, 0));
    }
  }
  return out;
}

const positioned = (events: ProjectedEvent[]) => events.map((e, n) => ({ ...e, position: String(n + 1) }));
const docOf = (...events: ProjectedEvent[]): MeetingRegisterDoc => projectAll(projection, positioned(events)).get('sichuan')!;

describe('meeting-register projection', () => {
  describe('batches and resumes', () => {
    itKeepsTheBatchLaws(projection, validEvents, { neverSeen: 'of series and meetings' });
  });

  describe('the council of the 4th term', () => {
    const councilCommands: meeting.MeetingCommand[] = [
      { type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, membersTotal: 45, heldSoFar: 4, declaredOn: '2024-01-02' } },
      {
        type: 'ScheduleMeeting',
        data: { meetingId: '2024-06', scheduledOn: '2024-06-15', decidedOn: '2024-05-20', title: '年中理事会', location: '成都' },
      },
      { type: 'SendMeetingNotice', data: { meetingId: '2024-06', sentOn: '2024-06-01' } },
      {
        type: 'HoldMeeting',
        data: {
          meetingId: '2024-06',
          heldOn: '2024-06-15',
          present: 38,
          resolutions: [
            { title: '审议通过2023年度工作报告', votesFor: 36, votesAgainst: 1, abstentions: 1 },
            { title: '增补理事', votesFor: 20 },
          ],
        },
      },
      { type: 'ScheduleMeeting', data: { meetingId: '2024-12', scheduledOn: '2024-12-20', decidedOn: '2024-11-01' } },
    ];
    const council = series('sichuan', 'council', 4, councilCommands);

    it('labels the 5th council meeting of the 4th term 四届五次理事会, with attendance, quorum and resolutions', () => {
      const doc = docOf(...council);
      const held = doc.meetings['council-t4/2024-06'];
      expect(held).toMatchObject({
        meetingId: '2024-06',
        seriesId: 'council-t4',
        body: 'council',
        term: 4,
        status: 'held',
        ordinal: 5,
        label: '四届五次理事会',
        title: '年中理事会',
        location: '成都',
        scheduledOn: '2024-06-15',
        noticeSentOn: '2024-06-01',
        heldOn: '2024-06-15',
        present: 38,
        membersTotal: 45,
        quorumMet: true,
        quorum: 'met',
        minutesRecorded: false,
        cancelled: false,
      });
      expect(held.resolutions.map((r) => [r.title, r.passed])).toEqual([
        ['审议通过2023年度工作报告', true],
        ['增补理事', false],
      ]);
      expect(seriesOfBody(doc, 'council', 4)).toEqual({
        seriesId: 'council-t4',
        body: 'council',
        term: 4,
        declaredOn: '2024-01-02',
        membersTotal: 45,
        heldBeforeRecording: 4,
        heldRecorded: 1,
        held: 5,
        lastOrdinal: 5,
        lastHeldOn: '2024-06-15',
      });
      expect(seriesOfBody(doc, 'council', 5)).toBeUndefined();
    });

    it('lists upcoming meetings from today, soonest first, without cancelled or held ones', () => {
      const standing = series('sichuan', 'standing-council', 4, [
        { type: 'DeclareMeetingSeries', data: { body: 'standing-council', term: 4, membersTotal: 15, declaredOn: '2024-01-02' } },
        { type: 'ScheduleMeeting', data: { meetingId: 'a', scheduledOn: '2024-12-05' } },
        { type: 'ScheduleMeeting', data: { meetingId: 'b', scheduledOn: '2024-12-10' } },
        { type: 'CancelMeeting', data: { meetingId: 'b', cancelledOn: '2024-12-01', reason: '改期' } },
        { type: 'ScheduleMeeting', data: { meetingId: 'c', scheduledOn: '2024-11-20' } },
      ]);
      const doc = docOf(...council, ...standing);
      expect(upcomingMeetings(doc, '2024-12-01').map((m) => m.key)).toEqual(['standing-council-t4/a', 'council-t4/2024-12']);
      expect(upcomingMeetings(doc, '2024-06-15').map((m) => m.key)).toEqual([
        'standing-council-t4/c',
        'standing-council-t4/a',
        'council-t4/2024-12',
      ]);
      expect(doc.meetings['standing-council-t4/b']).toMatchObject({
        status: 'cancelled',
        cancelled: true,
        cancellation: { cancelledOn: '2024-12-01', reason: '改期' },
      });
    });

    it('finds minutes overdue 30 days after the meeting, until they are recorded', () => {
      const doc = docOf(...council);
      expect(minutesOverdue(doc, '2024-07-15')).toEqual([]);
      expect(minutesOverdue(doc, '2024-07-16').map((m) => m.label)).toEqual(['四届五次理事会']);
      expect(minutesOverdue(doc, '2024-06-20', 3).map((m) => m.label)).toEqual(['四届五次理事会']);
      const minuted = docOf(
        ...series('sichuan', 'council', 4, [
          ...councilCommands,
          { type: 'RecordMeetingMinutes', data: { meetingId: '2024-06', recordedOn: '2024-07-20', minutesRef: '川医协纪〔2024〕5号' } },
        ]),
      );
      expect(minutesOverdue(minuted, '2024-08-01')).toEqual([]);
      expect(minuted.meetings['council-t4/2024-06']).toMatchObject({
        minutesRecorded: true,
        minutesRecordedOn: '2024-07-20',
        minutesRef: '川医协纪〔2024〕5号',
      });
    });
  });

  it('labels a branch committee meeting 二届三次委员会 and keeps meetings of the same id apart per series', () => {
    const rehab = series('sichuan', 'branch-rehab', 2, [
      { type: 'DeclareMeetingSeries', data: { body: 'branch-rehab', term: 2, membersTotal: 21, heldSoFar: 2, declaredOn: '2023-01-01' } },
      { type: 'HoldMeeting', data: { meetingId: 'm1', heldOn: '2023-04-01', present: 15, minutesRecorded: true } },
    ]);
    const office = series('sichuan', 'president-office', 4, [
      { type: 'DeclareMeetingSeries', data: { body: 'president-office', term: 4, membersTotal: 7, declaredOn: '2023-01-01' } },
      { type: 'HoldMeeting', data: { meetingId: 'm1', heldOn: '2023-02-01', present: 3 } },
    ]);
    const doc = docOf(...rehab, ...office);
    expect(doc.meetings['branch-rehab-t2/m1']).toMatchObject({
      label: '二届三次委员会',
      quorumMet: true,
      minutesRecorded: true,
      minutesRecordedOn: '2023-04-01',
    });
    expect(doc.meetings['president-office-t4/m1']).toMatchObject({
      label: '四届一次会长办公会',
      quorumMet: false,
      quorum: 'not-met',
      present: 3,
      membersTotal: 7,
    });
  });

  describe('meetings recorded out of date order', () => {
    const declare: meeting.MeetingCommand = {
      type: 'DeclareMeetingSeries',
      data: { body: 'council', term: 4, membersTotal: 45, heldSoFar: 5, declaredOn: '2024-01-02' },
    };
    const holds: meeting.MeetingCommand[] = [
      { type: 'HoldMeeting', data: { meetingId: 'spring', heldOn: '2024-03-28', present: 40 } },
      { type: 'HoldMeeting', data: { meetingId: 'summer-a', heldOn: '2024-07-01', present: 39, membersTotal: 48 } },
      { type: 'HoldMeeting', data: { meetingId: 'summer-b', heldOn: '2024-07-01' } },
      // States its size: recorded first, it could not inherit the 48 of a meeting recorded after it.
      { type: 'HoldMeeting', data: { meetingId: 'winter', heldOn: '2024-12-20', present: 41, membersTotal: 48 } },
    ];
    const fileOf = (doc: MeetingRegisterDoc) =>
      Object.fromEntries(Object.values(doc.meetings).map((m) => [m.meetingId, [m.ordinal, m.label]]));

    it('labels every meeting as a log recorded in date order does, once the later ones are renumbered', () => {
      const inOrder = docOf(...series('sichuan', 'council', 4, [declare, ...holds]));
      expect(fileOf(inOrder)).toEqual({
        spring: [6, '四届六次理事会'],
        'summer-a': [7, '四届七次理事会'],
        'summer-b': [8, '四届八次理事会'],
        winter: [9, '四届九次理事会'],
      });
      const [spring, summerA, summerB, winter] = holds;
      const late = series('sichuan', 'council', 4, [declare, winter, summerA, spring, summerB]);
      expect(late.filter((e) => e.type === 'MeetingsRenumbered')).toHaveLength(3);
      const doc = docOf(...late);
      expect(fileOf(doc)).toEqual(fileOf(inOrder));
      expect(seriesOfBody(doc, 'council', 4)).toEqual(seriesOfBody(inOrder, 'council', 4));
      expect(seriesOfBody(doc, 'council', 4)).toMatchObject({ held: 9, lastOrdinal: 9, lastHeldOn: '2024-12-20', membersTotal: 48 });
    });

    it('shows the quorum of a meeting without attendance as unknown, not as not met', () => {
      const doc = docOf(...series('sichuan', 'council', 4, [declare, ...holds]));
      expect(doc.meetings['council-t4/summer-b']).toMatchObject({ status: 'held', quorum: 'unknown', membersTotal: 48 });
      expect(doc.meetings['council-t4/summer-b']).not.toHaveProperty('quorumMet');
      expect(doc.meetings['council-t4/summer-b']).not.toHaveProperty('present');
      expect(doc.meetings['council-t4/spring']).toMatchObject({ quorum: 'met', quorumMet: true });
    });
  });

  it('records meetings of a series never declared, and ignores what cannot be filed', () => {
    const held = projected(
      'MeetingHeld',
      {
        occurredOn: '2023-05-01',
        body: 'council',
        term: 3,
        meetingId: 'x',
        ordinal: 7,
        present: 30,
        membersTotal: 40,
        quorumMet: true,
        resolutions: [],
        minutesRecorded: false,
      } as never,
      'sichuan',
      'meetings-sichuan.council-t3',
      0,
    );
    const noticeOfUnknown = projected(
      'MeetingNoticeSent',
      { occurredOn: '2023-06-01', body: 'council', term: 3, meetingId: 'y' } as never,
      'sichuan',
      's',
      0,
    );
    const noBody = projected(
      'MeetingScheduled',
      { occurredOn: '2023-06-01', meetingId: 'z', scheduledOn: '2023-07-01' } as never,
      'sichuan',
      's',
      0,
    );
    const badOrdinal = projected('MeetingHeld', { ...(held.data as object), meetingId: 'w', ordinal: 0 } as never, 'sichuan', 's', 0);
    const doc = docOf(held, noticeOfUnknown, noBody, badOrdinal, held);
    expect(doc.meetings['council-t3/x']).toMatchObject({ label: '三届七次理事会', status: 'held' });
    expect(doc.meetings['council-t3/y']).toMatchObject({ status: 'scheduled', noticeSentOn: '2023-06-01' });
    expect(doc.meetings['council-t3/w'].label).toBeUndefined();
    expect(doc.series['council-t3']).toMatchObject({ heldBeforeRecording: 0, heldRecorded: 2, held: 2, lastOrdinal: 7 });
    expect(doc.series['council-t3'].declaredOn).toBeUndefined();
    expect(Object.keys(doc.meetings).sort()).toEqual(['council-t3/w', 'council-t3/x', 'council-t3/y']);
    expect(projection.keysOf({ ...held, metadata: { ...held.metadata, tenant: '' } })).toEqual([]);
  });
});
