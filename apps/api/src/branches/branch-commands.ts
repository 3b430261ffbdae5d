import type { branch } from '@assocflow/domain';
import { FoundBranchDto, RegisterBranchDto } from './branch.dto';

/** How a branch enters the record: the body its endpoint validates and the command it becomes (endpoints and the roster import share them). */
export const BRANCH_ENTRY = {
  founded: { dto: FoundBranchDto, command: (dto: FoundBranchDto): branch.BranchCommand => ({ type: 'FoundBranch', data: { ...dto } }) },
  registered: {
    dto: RegisterBranchDto,
    command: (dto: RegisterBranchDto): branch.BranchCommand => ({ type: 'RegisterBranch', data: { ...dto } }),
  },
} as const;
