import { deciderSpec } from '../shared/decider-spec';
import { BackfillNeedsSource } from '../shared/record-errors';
import type { MeetingTotalsCommand } from './meeting.commands';
import type { MeetingTotalsEvent } from './meeting.events';
import { MeetingBodyUnknown, MeetingNumberInvalid, MeetingsBackfillAlreadyRecorded } from './meeting.errors';
import { meetingTotalsDecider } from './meeting-totals.decider';
import { meetingsBackfillId, toMeetingTotalsStreamId } from './meeting.stream';

const given = deciderSpec(meetingTotalsDecider);
const data = {
  backfillId: meetingsBackfillId('president-office', 2025),
  body: 'president-office',
  year: 2025,
  count: 3,
  note: '全年组织召开会长办公会3次',
  source: { document: '004.txt', section: '一、（七）2.' },
} as const;
const command = (changes: object = {}) => ({ type: 'RecordMeetingsBackfill', data: { ...data, ...changes } }) as MeetingTotalsCommand;
const recorded: MeetingTotalsEvent = { type: 'MeetingsBackfilled', data: { occurredOn: '2025-12-31', ...data } };

describe('Meeting totals decider', () => {
  it("records a year's meetings of a body given only as a total, on the year's last day", () => given([]).when(command()).then([recorded]));

  it('names its own stream, apart from the series of the body', () => {
    expect(data.backfillId).toBe('backfill-president-office-2025-1');
    expect(toMeetingTotalsStreamId('shandong', data.backfillId)).toBe('meetingtotals-shandong.backfill-president-office-2025-1');
  });

  it('records a total once', () =>
    given([recorded])
      .when(command())
      .thenThrows(MeetingsBackfillAlreadyRecorded, /already recorded/));

  it("counts only the organization's own bodies, in whole numbers, citing the document", () => {
    given([])
      .when(command({ body: 'branch-x' }))
      .thenThrows(MeetingBodyUnknown, /branch-x/);
    given([])
      .when(command({ count: 2.5 }))
      .thenThrows(MeetingNumberInvalid, /count/);
    given([])
      .when(command({ source: { document: ' ' } }))
      .thenThrows(BackfillNeedsSource, /cite/);
  });
});
