import type { RemindersFeedDoc } from '@assocflow/projections/registers';
import { t, type DashboardLanguage } from './i18n';
import { badge, h, table } from './layout';

/** The reminders sent, newest first: what they were about, when due, whether acknowledged. */
export function remindersTable(lang: DashboardLanguage, feed: RemindersFeedDoc | undefined, limit?: number): string {
  const entries = feed?.entries ?? [];
  if (entries.length === 0) return `<p>${h(t(lang, 'noReminders'))}</p>`;
  const shown = limit === undefined ? entries : entries.slice(0, limit);
  const rows = shown.map((r) => [
    `<time datetime="${h(r.sentOn)}">${h(r.sentOn)}</time>`,
    h(r.subject ?? `${r.rule} · ${r.entity.kind} ${r.entity.id}`),
    `<time datetime="${h(r.dueOn)}">${h(r.dueOn)}</time>`,
    h(r.channels.join(', ')),
    r.acknowledged
      ? badge('acknowledged', `${t(lang, 'acknowledged')} ${r.acknowledged.acknowledgedOn}`)
      : badge('unacknowledged', t(lang, 'notAcknowledged')),
  ]);
  const caption = `${t(lang, 'reminders')}（${t(lang, 'totalSent')} ${feed!.totalSent}）`;
  return table(
    caption,
    [t(lang, 'sentOn'), t(lang, 'subject'), t(lang, 'dueOn'), lang === 'zh' ? '渠道' : 'Channels', t(lang, 'acknowledged')],
    rows,
    { id: 'reminders-table' },
  );
}
