import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type { WorkMeasure } from './work.catalogue';

/** Where the figure was read: the document and its section. */
export interface WorkSource {
  document: string;
  section?: string;
}

/**
 * 工作记录: one figure of the organization's own work (收发处理各类文件193件, 应急演练80余次,
 * 排查旅客49.5万人次), as the source states it. It happened on a day (`on`) or is the total of a
 * year (`year`); exactly one of them. `title` names what it is, for the report's 其中
 * (院科两级应急演练); `branchId` the branch that did it, when not the organization itself.
 * Several records of one measure in a year sum.
 */
export interface WorkRecord {
  recordId: string;
  measure: WorkMeasure;
  count: Count;
  on?: IsoDate;
  year?: number;
  title?: string;
  branchId?: string;
  note?: string;
  source: WorkSource;
}

/** `occurredOn`: the day, or the last day of the year of a total. */
export type WorkRecorded = DomainEvent<'WorkRecorded', { occurredOn: IsoDate } & WorkRecord>;

/** The fields a correction may change; the measure never (a record of another measure is another fact). */
export interface WorkChanges {
  count?: Count;
  on?: IsoDate;
  year?: number;
  title?: string;
  branchId?: string;
  note?: string;
  source?: WorkSource;
}

/**
 * `occurredOn` is the day of the correction. `previous` and `record` are the whole record before
 * and after it, with their own dates (event-carried state: a read model keyed by year trades one
 * for the other without reading the stream).
 */
export type WorkRecordCorrected = DomainEvent<
  'WorkRecordCorrected',
  {
    occurredOn: IsoDate;
    recordId: string;
    changes: WorkChanges;
    reason: string;
    previousOccurredOn: IsoDate;
    previous: WorkRecord;
    record: WorkRecord;
  }
>;

/** The record was wrong (entered twice, never happened): it no longer counts. `record`: as it stood. */
export type WorkRecordRetracted = DomainEvent<
  'WorkRecordRetracted',
  { occurredOn: IsoDate; recordId: string; reason: string; previousOccurredOn: IsoDate; record: WorkRecord }
>;

export type WorkEvent = WorkRecorded | WorkRecordCorrected | WorkRecordRetracted;

export const WORK_EVENT_TYPES = [
  'WorkRecorded',
  'WorkRecordCorrected',
  'WorkRecordRetracted',
] as const satisfies readonly WorkEvent['type'][];

/** The record's own date: its day, or the last day of its year. */
export const workRecordDate = (r: Pick<WorkRecord, 'on' | 'year'>): IsoDate => r.on ?? `${r.year}-12-31`;
