import type { organization } from '@assocflow/domain';
import { enCount, zhCount } from './figures';
import type { ReportSummary } from './report.types';

const setsOf = (s: ReportSummary, mode: organization.RegulationMode) => (s.regulationSets ?? []).filter((r) => r.mode === mode);

/**
 * The named sets after the year's total they are part of: 新制定制度107余项（其中应急管理制度90余项、
 * 巡察整改制度17项）. Empty when no record of the mode named a set.
 */
export function zhRegulationSets(s: ReportSummary, mode: organization.RegulationMode): string {
  const sets = setsOf(s, mode).map((r) => `${r.set}${zhCount(r.count)}项`);
  return sets.length ? `（其中${sets.join('、')}）` : '';
}

export function enRegulationSets(s: ReportSummary, mode: organization.RegulationMode): string {
  const sets = setsOf(s, mode).map((r) => `${r.set}: ${enCount(r.count)}`);
  return sets.length ? ` (among them ${sets.join('; ')})` : '';
}
