import { unreachable, type Decider } from '../shared/decider';
import { defined } from '../shared/defined';
import { effectiveChanges, recordLifecycle, requireReason, type Recorded as RecordedOf } from '../shared/record-lifecycle';
import { isIsoDate, type IsoDate } from '../shared/values';
import type { GrantCommand } from './grant.commands';
import type { ExternalGrantWon, GrantChanges, GrantEvent, GrantRecord, GrantsAwardedBackfilled, OwnGrant } from './grant.events';
import {
  GrantAlreadyAwarded,
  GrantAlreadyConcluded,
  GrantAlreadyRecorded,
  GrantAmountInvalid,
  GrantBackfillNeedsSource,
  GrantCallMismatch,
  GrantCorrectionEmpty,
  GrantCorrectionNotApplicable,
  GrantCountInvalid,
  GrantDateInvalid,
  GrantDatesOutOfOrder,
  GrantKindMismatch,
  GrantNotAwarded,
  GrantNotRecorded,
  GrantReasonRequired,
  GrantRecordRetractedError,
  YouthGrantsExceedTotal,
} from './grant.errors';

export type GrantState =
  | { status: 'unknown' }
  | { status: 'applied' | 'awarded' | 'concluded'; grant: OwnGrant }
  | { status: 'external'; data: ExternalGrantWon['data'] }
  | { status: 'backfilled'; data: GrantsAwardedBackfilled['data'] }
  | { status: 'retracted'; grantId: string };

/** The same shape as `GrantRecord`, which corrections and retractions carry. */
type Recorded = RecordedOf<GrantState>;

/** The record's own date: the award (or application) of an own grant, the win, the backfill's last day. */
function recordDate(record: GrantRecord): IsoDate {
  return record.status === 'external' || record.status === 'backfilled'
    ? record.data.occurredOn
    : (record.grant.awardedOn ?? record.grant.appliedOn)!;
}

/** The fields a correction may change, per state of the record. */
const CORRECTABLE: Record<Recorded['status'], readonly (keyof GrantChanges)[]> = {
  applied: ['title'],
  awarded: ['title', 'amountYuan', 'category'],
  concluded: ['title', 'amountYuan', 'category'],
  external: ['title', 'funder', 'amountYuan'],
  backfilled: ['amountYuan', 'count', 'youthCount', 'note'],
};
const DESCRIBED: Record<Recorded['status'], string> = {
  applied: 'an application not yet awarded',
  awarded: 'an awarded grant',
  concluded: 'a concluded grant',
  external: 'an external grant',
  backfilled: 'a backfilled total',
};

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function checkDate(field: string, value: unknown): void {
  if (!isIsoDate(value)) throw new GrantDateInvalid(field, value);
}

function checkAmount(field: string, value: unknown): void {
  if (value !== undefined && !whole(value)) throw new GrantAmountInvalid(field, value);
}

function checkBackfill(d: GrantsAwardedBackfilled['data']): void {
  if (!Number.isInteger(d.year) || !isIsoDate(`${d.year}-12-31`)) throw new GrantDateInvalid('year', d.year);
  if (!whole(d.count)) throw new GrantCountInvalid('count', d.count);
  if (d.youthCount !== undefined) {
    if (!whole(d.youthCount)) throw new GrantCountInvalid('youthCount', d.youthCount);
    if (d.youthCount > d.count) throw new YouthGrantsExceedTotal(d.youthCount, d.count);
  }
  checkAmount('amountYuan', d.amountYuan);
  if (!d.source?.document?.trim()) throw new GrantBackfillNeedsSource();
}

function check(record: Recorded): void {
  if (record.status === 'backfilled') checkBackfill(record.data);
  else checkAmount('amountYuan', record.status === 'external' ? record.data.amountYuan : record.grant.amountYuan);
}

const lifecycle = recordLifecycle<GrantState>({
  alreadyRecorded: (id) => new GrantAlreadyRecorded(id),
  notFound: (id) => new GrantNotRecorded(id),
  retracted: (id) => new GrantRecordRetractedError(id),
});

const reasonOf = (reason: string, action: 'correction' | 'retraction') => requireReason(reason, () => new GrantReasonRequired(action));

function corrected(record: Recorded, changes: GrantChanges): Recorded {
  const { title, amountYuan, category, funder, count, youthCount, note } = changes;
  switch (record.status) {
    case 'backfilled':
      return { ...record, data: { ...record.data, ...defined({ amountYuan, count, youthCount, note }) } };
    case 'external':
      return { ...record, data: { ...record.data, ...defined({ title, funder, amountYuan }) } };
    default:
      return { ...record, grant: { ...record.grant, ...defined({ title, amountYuan, category }) } };
  }
}

/** The stated changes that apply to the record and differ from what it says now. */
function changesTo(record: Recorded, stated: GrantChanges): GrantChanges {
  const current = record.status === 'external' || record.status === 'backfilled' ? record.data : record.grant;
  return effectiveChanges(
    current,
    stated,
    CORRECTABLE[record.status],
    (field) => new GrantCorrectionNotApplicable(field, DESCRIBED[record.status]),
  );
}

