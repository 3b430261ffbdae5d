import type { BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { WorkCommand } from './work.commands';

/** The branch that did the work, when a record (or its correction) names one. */
export function branchReferences(command: WorkCommand): BranchReference[] {
  switch (command.type) {
    case 'RecordWork':
      return command.data.branchId !== undefined ? [{ field: 'branchId', branchId: command.data.branchId }] : [];
    case 'CorrectWorkRecord':
      return command.data.changes.branchId !== undefined ? [{ field: 'changes.branchId', branchId: command.data.changes.branchId }] : [];
    case 'RetractWorkRecord':
      return [];
    default:
      return unreachable(command);
  }
}
