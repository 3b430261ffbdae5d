import fc from 'fast-check';
import { activity } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import { projected } from '../testing/projection-harness';
import { validActivityEvents } from '../testing/activity-events';
import { itKeepsTheBatchLaws } from '../testing/batch-laws';
import {
  activitiesByMonthAndKind,
  activityLedgerProjection as projection,
  listActivities,
  rowOfRecord,
} from './activity-ledger.projection';

/** The rows the ledger must hold: each activity's final state as its aggregate folds it, under its year. */
function model(events: ProjectedEvent[]): Map<string, Record<string, unknown>> {
  const states = new Map<string, { tenant: string; state: activity.ActivityState }>();
  for (const e of events) {
    const previous = states.get(e.streamId)?.state ?? activity.activityDecider.initialState();
    states.set(e.streamId, {
      tenant: e.metadata.tenant,
      state: activity.activityDecider.evolve(previous, e as unknown as activity.ActivityEvent),
    });
  }
  const docs = new Map<string, Record<string, unknown>>();
  for (const { tenant, state } of states.values()) {
    if (state.status !== 'held' && state.status !== 'backfilled') continue;
    const row = rowOfRecord(state);
    const key = `${tenant}/${row.occurredOn.slice(0, 4)}`;
    docs.set(key, { ...docs.get(key), [row.activityId]: row });
  }
  return docs;
}

