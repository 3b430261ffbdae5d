import { createHash } from 'node:crypto';
import { reminder, type Bylaws, type meeting } from '@assocflow/domain';
import { instantOf, localDateOf } from './calendar';
import { branchRenewalCandidates } from './rules/branch-renewal.rule';
import type { Candidate, RuleContext } from './rules/candidate';
import { meetingCadenceCandidates } from './rules/meeting-cadence.rule';
import { scheduledMeetingCandidates } from './rules/scheduled-meeting.rule';
import { yearlyReportCandidates } from './rules/yearly-report.rule';
import { sourceOf, type TenantSchedule } from './schedule-state';
import { toJobId, type Timer } from './timer';

type Series = Extract<meeting.MeetingSeriesState, { status: 'declared' }>;

/** Every timer a rule proposes for the tenant, whether past, sent or not. */
export function candidateTimers(state: TenantSchedule, context: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const b of state.branches.values()) if (b.status === 'active') out.push(...branchRenewalCandidates(b, context));
  const series: Series[] = [];
  for (const [seriesId, s] of state.series) {
    if (s.status !== 'declared') continue;
    series.push(s);
    out.push(...scheduledMeetingCandidates(seriesId, s, context));
  }
  if (state.organization.status === 'registered') {
    out.push(...meetingCadenceCandidates(series, state.backfilledThrough, state.organization.term, context));
    out.push(...yearlyReportCandidates(state.organization.yearlyReports, context));
  }
  return out;
}

/** A catch-up digest waits this long after the last recording it covers, so that one import gives one digest. */
export const CATCH_UP_QUIET_MS = 60_000;

export const CATCH_UP_RULE = 'catch-up-digest';

/**
 * The timers that should exist now: every future one, and of those already past in a chain
 * only the latest, if it is still valid and was not recorded as sent. Pure: (state, bylaws, now).
 *
 * A past timer that fell due before what it is derived from was recorded (a past year entered
 * today: a branch founded in 2019 whose renewal was due in 2023) never goes out on its own: all
 * such timers of the tenant go out once, together, as one catch-up digest, a quiet minute after
 * the last of those recordings (see CATCH_UP_QUIET_MS), so a whole import gives one digest.
 */
export function desiredTimers(state: TenantSchedule, bylaws: Readonly<Bylaws>, now: Date): Timer[] {
  const nowMs = now.getTime();
  const today = localDateOf(nowMs, bylaws.timeZone);
  const candidates = candidateTimers(state, { tenant: state.tenant, bylaws, today });
  const fireAt = candidates.map((c) => instantOf(c.fireOn, bylaws.reminderTimeOfDay, bylaws.timeZone));
  const latestPast = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (fireAt[i] <= nowMs && fireAt[i] > (latestPast.get(c.chain) ?? -Infinity)) latestPast.set(c.chain, fireAt[i]);
  });
  const timers = new Map<string, Timer>();
  const caughtUp: Timer[] = [];
  let lastRecorded = -Infinity;
  candidates.forEach((c, i) => {
    if (c.validUntil !== undefined && c.validUntil < today) return;
    if (fireAt[i] <= nowMs && fireAt[i] !== latestPast.get(c.chain)) return;
    const reminderId = reminder.toReminderId(c.rule, c.entity, c.referenceDate);
    if (state.sent.has(reminderId)) return;
    const jobId = toJobId(state.tenant, reminderId);
    const timer: Timer = {
      jobId,
      tenant: state.tenant,
      reminderId,
      rule: c.rule,
      kind: c.kind,
      entity: c.entity,
      dueOn: c.dueOn,
      fireOn: c.fireOn,
      fireAt: new Date(fireAt[i]).toISOString(),
      timeZone: bylaws.timeZone,
      audience: c.audience,
      ...(c.escalation !== undefined ? { escalation: c.escalation } : {}),
      ...(c.subject !== undefined ? { subject: c.subject } : {}),
    };
    const recorded = state.recordedAt.get(sourceOf(c.entity)) ?? -Infinity;
    if (fireAt[i] <= nowMs && fireAt[i] < recorded) {
      caughtUp.push(timer);
      lastRecorded = Math.max(lastRecorded, recorded);
    } else timers.set(jobId, timer);
  });
  if (caughtUp.length > 0) {
    const digest = catchUpDigest(state.tenant, caughtUp, lastRecorded, bylaws.timeZone);
    timers.set(digest.jobId, digest);
  }
  return [...timers.values()].sort((a, b) => (a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : a.jobId < b.jobId ? -1 : 1));
}

/** One timer for every reminder that fell due before it was recorded; its id follows from what it covers. */
function catchUpDigest(tenant: string, timers: Timer[], lastRecorded: number, timeZone: string): Timer {
  const covers = [...timers]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.reminderId < b.reminderId ? -1 : 1))
    .map((t): reminder.CoveredReminder => ({
      reminderId: t.reminderId,
      rule: t.rule,
      entity: t.entity,
      dueOn: t.dueOn,
      ...(t.subject !== undefined ? { subject: t.subject } : {}),
      ...(t.escalation !== undefined ? { escalation: t.escalation } : {}),
    }));
  const hash = createHash('sha256')
    .update(
      covers
        .map((c) => c.reminderId)
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  const entity = { kind: 'digest', id: hash };
  const fireAtMs = lastRecorded + CATCH_UP_QUIET_MS;
  const fireOn = localDateOf(fireAtMs, timeZone);
  const reminderId = reminder.toReminderId(CATCH_UP_RULE, entity, fireOn);
  return {
    jobId: toJobId(tenant, reminderId),
    tenant,
    reminderId,
    rule: CATCH_UP_RULE,
    kind: 'catch-up-digest',
    entity,
    dueOn: covers[0].dueOn,
    fireOn,
    fireAt: new Date(fireAtMs).toISOString(),
    timeZone,
    audience: 'secretariat',
    subject: `补发提醒${covers.length}项 (${covers.length} reminders due before they were recorded)`,
    covers,
  };
}

/** A job may run this much before its instant (clocks of the worker and Redis differ a little). */
export const EARLY_TOLERANCE_MS = 60_000;

/** The timer with this job id if it is owed at `now`: still derived from current state, and its instant has come. */
export function dueTimer(state: TenantSchedule, bylaws: Readonly<Bylaws>, now: Date, jobId: string): Timer | undefined {
  const timer = desiredTimers(state, bylaws, now).find((t) => t.jobId === jobId);
  return timer && Date.parse(timer.fireAt) <= now.getTime() + EARLY_TOLERANCE_MS ? timer : undefined;
}
