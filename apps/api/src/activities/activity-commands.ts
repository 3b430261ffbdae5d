import { activity, type Count } from '@assocflow/domain';
import type { CountDto } from '../commands/dto/common.dto';
import {
  RecordAcademicEventDto,
  RecordActivitiesBackfillDto,
  RecordCompetitionDto,
  RecordExchangeVisitDto,
  RecordPublicWelfareActivityDto,
  RecordStudySessionDto,
  RecordTrainingDto,
  type ActivityOrganizerDto,
  type ActivityReachDto,
  type NamedCountDto,
  type ActivitySourceDto,
  type HeldActivityDto,
} from './activity.dto';

/** The validated bodies as the domain states them: plain values, counts as { value, approximate }. */
export const countOf = (c: CountDto): Count => ({
  value: c.value,
  approximate: c.approximate,
  ...(c.marker !== undefined ? { marker: c.marker } : {}),
  ...(c.unit !== undefined ? { unit: c.unit } : {}),
  ...(c.wan !== undefined ? { wan: c.wan } : {}),
});
export const sourceOf = (s: ActivitySourceDto): activity.SourceRef => ({ document: s.document, section: s.section });
export const organizerOf = (o: ActivityOrganizerDto): activity.Organizer =>
  o.kind === 'branch' ? { kind: 'branch', branchId: o.branchId! } : { kind: 'organization' };

function heldActivity(dto: HeldActivityDto): activity.HeldActivityInput {
  return {
    activityId: dto.activityId,
    title: dto.title,
    heldOn: dto.heldOn,
    endedOn: dto.endedOn,
    organizer: organizerOf(dto.organizer),
    sessions: dto.sessions,
    mode: dto.mode,
    onlineSessions: dto.onlineSessions,
    participants: countOf(dto.participants),
    ...(dto.reach !== undefined ? { reach: reachOf(dto.reach) } : {}),
    ...(dto.series !== undefined ? { series: dto.series } : {}),
  };
}

/** The reach as stated, each part only when given. */
export function reachOf(r: ActivityReachDto): activity.ActivityReach {
  const reach: activity.ActivityReach = {};
  for (const field of ['viewersOnline', 'experts', 'institutions', 'submissions', 'winners', 'mediaOutlets', 'teams'] as const) {
    const count = r[field];
    if (count !== undefined) reach[field] = countOf(count);
  }
  const named = (list: NamedCountDto[]) => list.map((n) => ({ name: n.name, count: countOf(n.count) }));
  if (r.regions !== undefined) reach.regions = { count: countOf(r.regions.count), level: r.regions.level };
  if (r.regionsAtOtherLevels !== undefined)
    reach.regionsAtOtherLevels = r.regionsAtOtherLevels.map((g) => ({ count: countOf(g.count), level: g.level }));
  if (r.submissionsByKind !== undefined)
    reach.submissionsByKind = r.submissionsByKind.map((k) => ({ kind: k.kind, count: countOf(k.count) }));
  if (r.submissionsPublished !== undefined)
    reach.submissionsPublished = { count: countOf(r.submissionsPublished.count), outlet: r.submissionsPublished.outlet };
  if (r.forums !== undefined) reach.forums = { main: r.forums.main, parallel: r.forums.parallel };
  if (r.services !== undefined) reach.services = named(r.services);
  if (r.findings !== undefined) reach.findings = named(r.findings);
  if (r.teamSent !== undefined) {
    reach.teamSent = {
      contest: r.teamSent.contest,
      members: named(r.teamSent.members),
      ...(r.teamSent.result !== undefined ? { result: r.teamSent.result } : {}),
    };
  }
  return reach;
}

interface Recording<Dto extends HeldActivityDto> {
  dto: new () => Dto;
  command(dto: Dto): activity.ActivityCommand;
}

/** Per kind of activity held: the body its endpoint validates and the command it becomes (the api's endpoints and the sheet import share them). */
export const HELD_ACTIVITY_RECORDING = {
  training: {
    dto: RecordTrainingDto,
    command: (dto) => ({
      type: 'RecordTraining',
      data: { ...heldActivity(dto), cmeCreditProject: dto.cmeCreditProject, passed: dto.passed },
    }),
  } satisfies Recording<RecordTrainingDto>,
  academic: {
    dto: RecordAcademicEventDto,
    command: (dto) => ({ type: 'RecordAcademicEvent', data: heldActivity(dto) }),
  } satisfies Recording<RecordAcademicEventDto>,
  competition: {
    dto: RecordCompetitionDto,
    command: (dto) => ({ type: 'RecordCompetition', data: { ...heldActivity(dto), teams: dto.teams } }),
  } satisfies Recording<RecordCompetitionDto>,
  welfare: {
    dto: RecordPublicWelfareActivityDto,
    command: (dto) => ({
      type: 'RecordPublicWelfareActivity',
      data: { ...heldActivity(dto), peopleServed: dto.peopleServed && countOf(dto.peopleServed) },
    }),
  } satisfies Recording<RecordPublicWelfareActivityDto>,
  exchange: {
    dto: RecordExchangeVisitDto,
    command: (dto) => ({ type: 'RecordExchangeVisit', data: heldActivity(dto) }),
  } satisfies Recording<RecordExchangeVisitDto>,
  study: {
    dto: RecordStudySessionDto,
    command: (dto) => ({ type: 'RecordStudySession', data: heldActivity(dto) }),
  } satisfies Recording<RecordStudySessionDto>,
} as const;

/** A backfilled total's record id (backfill-<kind>-<year>-<n>) and command. */
export function backfillRecording(dto: RecordActivitiesBackfillDto): { activityId: string; command: activity.ActivityCommand } {
  const activityId = activity.activityBackfillId(dto.activityKind, dto.year, dto.sequence ?? 1);
  const data = {
    activityId,
    activityKind: dto.activityKind,
    year: dto.year,
    sessions: dto.sessions,
    onlineSessions: dto.onlineSessions,
    participants: countOf(dto.participants),
    title: dto.title,
    note: dto.note,
    source: sourceOf(dto.source),
    sessionsApproximate: dto.sessionsApproximate,
    peopleServed: dto.peopleServed && countOf(dto.peopleServed),
    cmeCreditProjects: dto.cmeCreditProjects,
    byBranches: dto.byBranches,
  };
  return { activityId, command: { type: 'RecordActivitiesBackfill', data } };
}
