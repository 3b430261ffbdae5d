import type { organization } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import { yearOfDate } from './dates';
import type { RegulationSetLine, SummaryLedger } from './summary.document';

/**
 * The year's regulations by named set (各类应急制度90余项, 巡察整改制度17项), adopted apart from
 * revised: a set's records sum like the total they are part of (余 kept). The total itself
 * (regulations.adopted) still counts every record, in a set or not.
 */
export function withRegulationSet(ledger: SummaryLedger, event: ProjectedEvent, year: number): SummaryLedger {
  if (event.type !== 'RegulationAdopted') return ledger;
  const d = event.data as unknown as organization.RegulationAdopted['data'];
  if (d.set === undefined || yearOfDate(d.occurredOn) !== year) return ledger;
  const key = `${d.mode}:${d.set}`;
  const before = ledger.regulationSets?.[key];
  const line: RegulationSetLine = {
    mode: d.mode,
    set: d.set,
    count: { value: (before?.count.value ?? 0) + d.count, approximate: (before?.count.approximate ?? false) || d.approximate === true },
  };
  return { ...ledger, regulationSets: { ...(ledger.regulationSets ?? {}), [key]: line } };
}
