import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** Sets the webhook, or replaces its URL or secret (a rotation). */
export type ConfigureWebhook = DomainCommand<'ConfigureWebhook', { url: string; secret: string; configuredOn: IsoDate }>;
export type RemoveWebhook = DomainCommand<'RemoveWebhook', { removedOn: IsoDate }>;
export type SetEmailRecipients = DomainCommand<'SetEmailRecipients', { recipients: string[]; setOn: IsoDate }>;

export type ChannelsCommand = ConfigureWebhook | RemoveWebhook | SetEmailRecipients;
