import { deciderSpec } from '../shared/decider-spec';
import { reminderDecider } from './reminder.decider';
import type { SendReminder } from './reminder.commands';
import type { ReminderEvent } from './reminder.events';
import {
  AcknowledgedBeforeSent,
  DeliveredBeforeSent,
  DeliveryChannelNotListed,
  InvalidReminderId,
  ReminderAlreadyAcknowledged,
  ReminderNeedsChannel,
  ReminderNotSent,
} from './reminder.errors';
import { toReminderId, toReminderStreamId } from './reminder.stream';

const given = deciderSpec(reminderDecider);
const id = toReminderId('branch-renewal-90d', { kind: 'branch', id: 'rehab' }, '2028-06-01');
const send: SendReminder = {
  type: 'SendReminder',
  data: {
    reminderId: id,
    rule: 'branch-renewal-90d',
    entity: { kind: 'branch', id: 'rehab' },
    dueOn: '2028-06-01',
    channels: ['email', 'sms'],
    sentOn: '2028-03-03',
  },
};
const sent: ReminderEvent = {
  type: 'ReminderSent',
  data: {
    occurredOn: '2028-03-03',
    reminderId: id,
    rule: 'branch-renewal-90d',
    entity: { kind: 'branch', id: 'rehab' },
    dueOn: '2028-06-01',
    channels: ['email', 'sms'],
    sentOn: '2028-03-03',
  },
};
const acknowledged: ReminderEvent = {
  type: 'ReminderAcknowledged',
  data: { occurredOn: '2028-03-04', reminderId: id, by: '秘书处', acknowledgedOn: '2028-03-04' },
};
const acknowledge = (acknowledgedOn = '2028-03-04') =>
  ({ type: 'AcknowledgeReminder', data: { reminderId: id, by: '秘书处', acknowledgedOn } }) as const;

describe('Reminder decider', () => {
  it('derives the id from rule, entity and reference date, without colons', () => {
    expect(id).toBe('branch-renewal-90d.branch.rehab.2028-06-01');
    expect(toReminderId('r', { kind: 'member', id: 'a:b c' }, '2028-06-01')).toBe('r.member.a_b_c.2028-06-01');
    expect(toReminderStreamId('scha', id)).toBe('reminder-scha.branch-renewal-90d.branch.rehab.2028-06-01');
  });

  describe('SendReminder', () => {
    it('sends a reminder', () => given([]).when(send).then([sent]));

    it('sends once: the same reminder again decides nothing (at-least-once delivery is safe)', () => {
      given([sent]).when(send).then([]);
      given([sent, acknowledged])
        .when({ ...send, data: { ...send.data, sentOn: '2028-03-10' } })
        .then([]);
    });

    it("carries the scheduler's details for delivery and the feed, when given", () => {
      const details = {
        audience: 'secretariat',
        escalation: 2,
        subject: '康复分会',
        scheduledFor: '2028-03-03T01:00:00.000Z',
        timeZone: 'Asia/Shanghai',
      } as const;
      given([])
        .when({ ...send, data: { ...send.data, ...details } })
        .then([{ type: 'ReminderSent', data: { ...sent.data, ...details } }]);
    });
    it('lists each channel once', () =>
      given([])
        .when({ ...send, data: { ...send.data, channels: ['email', 'email'] } })
        .then([{ type: 'ReminderSent', data: { ...sent.data, channels: ['email'] } }]));

    it('refuses an id with a colon, or none', () => {
      given([])
        .when({ ...send, data: { ...send.data, reminderId: 'branch:rehab' } })
        .thenThrows(InvalidReminderId, /no colon/);
      given([])
        .when({ ...send, data: { ...send.data, reminderId: '' } })
        .thenThrows(InvalidReminderId);
    });

    it('is sent over at least one channel', () =>
      given([])
        .when({ ...send, data: { ...send.data, channels: [] } })
        .thenThrows(ReminderNeedsChannel));
  });

  describe('AcknowledgeReminder', () => {
    it('acknowledges a sent reminder', () => given([sent]).when(acknowledge()).then([acknowledged]));

    it('only after it was sent', () =>
      given([])
        .when(acknowledge())
        .thenThrows(ReminderNotSent, /after it is sent/));

    it('not before the day it was sent', () => given([sent]).when(acknowledge('2028-03-02')).thenThrows(AcknowledgedBeforeSent));

    it('once', () =>
      given([sent, acknowledged])
        .when(acknowledge('2028-03-05'))
        .thenThrows(ReminderAlreadyAcknowledged, /acknowledged once/));
  });

  describe('RecordReminderDelivery / RecordReminderDeliveryFailure', () => {
    const at = '2028-03-03T01:02:03.000Z';
    const deliver = (channel: 'webhook' | 'email' = 'webhook') =>
      ({
        type: 'RecordReminderDelivery',
        data: { reminderId: id, channel, deliveryId: `scha.${id}.${channel}`, attempts: 1, deliveredAt: at, deliveredOn: '2028-03-03' },
      }) as const;
    const fail = (channel: 'webhook' | 'email' = 'webhook') =>
      ({
        type: 'RecordReminderDeliveryFailure',
        data: {
          reminderId: id,
          channel,
          deliveryId: `scha.${id}.${channel}`,
          attempts: 5,
          reason: 'webhook answered 500',
          failedAt: at,
          failedOn: '2028-03-03',
        },
      }) as const;
    const delivered = (channel: 'webhook' | 'email' = 'webhook'): ReminderEvent => ({
      type: 'ReminderDelivered',
      data: { occurredOn: '2028-03-03', reminderId: id, channel, deliveryId: `scha.${id}.${channel}`, attempts: 1, deliveredAt: at },
    });
    const failed: ReminderEvent = {
      type: 'ReminderDeliveryFailed',
      data: {
        occurredOn: '2028-03-03',
        reminderId: id,
        channel: 'webhook',
        deliveryId: `scha.${id}.webhook`,
        attempts: 5,
        reason: 'webhook answered 500',
        failedAt: at,
      },
    };

    it('records a delivery per channel', () => {
      given([sent]).when(deliver()).then([delivered()]);
      given([sent, delivered('webhook')])
        .when(deliver('email'))
        .then([delivered('email')]);
    });

    it('records each channel once: recording again decides nothing', () => {
      given([sent, delivered()]).when(deliver()).then([]);
      given([sent, delivered()]).when(fail()).then([]);
      given([sent, failed]).when(fail()).then([]);
    });

    it('records a failure, and a later success (a retry by hand) over it', () => {
      given([sent]).when(fail()).then([failed]);
      given([sent, failed]).when(deliver()).then([delivered()]);
    });

    it('keeps a short reason', () =>
      given([sent])
        .when({ ...fail(), data: { ...fail().data, reason: 'x'.repeat(2000) } })
        .then([{ ...failed, data: { ...failed.data, reason: 'x'.repeat(500) } } as ReminderEvent]));

    it('only for a sent reminder, over webhook or email', () => {
      given([])
        .when(deliver())
        .thenThrows(DeliveredBeforeSent, /not been sent/);
      given([]).when(fail()).thenThrows(DeliveredBeforeSent);
      given([sent])
        .when({ ...deliver(), data: { ...deliver().data, channel: 'sms' as never } })
        .thenThrows(DeliveryChannelNotListed, /webhook or email/);
    });
  });
});
