import { workplan } from '@assocflow/domain';
import { branchFigures, memberFigures } from './ledger';
import { contribute } from './contributions';
import type { IndicatorValue, SummaryIndicatorKey, SummaryIndicators, SummaryLedger, SummaryRecord } from './summary.document';

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
 * Adds (sign 1) or takes away (sign -1) what a record adds to the year from the running totals:
 * a correction takes the record before it away and adds the record after it, a retraction takes
 * the record away.
 */
export function applyContribution(ledger: SummaryLedger, record: SummaryRecord, year: number, sign: 1 | -1): void {
  const totals = ledger.totals;
  contribute(record, year, (key, value, approximate) => {
    const total = (totals[key] ??= { value: 0, approximateParts: 0 });
    total.value += sign * value;
    if (approximate) total.approximateParts += sign;
  });
}

/**
 * The year's figures: the running totals of the records' contributions, then the year-end
 * figures of the branches and members.
 */
export function indicatorsOf(ledger: SummaryLedger, year: number): SummaryIndicators {
  const totals = zeroIndicators();
  for (const key in ledger.totals) {
    const total = ledger.totals[key as SummaryIndicatorKey]!;
    totals[key as SummaryIndicatorKey] = { value: total.value, approximate: total.approximateParts > 0 };
  }
  return { ...totals, ...branchFigures(ledger, year), ...memberFigures(ledger, year) };
}
