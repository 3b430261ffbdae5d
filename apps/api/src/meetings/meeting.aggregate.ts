import { catalogueEntry } from '@assocflow/commanding';
import { meeting } from '@assocflow/domain';

export const meetingSeriesAggregate = catalogueEntry({
  name: 'meeting-series',
  commands: {
    DeclareMeetingSeries: true,
    ScheduleMeeting: true,
    SendMeetingNotice: true,
    HoldMeeting: true,
    RecordMeetingMinutes: true,
    CancelMeeting: true,
  },
  toStreamId: meeting.toMeetingSeriesStreamId,
  decider: meeting.meetingDecider,
  upcasters: meeting.meetingUpcasters,
  references: meeting.branchReferences,
});

export const meetingTotalsAggregate = catalogueEntry({
  name: 'meeting-totals',
  commands: { RecordMeetingsBackfill: true },
  toStreamId: meeting.toMeetingTotalsStreamId,
  decider: meeting.meetingTotalsDecider,
  upcasters: meeting.meetingTotalsUpcasters,
});
