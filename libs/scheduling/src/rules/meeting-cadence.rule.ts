import type { IsoDate, meeting, organization } from '@assocflow/domain';
import { addDays, addMonths } from '../calendar';
import { bodyName } from './bodies';
import type { Candidate, RuleContext } from './candidate';
import { leadDays } from './candidate';

type Series = Extract<meeting.MeetingSeriesState, { status: 'declared' }>;
type Term = organization.OrganizationTerm;

/** The next meeting each council body owes, and when. */
interface DueMeeting {
  body: meeting.MeetingBody;
  dueOn: IsoDate;
  /** Meetings after this date count as the one owed. */
  since?: IsoDate;
}

const later = (a: IsoDate | undefined, b: IsoDate | undefined) => (!a || (b && b > a) ? b : a);

/**
 * When the body last met, as far as the record tells: the last meeting held, else the
 * declaration of a series that had meetings before recording started (the last one was on or
 * before that day).
 */
function lastMetOn(series: Series[], body: string): IsoDate | undefined {
  let held: IsoDate | undefined;
  let declared: IsoDate | undefined;
  for (const s of series) {
    if (s.body !== body) continue;
    held = later(held, s.lastHeldOn);
    if (s.lastOrdinal > 0 && !s.lastHeldOn) declared = later(declared, s.declaredOn);
  }
  return held ?? declared;
}

/**
 * 理事会 at least every councilMaxIntervalMonths, 常务理事会 every standingCouncilMaxIntervalMonths,
 * 会长办公会 at the cadence the tenant sets (none by default): due that long after the last one
 * held (see lastMetOn), or after the start of the organization's term when none is recorded. 会员代表大会:
 * generalAssembliesPerTerm in each term, due by the term's end.
 */
export function dueMeetings(series: Series[], term: Term | null, { bylaws }: RuleContext): DueMeeting[] {
  const cadences: [meeting.MeetingBody, number | null][] = [
    ['council', bylaws.councilMaxIntervalMonths],
    ['standing-council', bylaws.standingCouncilMaxIntervalMonths],
    ['president-office', bylaws.presidentOfficeIntervalMonths],
  ];
  const due: DueMeeting[] = [];
  for (const [body, months] of cadences) {
    if (!months) continue;
    const base = lastMetOn(series, body) ?? term?.startedOn;
    if (base) due.push({ body, dueOn: addMonths(base, months), since: base });
  }
  if (term) {
    const current = series.find((s) => s.body === 'general-assembly' && s.term === term.number);
    if ((current?.lastOrdinal ?? 0) < bylaws.generalAssembliesPerTerm) due.push({ body: 'general-assembly', dueOn: term.endsOn, since: term.startedOn });
  }
  return due;
}

/**
 * Reminders ahead of each meeting owed (unless one is already scheduled by then: its own
 * reminders take over) and a 'meeting-overdue' flag the day after the due date.
 */
export function meetingCadenceCandidates(series: Series[], term: Term | null, context: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { body, dueOn, since } of dueMeetings(series, term, context)) {
    const entity = { kind: 'body', id: body };
    const subject = bodyName(body);
    const scheduled = series.some((s) => s.body === body && Object.values(s.meetings).some((m) =>
      m.status === 'scheduled' && m.scheduledOn !== undefined && m.scheduledOn <= dueOn && (!since || m.scheduledOn >= since)));
    if (!scheduled) {
      for (const days of leadDays(context.bylaws.meetingReminderDays)) {
        out.push({
          rule: `meeting-due-${days}d`, kind: 'meeting-due', entity, dueOn, referenceDate: dueOn, fireOn: addDays(dueOn, -days),
          chain: `due.${body}.${dueOn}`, validUntil: dueOn, audience: 'secretariat', subject,
        });
      }
    }
    out.push({
      rule: 'meeting-overdue', kind: 'meeting-overdue', entity, dueOn, referenceDate: dueOn, fireOn: addDays(dueOn, 1),
      chain: `overdue.${body}.${dueOn}`, audience: 'secretariat', subject,
    });
  }
  return out;
}
