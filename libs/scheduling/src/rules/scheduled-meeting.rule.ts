import type { meeting } from '@assocflow/domain';
import { addDays } from '../calendar';
import { bodyName } from './bodies';
import type { Candidate, RuleContext } from './candidate';
import { leadDays } from './candidate';

type Series = Extract<meeting.MeetingSeriesState, { status: 'declared' }>;

/**
 * For each meeting scheduled: reminders ahead of the day, the notice on time (会员代表大会:
 * generalAssemblyNoticeDays before, others meetingNoticeDays) unless it was sent, and
 * 'minutes-overdue' the day after when the day passed without MeetingHeld, or it was held
 * without minutes.
 */
export function scheduledMeetingCandidates(seriesId: string, s: Series, { bylaws }: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const noticeDays = s.body === 'general-assembly' ? bylaws.generalAssemblyNoticeDays : bylaws.meetingNoticeDays;
  for (const [meetingId, m] of Object.entries(s.meetings)) {
    const entity = { kind: 'meeting', id: `${seriesId}.${meetingId}` };
    const subject = m.title ?? bodyName(s.body);
    const chain = (what: string, on: string) => `${what}.${entity.id}.${on}`;
    if (m.status === 'scheduled' && m.scheduledOn) {
      const dueOn = m.scheduledOn;
      for (const days of leadDays(bylaws.meetingReminderDays)) {
        out.push({
          rule: `meeting-upcoming-${days}d`,
          kind: 'meeting-upcoming',
          entity,
          dueOn,
          referenceDate: dueOn,
          fireOn: addDays(dueOn, -days),
          chain: chain('upcoming', dueOn),
          validUntil: dueOn,
          audience: 'secretariat',
          subject,
        });
      }
      if (!m.noticeSentOn) {
        out.push({
          rule: 'meeting-notice',
          kind: 'meeting-notice',
          entity,
          dueOn,
          referenceDate: dueOn,
          fireOn: addDays(dueOn, -noticeDays),
          chain: chain('notice', dueOn),
          validUntil: dueOn,
          audience: 'secretariat',
          subject,
        });
      }
      out.push({
        rule: 'minutes-overdue',
        kind: 'minutes-overdue',
        entity,
        dueOn,
        referenceDate: dueOn,
        fireOn: addDays(dueOn, 1),
        chain: chain('minutes', dueOn),
        audience: 'secretariat',
        subject,
      });
    } else if (m.status === 'held' && !m.minutesRecorded && m.heldOn) {
      out.push({
        rule: 'minutes-overdue',
        kind: 'minutes-overdue',
        entity,
        dueOn: m.heldOn,
        referenceDate: m.heldOn,
        fireOn: addDays(m.heldOn, 1),
        chain: chain('minutes', m.heldOn),
        audience: 'secretariat',
        subject,
      });
    }
  }
  return out;
}
