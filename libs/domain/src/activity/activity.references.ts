import { branchReferenceOf, type BranchReference } from '../shared/branch-reference';
import { unreachable } from '../shared/decider';
import type { ActivityCommand } from './activity.commands';

/** The branch an activity record names as its organizer, also when a correction changes it. */
export function branchReferences(command: ActivityCommand): BranchReference[] {
  switch (command.type) {
    case 'RecordTraining':
    case 'RecordAcademicEvent':
    case 'RecordCompetition':
    case 'RecordPublicWelfareActivity':
    case 'RecordExchangeVisit':
    case 'RecordStudySession':
      return branchReferenceOf('organizer.branchId', command.data.organizer);
    case 'CorrectActivityRecord':
      return branchReferenceOf('changes.organizer.branchId', command.data.changes?.organizer);
    case 'RecordActivitiesBackfill':
    case 'RetractActivityRecord':
      return [];
    default:
      return unreachable(command);
  }
}
