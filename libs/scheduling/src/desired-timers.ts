import { reminder, type Bylaws, type meeting } from '@assocflow/domain';
import { instantOf, localDateOf } from './calendar';
import { branchRenewalCandidates } from './rules/branch-renewal.rule';
import type { Candidate, RuleContext } from './rules/candidate';
import { meetingCadenceCandidates } from './rules/meeting-cadence.rule';
import { scheduledMeetingCandidates } from './rules/scheduled-meeting.rule';
import { yearlyReportCandidates } from './rules/yearly-report.rule';
import type { TenantSchedule } from './schedule-state';
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

/**
 * The timers that should exist now: every future one, and of those already past in a chain
 * only the latest, if it is still valid and was not recorded as sent. Pure: (state, bylaws, now).
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
  candidates.forEach((c, i) => {
    if (c.validUntil !== undefined && c.validUntil < today) return;
    if (fireAt[i] <= nowMs && fireAt[i] !== latestPast.get(c.chain)) return;
    const reminderId = reminder.toReminderId(c.rule, c.entity, c.referenceDate);
    if (state.sent.has(reminderId)) return;
    const jobId = toJobId(state.tenant, reminderId);
    timers.set(jobId, {
      jobId, tenant: state.tenant, reminderId, rule: c.rule, kind: c.kind, entity: c.entity, dueOn: c.dueOn, fireOn: c.fireOn,
      fireAt: new Date(fireAt[i]).toISOString(), timeZone: bylaws.timeZone, audience: c.audience,
      ...(c.escalation !== undefined ? { escalation: c.escalation } : {}), ...(c.subject !== undefined ? { subject: c.subject } : {}),
    });
  });
  return [...timers.values()].sort((a, b) => (a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : a.jobId < b.jobId ? -1 : 1));
}

/** A job may run this much before its instant (clocks of the worker and Redis differ a little). */
export const EARLY_TOLERANCE_MS = 60_000;

/** The timer with this job id if it is owed at `now`: still derived from current state, and its instant has come. */
export function dueTimer(state: TenantSchedule, bylaws: Readonly<Bylaws>, now: Date, jobId: string): Timer | undefined {
  const timer = desiredTimers(state, bylaws, now).find((t) => t.jobId === jobId);
  return timer && Date.parse(timer.fireAt) <= now.getTime() + EARLY_TOLERANCE_MS ? timer : undefined;
}
