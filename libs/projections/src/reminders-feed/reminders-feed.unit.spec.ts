import fc from 'fast-check';
import { addDays, reminder } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import {
  MAX_FEED_ENTRIES,
  remindersFeedProjection as projection,
  remindersFeedProjectionKeeping,
  unacknowledged,
} from './reminders-feed.projection';
import type { RemindersFeedDoc } from './reminders-feed.types';

import { replay, simulate, projected, expectSameDocs } from '../testing/projection-harness';
const TENANTS = ['sichuan', 'shandong'];
const RULES = ['branch-renewal-180d', 'branch-renewal-90d', 'council-due-30d', 'yearly-report-30d'];
const ENTITIES: reminder.ReminderEntity[] = [
  { kind: 'branch', id: 'rehab' },
  { kind: 'branch', id: 'nursing' },
  { kind: 'series', id: 'council-t4' },
  { kind: 'report', id: '2024' },
];
const CHANNELS = ['wechat', 'sms', 'email'];
const day = (n: number) => addDays('2024-01-01', n);

type ReminderState = reminder.ReminderState;

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  rule: fc.constantFrom(...RULES),
  entity: fc.constantFrom(...ENTITIES),
  ref: fc.nat({ max: 5 }),
  what: fc.constantFrom('send', 'send', 'send', 'acknowledge'),
  a: fc.nat({ max: 60 }),
  b: fc.nat({ max: 30 }),
  channels: fc.subarray(CHANNELS),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

const reminderIdOf = (i: Intent) => reminder.toReminderId(i.rule, i.entity, day(365 + i.ref * 30));

function commandFor(i: Intent, s: ReminderState): reminder.ReminderCommand | undefined {
  const reminderId = reminderIdOf(i);
  if (i.what === 'send') {
    return {
      type: 'SendReminder',
      data: { reminderId, rule: i.rule, entity: i.entity, dueOn: day(365 + i.ref * 30), channels: i.channels, sentOn: day(i.a) },
    };
  }
  return s.status === 'sent'
    ? { type: 'AcknowledgeReminder', data: { reminderId, by: `秘书处${i.b % 3}`, acknowledgedOn: addDays(s.sentOn, i.b) } }
    : undefined;
}

const validEvents = fc.array(intent, { minLength: 5, maxLength: 150, size: 'max' }).map((intents) =>
  simulate(
    reminder.reminderDecider,
    intents.map((i) => ({
      tenant: i.tenant,
      streamId: reminder.toReminderStreamId(i.tenant, reminderIdOf(i)),
      command: (s: ReminderState) => commandFor(i, s),
    })),
  ),
);

const splits = { sizes: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }), crashes: fc.array(fc.boolean(), { maxLength: 8 }) };

