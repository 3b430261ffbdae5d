import { catalogueEntry } from '@assocflow/commanding';
import { indicator } from '@assocflow/domain';

export const indicatorAggregate = catalogueEntry({
  name: 'indicator',
  commands: { RecordIndicator: true },
  toStreamId: indicator.toIndicatorStreamId,
  decider: indicator.indicatorDecider,
  upcasters: indicator.indicatorUpcasters,
});
