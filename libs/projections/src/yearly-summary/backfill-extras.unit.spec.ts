import { activity } from '@assocflow/domain';
import { projectAll } from '../projection';
import { EventRecorder } from './event-recorder';
import { yearlySummaryProjection } from './index';

const source = { document: '鲁医协发〔2026〕1号', section: '一、（二）' };
const none = { value: 0, approximate: false };

function summaryOf(record: (r: EventRecorder) => void, year = 2025) {
  const recorder = new EventRecorder('sd');
  record(recorder);
  return projectAll(yearlySummaryProjection, recorder.events).get(`sd/${year}`)!;
}

const backfill = (kind: activity.ActivityKind, data: object): activity.ActivityCommand =>
  ({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId(kind, 2025),
      activityKind: kind,
      year: 2025,
      onlineSessions: 0,
      participants: none,
      note: 'total',
      source,
      ...data,
    },
  }) as activity.ActivityCommand;

describe('Yearly summary: what backfilled totals state beyond sessions and participants', () => {
  it('counts sessions given as a lower bound as approximate, for every kind', () => {
    const doc = summaryOf((r) => {
      r.activity(backfill('academic', { sessions: 100, sessionsApproximate: true }));
      r.activity(backfill('study', { sessions: 16 }));
      r.activity(backfill('competition', { sessions: 40, sessionsApproximate: true }));
    });
    expect(doc.indicators['academic.sessions']).toEqual({ value: 100, approximate: true });
    expect(doc.indicators['party.studySessions']).toEqual({ value: 16, approximate: false });
    expect(doc.indicators['competition.count']).toEqual({ value: 40, approximate: true });
  });

  it('counts the people a welfare total served and the CME projects a training total states', () => {
    const doc = summaryOf((r) => {
      r.activity(backfill('welfare', { sessions: 13, peopleServed: { value: 11000, approximate: true } }));
      r.activity(backfill('training', { sessions: 6, participants: { value: 1869, approximate: false }, cmeCreditProjects: 6 }));
    });
    expect(doc.indicators['welfare.activities']).toEqual({ value: 13, approximate: false });
    expect(doc.indicators['welfare.peopleServed']).toEqual({ value: 11000, approximate: true });
    expect(doc.indicators['training.cmeProjects']).toEqual({ value: 6, approximate: false });
    expect(doc.indicators['training.participants']).toEqual({ value: 1869, approximate: false });
  });
});
