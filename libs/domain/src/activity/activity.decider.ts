import { unreachable, type Decider } from '../shared/decider';
import { defined, type Defined } from '../shared/defined';
import { effectiveChanges, recordLifecycle, requireReason, type Recorded as RecordedOf } from '../shared/record-lifecycle';
import { isCount, isIsoDate, type Count } from '../shared/values';
import type { ActivityCommand, HeldActivityInput } from './activity.commands';
import {
  ACTIVITY_KIND_OF_EVENT,
  REGION_LEVELS,
  SUBMISSION_KINDS,
  type ActivitiesBackfilled,
  type ActivityChanges,
  type ActivityEvent,
  type ActivityFacts,
  type ActivityKind,
  type ActivityMode,
  type ActivityReach,
  type CompetitionFacts,
  type NamedCount,
  type RegionsCovered,
  type TrainingFacts,
  type WelfareFacts,
} from './activity.events';
import {
  ActivityAlreadyRecorded,
  BackfillFieldNotApplicable,
  ActivityBackfillNeedsSource,
  ActivityCorrectionEmpty,
  ActivityCorrectionNotApplicable,
  ActivityCountInvalid,
  ActivityDateInvalid,
  ActivityEndsBeforeStart,
  ActivityNotRecorded,
  ActivityReasonRequired,
  ActivityRecordRetractedError,
  ActivitySessionsInvalid,
  OnlineSessionsInconsistent,
  PassedExceedsParticipants,
} from './activity.errors';

/** A held activity as it stands after corrections; the kind-specific fields are optional. */
export type HeldActivity = ActivityFacts & TrainingFacts & CompetitionFacts & WelfareFacts;

export type ActivityState =
  | { status: 'unknown' }
  | { status: 'held'; kind: ActivityKind; data: HeldActivity }
  | { status: 'backfilled'; data: ActivitiesBackfilled['data'] }
  | { status: 'retracted'; activityId: string };

/** The same shape as `ActivityRecord`, which corrections and retractions carry. */
type Recorded = RecordedOf<ActivityState>;

const COMMON = [
  'title',
  'series',
  'heldOn',
  'endedOn',
  'organizer',
  'sessions',
  'mode',
  'onlineSessions',
  'participants',
  'reach',
] as const;
/** The fields a correction may change, per kind of record. */
const CORRECTABLE: Record<ActivityKind | 'backfill', readonly (keyof ActivityChanges)[]> = {
  training: [...COMMON, 'cmeCreditProject', 'passed'],
  competition: [...COMMON, 'teams'],
  welfare: [...COMMON, 'peopleServed'],
  academic: COMMON,
  exchange: COMMON,
  study: COMMON,
  backfill: ['sessions', 'onlineSessions', 'participants', 'note', 'source'],
};

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function checkDate(field: string, value: unknown): void {
  if (!isIsoDate(value)) throw new ActivityDateInvalid(field, value);
}

function checkCount(field: string, count: Count): void {
  if (!isCount(count)) throw new ActivityCountInvalid(field, count);
}

const REACH_COUNTS = ['viewersOnline', 'experts', 'institutions', 'submissions', 'winners', 'mediaOutlets', 'teams'] as const;

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

function checkRegions(field: string, regions: RegionsCovered | undefined): void {
  checkCount(`${field}.count`, regions?.count as Count);
  if (!REGION_LEVELS.includes(regions!.level)) throw new ActivityCountInvalid(`${field}.level`, regions!.level);
}

function checkNamedCounts(field: string, list: unknown): void {
  if (!Array.isArray(list) || list.length === 0) throw new ActivityCountInvalid(field, list);
  list.forEach((item: NamedCount, i) => {
    if (!isName(item?.name)) throw new ActivityCountInvalid(`${field}[${i}].name`, item?.name);
    checkCount(`${field}[${i}].count`, item.count);
  });
}

