import { branchReferenceOf, type BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { HonorCommand } from './honor.commands';

/** The branch an honor was received by, or awarded by. */
export function branchReferences(command: HonorCommand): BranchReference[] {
  switch (command.type) {
    case 'ReceiveHonor':
      return branchReferenceOf('recipient.branchId', command.data.recipient);
    case 'AwardHonor':
      return branchReferenceOf('awardedBy.branchId', command.data.awardedBy);
    case 'RetractHonorRecord':
      return [];
    default:
      return unreachable(command);
  }
}
