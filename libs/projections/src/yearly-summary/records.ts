import { honor, work, type activity, type alliance, type grant, type meeting, type organization, type report } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import { added, lifecycleChange, type RecordChange } from './lifecycle-change';
import type {
  ActivitySummaryRecord,
  GrantSummaryRecord,
  PublicationsSummaryRecord,
  ReportSummaryRecord,
  SummaryRecord,
} from './summary.document';

/**
 * From events to what they change of one record, as the record before and after the event: one
 * function per aggregate family, most of them on the shared record lifecycle (lifecycle-change.ts).
 * Events carry what the fold needs (a correction carries the record before and after it, a
 * retraction the record as it stood, a submission the days of the earlier ones), so a year
 * document keeps running totals and no record.
 */
export type { RecordChange } from './lifecycle-change';

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

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

const held = (kind: activity.ActivityKind) => (d: HeldData) => heldActivity(kind, d);

export const activityChange = lifecycleChange<activity.ActivityRecord>(
  {
    recorded: {
      TrainingHeld: held('training'),
      AcademicEventHeld: held('academic'),
      CompetitionHeld: held('competition'),
      PublicWelfareActivityHeld: held('welfare'),
      ExchangeVisitHeld: held('exchange'),
      StudySessionHeld: held('study'),
      ActivitiesBackfilled: backfilledActivity,
    },
    corrected: 'ActivityRecordCorrected',
    retracted: 'ActivityRecordRetracted',
  },
  activityFromRecord,
);

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

export const grantChange = lifecycleChange<grant.GrantRecord>(
  {
    recorded: {
      // An application adds nothing: the award is the whole of what it brings.
      GrantAwarded: (d: grant.GrantAwarded['data']) => ({
        family: 'grant',
        awardedOn: d.occurredOn,
        awardedCount: 1,
        amountYuan: d.amountYuan,
        youthCount: d.category === 'youth' ? 1 : undefined,
      }),
      GrantConcluded: (d: grant.GrantConcluded['data']) => ({ family: 'grant', concludedOn: d.occurredOn }),
      ExternalGrantWon: (d: grant.ExternalGrantWon['data']) => ({
        family: 'grant',
        externalWonOn: d.occurredOn,
        externalAmountYuan: d.amountYuan,
      }),
      GrantsAwardedBackfilled: (d: grant.GrantsAwardedBackfilled['data']) => ({
        family: 'grant',
        awardedOn: d.occurredOn,
        awardedCount: d.count,
        amountYuan: d.amountYuan,
        youthCount: d.youthCount,
      }),
    },
    corrected: 'GrantRecordCorrected',
    retracted: 'GrantRecordRetracted',
  },
  grantFromRecord,
);

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

const reportLifecycle = lifecycleChange<report.ReportRecord>(
  {
    recorded: { ReportIssued: (d: report.ReportIssued['data']) => issuedReport(d, []), PublicationsBackfilled: backfilledPublications },
    corrected: 'ReportRecordCorrected',
    retracted: 'ReportRecordRetracted',
  },
  reportFromRecord,
);

export function reportChange(event: ProjectedEvent): RecordChange | undefined {
  if (event.type !== 'ReportSubmitted') return reportLifecycle(event);
  const d = event.data as unknown as report.ReportSubmitted['data'];
  const earlier = Array.isArray(d.earlierSubmittedOn) ? d.earlierSubmittedOn : [];
  return { before: submissions(earlier), after: submissions([...earlier, d.occurredOn]) };
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

export const honorChange = lifecycleChange<honor.HonorRecord>(
  { recorded: { HonorReceived: honorOf, HonorAwarded: honorOf }, retracted: 'HonorRecordRetracted' },
  honorOf,
);

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

export const workChange = lifecycleChange<work.WorkRecord>(
  { recorded: { WorkRecorded: workFromRecord }, corrected: 'WorkRecordCorrected', retracted: 'WorkRecordRetracted' },
  workFromRecord,
);

/** What an event changes of a record, if it is about a record. */
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
