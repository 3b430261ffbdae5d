import { branchReferenceOf, type BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { ReportCommand } from './report.commands';
import type { IssuedReportChanges } from './report.events';

/** The branch a report or standard names as its issuer, also when a correction changes it. */
export function branchReferences(command: ReportCommand): BranchReference[] {
  switch (command.type) {
    case 'IssueReport':
      return branchReferenceOf('issuer.branchId', command.data.issuer);
    case 'CorrectReportRecord':
      // Only an issued report's changes carry an issuer; a backfilled total's have none.
      return branchReferenceOf('changes.issuer.branchId', (command.data.changes as IssuedReportChanges | undefined)?.issuer);
    case 'SubmitReport':
    case 'RecordPublicationsBackfill':
    case 'RetractReportRecord':
      return [];
    default:
      return unreachable(command);
  }
}
