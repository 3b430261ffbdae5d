import type { branch } from '@assocflow/domain';
import { addDays, daysBetween } from '../calendar';
import type { Candidate, RuleContext } from './candidate';
import { leadDays } from './candidate';

type ActiveBranch = Extract<branch.BranchState, { status: 'active' }>;

/**
 * 换届: reminders 180, 90 and 30 days before the renewal is due and on the day, then an
 * escalation to the secretariat every week while it is overdue. The due date is the term end,
 * or the postponed date once a postponement is approved; a renewal starts a new term and so a
 * new due date: the timers of the old one are no longer derived.
 */
export function branchRenewalCandidates(b: ActiveBranch, { bylaws, today }: RuleContext): Candidate[] {
  const { dueOn } = b;
  const entity = { kind: 'branch', id: b.branchId };
  const chain = `renewal.${b.branchId}.${dueOn}`;
  const out: Candidate[] = leadDays(bylaws.branchRenewalReminderDays).map((days) => ({
    rule: `branch-renewal-${days}d`,
    kind: 'branch-renewal',
    entity,
    dueOn,
    referenceDate: dueOn,
    fireOn: addDays(dueOn, -days),
    chain,
    audience: 'branch',
    subject: b.name,
  }));
  // Escalations form an endless series: derive the one just past (it may still be owed) and the next ones.
  const interval = bylaws.renewalEscalationIntervalDays;
  const last = Math.max(0, Math.floor(daysBetween(dueOn, today) / interval));
  for (let n = Math.max(1, last - 1); n <= last + 1; n++) {
    const fireOn = addDays(dueOn, n * interval);
    out.push({
      rule: 'branch-renewal-escalation',
      kind: 'branch-renewal-escalation',
      entity,
      dueOn,
      referenceDate: fireOn,
      fireOn,
      chain,
      audience: 'secretariat',
      escalation: n,
      subject: b.name,
    });
  }
  return out;
}
