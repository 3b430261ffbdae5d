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
 * When the body last met, as far as the record tells: the last meeting held; but when the
 * record only says meetings happened before a day (a series declared with meetings held before
 * recording, a yearly total backfilled), and no meeting is recorded on or after the start of
 * that period, that day (the last one was on or before it).
 */
function lastMetOn(series: Series[], backfilledThrough: IsoDate | undefined, body: string): IsoDate | undefined {
  let held: IsoDate | undefined;
  const bounds: { from: IsoDate; on: IsoDate }[] = [];
  for (const s of series) {
    if (s.body !== body) continue;
    held = later(held, s.lastHeldOn);
    if (s.lastOrdinal > 0 && !s.lastHeldOn) bounds.push({ from: s.declaredOn, on: s.declaredOn });
  }
  if (backfilledThrough) bounds.push({ from: `${backfilledThrough.slice(0, 4)}-01-01`, on: backfilledThrough });
  let base = held;
  for (const b of bounds) if (!held || held < b.from) base = later(base, b.on);
  return base;
}

/**
 * 理事会 at least every councilMaxIntervalMonths, 常务理事会 every standingCouncilMaxIntervalMonths,
 * 会长办公会 at the cadence the tenant sets (none by default): due that long after the last one
 * held (see lastMetOn), or after the start of the organization's term when none is recorded. 会员代表大会:
 * generalAssembliesPerTerm in each term, due by the term's end.
 */
export function dueMeetings(
  series: Series[],
  backfills: ReadonlyMap<string, IsoDate>,
  term: Term | null,
  { bylaws }: RuleContext,
): DueMeeting[] {
  const cadences: [meeting.MeetingBody, number | null][] = [
    ['council', bylaws.councilMaxIntervalMonths],
    ['standing-council', bylaws.standingCouncilMaxIntervalMonths],
    ['president-office', bylaws.presidentOfficeIntervalMonths],
  ];
  const due: DueMeeting[] = [];
  for (const [body, months] of cadences) {
    if (!months) continue;
    const base = lastMetOn(series, backfills.get(body), body) ?? term?.startedOn;
    if (base) due.push({ body, dueOn: addMonths(base, months), since: base });
  }
  if (term) {
    const current = series.find((s) => s.body === 'general-assembly' && s.term === term.number);
    if ((current?.lastOrdinal ?? 0) < bylaws.generalAssembliesPerTerm)
      due.push({ body: 'general-assembly', dueOn: term.endsOn, since: term.startedOn });
  }
  return due;
}

/**
 * Reminders ahead of each meeting owed (unless one is already scheduled by then: its own
 * reminders take over) and a 'meeting-overdue' flag the day after the due date.
 */
export function meetingCadenceCandidates(
  series: Series[],
  backfills: ReadonlyMap<string, IsoDate>,
  term: Term | null,
  context: RuleContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (const { body, dueOn, since } of dueMeetings(series, backfills, term, context)) {
    const entity = { kind: 'body', id: body };
    const subject = bodyName(body);
    const scheduled = series.some(
      (s) =>
        s.body === body &&
        Object.values(s.meetings).some(
          (m) => m.status === 'scheduled' && m.scheduledOn !== undefined && m.scheduledOn <= dueOn && (!since || m.scheduledOn >= since),
        ),
    );
    if (!scheduled) {
      for (const days of leadDays(context.bylaws.meetingReminderDays)) {
        out.push({
          rule: `meeting-due-${days}d`,
          kind: 'meeting-due',
          entity,
          dueOn,
          referenceDate: dueOn,
          fireOn: addDays(dueOn, -days),
          chain: `due.${body}.${dueOn}`,
          validUntil: dueOn,
          audience: 'secretariat',
          subject,
        });
      }
    }
    out.push({
      rule: 'meeting-overdue',
      kind: 'meeting-overdue',
      entity,
      dueOn,
      referenceDate: dueOn,
      fireOn: addDays(dueOn, 1),
      chain: `overdue.${body}.${dueOn}`,
      audience: 'secretariat',
      subject,
    });
  }
  return out;
}
