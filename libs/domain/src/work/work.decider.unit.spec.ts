import { deciderSpec } from '../shared/decider-spec';
import { BackfillNeedsSource, RecordReasonRequired } from '../shared/record-errors';
import { workDecider } from './work.decider';
import type { WorkEvent } from './work.events';
import {
  WorkCorrectionEmpty,
  WorkCountInvalid,
  WorkMeasureUnknown,
  WorkRecordAlreadyRecorded,
  WorkRecordNotFound,
  WorkRecordRetractedError,
  WorkWhenInvalid,
} from './work.errors';
import { branchReferences } from './work.references';
import { toWorkStreamId } from './work.stream';
import { isWorkMeasure, WORK_MEASURES, workIndicatorKey } from './work.catalogue';

const given = deciderSpec(workDecider);
const source = { document: '广中医发〔2021〕9号', section: '三、（二）' };
const record = {
  type: 'RecordWork' as const,
  data: {
    recordId: 'drills',
    measure: 'emergencyDrills' as const,
    count: { value: 80, approximate: true },
    year: 2020,
    title: ' 院科两级应急演练 ',
    source,
  },
};
const stored = {
  recordId: 'drills',
  measure: 'emergencyDrills' as const,
  count: { value: 80, approximate: true },
  year: 2020,
  title: '院科两级应急演练',
  source,
};
const recorded: WorkEvent = { type: 'WorkRecorded', data: { occurredOn: '2020-12-31', ...stored } };
const correct = (changes: object) => ({
  type: 'CorrectWorkRecord' as const,
  data: { recordId: 'drills', correctedOn: '2021-01-10', changes, reason: '按台账更正' },
});
const retract = { type: 'RetractWorkRecord' as const, data: { recordId: 'drills', retractedOn: '2021-01-10', reason: '重复录入' } };

describe('Work record decider (工作记录)', () => {
  it('has a stream per record, and a figure work.<measure> per measure', () => {
    expect(toWorkStreamId('gy', 'drills')).toBe('work-gy.drills');
    expect(workIndicatorKey('documentsHandled')).toBe('work.documentsHandled');
    expect(WORK_MEASURES.documentsHandled).toEqual({
      zh: '收发处理各类文件',
      en: 'documents received and processed',
      unit: '件',
      section: 'self-building',
    });
    expect(isWorkMeasure('happiness')).toBe(false);
  });

  it('records a yearly total as stated, dated the last day of its year; once', () => {
    given([]).when(record).then([recorded]);
    given([recorded])
      .when(record)
      .thenThrows(WorkRecordAlreadyRecorded, /recorded once/);
  });

  it('records a figure of a day, in 万 as the source wrote it, done by a branch', () => {
    const data = {
      recordId: 'cars',
      measure: 'vehiclesScreened' as const,
      count: { value: 23000, approximate: false, wan: true },
      on: '2020-12-31',
      branchId: 'checkpoint',
      source,
    };
    given([])
      .when({ type: 'RecordWork', data })
      .then([{ type: 'WorkRecorded', data: { occurredOn: '2020-12-31', ...data } }]);
    expect(branchReferences({ type: 'RecordWork', data })).toEqual([{ field: 'branchId', branchId: 'checkpoint' }]);
    expect(branchReferences(record)).toEqual([]);
  });

  it('refuses an unknown measure, a count of none or a marker without approximate, neither or both of day and year, no source', () => {
    given([])
      .when({ ...record, data: { ...record.data, measure: 'happiness' as never } })
      .thenThrows(WorkMeasureUnknown);
    given([])
      .when({ ...record, data: { ...record.data, count: { value: 0, approximate: false } } })
      .thenThrows(WorkCountInvalid);
    given([])
      .when({ ...record, data: { ...record.data, count: { value: 3, approximate: false, marker: '多' } } })
      .thenThrows(WorkCountInvalid);
    given([])
      .when({ ...record, data: { ...record.data, year: undefined } })
      .thenThrows(WorkWhenInvalid, /neither/);
    given([])
      .when({ ...record, data: { ...record.data, on: '2020-05-01' } })
      .thenThrows(WorkWhenInvalid, /both/);
    given([])
      .when({ ...record, data: { ...record.data, year: 20.5 } })
      .thenThrows(WorkWhenInvalid);
    given([])
      .when({ ...record, data: { ...record.data, source: { document: ' ' } } })
      .thenThrows(BackfillNeedsSource);
  });

  it('corrects a record with only what changes, carrying the record before and after; a day replaces the year', () => {
    const record2 = { ...stored, count: { value: 80, approximate: true, marker: '多' as const }, on: '2020-11-30' };
    delete (record2 as { year?: number }).year;
    given([recorded])
      .when(correct({ count: { value: 80, approximate: true, marker: '多' }, on: '2020-11-30', title: '院科两级应急演练' }))
      .then([
        {
          type: 'WorkRecordCorrected',
          data: {
            occurredOn: '2021-01-10',
            recordId: 'drills',
            changes: { count: { value: 80, approximate: true, marker: '多' }, on: '2020-11-30' },
            reason: '按台账更正',
            previousOccurredOn: '2020-12-31',
            previous: stored,
            record: record2,
          },
        },
      ]);
  });

  it('refuses a correction that changes nothing, gives no reason, or gives both a day and a year', () => {
    given([recorded])
      .when(correct({ title: '院科两级应急演练' }))
      .thenThrows(WorkCorrectionEmpty);
    given([recorded])
      .when({ ...correct({ year: 2021 }), data: { ...correct({ year: 2021 }).data, reason: ' ' } })
      .thenThrows(RecordReasonRequired);
    given([recorded])
      .when(correct({ year: 2021, on: '2021-01-01' }))
      .thenThrows(WorkWhenInvalid);
    given([])
      .when(correct({ year: 2021 }))
      .thenThrows(WorkRecordNotFound);
  });

  it('retracts a record with the record as it stood; a retracted record takes nothing more', () => {
    const retracted: WorkEvent = {
      type: 'WorkRecordRetracted',
      data: { occurredOn: '2021-01-10', recordId: 'drills', reason: '重复录入', previousOccurredOn: '2020-12-31', record: stored },
    };
    given([recorded]).when(retract).then([retracted]);
    given([recorded, retracted]).when(retract).thenThrows(WorkRecordRetractedError);
    given([recorded, retracted]).when(record).thenThrows(WorkRecordRetractedError);
    given([recorded, retracted])
      .when(correct({ year: 2021 }))
      .thenThrows(WorkRecordRetractedError);
  });
});
