import { catalogueEntry } from '@assocflow/commanding';
import { activity } from '@assocflow/domain';

export const activityAggregate = catalogueEntry({
  name: 'activity',
  commands: {
    RecordTraining: true,
    RecordAcademicEvent: true,
    RecordCompetition: true,
    RecordPublicWelfareActivity: true,
    RecordExchangeVisit: true,
    RecordStudySession: true,
    RecordActivitiesBackfill: true,
    CorrectActivityRecord: true,
    RetractActivityRecord: true,
  },
  toStreamId: activity.toActivityStreamId,
  decider: activity.activityDecider,
  upcasters: activity.activityUpcasters,
  references: activity.branchReferences,
});
