import { honor, work, type activity, type alliance, type grant, type meeting, type organization, type report } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import type {
  ActivitySummaryRecord,
  GrantSummaryRecord,
  PublicationsSummaryRecord,
  ReportSummaryRecord,
  SummaryRecord,
} from './summary.document';

/**
 * From events to what they change of one record, as the record before and after the event: one
 * function per aggregate family. Events carry what the fold needs (a correction carries the record
 * before and after it, a retraction the record as it stood, a submission the days of the earlier
 * ones), so a year document keeps running totals and no record. An event that adds to a record
 * (an award on an application, a conclusion, a submission) is the part it adds: `after` holds
 * only what the event brings, `before` what was there of that part. A correction or retraction
 * without the records it should carry (none is recorded so) changes nothing.
 */
export interface RecordChange {
  before?: SummaryRecord;
  after?: SummaryRecord;
}

const added = (after: SummaryRecord): RecordChange => ({ after });
const removed = (before: SummaryRecord): RecordChange => ({ before });

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

const HELD_KIND: Record<string, activity.ActivityKind> = {
  TrainingHeld: 'training',
  AcademicEventHeld: 'academic',
  CompetitionHeld: 'competition',
  PublicWelfareActivityHeld: 'welfare',
  ExchangeVisitHeld: 'exchange',
  StudySessionHeld: 'study',
};

type HeldData = Extract<activity.ActivityRecord, { status: 'held' }>['data'];
type ActivityBackfillData = activity.ActivitiesBackfilled['data'];

function heldActivity(kind: activity.ActivityKind, d: HeldData): ActivitySummaryRecord {
  return {
    family: 'activity',
    kind,
    backfill: false,
    on: d.occurredOn,
    sessions: d.sessions,
    onlineSessions: d.onlineSessions,
    participants: d.participants,
    cmeCreditProject: d.cmeCreditProject,
    passed: d.passed,
    peopleServed: d.peopleServed,
  } satisfies ActivitySummaryRecord;
}

function backfilledActivity(d: ActivityBackfillData): ActivitySummaryRecord {
  return {
    family: 'activity',
    kind: d.activityKind,
    backfill: true,
    on: d.occurredOn,
    sessions: d.sessions ?? 0,
    onlineSessions: d.onlineSessions,
    participants: d.participants,
    sessionsApproximate: d.sessionsApproximate || undefined,
    peopleServed: d.peopleServed,
    cmeCreditProjects: d.cmeCreditProjects,
  } satisfies ActivitySummaryRecord;
}

/** The record an activity correction or retraction carries (event-carried state). */
export function activityFromRecord(r: activity.ActivityRecord): ActivitySummaryRecord {
  return r.status === 'held' ? heldActivity(r.kind, r.data) : backfilledActivity(r.data);
}

