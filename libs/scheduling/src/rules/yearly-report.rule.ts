import { addDays } from '../calendar';
import type { Candidate, RuleContext } from './candidate';
import { leadDays } from './candidate';

/**
 * The yearly work report goes to the supervising body by yearlyReportDueToSupervisor (31 March)
 * of the next year: until that day this year's deadline (last year's report) is the one ahead,
 * after it next year's. A report already issued (YearlyReportIssued) needs no reminder.
 */
export function yearlyReportCandidates(issued: Readonly<Record<number, string>>, { bylaws, today }: RuleContext): Candidate[] {
  const year = Number(today.slice(0, 4));
  const thisYears = `${year}-${bylaws.yearlyReportDueToSupervisor}`;
  const dueOn = today <= thisYears ? thisYears : `${year + 1}-${bylaws.yearlyReportDueToSupervisor}`;
  const reportYear = Number(dueOn.slice(0, 4)) - 1;
  if (issued[reportYear] !== undefined) return [];
  const entity = { kind: 'yearly-report', id: String(reportYear) };
  return leadDays(bylaws.yearlyReportReminderDays).map((days) => ({
    rule: `yearly-report-${days}d`,
    kind: 'yearly-report',
    entity,
    dueOn,
    referenceDate: dueOn,
    fireOn: addDays(dueOn, -days),
    chain: `yearly-report.${reportYear}`,
    validUntil: dueOn,
    audience: 'secretariat',
    subject: `${reportYear}年度工作报告`,
  }));
}