/** Breakdowns are kept as stated, each kind or level once, so nothing is counted twice. */
function checkReachBreakdowns(reach: ActivityReach): void {
  if (reach.regionsAtOtherLevels !== undefined) {
    if (!Array.isArray(reach.regionsAtOtherLevels))
      throw new ActivityCountInvalid('reach.regionsAtOtherLevels', reach.regionsAtOtherLevels);
    const levels = [reach.regions?.level, ...reach.regionsAtOtherLevels.map((r) => r?.level)].filter(Boolean);
    reach.regionsAtOtherLevels.forEach((r, i) => checkRegions(`reach.regionsAtOtherLevels[${i}]`, r));
    if (new Set(levels).size !== levels.length) throw new ActivityCountInvalid('reach.regionsAtOtherLevels', 'each level once');
  }
  if (reach.submissionsByKind !== undefined) {
    const list = reach.submissionsByKind;
    if (!Array.isArray(list) || list.length === 0) throw new ActivityCountInvalid('reach.submissionsByKind', list);
    list.forEach((s, i) => {
      if (!SUBMISSION_KINDS.includes(s?.kind)) throw new ActivityCountInvalid(`reach.submissionsByKind[${i}].kind`, s?.kind);
      checkCount(`reach.submissionsByKind[${i}].count`, s.count);
    });
    if (new Set(list.map((s) => s.kind)).size !== list.length) throw new ActivityCountInvalid('reach.submissionsByKind', 'each kind once');
  }
  if (reach.submissionsPublished !== undefined) {
    checkCount('reach.submissionsPublished.count', reach.submissionsPublished?.count);
    if (!isName(reach.submissionsPublished.outlet))
      throw new ActivityCountInvalid('reach.submissionsPublished.outlet', reach.submissionsPublished.outlet);
  }
  if (reach.services !== undefined) checkNamedCounts('reach.services', reach.services);
  if (reach.findings !== undefined) checkNamedCounts('reach.findings', reach.findings);
  if (reach.teamSent !== undefined) {
    if (!isName(reach.teamSent?.contest)) throw new ActivityCountInvalid('reach.teamSent.contest', reach.teamSent?.contest);
    checkNamedCounts('reach.teamSent.members', reach.teamSent.members);
    if (reach.teamSent.result !== undefined && !isName(reach.teamSent.result))
      throw new ActivityCountInvalid('reach.teamSent.result', reach.teamSent.result);
  }
}

function checkReach(reach: ActivityReach | undefined): void {
  if (reach === undefined) return;
  if (!reach || typeof reach !== 'object') throw new ActivityCountInvalid('reach', reach);
  for (const field of REACH_COUNTS) if (reach[field] !== undefined) checkCount(`reach.${field}`, reach[field]);
  if (reach.regions !== undefined) checkRegions('reach.regions', reach.regions);
  checkReachBreakdowns(reach);
  if (reach.forums !== undefined) {
    if (!whole(reach.forums?.main)) throw new ActivityCountInvalid('reach.forums.main', reach.forums?.main);
    if (!whole(reach.forums.parallel)) throw new ActivityCountInvalid('reach.forums.parallel', reach.forums.parallel);
  }
}

function checkOnline(mode: ActivityMode | 'total', sessions: number, online: unknown): void {
  const fits =
    mode === 'online' ? online === sessions : mode === 'offline' ? online === 0 : mode === 'hybrid' ? (online as number) >= 1 : true;
  if (!whole(online) || online > sessions || !fits) throw new OnlineSessionsInconsistent(mode, sessions, online);
}

function checkHeld(d: HeldActivity): void {
  checkDate('heldOn', d.occurredOn);
  if (d.endedOn !== undefined) {
    checkDate('endedOn', d.endedOn);
    if (d.endedOn < d.occurredOn) throw new ActivityEndsBeforeStart(d.occurredOn, d.endedOn);
  }
  if (!whole(d.sessions) || d.sessions < 1) throw new ActivitySessionsInvalid(d.sessions);
  checkOnline(d.mode, d.sessions, d.onlineSessions);
  checkCount('participants', d.participants);
  if (d.passed !== undefined) {
    if (!whole(d.passed)) throw new ActivityCountInvalid('passed', d.passed);
    if (d.passed > d.participants.value) throw new PassedExceedsParticipants(d.passed, d.participants.value);
  }
  if (d.teams !== undefined && !whole(d.teams)) throw new ActivityCountInvalid('teams', d.teams);
  if (d.peopleServed !== undefined) checkCount('peopleServed', d.peopleServed);
  checkReach(d.reach);
  if (d.series !== undefined && !isName(d.series)) throw new ActivityCountInvalid('series', d.series);
}

