import { sichuan2023Summary } from './testing/sichuan-2023.fixture';
import { chineseReport } from './chinese-report';
import { englishReport } from './english-report';
import type { ReportSummary } from './report.types';

const base = sichuan2023Summary();
const summary: ReportSummary = {
  ...base,
  indicators: {
    ...base.indicators,
    'regulations.adopted': { value: 107, approximate: true },
    'regulations.revised': { value: 50, approximate: true },
  },
  regulationSets: [
    { mode: 'adopted', set: '应急管理制度', count: { value: 90, approximate: true } },
    { mode: 'adopted', set: '巡察整改制度', count: { value: 17, approximate: false } },
  ],
};

const text = (doc: ReturnType<typeof chineseReport>) => doc.sections.flatMap((s) => s.paragraphs).join('\n');

describe('regulations by named set in the report', () => {
  it('names each set after the total it is part of, the total unchanged (新制定制度107余项（其中…）)', () => {
    const zh = text(chineseReport(summary));
    expect(zh).toContain('新制定制度107余项（其中应急管理制度90余项、巡察整改制度17项），修订制度50余项。');
    expect(text(englishReport(summary))).toContain('Adopted 107+ regulations (among them 应急管理制度: 90+; 巡察整改制度: 17)');
  });

  it('says only the total when no record named a set', () => {
    const zh = text(chineseReport({ ...summary, regulationSets: undefined }));
    expect(zh).toContain('新制定制度107余项，修订制度50余项。');
    expect(zh).not.toContain('其中应急管理制度');
  });
});
