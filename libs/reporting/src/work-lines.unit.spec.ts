import { sichuan2023Summary } from './testing/sichuan-2023.fixture';
import { chineseReport } from './chinese-report';
import { enWorkSentence, zhWorkSentence } from './work-lines';
import type { ReportSummary } from './report.types';

const base = sichuan2023Summary();
const summary: ReportSummary = {
  ...base,
  indicators: {
    ...base.indicators,
    'work.emergencyDrills': { value: 80, approximate: true },
    'work.vehiclesScreened': { value: 23000, approximate: false },
    'work.documentsHandled': { value: 193, approximate: false },
    'work.lettersSent': { value: 45, approximate: false },
    'work.talksHeld': { value: 30, approximate: true, marker: '多' },
  },
  work: [
    { recordId: 'drills', measure: 'emergencyDrills', count: { value: 80, approximate: true }, title: '院科两级应急演练' },
    { recordId: 'cars', measure: 'vehiclesScreened', count: { value: 23000, approximate: false, wan: true } },
    { recordId: 'docs', measure: 'documentsHandled', count: { value: 193, approximate: false } },
    { recordId: 'letters', measure: 'lettersSent', count: { value: 45, approximate: false } },
    { recordId: 'talks', measure: 'talksHeld', count: { value: 30, approximate: true, marker: '多' } },
  ],
};

describe('work records in the report (工作记录)', () => {
  it('states each measure of a section as its records sum, in 万 and with 多 as stated, naming the titled records', () => {
    expect(zhWorkSentence(summary, 'emergency')).toBe('开展应急演练80余次（其中院科两级应急演练80余次），检测点排查车辆2.3万台次。');
    expect(zhWorkSentence(summary, 'self-building')).toBe('收发处理各类文件193件，发出各类函件45件。');
    expect(zhWorkSentence(summary, 'publicity')).toBe('开展宣讲报告会30多场次。');
    expect(zhWorkSentence(summary, 'training')).toBeUndefined();
    expect(enWorkSentence(summary, 'emergency')).toBe(
      'Emergency drills held: 80+ (among them 院科两级应急演练: 80+); vehicles screened at checkpoints: 23,000.',
    );
  });

  it('gives the emergency section its own heading, after 自身建设', () => {
    const headings = chineseReport(summary).sections.map((s) => s.heading.replace(/^.+、/, ''));
    expect(headings.indexOf('应急与疫情防控')).toBe(headings.indexOf('自身建设') + 1);
  });
});
