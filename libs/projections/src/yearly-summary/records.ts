import type { activity, grant, honor, meeting, organization, report } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import type {
  ActivitySummaryRecord,
  GrantSummaryRecord,
  IndicatorValue,
  PublicationsSummaryRecord,
  ReportSummaryRecord,
  SummaryRecord,
} from './summary.document';

/**
 * From events to the per-record state a year document keeps: one function per aggregate family.
 * Each returns how the event changes one record, as a function of what the document knew of it
 * (`undefined`: the document does not know the record, or the record is gone).
 */
export interface RecordUpdate {
  recordId: string;
  apply(known: SummaryRecord | undefined): SummaryRecord | undefined;
}

/** An own entry of a map kept as a plain object: ids like `constructor` must not reach the prototype. */
export { own } from '../shared/document-helpers';

/** Drops the keys whose value is undefined: documents are JSON, where they would vanish anyway. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

const countOf = (c: { value: number; approximate: boolean } | undefined): IndicatorValue | undefined =>
  c ? { value: c.value, approximate: c.approximate } : undefined;

const set = (recordId: string, record: SummaryRecord | undefined): RecordUpdate => ({ recordId, apply: () => record });
const remove = (recordId: string): RecordUpdate => set(recordId, undefined);

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
  return compact({
    family: 'activity', kind, backfill: false, on: d.occurredOn, sessions: d.sessions, onlineSessions: d.onlineSessions,
    participants: countOf(d.participants)!,
    cmeCreditProject: d.cmeCreditProject, passed: d.passed, peopleServed: countOf(d.peopleServed),
  } satisfies ActivitySummaryRecord);
}

function backfilledActivity(d: ActivityBackfillData): ActivitySummaryRecord {
  return compact({
    family: 'activity', kind: d.activityKind, backfill: true, on: d.occurredOn, sessions: d.sessions,
    onlineSessions: d.onlineSessions, participants: countOf(d.participants)!,
    sessionsApproximate: d.sessionsApproximate || undefined, peopleServed: countOf(d.peopleServed), cmeCreditProjects: d.cmeCreditProjects,
  } satisfies ActivitySummaryRecord);
}

/** The record an activity correction or retraction carries (event-carried state). */
export function activityFromRecord(r: activity.ActivityRecord): ActivitySummaryRecord {
  return r.status === 'held' ? heldActivity(r.kind, r.data) : backfilledActivity(r.data);
}

/** For corrections recorded before they carried the whole record: apply the changes to what is known. */
function activityWithChanges(known: ActivitySummaryRecord, c: activity.ActivityChanges): ActivitySummaryRecord {
  return compact({
    ...known,
    on: (known.backfill ? undefined : c.heldOn) ?? known.on,
    sessions: c.sessions ?? known.sessions,
    onlineSessions: c.onlineSessions ?? known.onlineSessions,
    participants: countOf(c.participants) ?? known.participants,
    cmeCreditProject: c.cmeCreditProject ?? known.cmeCreditProject,
    passed: c.passed ?? known.passed,
    peopleServed: countOf(c.peopleServed) ?? known.peopleServed,
  });
}

export function activityUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  const id = event.streamId;
  const kind = HELD_KIND[event.type];
  if (kind) return set(id, heldActivity(kind, event.data as unknown as HeldData));
  switch (event.type) {
    case 'ActivitiesBackfilled':
      return set(id, backfilledActivity(event.data as unknown as ActivityBackfillData));
    case 'ActivityRecordCorrected': {
      const d = event.data as unknown as activity.ActivityRecordCorrected['data'];
      if (d.record) return set(id, activityFromRecord(d.record));
      return { recordId: id, apply: (known) => (known?.family === 'activity' ? activityWithChanges(known, d.changes) : known) };
    }
    case 'ActivityRecordRetracted':
      return remove(id);
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
      return { family: 'grant', externalWonOn: r.data.occurredOn };
    case 'backfilled':
      return compact<GrantSummaryRecord>({ family: 'grant', awardedOn: r.data.occurredOn, awardedCount: r.data.count, amountYuan: r.data.amountYuan });
    case 'applied':
      return { family: 'grant' };
    default:
      return compact({
        family: 'grant', awardedOn: r.grant.awardedOn, awardedCount: 1, amountYuan: r.grant.amountYuan,
        concludedOn: r.status === 'concluded' ? r.grant.concludedOn : undefined,
      } satisfies GrantSummaryRecord);
  }
}

