import type { BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { MeetingCommand } from './meeting.commands';

const BRANCH_BODY = /^branch-(.+)$/;

/**
 * The branch whose committee a series is (`branch-<branchId>`), named when the series is declared;
 * every other command of the series needs that declaration.
 */
export function branchReferences(command: MeetingCommand): BranchReference[] {
  switch (command.type) {
    case 'DeclareMeetingSeries': {
      const branchId = typeof command.data.body === 'string' ? BRANCH_BODY.exec(command.data.body)?.[1] : undefined;
      return branchId ? [{ field: 'body', branchId }] : [];
    }
    case 'ScheduleMeeting':
    case 'SendMeetingNotice':
    case 'HoldMeeting':
    case 'RecordMeetingMinutes':
    case 'CancelMeeting':
      return [];
    default:
      return unreachable(command);
  }
}
