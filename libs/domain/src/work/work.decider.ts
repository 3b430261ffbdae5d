import { unreachable, type Decider } from '../shared/decider';
import { RecordDateInvalid, RecordReasonRequired, BackfillNeedsSource } from '../shared/record-errors';
import { givenChanges, recordLifecycle, requireReason } from '../shared/record-lifecycle';
import { isCount, isIsoDate, type Count } from '../shared/values';
import { isWorkMeasure } from './work.catalogue';
import type { WorkCommand } from './work.commands';
import { workRecordDate, type WorkChanges, type WorkEvent, type WorkRecord, type WorkSource } from './work.events';
import {
  WorkCorrectionEmpty,
  WorkCountInvalid,
  WorkMeasureUnknown,
  WorkRecordAlreadyRecorded,
  WorkRecordNotFound,
  WorkRecordRetractedError,
  WorkWhenInvalid,
} from './work.errors';

export type WorkState = { status: 'unknown' } | { status: 'recorded'; record: WorkRecord } | { status: 'retracted'; recordId: string };

const isYear = (y: unknown): y is number => Number.isInteger(y) && (y as number) >= 1000 && (y as number) <= 9999;

/** Only what was stated, trimmed: an event carries no undefined field. */
function countOf(c: Count): Count {
  if (!isCount(c) || c.value < 1) throw new WorkCountInvalid(c);
  return {
    value: c.value,
    approximate: c.approximate,
    ...(c.marker !== undefined ? { marker: c.marker } : {}),
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
    ...(c.wan ? { wan: true } : {}),
  };
}

function sourceOf(s: WorkSource | undefined): WorkSource {
  if (!s || typeof s.document !== 'string' || !s.document.trim()) throw new BackfillNeedsSource();
  const section = text(s.section);
  return { document: s.document.trim(), ...(section ? { section } : {}) };
}

const text = (t: string | undefined) => (typeof t === 'string' && t.trim() ? t.trim() : undefined);

/** The record as it is stored: checked, trimmed, its fields in one order. */
function checked(r: WorkRecord): WorkRecord {
  if (!isWorkMeasure(r.measure)) throw new WorkMeasureUnknown(r.measure);
  const count = countOf(r.count);
  if ((r.on === undefined) === (r.year === undefined)) throw new WorkWhenInvalid(r.on === undefined ? 'neither given' : 'both given');
  if (r.on !== undefined && !isIsoDate(r.on)) throw new RecordDateInvalid('on', r.on);
  if (r.year !== undefined && !isYear(r.year)) throw new WorkWhenInvalid(`year ${JSON.stringify(r.year)} is not a year such as 2020`);
  const title = text(r.title);
  const note = text(r.note);
  return {
    recordId: r.recordId,
    measure: r.measure,
    count,
    ...(r.on !== undefined ? { on: r.on } : { year: r.year }),
    ...(title ? { title } : {}),
    ...(r.branchId !== undefined ? { branchId: r.branchId } : {}),
    ...(note ? { note } : {}),
    source: sourceOf(r.source),
  };
}

const lifecycle = recordLifecycle<WorkState>({
  alreadyRecorded: (id) => new WorkRecordAlreadyRecorded(id),
  notFound: (id) => new WorkRecordNotFound(id),
  retracted: (id) => new WorkRecordRetractedError(id),
});

const reasonOf = (reason: string, action: 'correction' | 'retraction') => requireReason(reason, () => new RecordReasonRequired(action));

/** The record after the changes; a new day replaces a year and a new year a day. */
function corrected(record: WorkRecord, changes: WorkChanges): WorkRecord {
  if (changes.on !== undefined && changes.year !== undefined) throw new WorkWhenInvalid('a correction gives a day or a year, not both');
  const { on, year, ...rest } = record;
  const when =
    changes.on !== undefined
      ? { on: changes.on }
      : changes.year !== undefined
        ? { year: changes.year }
        : on !== undefined
          ? { on }
          : { year };
  const { on: _on, year: _year, ...other } = changes;
  return checked({ ...rest, ...givenChanges(other), ...when } as WorkRecord);
}

/** Only the fields that change, as the record will hold them. */
function effectiveChanges(before: WorkRecord, after: WorkRecord): WorkChanges {
  const changes: WorkChanges = {};
  for (const field of ['count', 'on', 'year', 'title', 'branchId', 'note', 'source'] as const) {
    if (after[field] !== undefined && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      (changes as Record<string, unknown>)[field] = after[field];
  }
  return changes;
}

export function decide(command: WorkCommand, state: WorkState): WorkEvent[] {
  switch (command.type) {
    case 'RecordWork': {
      const c = command.data;
      lifecycle.requireNew(state, c.recordId);
      const record = checked(c);
      return [{ type: 'WorkRecorded', data: { occurredOn: workRecordDate(record), ...record } }];
    }
    case 'CorrectWorkRecord': {
      const c = command.data;
      const { record: previous } = lifecycle.requireRecorded(state, c.recordId);
      const reason = reasonOf(c.reason, 'correction');
      if (!isIsoDate(c.correctedOn)) throw new RecordDateInvalid('correctedOn', c.correctedOn);
      const record = corrected(previous, c.changes ?? {});
      const changes = effectiveChanges(previous, record);
      if (Object.keys(changes).length === 0) throw new WorkCorrectionEmpty(c.recordId);
      return [
        {
          type: 'WorkRecordCorrected',
          data: {
            occurredOn: c.correctedOn,
            recordId: c.recordId,
            changes,
            reason,
            previousOccurredOn: workRecordDate(previous),
            previous,
            record,
          },
        },
      ];
    }
    case 'RetractWorkRecord': {
      const c = command.data;
      const { record } = lifecycle.requireRecorded(state, c.recordId);
      const reason = reasonOf(c.reason, 'retraction');
      if (!isIsoDate(c.retractedOn)) throw new RecordDateInvalid('retractedOn', c.retractedOn);
      return [
        {
          type: 'WorkRecordRetracted',
          data: { occurredOn: c.retractedOn, recordId: c.recordId, reason, previousOccurredOn: workRecordDate(record), record },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(_state: WorkState, event: WorkEvent): WorkState {
  switch (event.type) {
    case 'WorkRecorded': {
      const { occurredOn: _, ...record } = event.data;
      return { status: 'recorded', record };
    }
    case 'WorkRecordCorrected':
      return { status: 'recorded', record: event.data.record };
    case 'WorkRecordRetracted':
      return { status: 'retracted', recordId: event.data.recordId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): WorkState => ({ status: 'unknown' });

export const workDecider: Decider<WorkCommand, WorkEvent, WorkState> = { decide, evolve, initialState };
