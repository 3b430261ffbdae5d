import { listActivities, type ActivityLedgerDoc } from '@assocflow/projections/activity-ledger';
import type { ReportsRegisterDoc } from '@assocflow/projections/reports-register';
import type { ReportOptions } from './report.types';

/** What the report's sections name (其中), from the year's activity ledger and reports register. */
export function reportRecordsOf(
  ledger: ActivityLedgerDoc | undefined,
  register: ReportsRegisterDoc | undefined,
): Pick<ReportOptions, 'activities' | 'publications' | 'reports'> {
  return {
    activities: ledger ? listActivities(ledger) : [],
    publications: register ? Object.values(register.backfills) : [],
    reports: register ? Object.values(register.reports) : [],
  };
}