export function decide(command: GrantCommand, state: GrantState): GrantEvent[] {
  switch (command.type) {
    case 'ApplyForGrant': {
      const c = command.data;
      lifecycle.requireNew(state, c.grantId);
      checkDate('appliedOn', c.appliedOn);
      return [
        {
          type: 'GrantApplied',
          data: { occurredOn: c.appliedOn, grantId: c.grantId, ...defined({ callId: c.callId }), title: c.title, applicant: c.applicant },
        },
      ];
    }
    case 'AwardGrant': {
      const c = command.data;
      if (state.status === 'retracted') throw new GrantRecordRetractedError(c.grantId);
      if (state.status === 'awarded' || state.status === 'concluded') throw new GrantAlreadyAwarded(c.grantId);
      if (state.status === 'external' || state.status === 'backfilled')
        throw new GrantKindMismatch('awarded', c.grantId, DESCRIBED[state.status]);
      checkDate('awardedOn', c.awardedOn);
      checkAmount('amountYuan', c.amountYuan);
      if (c.amountYuan === undefined) throw new GrantAmountInvalid('amountYuan', undefined);
      const application = state.status === 'applied' ? state.grant : undefined;
      if (application?.appliedOn && c.awardedOn < application.appliedOn) {
        throw new GrantDatesOutOfOrder('awarded', c.awardedOn, 'applied for', application.appliedOn);
      }
      if (application?.callId && c.callId && c.callId !== application.callId) throw new GrantCallMismatch(application.callId, c.callId);
      return [
        {
          type: 'GrantAwarded',
          data: {
            occurredOn: c.awardedOn,
            grantId: c.grantId,
            title: c.title,
            amountYuan: c.amountYuan,
            ...defined({ category: c.category, callId: c.callId ?? application?.callId }),
          },
        },
      ];
    }
    case 'ConcludeGrant': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.grantId);
      if (record.status === 'external' || record.status === 'backfilled')
        throw new GrantKindMismatch('concluded', c.grantId, DESCRIBED[record.status]);
      if (record.status === 'applied') throw new GrantNotAwarded(c.grantId);
      if (record.status === 'concluded') throw new GrantAlreadyConcluded(c.grantId);
      checkDate('concludedOn', c.concludedOn);
      if (c.concludedOn < record.grant.awardedOn!)
        throw new GrantDatesOutOfOrder('concluded', c.concludedOn, 'awarded', record.grant.awardedOn!);
      return [{ type: 'GrantConcluded', data: { occurredOn: c.concludedOn, grantId: c.grantId, outcome: c.outcome } }];
    }
    case 'RecordExternalGrant': {
      const c = command.data;
      lifecycle.requireNew(state, c.grantId);
      checkDate('wonOn', c.wonOn);
      checkAmount('amountYuan', c.amountYuan);
      return [
        {
          type: 'ExternalGrantWon',
          data: {
            occurredOn: c.wonOn,
            grantId: c.grantId,
            title: c.title,
            funder: c.funder,
            ...defined({ amountYuan: c.amountYuan, branchId: c.branchId }),
          },
        },
      ];
    }
    case 'RecordGrantsBackfill': {
      const c = command.data;
      lifecycle.requireNew(state, c.grantId);
      const data = {
        occurredOn: `${c.year}-12-31`,
        grantId: c.grantId,
        year: c.year,
        count: c.count,
        ...defined({ amountYuan: c.amountYuan, youthCount: c.youthCount }),
        note: c.note,
        source: c.source,
      };
      checkBackfill(data);
      return [{ type: 'GrantsAwardedBackfilled', data }];
    }
    case 'CorrectGrantRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.grantId);
      const reason = reasonOf(c.reason, 'correction');
      checkDate('correctedOn', c.correctedOn);
      const changes = changesTo(record, c.changes);
      if (Object.keys(changes).length === 0) throw new GrantCorrectionEmpty('grant', c.grantId);
      const next = corrected(record, changes);
      check(next);
      return [
        {
          type: 'GrantRecordCorrected',
          data: {
            occurredOn: c.correctedOn,
            grantId: c.grantId,
            changes,
            reason,
            previousOccurredOn: recordDate(record),
            previous: record,
            record: next,
          },
        },
      ];
    }
    case 'RetractGrantRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.grantId);
      const reason = reasonOf(c.reason, 'retraction');
      checkDate('retractedOn', c.retractedOn);
      return [
        {
          type: 'GrantRecordRetracted',
          data: { occurredOn: c.retractedOn, grantId: c.grantId, reason, previousOccurredOn: recordDate(record), record },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: GrantState, event: GrantEvent): GrantState {
  switch (event.type) {
    case 'GrantApplied': {
      const { occurredOn, ...e } = event.data;
      return { status: 'applied', grant: { ...e, appliedOn: occurredOn } };
    }
    case 'GrantAwarded': {
      const { occurredOn, ...e } = event.data;
      const before = state.status === 'applied' ? state.grant : {};
      return { status: 'awarded', grant: { ...before, ...e, awardedOn: occurredOn } };
    }
    case 'GrantConcluded':
      return state.status === 'awarded'
        ? { status: 'concluded', grant: { ...state.grant, concludedOn: event.data.occurredOn, outcome: event.data.outcome } }
        : state;
    case 'ExternalGrantWon':
      return { status: 'external', data: event.data };
    case 'GrantsAwardedBackfilled':
      return { status: 'backfilled', data: event.data };
    case 'GrantRecordCorrected':
      return state.status === 'unknown' || state.status === 'retracted' ? state : corrected(state, event.data.changes);
    case 'GrantRecordRetracted':
      return { status: 'retracted', grantId: event.data.grantId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): GrantState => ({ status: 'unknown' });

export const grantDecider: Decider<GrantCommand, GrantEvent, GrantState> = { decide, evolve, initialState };
