import { workplan, type CountMarker } from '@assocflow/domain';
import { branchFigures, memberFigures } from './ledger';
import { contribute } from './contributions';
import type {
  IndicatorValue,
  RunningTotal,
  SummaryIndicatorKey,
  SummaryIndicators,
  SummaryLedger,
  SummaryRecord,
} from './summary.document';

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
  contribute(record, year, (key, value, approximate, form) => {
    const total = (totals[key] ??= { value: 0, approximateParts: 0 });
    total.value += sign * value;
    total.parts = (total.parts ?? 0) + sign;
    if (form?.unit === '人') total.persons = (total.persons ?? 0) + sign;
    if (approximate) {
      total.approximateParts += sign;
      const marker = form?.marker ?? '余';
      const markers = (total.markers ??= {});
      markers[marker] = (markers[marker] ?? 0) + sign;
    }
  });
}

const LOWER_BOUNDS: readonly CountMarker[] = ['余', '逾', '多'];

/**
 * The form of a sum: 余 (left unsaid) when its inexact parts are all lower bounds but of
 * different words; the one word they share otherwise; 约 when 近 (at most) meets a lower bound
 * or 约. 人 when every part counted persons.
 */
export function formOfTotal(total: RunningTotal): Pick<IndicatorValue, 'marker' | 'unit'> {
  const form: Pick<IndicatorValue, 'marker' | 'unit'> = {};
  if (total.approximateParts > 0 && total.markers) {
    const used = (Object.keys(total.markers) as CountMarker[]).filter((m) => (total.markers![m] ?? 0) > 0);
    if (used.length === 1 && used[0] !== '余') form.marker = used[0];
    else if (used.length > 1 && !used.every((m) => LOWER_BOUNDS.includes(m))) form.marker = '约';
  }
  if ((total.parts ?? 0) > 0 && total.persons === total.parts) form.unit = '人';
  return form;
}

/**
 * The year's figures: the running totals of the records' contributions, then the year-end
 * figures of the branches and members.
 */
export function indicatorsOf(ledger: SummaryLedger, year: number): SummaryIndicators {
  const totals = zeroIndicators();
  for (const key in ledger.totals) {
    const total = ledger.totals[key as SummaryIndicatorKey]!;
    totals[key as SummaryIndicatorKey] = { value: total.value, approximate: total.approximateParts > 0, ...formOfTotal(total) };
  }
  return { ...totals, ...branchFigures(ledger, year), ...memberFigures(ledger, year) };
}
