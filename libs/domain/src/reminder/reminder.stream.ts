import type { IsoDate } from '../shared/values';
import type { ReminderEntity } from './reminder.events';

const part = (value: string) => value.replace(/[:\s]/g, '_');

/**
 * The same rule, entity and reference date always give the same id, so a scheduler that fires
 * twice sends once. `branch-renewal-90d.branch.rehab.2028-06-01`; no colons (it is also a job id).
 */
export const toReminderId = (rule: string, entity: ReminderEntity, referenceDate: IsoDate): string =>
  [rule, entity.kind, entity.id, referenceDate].map(part).join('.');

/** `reminder-<tenant>.<reminderId>`: the category precedes the first dash, as EventStoreDB expects. */
export const toReminderStreamId = (tenant: string, reminderId: string): string => `reminder-${tenant}.${reminderId}`;
