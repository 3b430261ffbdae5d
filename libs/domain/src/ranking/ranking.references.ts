import type { BranchReference } from '../shared/branch-reference';
import type { RankingCommand } from './ranking.commands';

/** A ranking names no branch. */
export const branchReferences = (_command: RankingCommand): BranchReference[] => [];
