import { reminder } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';
import type { ReminderFeedEntry, RemindersFeedDoc } from './reminders-feed.types';

/**
 * 提醒记录: the reminders sent to a tenant, newest first, with their acknowledgement. Only the
 * latest MAX_FEED_ENTRIES are kept; an acknowledgement of a reminder no longer in the feed is
 * dropped with it.
 */
export const REMINDERS_FEED_HANDLES = reminder.REMINDER_EVENT_TYPES;

export const MAX_FEED_ENTRIES = 1000;

type ReminderEventData = { [E in reminder.ReminderEvent as E['type']]: E['data'] };

/** Puts the entry before every entry sent the same day or earlier, and keeps the newest `max`. */
function insertNewestFirst(entries: ReminderFeedEntry[], entry: ReminderFeedEntry, max: number): ReminderFeedEntry[] {
  const at = entries.findIndex((e) => e.sentOn <= entry.sentOn);
  const index = at < 0 ? entries.length : at;
  if (index >= max) return entries;
  return [...entries.slice(0, index), entry, ...entries.slice(index, max - 1)];
}

function evolveFeed(doc: RemindersFeedDoc, event: ProjectedEvent, max: number): RemindersFeedDoc {
  switch (event.type) {
    case 'ReminderSent': {
      const e = event.data as unknown as ReminderEventData['ReminderSent'];
      if (typeof e.reminderId !== 'string') return doc;
      // The domain sends a reminder id once; a repeat replaces the entry rather than doubling it.
      const previous = doc.entries.find((x) => x.reminderId === e.reminderId);
      const rest = previous ? doc.entries.filter((x) => x !== previous) : doc.entries;
      const entry: ReminderFeedEntry = {
        reminderId: e.reminderId,
        rule: e.rule,
        entity: { kind: String(e.entity?.kind), id: String(e.entity?.id) },
        dueOn: e.dueOn,
        channels: [...(e.channels ?? [])],
        sentOn: e.sentOn ?? e.occurredOn,
        ...(e.audience !== undefined ? { audience: e.audience } : {}),
        ...(e.escalation !== undefined ? { escalation: e.escalation } : {}),
        ...(e.subject !== undefined ? { subject: e.subject } : {}),
        ...(Array.isArray(e.covers) ? { covers: e.covers } : {}),
        ...(previous?.acknowledged ? { acknowledged: previous.acknowledged } : {}),
      };
      return { ...doc, entries: insertNewestFirst(rest, entry, max), totalSent: doc.totalSent + (previous ? 0 : 1) };
    }
    case 'ReminderAcknowledged': {
      const e = event.data as unknown as ReminderEventData['ReminderAcknowledged'];
      const index = doc.entries.findIndex((x) => x.reminderId === e.reminderId);
      // Never sent here, or fallen off the feed: nothing to mark. Acknowledged once: the first stands.
      if (index < 0 || doc.entries[index].acknowledged) return doc;
      const entries = [...doc.entries];
      entries[index] = { ...entries[index], acknowledged: { by: e.by, acknowledgedOn: e.acknowledgedOn ?? e.occurredOn } };
      return { ...doc, entries };
    }
    default:
      return doc;
  }
}

/** The feed keeping the latest `max` reminders (tests use a small cap to exercise the eviction). */
export function remindersFeedProjectionKeeping(max: number): Projection<RemindersFeedDoc> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`the feed keeps at least one reminder, got ${max}`);
  return {
    name: 'reminders-feed',
    version: 3,
    handles: REMINDERS_FEED_HANDLES,
    keysOf: (event) =>
      event.metadata?.tenant && (REMINDERS_FEED_HANDLES as readonly string[]).includes(event.type) ? [event.metadata.tenant] : [],
    initial: (key) => ({ tenant: key, entries: [], totalSent: 0 }),
    evolve: (doc, event) => evolveFeed(doc, event, max),
  };
}

export const remindersFeedProjection: Projection<RemindersFeedDoc> = remindersFeedProjectionKeeping(MAX_FEED_ENTRIES);

/** The reminders in the feed not yet acknowledged, newest first. */
export function unacknowledged(doc: RemindersFeedDoc): ReminderFeedEntry[] {
  return doc.entries.filter((e) => !e.acknowledged);
}
