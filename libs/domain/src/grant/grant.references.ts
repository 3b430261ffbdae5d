import type { BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { GrantCommand } from './grant.commands';

/** The branch an application came through, or the branch that won an outside grant. */
export function branchReferences(command: GrantCommand): BranchReference[] {
  switch (command.type) {
    case 'ApplyForGrant':
      return command.data.applicant?.branchId !== undefined
        ? [{ field: 'applicant.branchId', branchId: command.data.applicant.branchId }]
        : [];
    case 'RecordExternalGrant':
      return command.data.branchId !== undefined ? [{ field: 'branchId', branchId: command.data.branchId }] : [];
    case 'AwardGrant':
    case 'ConcludeGrant':
    case 'RecordGrantsBackfill':
    case 'CorrectGrantRecord':
    case 'RetractGrantRecord':
      return [];
    default:
      return unreachable(command);
  }
}
