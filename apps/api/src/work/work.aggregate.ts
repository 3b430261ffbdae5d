import { catalogueEntry } from '@assocflow/commanding';
import { work } from '@assocflow/domain';

export const workAggregate = catalogueEntry({
  name: 'work',
  commands: { RecordWork: true, CorrectWorkRecord: true, RetractWorkRecord: true },
  toStreamId: work.toWorkStreamId,
  decider: work.workDecider,
  upcasters: work.workUpcasters,
  references: work.branchReferences,
});
