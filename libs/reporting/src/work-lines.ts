import { statedCount, work } from '@assocflow/domain';
import type { IndicatorValue, WorkLine } from '@assocflow/projections/yearly-summary';
import { enCount, recorded } from './figures';
import type { ReportSummary } from './report.types';

/** The section's measures with a figure this year, in catalogue order, with their records. */
function measuresOf(
  s: ReportSummary,
  section: work.WorkSection,
): { measure: work.WorkMeasure; total: IndicatorValue; lines: WorkLine[] }[] {
  return work.WORK_MEASURE_KEYS.filter((m) => work.WORK_MEASURES[m].section === section).flatMap((measure) => {
    const total = recorded(s, work.workIndicatorKey(measure));
    return total ? [{ measure, total, lines: (s.work ?? []).filter((l) => l.measure === measure) }] : [];
  });
}

/** In 万 when every record of the measure was stated so (2.3万台次). */
const inWan = (lines: WorkLine[]) => lines.length > 0 && lines.every((l) => l.count.wan === true);

/**
 * 收发处理各类文件193件，发出各类函件45件；开展应急演练80余次（其中院科两级应急演练80余次）: each measure
 * of the section as its records sum, naming the titled records after it.
 */
export function zhWorkSentence(s: ReportSummary, section: work.WorkSection): string | undefined {
  const parts = measuresOf(s, section).map(({ measure, total, lines }) => {
    const def = work.WORK_MEASURES[measure];
    const titled = lines.filter((l) => l.title).map((l) => `${l.title}${statedCount(l.count)}${def.unit}`);
    return `${def.zh}${statedCount({ ...total, wan: inWan(lines) })}${def.unit}${titled.length ? `（其中${titled.join('、')}）` : ''}`;
  });
  return parts.length ? `${parts.join('，')}。` : undefined;
}

export function enWorkSentence(s: ReportSummary, section: work.WorkSection): string | undefined {
  const parts = measuresOf(s, section).map(({ measure, total, lines }) => {
    const def = work.WORK_MEASURES[measure];
    const titled = lines.filter((l) => l.title).map((l) => `${l.title}: ${enCount(l.count)}`);
    return `${def.en}: ${enCount(total)}${titled.length ? ` (among them ${titled.join('; ')})` : ''}`;
  });
  if (!parts.length) return undefined;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
