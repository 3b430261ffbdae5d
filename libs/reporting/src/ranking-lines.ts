import type { ranking } from '@assocflow/domain';
import type { RankingLine } from '@assocflow/projections/yearly-summary';
import type { ReportSummary } from './report.types';

const inSection = (s: ReportSummary, section: ranking.RankingSection): RankingLine[] =>
  (s.rankings ?? []).filter((r) => r.section === section);

/** Where a rank holds, as a document names it: 全国, 四川, 全国中医药系统. */
const zhWhere = (scope: ranking.RankingScope): string => scope.area?.trim() || '全国';

/**
 * 在全国排名第39位、四川排第3位: the first rank says where with 在 … 排名 (排行 within a system, as
 * its 排行榜 is called: 在全国中医药系统排行第61位), the next ones 排第; how many were ranked follows its
 * rank (参评533家). Each rank as stated: ranks are never summed or compared.
 */
function zhRanks(results: readonly ranking.RankingResult[]): string {
  return results
    .map((r, i) => {
      const of = r.of !== undefined ? `（参评${r.of}家）` : '';
      if (i > 0) return `${zhWhere(r.scope)}排第${r.rank}位${of}`;
      return `在${zhWhere(r.scope)}${r.scope.level === 'system' ? '排行' : '排名'}第${r.rank}位${of}`;
    })
    .join('、');
}

/** 住培学员经中国医师协会能力测试，在全国排名第39位、四川排第3位。 One sentence per ranking, in the order recorded. */
export const zhRankingSentences = (s: ReportSummary, section: ranking.RankingSection): string[] =>
  inSection(s, section).map((r) => `${r.subject}经${r.assessedBy ?? ''}${r.assessment}，${zhRanks(r.results)}。`);

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const enWhere = (scope: ranking.RankingScope): string =>
  scope.level === 'national' ? (scope.area?.trim() ? `in ${scope.area.trim()}` : 'nationwide') : `in ${scope.area?.trim() ?? ''}`;

/** 住培学员 in 中国医师协会 能力测试: ranked 39th nationwide, 3rd in 四川. */
export const enRankingSentences = (s: ReportSummary, section: ranking.RankingSection): string[] =>
  inSection(s, section).map((r) => {
    const ranks = r.results.map((x) => `${ordinal(x.rank)}${x.of !== undefined ? ` of ${x.of}` : ''} ${enWhere(x.scope)}`).join(', ');
    return `${r.subject} in ${r.assessedBy ? `${r.assessedBy} ` : ''}${r.assessment}: ranked ${ranks}.`;
  });
