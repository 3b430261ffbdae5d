import { catalogueEntry } from '@assocflow/commanding';
import { channels } from '@assocflow/domain';

export const channelsAggregate = catalogueEntry({
  name: 'channels',
  commands: { ConfigureWebhook: true, RemoveWebhook: true, SetEmailRecipients: true },
  toStreamId: (tenant: string, _id: undefined) => channels.toChannelsStreamId(tenant),
  decider: channels.channelsDecider,
  upcasters: channels.channelsUpcasters,
});