function checkBackfill(d: ActivitiesBackfilled['data']): void {
  if (!Number.isInteger(d.year) || !isIsoDate(`${d.year}-12-31`)) throw new ActivityDateInvalid('year', d.year);
  if (d.sessions !== undefined && !whole(d.sessions)) throw new ActivityCountInvalid('sessions', d.sessions);
  checkOnline('total', d.sessions ?? 0, d.onlineSessions);
  if (d.sessions === undefined && d.sessionsApproximate !== undefined)
    throw new ActivityCountInvalid('sessionsApproximate', 'only with sessions');
  if (d.byBranches !== undefined && typeof d.byBranches !== 'boolean') throw new ActivityCountInvalid('byBranches', d.byBranches);
  checkCount('participants', d.participants);
  if (!d.source?.document?.trim()) throw new ActivityBackfillNeedsSource();
  if (d.sessionsApproximate !== undefined && typeof d.sessionsApproximate !== 'boolean')
    throw new ActivityCountInvalid('sessionsApproximate', d.sessionsApproximate);
  if (d.peopleServed !== undefined) {
    if (d.activityKind !== 'welfare') throw new BackfillFieldNotApplicable('peopleServed', d.activityKind);
    checkCount('peopleServed', d.peopleServed);
  }
  if (d.cmeCreditProjects !== undefined) {
    if (d.activityKind !== 'training') throw new BackfillFieldNotApplicable('cmeCreditProjects', d.activityKind);
    if (!whole(d.cmeCreditProjects)) throw new ActivityCountInvalid('cmeCreditProjects', d.cmeCreditProjects);
  }
}

function check(record: Recorded): void {
  if (record.status === 'held') checkHeld(record.data);
  else checkBackfill(record.data);
}

const lifecycle = recordLifecycle<ActivityState>({
  alreadyRecorded: (id) => new ActivityAlreadyRecorded(id),
  notFound: (id) => new ActivityNotRecorded(id),
  retracted: (id) => new ActivityRecordRetractedError(id),
});

const reasonOf = (reason: string, action: 'correction' | 'retraction') => requireReason(reason, () => new ActivityReasonRequired(action));

function held<Extra extends object>(state: ActivityState, c: HeldActivityInput, extra: Extra): ActivityFacts & Defined<Extra> {
  lifecycle.requireNew(state, c.activityId);
  const onlineSessions = c.onlineSessions ?? (c.mode === 'online' ? c.sessions : c.mode === 'offline' ? 0 : undefined);
  if (onlineSessions === undefined) throw new OnlineSessionsInconsistent(c.mode, c.sessions, undefined);
  const data = {
    occurredOn: c.heldOn,
    activityId: c.activityId,
    title: c.title,
    ...defined({ endedOn: c.endedOn }),
    organizer: c.organizer,
    sessions: c.sessions,
    mode: c.mode,
    onlineSessions,
    participants: c.participants,
    ...defined({ reach: c.reach, series: c.series?.trim() || undefined }),
    ...defined(extra),
  };
  checkHeld(data);
  return data;
}

/** The record with a correction applied; `heldOn` moves the record's `occurredOn`. */
function corrected(record: Recorded, changes: ActivityChanges): Recorded {
  if (record.status === 'backfilled') {
    const { sessions, onlineSessions, participants, note, source } = changes;
    return { ...record, data: { ...record.data, ...defined({ sessions, onlineSessions, participants, note, source }) } };
  }
  const { heldOn, note: _note, source: _source, ...rest } = changes;
  return { ...record, data: { ...record.data, ...defined(rest), ...(heldOn ? { occurredOn: heldOn } : {}) } };
}

