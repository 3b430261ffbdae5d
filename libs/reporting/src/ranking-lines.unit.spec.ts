import { sichuan2023Summary } from './testing/sichuan-2023.fixture';
import { chineseReport } from './chinese-report';
import { englishReport } from './english-report';
import { enRankingSentences, zhRankingSentences } from './ranking-lines';
import type { ReportSummary } from './report.types';

const summary: ReportSummary = {
  ...sichuan2023Summary(),
  rankings: [
    {
      rankingId: 'perf',
      subject: '医院',
      assessment: '三级公立中医医院综合绩效考核',
      section: 'self-building',
      results: [{ scope: { level: 'national' }, rank: 64, of: 533 }],
    },
    {
      rankingId: 'residents',
      subject: '住培学员',
      assessment: '能力测试',
      assessedBy: '中国医师协会',
      section: 'training',
      results: [
        { scope: { level: 'national' }, rank: 39 },
        { scope: { level: 'provincial', area: '四川' }, rank: 3 },
      ],
    },
    {
      rankingId: 'wechat',
      subject: '微信公众号',
      assessment: '大数据监测',
      assessedBy: '全国中医药新媒体联盟',
      section: 'publicity',
      results: [{ scope: { level: 'system', area: '全国中医药系统' }, rank: 61 }],
    },
  ],
};

describe('rankings in the report (排名)', () => {
  it('states each ranking of a section as the documents do: 在全国排名第39位、四川排第3位, 排行 within a system, how many were ranked after its rank', () => {
    expect(zhRankingSentences(summary, 'training')).toEqual(['住培学员经中国医师协会能力测试，在全国排名第39位、四川排第3位。']);
    expect(zhRankingSentences(summary, 'publicity')).toEqual(['微信公众号经全国中医药新媒体联盟大数据监测，在全国中医药系统排行第61位。']);
    expect(zhRankingSentences(summary, 'self-building')).toEqual(['医院经三级公立中医医院综合绩效考核，在全国排名第64位（参评533家）。']);
    expect(zhRankingSentences(summary, 'party')).toEqual([]);
    expect(enRankingSentences(summary, 'training')).toEqual(['住培学员 in 中国医师协会 能力测试: ranked 39th nationwide, 3rd in 四川.']);
    expect(enRankingSentences(summary, 'self-building')).toEqual(['医院 in 三级公立中医医院综合绩效考核: ranked 64th of 533 nationwide.']);
    expect(
      enRankingSentences(
        {
          ...summary,
          rankings: [
            {
              ...summary.rankings![2],
              results: [
                { scope: { level: 'system', area: 'X' }, rank: 11 },
                { scope: { level: 'municipal', area: 'Y' }, rank: 22 },
              ],
            },
          ],
        },
        'publicity',
      ),
    ).toEqual(['微信公众号 in 全国中医药新媒体联盟 大数据监测: ranked 11th in X, 22nd in Y.']);
  });

  it("says a ranking in the section it names, after the section's figures, in both reports", () => {
    const zh = chineseReport(summary).sections;
    const training = zh.find((s) => s.heading.endsWith('培训'))!;
    expect(training.paragraphs.indexOf('住培学员经中国医师协会能力测试，在全国排名第39位、四川排第3位。')).toBeGreaterThan(0);
    expect(zh.find((s) => s.heading.endsWith('宣传'))!.paragraphs).toContain(
      '微信公众号经全国中医药新媒体联盟大数据监测，在全国中医药系统排行第61位。',
    );
    expect(zh.find((s) => s.heading.endsWith('自身建设'))!.paragraphs.at(-1)).toBe(
      '医院经三级公立中医医院综合绩效考核，在全国排名第64位（参评533家）。',
    );
    const en = englishReport(summary).sections;
    expect(en.find((s) => s.heading.endsWith('Publicity'))!.paragraphs).toContain(
      '微信公众号 in 全国中医药新媒体联盟 大数据监测: ranked 61st in 全国中医药系统.',
    );
    expect(
      chineseReport({ ...summary, rankings: undefined })
        .sections.flatMap((s) => s.paragraphs)
        .join(''),
    ).not.toContain('排名');
  });
});