export function activityChange(event: ProjectedEvent): RecordChange | undefined {
  const kind = HELD_KIND[event.type];
  if (kind) return added(heldActivity(kind, event.data as unknown as HeldData));
  switch (event.type) {
    case 'ActivitiesBackfilled':
      return added(backfilledActivity(event.data as unknown as ActivityBackfillData));
    case 'ActivityRecordCorrected': {
      const d = event.data as unknown as activity.ActivityRecordCorrected['data'];
      return d.previous && d.record ? { before: activityFromRecord(d.previous), after: activityFromRecord(d.record) } : undefined;
    }
    case 'ActivityRecordRetracted': {
      const d = event.data as unknown as activity.ActivityRecordRetracted['data'];
      return d.record ? removed(activityFromRecord(d.record)) : undefined;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Grants
// ---------------------------------------------------------------------------------------------

/** The record a grant correction or retraction carries (event-carried state). */
export function grantFromRecord(r: grant.GrantRecord): GrantSummaryRecord {
  switch (r.status) {
    case 'external':
      return { family: 'grant', externalWonOn: r.data.occurredOn, externalAmountYuan: r.data.amountYuan };
    case 'backfilled':
      return {
        family: 'grant',
        awardedOn: r.data.occurredOn,
        awardedCount: r.data.count,
        amountYuan: r.data.amountYuan,
        youthCount: r.data.youthCount,
      };
    case 'applied':
      return { family: 'grant' };
    default:
      return {
        family: 'grant',
        awardedOn: r.grant.awardedOn,
        awardedCount: 1,
        amountYuan: r.grant.amountYuan,
        youthCount: r.grant.category === 'youth' ? 1 : undefined,
        concludedOn: r.status === 'concluded' ? r.grant.concludedOn : undefined,
      } satisfies GrantSummaryRecord;
  }
}

export function grantChange(event: ProjectedEvent): RecordChange | undefined {
  switch (event.type) {
    case 'GrantAwarded': {
      // An application adds nothing: the award is the whole of what it brings.
      const d = event.data as unknown as grant.GrantAwarded['data'];
      return added({
        family: 'grant',
        awardedOn: d.occurredOn,
        awardedCount: 1,
        amountYuan: d.amountYuan,
        youthCount: d.category === 'youth' ? 1 : undefined,
      });
    }
    case 'GrantConcluded':
      return added({ family: 'grant', concludedOn: (event.data as unknown as grant.GrantConcluded['data']).occurredOn });
    case 'ExternalGrantWon': {
      const d = event.data as unknown as grant.ExternalGrantWon['data'];
      return added({ family: 'grant', externalWonOn: d.occurredOn, externalAmountYuan: d.amountYuan });
    }
    case 'GrantsAwardedBackfilled': {
      const d = event.data as unknown as grant.GrantsAwardedBackfilled['data'];
      return added({ family: 'grant', awardedOn: d.occurredOn, awardedCount: d.count, amountYuan: d.amountYuan, youthCount: d.youthCount });
    }
    case 'GrantRecordCorrected': {
      const d = event.data as unknown as grant.GrantRecordCorrected['data'];
      return d.previous && d.record ? { before: grantFromRecord(d.previous), after: grantFromRecord(d.record) } : undefined;
    }
    case 'GrantRecordRetracted': {
      const d = event.data as unknown as grant.GrantRecordRetracted['data'];
      return d.record ? removed(grantFromRecord(d.record)) : undefined;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Reports and publications
// ---------------------------------------------------------------------------------------------

const PERIODICAL: readonly string[] = ['journal-issue', 'newsletter'];

function issuedReport(d: report.ReportIssued['data'], submittedOn: string[]): ReportSummaryRecord {
  return {
    family: 'report',
    issuedOn: d.occurredOn,
    kind: d.kind,
    published: d.status === 'published',
    issues: PERIODICAL.includes(d.kind) ? (d.issues ?? 1) : undefined,
    copies: d.copies,
    submittedOn,
  } satisfies ReportSummaryRecord;
}

function backfilledPublications(d: report.PublicationsBackfilled['data']): PublicationsSummaryRecord {
  return {
    family: 'publications',
    on: d.occurredOn,
    issues: d.issues,
    copies: d.copies,
    posts: d.posts,
  } satisfies PublicationsSummaryRecord;
}

/** The record a report correction or retraction carries (event-carried state). */
export function reportFromRecord(r: report.ReportRecord): ReportSummaryRecord | PublicationsSummaryRecord {
  return r.status === 'issued'
    ? issuedReport(
        r.data,
        r.submissions.map((s) => s.submittedOn),
      )
    : backfilledPublications(r.data);
}

/** A report's submissions alone: what a submission changes (the report counts once in a year). */
const submissions = (submittedOn: string[]): ReportSummaryRecord => ({ family: 'report', submittedOn });

export function reportChange(event: ProjectedEvent): RecordChange | undefined {
  switch (event.type) {
    case 'ReportIssued':
      return added(issuedReport(event.data as unknown as report.ReportIssued['data'], []));
    case 'ReportSubmitted': {
      const d = event.data as unknown as report.ReportSubmitted['data'];
      const earlier = Array.isArray(d.earlierSubmittedOn) ? d.earlierSubmittedOn : [];
      return { before: submissions(earlier), after: submissions([...earlier, d.occurredOn]) };
    }
    case 'PublicationsBackfilled':
      return added(backfilledPublications(event.data as unknown as report.PublicationsBackfilled['data']));
    case 'ReportRecordCorrected': {
      const d = event.data as unknown as report.ReportRecordCorrected['data'];
      return d.previous && d.record ? { before: reportFromRecord(d.previous), after: reportFromRecord(d.record) } : undefined;
    }
    case 'ReportRecordRetracted': {
      const d = event.data as unknown as report.ReportRecordRetracted['data'];
      return d.record ? removed(reportFromRecord(d.record)) : undefined;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Honors, meetings, the organization's own records
// ---------------------------------------------------------------------------------------------

const honorOf = (d: honor.HonorRecord): SummaryRecord =>
  honor.isAwarded(d)
    ? { family: 'honor', on: d.awardedOn, awardees: { value: d.awardees.value, approximate: d.awardees.approximate } }
    : {
        family: 'honor',
        on: d.receivedOn,
        recipient: d.recipient.kind,
        ...(honor.isCountedRecipient(d.recipient)
          ? { recipients: { value: d.recipient.count.value, approximate: d.recipient.count.approximate } }
          : {}),
      };

export function honorChange(event: ProjectedEvent): RecordChange | undefined {
  switch (event.type) {
    case 'HonorReceived':
      return added(honorOf(event.data as unknown as honor.HonorReceived['data']));
    case 'HonorAwarded':
      return added(honorOf(event.data as unknown as honor.HonorAwarded['data']));
    case 'HonorRecordRetracted': {
      const d = event.data as unknown as honor.HonorRecordRetracted['data'];
      return d.record ? removed(honorOf(d.record)) : undefined;
    }
    default:
      return undefined;
  }
}

export function meetingChange(event: ProjectedEvent): RecordChange | undefined {
  if (event.type === 'MeetingsBackfilled') {
    const d = event.data as unknown as meeting.MeetingsBackfilled['data'];
    return added({ family: 'meeting', on: d.occurredOn, body: d.body, count: d.count });
  }
  if (event.type !== 'MeetingHeld') return undefined;
  const d = event.data as unknown as meeting.MeetingHeld['data'];
  return added({ family: 'meeting', on: d.occurredOn, body: d.body });
}

export function organizationChange(event: ProjectedEvent): RecordChange | undefined {
  switch (event.type) {
    case 'RegulationAdopted': {
      const d = event.data as unknown as organization.RegulationAdopted['data'];
      return added({ family: 'regulation', on: d.occurredOn, mode: d.mode, count: d.count, approximate: d.approximate || undefined });
    }
    case 'PartyUnitFounded': {
      const d = event.data as unknown as organization.PartyUnitFounded['data'];
      return added({ family: 'party-unit', on: d.occurredOn, count: d.count, kind: d.kind });
    }
    default:
      return undefined;
  }
}

/** What an event changes of a record, if it is about a record. */
/** An alliance founded adds itself and its members; nothing corrects it yet. */
function allianceChange(event: ProjectedEvent): RecordChange | undefined {
  if (event.type !== 'AllianceFounded') return undefined;
  const d = event.data as unknown as alliance.AllianceFounded['data'];
  return added({ family: 'alliance', on: d.foundedOn, members: { value: d.members.value, approximate: d.members.approximate } });
}

/** A work record's figure (工作记录), on its day or the last day of its year. */
export function workFromRecord(r: work.WorkRecord): SummaryRecord {
  return {
    family: 'work',
    on: work.workRecordDate(r),
    measure: r.measure,
    count: {
      value: r.count.value,
      approximate: r.count.approximate,
      ...(r.count.marker ? { marker: r.count.marker } : {}),
      ...(r.count.unit ? { unit: r.count.unit } : {}),
    },
  };
}

export function workChange(event: ProjectedEvent): RecordChange | undefined {
  switch (event.type) {
    case 'WorkRecorded':
      return added(workFromRecord(event.data as unknown as work.WorkRecorded['data']));
    case 'WorkRecordCorrected': {
      const d = event.data as unknown as work.WorkRecordCorrected['data'];
      return d.previous && d.record ? { before: workFromRecord(d.previous), after: workFromRecord(d.record) } : undefined;
    }
    case 'WorkRecordRetracted': {
      const d = event.data as unknown as work.WorkRecordRetracted['data'];
      return d.record ? removed(workFromRecord(d.record)) : undefined;
    }
    default:
      return undefined;
  }
}

export function recordChangeOf(event: ProjectedEvent): RecordChange | undefined {
  return (
    activityChange(event) ??
    grantChange(event) ??
    reportChange(event) ??
    honorChange(event) ??
    meetingChange(event) ??
    organizationChange(event) ??
    allianceChange(event) ??
    workChange(event)
  );
}
