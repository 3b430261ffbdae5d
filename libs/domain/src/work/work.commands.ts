import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { WorkChanges, WorkRecord } from './work.events';

export type RecordWork = DomainCommand<'RecordWork', WorkRecord>;
export type CorrectWorkRecord = DomainCommand<
  'CorrectWorkRecord',
  { recordId: string; correctedOn: IsoDate; changes: WorkChanges; reason: string }
>;
export type RetractWorkRecord = DomainCommand<'RetractWorkRecord', { recordId: string; retractedOn: IsoDate; reason: string }>;

export type WorkCommand = RecordWork | CorrectWorkRecord | RetractWorkRecord;
