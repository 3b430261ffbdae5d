import type { channels, reminder } from '@assocflow/domain';
import { deliveryIdOf } from './delivery-job';
import { channelsToDeliver, foldChannels, foldReminder } from './delivery-plan';
import { businessDate } from './delivery-log';
import { emailOf, webhookBodyOf } from './reminder-message';

const sent: reminder.ReminderEvent = {
  type: 'ReminderSent',
  data: {
    occurredOn: '2028-03-03',
    reminderId: 'branch-renewal-90d.branch.rehab.2028-06-01',
    rule: 'branch-renewal-90d',
    entity: { kind: 'branch', id: 'rehab' },
    dueOn: '2028-06-01',
    channels: ['feed'],
    sentOn: '2028-03-03',
  },
};
const webhook: channels.ChannelsEvent = {
  type: 'WebhookConfigured',
  data: { occurredOn: '2028-01-01', url: 'https://oa.example.org/h', secret: 'x'.repeat(32) },
};
const email: channels.ChannelsEvent = {
  type: 'EmailRecipientsSet',
  data: { occurredOn: '2028-01-01', recipients: ['mishuchu@example.org'] },
};
const outcome = (type: 'ReminderDelivered' | 'ReminderDeliveryFailed', channel: reminder.DeliveryChannel): reminder.ReminderEvent =>
  type === 'ReminderDelivered'
    ? {
        type,
        data: { occurredOn: '2028-03-03', reminderId: sent.data.reminderId, channel, deliveryId: 'd', attempts: 1, deliveredAt: 't' },
      }
    : {
        type,
        data: {
          occurredOn: '2028-03-03',
          reminderId: sent.data.reminderId,
          channel,
          deliveryId: 'd',
          attempts: 3,
          reason: 'r',
          failedAt: 't',
        },
      };

describe('channelsToDeliver', () => {
  it('every channel the tenant configured, whatever the rule listed', () =>
    expect(channelsToDeliver(foldChannels([webhook, email]), foldReminder([sent]))).toEqual(['webhook', 'email']));

  it('none when the tenant configured none, or the reminder is not on the record', () => {
    expect(channelsToDeliver(foldChannels([]), foldReminder([sent]))).toEqual([]);
    expect(channelsToDeliver(foldChannels([webhook]), foldReminder([]))).toEqual([]);
    expect(
      channelsToDeliver(
        foldChannels([{ type: 'EmailRecipientsSet', data: { occurredOn: '2028-01-01', recipients: [] } }]),
        foldReminder([sent]),
      ),
    ).toEqual([]);
  });

  it('leaves out a channel whose outcome is recorded, delivered or failed', () => {
    expect(channelsToDeliver(foldChannels([webhook, email]), foldReminder([sent, outcome('ReminderDelivered', 'webhook')]))).toEqual([
      'email',
    ]);
    expect(channelsToDeliver(foldChannels([webhook, email]), foldReminder([sent, outcome('ReminderDeliveryFailed', 'email')]))).toEqual([
      'webhook',
    ]);
  });
});

describe('delivery ids and messages', () => {
  it('joins tenant, reminder and channel with dots, and refuses a colon', () => {
    expect(deliveryIdOf({ tenant: 'scha', reminderId: sent.data.reminderId, channel: 'webhook' })).toBe(
      'scha.branch-renewal-90d.branch.rehab.2028-06-01.webhook',
    );
    expect(() => deliveryIdOf({ tenant: 'scha', reminderId: 'a:b', channel: 'email' })).toThrow(/no colon/);
  });

  it('sends the same webhook body on every attempt, and a readable e-mail', () => {
    const { occurredOn: _, ...data } = sent.data as reminder.ReminderSent['data'];
    expect(JSON.parse(webhookBodyOf('scha', 'id-1', data))).toEqual({
      type: 'reminder.sent',
      deliveryId: 'id-1',
      tenant: 'scha',
      reminder: {
        reminderId: data.reminderId,
        rule: 'branch-renewal-90d',
        entity: { kind: 'branch', id: 'rehab' },
        dueOn: '2028-06-01',
        sentOn: '2028-03-03',
      },
    });
    expect(webhookBodyOf('scha', 'id-1', data)).toBe(webhookBodyOf('scha', 'id-1', data));
    expect(emailOf('scha', data).subject).toContain('branch-renewal-90d — branch rehab, due 2028-06-01');
  });

  it("carries the scheduler's details when it gave them", () => {
    const { occurredOn: _, ...data } = sent.data as reminder.ReminderSent['data'];
    const detailed = { ...data, subject: '医疗康复管理分会', audience: 'secretariat' as const, escalation: 2, timeZone: 'Asia/Shanghai' };
    expect(JSON.parse(webhookBodyOf('scha', 'id-1', detailed)).reminder).toMatchObject({
      subject: '医疗康复管理分会',
      audience: 'secretariat',
      escalation: 2,
      timeZone: 'Asia/Shanghai',
    });
    const mail = emailOf('scha', detailed);
    expect(mail.subject).toBe('[assocflow] 提醒 Reminder: branch-renewal-90d — 医疗康复管理分会, due 2028-06-01 (催办 escalation 2)');
    expect(mail.text).toContain('到期 Due on: 2028-06-01 (Asia/Shanghai)');
  });

  it('a catch-up digest lists what it covers, in the webhook and the e-mail', () => {
    const { occurredOn: _, ...data } = sent.data as reminder.ReminderSent['data'];
    const covers = [
      {
        reminderId: 'branch-renewal-escalation.branch.a.2026-12-06',
        rule: 'branch-renewal-escalation',
        entity: { kind: 'branch', id: 'a' },
        dueOn: '2021-06-01',
        subject: '康复分会',
        escalation: 287,
      },
      {
        reminderId: 'meeting-overdue.body.council.2021-05-01',
        rule: 'meeting-overdue',
        entity: { kind: 'body', id: 'council' },
        dueOn: '2021-05-01',
      },
    ];
    const digest = { ...data, rule: 'catch-up-digest', subject: '补发提醒2项', covers };
    expect(JSON.parse(webhookBodyOf('scha', 'id-1', digest)).reminder.covers).toEqual(covers);
    expect(emailOf('scha', digest).text.split('\n').slice(-3)).toEqual([
      '补发 Due before they were recorded:',
      '- branch-renewal-escalation — 康复分会, due 2021-06-01 (催办 287)',
      '- meeting-overdue — body council, due 2021-05-01',
    ]);
  });
});

describe('businessDate', () => {
  it("is the day in the tenant's time zone, Asia/Shanghai when the reminder names none", () => {
    const at = new Date('2028-03-02T17:00:00Z');
    expect(businessDate(at, undefined)).toBe('2028-03-03');
    expect(businessDate(at, 'Asia/Urumqi')).toBe('2028-03-02');
  });
});
