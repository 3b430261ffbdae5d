import { meeting } from '@assocflow/domain';
import { projectAll } from '../projection';
import { EventRecorder } from './event-recorder';
import { yearlySummaryProjection } from './index';

describe('Yearly summary: meetings given only as a total', () => {
  it('counts a backfilled total with the meetings held, in the year it names', () => {
    const r = new EventRecorder('sd');
    const backfillId = meeting.meetingsBackfillId('president-office', 2025);
    r.run(meeting.meetingTotalsDecider, meeting.toMeetingTotalsStreamId('sd', backfillId), {
      type: 'RecordMeetingsBackfill',
      data: {
        backfillId,
        body: 'president-office',
        year: 2025,
        count: 3,
        note: '会长办公会3次',
        source: { document: '004.txt', section: '一、（七）' },
      },
    });
    const series = meeting.meetingSeriesId('president-office', 4);
    r.meeting(series, {
      type: 'DeclareMeetingSeries',
      data: { body: 'president-office', term: 4, membersTotal: 9, declaredOn: '2025-01-01' },
    });
    r.meeting(series, { type: 'HoldMeeting', data: { meetingId: 'p1', heldOn: '2025-06-01', present: 9 } });
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('sd/2025')!.indicators['meetings.presidentOffice']).toEqual({ value: 4, approximate: false });
    expect(docs.get('sd/2025')!.indicators['meetings.council']).toEqual({ value: 0, approximate: false });
  });
});