/** Only an award's figures can change (a backfill's count too); a correction never moves a grant's dates. */
function grantWithChanges(known: GrantSummaryRecord, c: grant.GrantChanges): GrantSummaryRecord {
  if (known.awardedOn === undefined) return known;
  return compact({ ...known, amountYuan: c.amountYuan ?? known.amountYuan, awardedCount: c.count ?? known.awardedCount });
}

export function grantUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  const id = event.streamId;
  switch (event.type) {
    case 'GrantAwarded': {
      const d = event.data as unknown as grant.GrantAwarded['data'];
      return { recordId: id, apply: (known) => ({ ...(known?.family === 'grant' ? known : {}), family: 'grant', awardedOn: d.occurredOn, awardedCount: 1, amountYuan: d.amountYuan }) };
    }
    case 'GrantConcluded': {
      const d = event.data as unknown as grant.GrantConcluded['data'];
      return { recordId: id, apply: (known) => ({ ...(known?.family === 'grant' ? known : {}), family: 'grant', concludedOn: d.occurredOn }) };
    }
    case 'ExternalGrantWon':
      return set(id, { family: 'grant', externalWonOn: (event.data as unknown as grant.ExternalGrantWon['data']).occurredOn });
    case 'GrantsAwardedBackfilled': {
      const d = event.data as unknown as grant.GrantsAwardedBackfilled['data'];
      return set(id, compact<GrantSummaryRecord>({ family: 'grant', awardedOn: d.occurredOn, awardedCount: d.count, amountYuan: d.amountYuan }));
    }
    case 'GrantRecordCorrected': {
      const d = event.data as unknown as grant.GrantRecordCorrected['data'];
      if (d.record) return set(id, grantFromRecord(d.record));
      return { recordId: id, apply: (known) => (known?.family === 'grant' ? grantWithChanges(known, d.changes) : known) };
    }
    case 'GrantRecordRetracted':
      return remove(id);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Reports and publications
// ---------------------------------------------------------------------------------------------

const PERIODICAL: readonly string[] = ['journal-issue', 'newsletter'];

function issuedReport(d: report.ReportIssued['data'], submittedOn: string[]): ReportSummaryRecord {
  return compact({
    family: 'report', issuedOn: d.occurredOn, kind: d.kind, published: d.status === 'published',
    issues: PERIODICAL.includes(d.kind) ? (d.issues ?? 1) : undefined, copies: d.copies, submittedOn,
  } satisfies ReportSummaryRecord);
}

function backfilledPublications(d: report.PublicationsBackfilled['data']): PublicationsSummaryRecord {
  return compact({ family: 'publications', on: d.occurredOn, issues: countOf(d.issues), copies: countOf(d.copies), posts: countOf(d.posts) } satisfies PublicationsSummaryRecord);
}

/** The record a report correction or retraction carries (event-carried state). */
export function reportFromRecord(r: report.ReportRecord): ReportSummaryRecord | PublicationsSummaryRecord {
  return r.status === 'issued' ? issuedReport(r.data, r.submissions.map((s) => s.submittedOn)) : backfilledPublications(r.data);
}

function reportWithChanges(known: SummaryRecord, c: report.ReportChanges): SummaryRecord {
  if (known.family === 'publications') {
    const b = c as report.BackfilledPublicationChanges;
    return compact({ ...known, issues: countOf(b.issues) ?? known.issues, copies: countOf(b.copies) ?? known.copies, posts: countOf(b.posts) ?? known.posts });
  }
  if (known.family !== 'report' || known.issuedOn === undefined) return known;
  const i = c as report.IssuedReportChanges;
  return compact({
    ...known,
    issuedOn: i.issuedOn ?? known.issuedOn,
    published: i.status !== undefined ? i.status === 'published' : known.published,
    issues: PERIODICAL.includes(known.kind ?? '') ? (i.issues ?? known.issues) : known.issues,
    copies: i.copies ?? known.copies,
  });
}

export function reportUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  const id = event.streamId;
  switch (event.type) {
    case 'ReportIssued': {
      const d = event.data as unknown as report.ReportIssued['data'];
      return { recordId: id, apply: (known) => issuedReport(d, known?.family === 'report' ? known.submittedOn : []) };
    }
    case 'ReportSubmitted': {
      const on = (event.data as unknown as report.ReportSubmitted['data']).occurredOn;
      return {
        recordId: id,
        apply: (known) => {
          const base: ReportSummaryRecord = known?.family === 'report' ? known : { family: 'report', submittedOn: [] };
          return { ...base, submittedOn: [...base.submittedOn, on] };
        },
      };
    }
    case 'PublicationsBackfilled':
      return set(id, backfilledPublications(event.data as unknown as report.PublicationsBackfilled['data']));
    case 'ReportRecordCorrected': {
      const d = event.data as unknown as report.ReportRecordCorrected['data'];
      if (d.record) return set(id, reportFromRecord(d.record));
      return { recordId: id, apply: (known) => (known ? reportWithChanges(known, d.changes) : known) };
    }
    case 'ReportRecordRetracted':
      return remove(id);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Honors, meetings, the organization's own records
// ---------------------------------------------------------------------------------------------

export function honorUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  switch (event.type) {
    case 'HonorReceived': {
      const d = event.data as unknown as honor.HonorReceived['data'];
      return set(event.streamId, { family: 'honor', on: d.occurredOn, recipient: d.recipient.kind });
    }
    case 'HonorRecordRetracted':
      return remove(event.streamId);
    default:
      return undefined;
  }
}

export function meetingUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  if (event.type === 'MeetingsBackfilled') {
    const d = event.data as unknown as meeting.MeetingsBackfilled['data'];
    return set(event.streamId, { family: 'meeting', on: d.occurredOn, body: d.body, count: d.count });
  }
  if (event.type !== 'MeetingHeld') return undefined;
  const d = event.data as unknown as meeting.MeetingHeld['data'];
  // A series stream holds many meetings: each is its own record.
  return set(`${event.streamId}#${d.meetingId}`, { family: 'meeting', on: d.occurredOn, body: d.body });
}

