import { branchReferenceOf, type BranchReference } from '../shared/branch-reference';
import type { AllianceCommand } from './alliance.commands';

/** The branch that leads an alliance. */
export const branchReferences = (command: AllianceCommand): BranchReference[] => branchReferenceOf('lead.branchId', command.data.lead);
