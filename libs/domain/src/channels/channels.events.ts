import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/**
 * The secret is stored as given: the worker signs every webhook with it (HMAC needs the secret
 * itself, a hash would not do) and rebuilds everything from the log after a Redis wipe. It is
 * never returned by a read and never copied into Redis or a job.
 */
export type WebhookConfigured = DomainEvent<'WebhookConfigured', { occurredOn: IsoDate; url: string; secret: string }>;
export type WebhookRemoved = DomainEvent<'WebhookRemoved', { occurredOn: IsoDate }>;
/** The secretariat's addresses; an empty list stops e-mail delivery. */
export type EmailRecipientsSet = DomainEvent<'EmailRecipientsSet', { occurredOn: IsoDate; recipients: string[] }>;

export type ChannelsEvent = WebhookConfigured | WebhookRemoved | EmailRecipientsSet;

export const CHANNELS_EVENT_TYPES = [
  'WebhookConfigured',
  'WebhookRemoved',
  'EmailRecipientsSet',
] as const satisfies readonly ChannelsEvent['type'][];