describe('activity-ledger projection', () => {
  describe('batches and resumes', () => {
    itKeepsTheBatchLaws(projection, validActivityEvents, { neverSeen: 'of activities' });

    it('holds, year by year, every activity as its aggregate ends up (corrections and retractions honoured)', () =>
      fc.assert(
        fc.property(validActivityEvents, (events) => {
          const docs = projectAll(projection, events);
          const expected = model(events);
          for (const key of new Set([...docs.keys(), ...expected.keys()])) {
            expect([key, docs.get(key)?.activities ?? {}]).toEqual([key, expected.get(key) ?? {}]);
          }
        }),
        { numRuns: 200 },
      ));
  });

  describe('a year of activities in Sichuan', () => {
    const tenant = 'sichuan';
    let position = 0;
    const event = (type: string, data: Record<string, unknown> & { occurredOn: string }) =>
      projected(type, data, tenant, `activity-${tenant}.${String(data.activityId)}`, ++position);
    const training = event('TrainingHeld', {
      occurredOn: '2023-03-14',
      endedOn: '2023-03-16',
      activityId: 't1',
      title: '病案质控培训班',
      organizer: { kind: 'branch', branchId: 'records' },
      sessions: 3,
      mode: 'hybrid',
      onlineSessions: 1,
      participants: { value: 300, approximate: true },
      passed: 280,
      cmeCreditProject: true,
    });
    const welfare = event('PublicWelfareActivityHeld', {
      occurredOn: '2023-03-20',
      activityId: 'w1',
      title: '义诊进社区',
      organizer: { kind: 'organization' },
      sessions: 1,
      mode: 'offline',
      onlineSessions: 0,
      participants: { value: 40, approximate: false },
      peopleServed: { value: 1100, approximate: true },
    });
    const academic = event('AcademicEventHeld', {
      occurredOn: '2023-11-02',
      activityId: 'ac1',
      title: '年会',
      organizer: { kind: 'organization' },
      sessions: 2,
      mode: 'online',
      onlineSessions: 2,
      participants: { value: 5000, approximate: false },
    });
    const backfill = event('ActivitiesBackfilled', {
      occurredOn: '2023-12-31',
      activityId: 'backfill-training-2023-1',
      activityKind: 'training',
      year: 2023,
      sessions: 20,
      onlineSessions: 0,
      participants: { value: 18312, approximate: false },
      note: '培训20场次18312人次',
      source: { document: '2023年工作总结', section: '二、（一）' },
    });
    const year = [training, welfare, academic, backfill];
    const ledger = (...events: ProjectedEvent[]) => projectAll(projection, events);

    it('keeps one row per activity held and per total backfilled, with what each states', () => {
      const doc = ledger(...year).get('sichuan/2023')!;
      expect(listActivities(doc).map((r) => r.activityId)).toEqual(['t1', 'w1', 'ac1', 'backfill-training-2023-1']);
      expect(doc.activities.t1).toEqual({
        activityId: 't1',
        kind: 'training',
        title: '病案质控培训班',
        occurredOn: '2023-03-14',
        endedOn: '2023-03-16',
        organizer: { kind: 'branch', branchId: 'records' },
        sessions: 3,
        onlineSessions: 1,
        mode: 'hybrid',
        participants: { value: 300, approximate: true },
        passed: 280,
        cmeCreditProject: true,
      });
      expect(doc.activities.w1.peopleServed).toEqual({ value: 1100, approximate: true });
      expect(doc.activities['backfill-training-2023-1']).toEqual({
        activityId: 'backfill-training-2023-1',
        kind: 'training',
        occurredOn: '2023-12-31',
        sessions: 20,
        onlineSessions: 0,
        participants: { value: 18312, approximate: false },
        backfilled: true,
        note: '培训20场次18312人次',
        source: { document: '2023年工作总结', section: '二、（一）' },
      });
      expect(listActivities(doc, 'welfare').map((r) => r.activityId)).toEqual(['w1']);
    });

    it('counts sessions and participants per month and kind, backfilled totals apart', () => {
      const chart = activitiesByMonthAndKind(ledger(...year).get('sichuan/2023')!);
      expect(chart.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(chart.months[2].kinds.training).toEqual({ activities: 1, sessions: 3, participants: { value: 300, approximate: true } });
      expect(chart.months[2].kinds.welfare).toEqual({ activities: 1, sessions: 1, participants: { value: 40, approximate: false } });
      expect(chart.months[10].kinds.academic).toEqual({ activities: 1, sessions: 2, participants: { value: 5000, approximate: false } });
      expect(chart.months[11].kinds.training).toEqual({ activities: 0, sessions: 0, participants: { value: 0, approximate: false } });
      expect(chart.wholeYear.training).toEqual({ activities: 1, sessions: 20, participants: { value: 18312, approximate: false } });
      expect(chart.wholeYear.academic.activities).toBe(0);
    });

    describe('corrections and retractions, as the decider records them', () => {
      const decided = (activityId: string, commands: activity.ActivityCommand[]): ProjectedEvent[] => {
        let state = activity.activityDecider.initialState();
        return commands.flatMap((c) =>
          activity.activityDecider.decide(c, state).map((e) => {
            state = activity.activityDecider.evolve(state, e);
            return projected(e.type, e.data, tenant, activity.toActivityStreamId(tenant, activityId), ++position);
          }),
        );
      };
      const held = {
        type: 'RecordExchangeVisit' as const,
        data: {
          activityId: 'x1',
          title: '赴浙江考察',
          heldOn: '2023-12-28',
          organizer: { kind: 'organization' as const },
          sessions: 1,
          mode: 'offline' as const,
          participants: { value: 12, approximate: false },
        },
      };

      it('moves an activity whose day held is corrected into another year, with the corrected figures', () => {
        const events = decided('x1', [
          held,
          {
            type: 'CorrectActivityRecord',
            data: {
              activityId: 'x1',
              correctedOn: '2024-01-10',
              changes: { heldOn: '2024-01-03', participants: { value: 15, approximate: false } },
              reason: '核对',
            },
          },
        ]);
        expect(projection.keysOf(events[1])).toEqual(['sichuan/2023', 'sichuan/2024']);
        const docs = ledger(...events);
        expect(docs.get('sichuan/2023')!.activities).toEqual({});
        expect(docs.get('sichuan/2024')!.activities.x1).toMatchObject({
          kind: 'exchange',
          occurredOn: '2024-01-03',
          participants: { value: 15, approximate: false },
        });
      });

      it('removes a retracted activity, and ignores a correction without the record it needs to find its year', () => {
        const events = decided('x1', [
          held,
          { type: 'RetractActivityRecord', data: { activityId: 'x1', retractedOn: '2024-01-10', reason: '重复录入' } },
        ]);
        expect(ledger(...events).get('sichuan/2023')!.activities).toEqual({});
        const bare = event('ActivityRecordCorrected', { occurredOn: '2024-01-10', activityId: 't1', changes: { title: 'x' }, reason: 'r' });
        expect(projection.keysOf(bare)).toEqual([]);
      });
    });
  });
});