describe('reminders-feed projection', () => {
  describe('batches and resumes', () => {
    it.each([MAX_FEED_ENTRIES, 5, 1])(
      'equals projectAll for valid event sequences, in any batch split, through JSON, with crashes and resumes (keeping %i)',
      (max) => {
        const feed = remindersFeedProjectionKeeping(max);
        fc.assert(
          fc.property(validEvents, splits.sizes, splits.crashes, (events, sizes, crashes) => {
            expectSameDocs(replay(feed, events, sizes, crashes), projectAll(feed, events));
          }),
          { numRuns: 150 },
        );
      },
    );

    it('generates every event type it handles, in sequences of some length', () => {
      const samples = fc.sample(validEvents, { numRuns: 200, seed: 42 });
      const types = new Set(samples.flat().map((e) => e.type));
      expect([...projection.handles].filter((t) => !types.has(t))).toEqual([]);
      expect(samples.flat().length / samples.length).toBeGreaterThan(8);
    });

    it('is total: events out of order or of reminders never seen neither throw nor diverge', () =>
      fc.assert(
        fc.property(
          validEvents.chain((e) => fc.shuffledSubarray(e)),
          splits.sizes,
          splits.crashes,
          fc.integer({ min: 1, max: 8 }),
          (events, sizes, crashes, max) => {
            const feed = remindersFeedProjectionKeeping(max);
            expectSameDocs(replay(feed, events, sizes, crashes), projectAll(feed, events));
          },
        ),
        { numRuns: 100 },
      ));

    it('keeps, newest first, the latest reminders sent, each with its acknowledgement', () =>
      fc.assert(
        fc.property(validEvents, fc.integer({ min: 1, max: 8 }), (events, max) => {
          const docs = projectAll(remindersFeedProjectionKeeping(max), events);
          for (const tenant of TENANTS) {
            const mine = events.filter((e) => e.metadata.tenant === tenant);
            const sent = mine.filter((e) => e.type === 'ReminderSent');
            // newest first by sentOn; on the same day the later recorded first
            const expected = sent
              .map((e, n) => ({ n, id: String(e.data.reminderId), sentOn: String(e.data.sentOn) }))
              .sort((x, y) => (x.sentOn !== y.sentOn ? (x.sentOn < y.sentOn ? 1 : -1) : y.n - x.n));
            const doc = docs.get(tenant);
            const kept = doc?.entries ?? [];
            expect(doc?.totalSent ?? 0).toBe(sent.length);
            expect(kept.length).toBe(Math.min(max, sent.length));
            // the newest `max` of all sent (an entry pushed out never comes back, so none is missing)
            expect(kept.map((e) => e.reminderId)).toEqual(expected.slice(0, max).map((e) => e.id));
            // and a reminder kept was in the feed since it was sent: its acknowledgement is there
            for (const entry of kept) {
              const ack = mine.find((e) => e.type === 'ReminderAcknowledged' && e.data.reminderId === entry.reminderId);
              expect(entry.acknowledged).toEqual(ack ? { by: ack.data.by, acknowledgedOn: ack.data.acknowledgedOn } : undefined);
            }
            for (let k = 1; k < kept.length; k++) expect(kept[k - 1].sentOn >= kept[k].sentOn).toBe(true);
          }
        }),
        { numRuns: 200 },
      ));
  });

  describe('the feed of Sichuan', () => {
    let position = 0;
    const sent = (n: number, sentOn: string, tenant = 'sichuan'): ProjectedEvent => {
      const entity = { kind: 'branch', id: `branch-${n}` };
      const reminderId = reminder.toReminderId('branch-renewal-90d', entity, '2028-06-01');
      const data = {
        occurredOn: sentOn,
        reminderId,
        rule: 'branch-renewal-90d',
        entity,
        dueOn: '2028-06-01',
        channels: ['wechat', 'sms'],
        sentOn,
      };
      return projected('ReminderSent', data, tenant, `reminder-${tenant}.${reminderId}`, ++position);
    };
    const ack = (of: ProjectedEvent, acknowledgedOn: string, by = '秘书处'): ProjectedEvent =>
      projected(
        'ReminderAcknowledged',
        { occurredOn: acknowledgedOn, reminderId: of.data.reminderId, by, acknowledgedOn } as never,
        of.metadata.tenant,
        of.streamId,
        ++position,
      );

    it('lists reminders newest first with their acknowledgement', () => {
      const a = sent(1, '2028-03-03');
      const b = sent(2, '2028-03-01');
      const c = sent(3, '2028-03-03');
      const doc = projectAll(projection, [a, b, c, ack(b, '2028-03-02', '张秘书'), sent(9, '2028-03-05', 'shandong')]).get('sichuan')!;
      expect(doc.entries.map((e) => e.entity.id)).toEqual(['branch-3', 'branch-1', 'branch-2']);
      expect(doc.entries[0]).toEqual({
        reminderId: 'branch-renewal-90d.branch.branch-3.2028-06-01',
        rule: 'branch-renewal-90d',
        entity: { kind: 'branch', id: 'branch-3' },
        dueOn: '2028-06-01',
        channels: ['wechat', 'sms'],
        sentOn: '2028-03-03',
      });
      expect(doc.entries[2].acknowledged).toEqual({ by: '张秘书', acknowledgedOn: '2028-03-02' });
      expect(unacknowledged(doc).map((e) => e.entity.id)).toEqual(['branch-3', 'branch-1']);
      expect(doc.totalSent).toBe(3);
    });

    it("shows the scheduler's details: who is reminded, which escalation, about what", () => {
      const entity = { kind: 'branch', id: 'rehab' };
      const reminderId = reminder.toReminderId('branch-renewal-escalation', entity, '2028-06-08');
      const data = {
        occurredOn: '2028-06-08',
        reminderId,
        rule: 'branch-renewal-escalation',
        entity,
        dueOn: '2028-06-01',
        channels: ['feed', 'webhook', 'email'],
        sentOn: '2028-06-08',
        audience: 'secretariat',
        escalation: 1,
        subject: '康复分会',
        scheduledFor: '2028-06-08T01:00:00.000Z',
        timeZone: 'Asia/Shanghai',
      };
      const doc = projectAll(projection, [projected('ReminderSent', data, 'sichuan', `reminder-sichuan.${reminderId}`, ++position)]).get(
        'sichuan',
      )!;
      expect(doc.entries[0]).toMatchObject({ audience: 'secretariat', escalation: 1, subject: '康复分会' });
    });

    it('keeps the latest 1,000 of 1,200 reminders; an acknowledgement of one fallen off is dropped', () => {
      const events = Array.from({ length: 1200 }, (_, n) => sent(n, addDays('2025-01-01', Math.floor(n / 3))));
      const doc: RemindersFeedDoc = projectAll(projection, [...events, ack(events[0], '2026-01-01'), ack(events[1199], '2026-01-01')]).get(
        'sichuan',
      )!;
      expect(doc.entries).toHaveLength(1000);
      expect(doc.totalSent).toBe(1200);
      expect(doc.entries[0].entity.id).toBe('branch-1199');
      expect(doc.entries[0].acknowledged).toEqual({ by: '秘书处', acknowledgedOn: '2026-01-01' });
      expect(doc.entries[999].entity.id).toBe('branch-200');
      expect(doc.entries.some((e) => e.entity.id === 'branch-0')).toBe(false);
      // an older reminder recorded late does not push out newer ones
      const late = projectAll(projection, [...events, sent(5000, '2024-12-31')]).get('sichuan')!;
      expect(late.entries.some((e) => e.entity.id === 'branch-5000')).toBe(false);
      expect(late.totalSent).toBe(1201);
    });

    it('is total: an acknowledgement of a reminder never sent changes nothing; a repeated send does not double', () => {
      const a = sent(1, '2028-03-03');
      const doc = projectAll(projection, [
        ack(sent(7, '2028-01-01'), '2028-01-02'),
        a,
        ack(a, '2028-03-04'),
        ack(a, '2028-03-09', '另一人'),
        a,
      ]).get('sichuan')!;
      expect(doc.entries).toHaveLength(1);
      expect(doc.entries[0].acknowledged).toEqual({ by: '秘书处', acknowledgedOn: '2028-03-04' });
      expect(doc.totalSent).toBe(1);
      expect(projection.keysOf({ ...a, metadata: { ...a.metadata, tenant: '' } })).toEqual([]);
      expect(() => remindersFeedProjectionKeeping(0)).toThrow(RangeError);
    });
  });
});
