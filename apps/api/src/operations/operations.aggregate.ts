import { catalogueEntry } from '@assocflow/commanding';
import { operations } from '@assocflow/domain';

export const operationsAggregate = catalogueEntry({
  name: 'operations',
  commands: { RecordOperatingStatistics: true },
  toStreamId: operations.toOperationsStreamId,
  decider: operations.operationsDecider,
  upcasters: operations.operationsUpcasters,
});
