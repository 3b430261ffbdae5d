import { statedCount } from '@assocflow/domain';
import type { IndicatorValue, SummaryIndicatorKey } from '@assocflow/projections/yearly-summary';
import type { ReportSummary } from './report.types';

/** A figure worth printing: recorded and above zero. */
export function recorded(summary: ReportSummary, key: SummaryIndicatorKey): IndicatorValue | undefined {
  const figure = summary.indicators[key];
  return figure && figure.value > 0 ? figure : undefined;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (section numbers, up to 99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Up to `decimals` decimals, trailing zeros trimmed: 56.80 -> 56.8, 3.00 -> 3. */
export function trimmedDecimal(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** As the documents write a count: 30300余 for a lower bound, 54 for an exact figure. */
export function zhCount(figure: IndicatorValue): string {
  return statedCount(figure);
}

/** People as the documents count them: 30300余人次, 近300人 (persons when every part counted persons). */
export function zhPeople(figure: IndicatorValue): string {
  return `${zhCount(figure)}${figure.unit ?? '人次'}`;
}

/** Yuan in 万元, up to 2 decimals: 568000 -> 56.8万元; a lower bound 56.8万余元. */
export function zhWanYuan(figure: IndicatorValue): string {
  return `${trimmedDecimal(figure.value / 10_000)}万${figure.approximate ? '余' : ''}元`;
}

/** 2022-12-20 -> 2022年12月20日. */
export function zhDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Thousands separated, + for a lower bound: 30,300+; nearly 300, about 630 as the source said. */
export function enCount(figure: IndicatorValue): string {
  const n = figure.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (!figure.approximate) return n;
  return figure.marker === '近' ? `nearly ${n}` : figure.marker === '约' ? `about ${n}` : `${n}+`;
}

/** CNY 568,000; a lower bound CNY 568,000+. */
export function enYuan(figure: IndicatorValue): string {
  return `CNY ${enCount(figure)}`;
}

/** 1 session, 2 sessions. */
export function plural(figure: IndicatorValue, one: string, many: string = `${one}s`): string {
  return figure.value === 1 && !figure.approximate ? one : many;
}
