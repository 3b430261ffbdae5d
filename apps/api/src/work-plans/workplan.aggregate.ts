import { catalogueEntry } from '@assocflow/commanding';
import { workplan } from '@assocflow/domain';

export const workPlanAggregate = catalogueEntry({
  name: 'workplan',
  commands: { AdoptWorkPlan: true, AmendWorkPlan: true, LinkTarget: true },
  toStreamId: workplan.toWorkPlanStreamId,
  decider: workplan.workPlanDecider,
  upcasters: workplan.workPlanUpcasters,
});
