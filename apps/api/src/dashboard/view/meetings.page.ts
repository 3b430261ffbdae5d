import { meeting } from '@assocflow/domain';
import type { MeetingEntry, MeetingRegisterDoc } from '@assocflow/projections/registers';
import { upcomingMeetings } from '@assocflow/projections/registers';
import type { SummaryIndicators } from '@assocflow/projections/yearly-summary';
import { statusWord, t, type DashboardLanguage } from './i18n';
import { badge, h, section, table } from './layout';

/**
 * 四届五次理事会 for a meeting held; for one still to come, the ordinal it will take if held next
 * in its term (marked 拟), since ordinals are given when meetings are held.
 */
function ordinalOf(lang: DashboardLanguage, doc: MeetingRegisterDoc, m: MeetingEntry, expectedOrdinals: Map<string, number>): string {
  if (m.label) return m.label;
  const expected = expectedOrdinals.get(m.key);
  if (expected === undefined) return m.title ?? m.meetingId;
  const label = meeting.meetingOrdinalLabel(m.term, expected, m.body);
  return lang === 'zh' ? `${label}（${t(lang, 'nextOrdinal')}）` : `${label} (${t(lang, 'nextOrdinal')})`;
}

/**
 * Meetings scheduled and not yet held (to come, or past their date), numbered by date as they
 * would be if held on their day: after the meetings of their series held on or before it and
 * the scheduled ones before it (ordinals are by date, whatever the order meetings are recorded in).
 */
function expectedOrdinals(doc: MeetingRegisterDoc): Map<string, number> {
  const meetings = Object.values(doc.meetings);
  const scheduledBefore = new Map<string, number>();
  const expected = new Map<string, number>();
  const scheduled = meetings
    .filter((m) => m.status === 'scheduled' && m.scheduledOn !== undefined)
    .sort((a, b) => a.scheduledOn!.localeCompare(b.scheduledOn!) || a.key.localeCompare(b.key));
  for (const m of scheduled) {
    const heldLater = meetings.filter(
      (h) => h.seriesId === m.seriesId && h.status === 'held' && h.heldOn !== undefined && h.heldOn > m.scheduledOn!,
    ).length;
    const before = scheduledBefore.get(m.seriesId) ?? 0;
    expected.set(m.key, (doc.series[m.seriesId]?.lastOrdinal ?? 0) - heldLater + before + 1);
    scheduledBefore.set(m.seriesId, before + 1);
  }
  return expected;
}

export function upcomingMeetingsTable(lang: DashboardLanguage, doc: MeetingRegisterDoc | undefined, today: string): string {
  const upcoming = doc ? upcomingMeetings(doc, today) : [];
  if (!doc || upcoming.length === 0) return `<p>${h(t(lang, 'noUpcoming'))}</p>`;
  const ordinals = expectedOrdinals(doc);
  const rows = upcoming.map((m) => [
    h(ordinalOf(lang, doc, m, ordinals)),
    h(m.title ?? ''),
    `<time datetime="${h(m.scheduledOn!)}">${h(m.scheduledOn!)}</time>`,
    m.noticeSentOn ? badge('notice-sent', `${t(lang, 'noticeSent')} ${m.noticeSentOn}`) : badge('no-notice', t(lang, 'noticeNotSent')),
  ]);
  return table(
    t(lang, 'upcomingMeetings'),
    [t(lang, 'meeting'), lang === 'zh' ? '议题' : 'Title', t(lang, 'date'), t(lang, 'notice')],
    rows,
    { id: 'upcoming-table' },
  );
}

const MEETING_TOTALS: [keyof SummaryIndicators, string, string][] = [
  ['meetings.generalAssembly', '会员代表大会', 'general assemblies'],
  ['meetings.council', '理事会', 'council meetings'],
  ['meetings.standingCouncil', '常务理事会', 'standing council meetings'],
  ['meetings.presidentOffice', '会长办公会', "president's office meetings"],
];

/** The year's meetings as the summary counts them: held ones and totals a source gives only as totals (会长办公会3次). */
function yearTotals(lang: DashboardLanguage, indicators: SummaryIndicators | undefined): string {
  const parts = MEETING_TOTALS.flatMap(([key, zh, en]) => {
    const figure = indicators?.[key];
    if (!figure || figure.value === 0) return [];
    const approx = figure.approximate ? (lang === 'zh' ? '余' : '+') : '';
    return [lang === 'zh' ? `${zh}${figure.value}${approx}次` : `${figure.value}${approx} ${en}`];
  });
  if (!parts.length) return '';
  return `<p data-meeting-totals>${h(lang === 'zh' ? `全年召开：${parts.join('、')}。` : `Held in the year: ${parts.join(', ')}.`)}</p>`;
}

/** The meetings held, scheduled or cancelled in the year, by date, and those still to come. */
export function meetingsBody(
  lang: DashboardLanguage,
  doc: MeetingRegisterDoc | undefined,
  year: number,
  today: string,
  indicators?: SummaryIndicators,
): string {
  const inYear = Object.values(doc?.meetings ?? {})
    .filter((m) => (m.heldOn ?? m.scheduledOn ?? '').startsWith(`${year}-`))
    .sort((a, b) => (a.heldOn ?? a.scheduledOn ?? '').localeCompare(b.heldOn ?? b.scheduledOn ?? '') || a.key.localeCompare(b.key));
  const ordinals = doc ? expectedOrdinals(doc) : new Map<string, number>();
  const rows = inYear.map((m) => [
    h(doc ? ordinalOf(lang, doc, m, ordinals) : m.meetingId),
    h(m.title ?? ''),
    h(m.heldOn ?? m.scheduledOn ?? ''),
    badge(m.status, statusWord(lang, m.status)),
    m.status === 'held'
      ? badge(m.minutesRecorded ? 'minutes' : 'no-minutes', t(lang, m.minutesRecorded ? 'minutesRecorded' : 'minutesMissing'))
      : '',
  ]);
  const totals = yearTotals(lang, indicators);
  return [
    section('upcoming', t(lang, 'upcomingMeetings'), upcomingMeetingsTable(lang, doc, today)),
    section(
      'year-meetings',
      t(lang, 'meetingsOfYear'),
      totals +
        (rows.length
          ? table(
              `${t(lang, 'meetingsOfYear')}（${rows.length}）`,
              [t(lang, 'meeting'), lang === 'zh' ? '议题' : 'Title', t(lang, 'date'), t(lang, 'status'), t(lang, 'minutes')],
              rows,
              { id: 'meetings-table' },
            )
          : `<p>${h(t(lang, totals ? 'meetingsOnlyTotals' : 'noMeetings'))}</p>`),
    ),
  ].join('\n');
}
