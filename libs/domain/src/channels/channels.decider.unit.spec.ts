import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { channelsDecider } from './channels.decider';
import type { ChannelsEvent } from './channels.events';
import { InvalidEmailRecipient, InvalidWebhookUrl, TooManyEmailRecipients, WeakWebhookSecret } from './channels.errors';
import { toChannelsStreamId } from './channels.stream';

const given = deciderSpec(channelsDecider);
const secret = 's3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t';
const configure = (url = 'https://oa.example.org/hooks/assocflow', s = secret) =>
  ({ type: 'ConfigureWebhook', data: { url, secret: s, configuredOn: '2026-03-01' } }) as const;
const configured: ChannelsEvent = {
  type: 'WebhookConfigured',
  data: { occurredOn: '2026-03-01', url: 'https://oa.example.org/hooks/assocflow', secret },
};
const recipients: ChannelsEvent = {
  type: 'EmailRecipientsSet',
  data: { occurredOn: '2026-03-02', recipients: ['mishuchu@example.org', 'wang@example.org'] },
};

describe('Channels decider', () => {
  it('lives in one stream per tenant', () => expect(toChannelsStreamId('scha')).toBe('channels-scha.delivery'));

  describe('ConfigureWebhook', () => {
    it('configures the webhook with its signing secret', () => given([]).when(configure()).then([configured]));

    it('rotates the secret or moves the URL; the same settings again decide nothing', () => {
      given([configured]).when(configure()).then([]);
      given([configured])
        .when(configure(undefined, `${secret}-2`))
        .then([{ type: 'WebhookConfigured', data: { ...configured.data, secret: `${secret}-2` } as never }]);
    });

    it.each([
      'ftp://example.org/x',
      'not a url',
      'https://user:pw@example.org/',
      'https://example.org/#x',
      `https://example.org/${'a'.repeat(2000)}`,
    ])('refuses URL #%# (scheme, syntax, credentials, fragment, length)', (url) =>
      given([])
        .when(configure(url))
        .thenThrows(InvalidWebhookUrl, /http:\/\/ or https:\/\//),
    );

    it('refuses a short secret without repeating it', () => {
      given([])
        .when(configure(undefined, 'short-secret'))
        .thenThrows(WeakWebhookSecret, /32 to 256 visible ASCII characters, got 12/);
      expect(() => channelsDecider.decide(configure(undefined, 'short-secret'), channelsDecider.initialState())).not.toThrow(
        /short-secret/,
      );
      given([])
        .when(configure(undefined, `${secret} with spaces`))
        .thenThrows(WeakWebhookSecret);
    });
  });

  describe('RemoveWebhook', () => {
    it('removes it, keeping the e-mail recipients', () => {
      const removed: ChannelsEvent = { type: 'WebhookRemoved', data: { occurredOn: '2026-04-01' } };
      given([configured, recipients])
        .when({ type: 'RemoveWebhook', data: { removedOn: '2026-04-01' } })
        .then([removed]);
      expect(foldEvents(channelsDecider, [configured, recipients, removed])).toEqual({
        status: 'configured',
        webhook: null,
        emailRecipients: ['mishuchu@example.org', 'wang@example.org'],
      });
    });

    it('with none configured, decides nothing', () =>
      given([])
        .when({ type: 'RemoveWebhook', data: { removedOn: '2026-04-01' } })
        .then([]));
  });

  describe('SetEmailRecipients', () => {
    it('sets the recipients, each once', () =>
      given([])
        .when({
          type: 'SetEmailRecipients',
          data: { recipients: ['mishuchu@example.org', ' wang@example.org', 'mishuchu@example.org'], setOn: '2026-03-02' },
        })
        .then([recipients]));

    it('the same list again decides nothing; an empty list stops e-mail', () => {
      given([recipients])
        .when({ type: 'SetEmailRecipients', data: { recipients: ['mishuchu@example.org', 'wang@example.org'], setOn: '2026-03-03' } })
        .then([]);
      given([recipients])
        .when({ type: 'SetEmailRecipients', data: { recipients: [], setOn: '2026-03-03' } })
        .then([{ type: 'EmailRecipientsSet', data: { occurredOn: '2026-03-03', recipients: [] } }]);
    });

    it.each(['mishuchu', 'a@b', 'a b@example.org', 'x@example.org, y@example.org'])('refuses %s', (address) =>
      given([])
        .when({ type: 'SetEmailRecipients', data: { recipients: [address], setOn: '2026-03-02' } })
        .thenThrows(InvalidEmailRecipient),
    );

    it('refuses more than 20', () =>
      given([])
        .when({
          type: 'SetEmailRecipients',
          data: { recipients: Array.from({ length: 21 }, (_, i) => `m${i}@example.org`), setOn: '2026-03-02' },
        })
        .thenThrows(TooManyEmailRecipients, /at most 20/));
  });

  it('keeps the webhook when the recipients change', () =>
    expect(foldEvents(channelsDecider, [configured, recipients])).toEqual({
      status: 'configured',
      webhook: { url: 'https://oa.example.org/hooks/assocflow', secret, configuredOn: '2026-03-01' },
      emailRecipients: ['mishuchu@example.org', 'wang@example.org'],
    }));
});