/** The stated changes that apply to the record's kind and differ from what it says now; `heldOn` is its `occurredOn`. */
function changesTo(record: Recorded, stated: ActivityChanges): ActivityChanges {
  const kind = record.status === 'held' ? record.kind : 'backfill';
  const current = { ...record.data, heldOn: record.data.occurredOn };
  return effectiveChanges(current, stated, CORRECTABLE[kind], (field) => new ActivityCorrectionNotApplicable(field, `a ${kind} record`));
}

export function decide(command: ActivityCommand, state: ActivityState): ActivityEvent[] {
  switch (command.type) {
    case 'RecordTraining': {
      const { cmeCreditProject, passed } = command.data;
      return [{ type: 'TrainingHeld', data: held(state, command.data, { cmeCreditProject, passed }) }];
    }
    case 'RecordAcademicEvent':
      return [{ type: 'AcademicEventHeld', data: held(state, command.data, {}) }];
    case 'RecordCompetition':
      return [{ type: 'CompetitionHeld', data: held(state, command.data, { teams: command.data.teams }) }];
    case 'RecordPublicWelfareActivity':
      return [{ type: 'PublicWelfareActivityHeld', data: held(state, command.data, { peopleServed: command.data.peopleServed }) }];
    case 'RecordExchangeVisit':
      return [{ type: 'ExchangeVisitHeld', data: held(state, command.data, {}) }];
    case 'RecordStudySession':
      return [{ type: 'StudySessionHeld', data: held(state, command.data, {}) }];
    case 'RecordActivitiesBackfill': {
      const c = command.data;
      lifecycle.requireNew(state, c.activityId);
      const data = {
        occurredOn: `${c.year}-12-31`,
        activityId: c.activityId,
        activityKind: c.activityKind,
        year: c.year,
        ...defined({ sessions: c.sessions }),
        onlineSessions: c.onlineSessions,
        participants: c.participants,
        note: c.note,
        source: c.source,
        ...defined({
          sessionsApproximate: c.sessionsApproximate,
          byBranches: c.byBranches || undefined,
          peopleServed: c.peopleServed,
          cmeCreditProjects: c.cmeCreditProjects,
          title: c.title?.trim() || undefined,
        }),
      };
      checkBackfill(data);
      return [{ type: 'ActivitiesBackfilled', data }];
    }
    case 'CorrectActivityRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.activityId);
      const reason = reasonOf(c.reason, 'correction');
      checkDate('correctedOn', c.correctedOn);
      const changes = changesTo(record, c.changes);
      if (Object.keys(changes).length === 0) throw new ActivityCorrectionEmpty('activity', c.activityId);
      const next = corrected(record, changes);
      check(next);
      return [
        {
          type: 'ActivityRecordCorrected',
          data: {
            occurredOn: c.correctedOn,
            activityId: c.activityId,
            changes,
            reason,
            previousOccurredOn: record.data.occurredOn,
            previous: record,
            record: next,
          },
        },
      ];
    }
    case 'RetractActivityRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.activityId);
      const reason = reasonOf(c.reason, 'retraction');
      checkDate('retractedOn', c.retractedOn);
      return [
        {
          type: 'ActivityRecordRetracted',
          data: { occurredOn: c.retractedOn, activityId: c.activityId, reason, previousOccurredOn: record.data.occurredOn, record },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'TrainingHeld':
    case 'AcademicEventHeld':
    case 'CompetitionHeld':
    case 'PublicWelfareActivityHeld':
    case 'ExchangeVisitHeld':
    case 'StudySessionHeld':
      return { status: 'held', kind: ACTIVITY_KIND_OF_EVENT[event.type], data: event.data };
    case 'ActivitiesBackfilled':
      return { status: 'backfilled', data: event.data };
    case 'ActivityRecordCorrected':
      return state.status === 'held' || state.status === 'backfilled' ? corrected(state, event.data.changes) : state;
    case 'ActivityRecordRetracted':
      return { status: 'retracted', activityId: event.data.activityId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): ActivityState => ({ status: 'unknown' });

export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = { decide, evolve, initialState };
