import { workplan } from '@assocflow/domain';
import { branchFigures, memberFigures } from './ledger';
import type { IndicatorValue, SummaryIndicators, SummaryLedger } from './summary.document';

/** Every indicator key of the public contract, in contract order. */
export const SUMMARY_INDICATOR_KEYS = workplan.SUMMARY_INDICATOR_KEYS;

/** A sum is approximate when any part of it is. */
export function addValues(a: IndicatorValue, b: IndicatorValue): IndicatorValue {
  return { value: a.value + b.value, approximate: a.approximate || b.approximate };
}

export function zeroIndicators(): SummaryIndicators {
  return Object.fromEntries(SUMMARY_INDICATOR_KEYS.map((k) => [k, { value: 0, approximate: false }])) as SummaryIndicators;
}

/**
 * The year's figures: the sum of every record's contribution, then the year-end figures of the
 * branches and members. Derived afresh from the ledger on every change, so a correction (which
 * replaces a contribution) and a retraction (which removes it) show at once.
 */
export function indicatorsOf(ledger: SummaryLedger, year: number): SummaryIndicators {
  const totals = zeroIndicators();
  for (const { contribution } of Object.values(ledger.records)) {
    for (const [key, part] of Object.entries(contribution) as [keyof SummaryIndicators, IndicatorValue][]) {
      totals[key] = addValues(totals[key], part);
    }
  }
  return { ...totals, ...branchFigures(ledger, year), ...memberFigures(ledger, year) };
}