export function organizationUpdate(event: ProjectedEvent): RecordUpdate | undefined {
  switch (event.type) {
    case 'RegulationAdopted': {
      const d = event.data as unknown as organization.RegulationAdopted['data'];
      // The same regulation may be revised again: every adoption is its own record, named by its position.
      return set(`${event.streamId}#regulation@${event.position}`, compact<SummaryRecord>({ family: 'regulation', on: d.occurredOn, mode: d.mode, count: d.count, approximate: d.approximate || undefined }));
    }
    case 'PartyUnitFounded': {
      const d = event.data as unknown as organization.PartyUnitFounded['data'];
      return set(`${event.streamId}#party-unit:${d.unitId}`, compact<SummaryRecord>({ family: 'party-unit', on: d.occurredOn, count: d.count }));
    }
    default:
      return undefined;
  }
}

/** The record update an event makes, if it is about a record. */
export function recordUpdateOf(event: ProjectedEvent): RecordUpdate | undefined {
  return (
    activityUpdate(event) ?? grantUpdate(event) ?? reportUpdate(event) ?? honorUpdate(event) ?? meetingUpdate(event) ?? organizationUpdate(event)
  );
}

/** The whole record a correction or retraction carries, when it carries one. */
export function carriedRecord(event: ProjectedEvent): SummaryRecord | undefined {
  const record = (event.data as { record?: unknown }).record;
  if (!record || typeof record !== 'object') return undefined;
  if (event.type.startsWith('Activity')) return activityFromRecord(record as activity.ActivityRecord);
  if (event.type.startsWith('Grant')) return grantFromRecord(record as grant.GrantRecord);
  if (event.type.startsWith('Report')) return reportFromRecord(record as report.ReportRecord);
  return undefined;
}
