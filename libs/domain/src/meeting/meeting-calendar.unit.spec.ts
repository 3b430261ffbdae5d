import { deciderSpec } from '../shared/decider-spec';
import { meetingDecider } from './meeting.decider';
import { ResolutionsNeedAttendance } from './meeting.errors';
import type { MeetingEvent } from './meeting.events';
import { isMeetingBody, meetingOrdinalLabel } from './meeting.rules';

const given = deciderSpec(meetingDecider);
/** 第四届理事会: five meetings held before recording started, its size not stated by the plan that schedules the sixth. */
const declared: MeetingEvent = {
  type: 'MeetingSeriesDeclared',
  data: { occurredOn: '2026-01-01', body: 'council', term: 4, heldSoFar: 5 },
};

describe('Meetings put on the calendar from a plan', () => {
  it('declares a series whose size is not known yet, and schedules its next meeting', () => {
    given([])
      .when({ type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, heldSoFar: 5, declaredOn: '2026-01-01' } })
      .then([declared]);
    given([declared])
      .when({
        type: 'ScheduleMeeting',
        data: { meetingId: 'council-t4-6', scheduledOn: '2026-02-15', decidedOn: '2026-01-01', title: '第四届理事会第六次会议' },
      })
      .then([
        {
          type: 'MeetingScheduled',
          data: {
            occurredOn: '2026-01-01',
            body: 'council',
            term: 4,
            meetingId: 'council-t4-6',
            scheduledOn: '2026-02-15',
            title: '第四届理事会第六次会议',
          },
        },
      ]);
  });

  it('holds such a meeting with its quorum unknown until its size is stated', () => {
    given([declared])
      .when({ type: 'HoldMeeting', data: { meetingId: 'm6', heldOn: '2026-02-15', present: 40 } })
      .then([
        {
          type: 'MeetingHeld',
          data: {
            occurredOn: '2026-02-15',
            body: 'council',
            term: 4,
            meetingId: 'm6',
            ordinal: 6,
            present: 40,
            resolutions: [],
            minutesRecorded: false,
          },
        },
      ]);
    given([declared])
      .when({ type: 'HoldMeeting', data: { meetingId: 'm6', heldOn: '2026-02-15', present: 40, membersTotal: 50 } })
      .then([
        {
          type: 'MeetingHeld',
          data: {
            occurredOn: '2026-02-15',
            body: 'council',
            term: 4,
            meetingId: 'm6',
            ordinal: 6,
            present: 40,
            membersTotal: 50,
            quorumMet: true,
            resolutions: [],
            minutesRecorded: false,
          },
        },
      ]);
  });

  it('records a meeting whose attendance the document does not give, and refuses its votes', () => {
    given([declared])
      .when({ type: 'HoldMeeting', data: { meetingId: 'm6', heldOn: '2026-02-15' } })
      .then([
        {
          type: 'MeetingHeld',
          data: {
            occurredOn: '2026-02-15',
            body: 'council',
            term: 4,
            meetingId: 'm6',
            ordinal: 6,
            resolutions: [],
            minutesRecorded: false,
          },
        },
      ]);
    given([declared])
      .when({
        type: 'HoldMeeting',
        data: { meetingId: 'm6', heldOn: '2026-02-15', membersTotal: 50, resolutions: [{ title: '工作报告', votesFor: 40 }] },
      })
      .thenThrows(ResolutionsNeedAttendance, /state present/);
  });

  it("knows the organization's own recurring conferences as bodies whose term is the edition (届)", () => {
    expect(isMeetingBody('conference-county-hospital-directors')).toBe(true);
    expect(isMeetingBody('conference-')).toBe(false);
    expect(meetingOrdinalLabel(8, 1, 'conference-county-hospital-directors')).toBe('八届一次会议');
    given([])
      .when({ type: 'DeclareMeetingSeries', data: { body: 'conference-county-hospital-directors', term: 8, declaredOn: '2026-01-01' } })
      .then([
        {
          type: 'MeetingSeriesDeclared',
          data: { occurredOn: '2026-01-01', body: 'conference-county-hospital-directors', term: 8, heldSoFar: 0 },
        },
      ]);
  });
});
