import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ChannelsCommand } from './channels.commands';
import type { ChannelsEvent } from './channels.events';
import { InvalidEmailRecipient, InvalidWebhookUrl, TooManyEmailRecipients, WeakWebhookSecret } from './channels.errors';

export interface Webhook {
  url: string;
  secret: string;
  configuredOn: IsoDate;
}

/** The tenant's delivery channels besides the reminders feed, which every tenant has. */
export type ChannelsState = { status: 'unconfigured' } | { status: 'configured'; webhook: Webhook | null; emailRecipients: string[] };

const MAX_RECIPIENTS = 20;
const EMAIL = /^[^\s@<>,;"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;
const SECRET = /^[\x21-\x7e]{32,256}$/;
/** A secret sealed at the edge (enc:v1:<base64url>, see SecretBox) was checked before it was sealed. */
const SEALED = /^enc:v1:[A-Za-z0-9_-]{80,600}$/;

function validUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidWebhookUrl(url);
  }
  const ok =
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    !parsed.username &&
    !parsed.password &&
    !parsed.hash &&
    url.length <= 2000;
  if (!ok) throw new InvalidWebhookUrl(url);
  return url;
}

function validRecipients(recipients: string[]): string[] {
  const unique = [...new Set(recipients.map((r) => r.trim()))];
  if (unique.length > MAX_RECIPIENTS) throw new TooManyEmailRecipients(unique.length);
  for (const r of unique) if (!EMAIL.test(r)) throw new InvalidEmailRecipient(r);
  return unique;
}

const current = (state: ChannelsState) => (state.status === 'configured' ? state : { webhook: null, emailRecipients: [] as string[] });

export function decide(command: ChannelsCommand, state: ChannelsState): ChannelsEvent[] {
  const { webhook, emailRecipients } = current(state);
  switch (command.type) {
    case 'ConfigureWebhook': {
      const c = command.data;
      const url = validUrl(c.url);
      if (!SECRET.test(c.secret) && !SEALED.test(c.secret)) throw new WeakWebhookSecret(c.secret.length);
      if (webhook?.url === url && webhook.secret === c.secret) return [];
      return [{ type: 'WebhookConfigured', data: { occurredOn: c.configuredOn, url, secret: c.secret } }];
    }
    case 'RemoveWebhook':
      return webhook ? [{ type: 'WebhookRemoved', data: { occurredOn: command.data.removedOn } }] : [];
    case 'SetEmailRecipients': {
      const recipients = validRecipients(command.data.recipients);
      if (recipients.length === emailRecipients.length && recipients.every((r, i) => r === emailRecipients[i])) return [];
      return [{ type: 'EmailRecipientsSet', data: { occurredOn: command.data.setOn, recipients } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ChannelsState, event: ChannelsEvent): ChannelsState {
  const channels = current(state);
  switch (event.type) {
    case 'WebhookConfigured':
      return {
        status: 'configured',
        ...channels,
        webhook: { url: event.data.url, secret: event.data.secret, configuredOn: event.data.occurredOn },
      };
    case 'WebhookRemoved':
      return { status: 'configured', ...channels, webhook: null };
    case 'EmailRecipientsSet':
      return { status: 'configured', ...channels, emailRecipients: [...event.data.recipients] };
    default:
      return unreachable(event);
  }
}

export const initialState = (): ChannelsState => ({ status: 'unconfigured' });

export const channelsDecider: Decider<ChannelsCommand, ChannelsEvent, ChannelsState> = { decide, evolve, initialState };
