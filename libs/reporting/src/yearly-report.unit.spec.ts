import { sichuan2023Summary } from './testing/sichuan-2023.fixture';
import {
  chineseReport,
  englishReport,
  escapeHtml,
  escapeMarkdownLine,
  renderYearlyReport,
  toHtml,
  toMarkdown,
  type ReportSummary,
} from './index';
import { chineseNumeral, trimmedDecimal, zhWanYuan } from './figures';

const summary = sichuan2023Summary();

describe('the Chinese report of a recorded year', () => {
  const zh = chineseReport(summary, { organizationName: '四川省医院协会' });
  const text = (heading: string) => zh.sections.find((s) => s.heading.endsWith(`、${heading}`))?.paragraphs.join('');

  it("numbers only the sections that have figures, in the documents' order, plan versus actual last", () => {
    expect(zh.title).toBe('四川省医院协会 2023年度工作总结');
    expect(zh.sections.map((s) => s.heading)).toEqual([
      '一、学术活动',
      '二、培训',
      '三、公益',
      '四、科研资助',
      '五、宣传',
      '六、自身建设',
      '七、年度工作计划完成情况',
    ]);
  });

  it('states the figures as the summaries write them: 场, 人次, 余 for lower bounds, 万元', () => {
    expect(text('学术活动')).toBe('举办学术活动54场（其中线上18场），参加人员30300余人次。');
    expect(text('培训')).toBe('举办培训20场次，培训18312人次。');
    expect(text('公益')).toBe('开展公益、义诊活动1场，服务群众400余人次。');
    expect(text('科研资助')).toBe('资助课题51项，资助经费56.8万元。');
    expect(text('宣传')).toBe('发布推文、信息245条。');
    expect(zh.notes).toEqual(['注：数字后带“余”者为下限（“30300余人次”即30300人次以上）。']);
  });

  it('names the new branches in founding order', () => {
    const self = zh.sections.find((s) => s.heading === '六、自身建设')!.paragraphs;
    expect(self).toEqual([
      '召开理事会1次。',
      '新成立分支机构4个：医疗康复管理分会、门诊管理分会、信息化建设分会、医学装备管理分会。',
      '年末共有分支机构4个。',
    ]);
  });

  it('keeps every planned target in the plan versus actual, the ones not met included', () => {
    const plan = zh.sections.at(-1)!;
    expect(plan.paragraphs).toEqual([
      '对照2023年度工作计划（川医协发〔2023〕32号，2023年1月16日通过），计划目标4项：完成1项，部分完成2项，未完成1项；另有计划外完成2项。',
    ]);
    expect(plan.table).toEqual({
      columns: ['目标', '计划', '完成', '完成情况'],
      rows: [
        [
          '新成立分支机构',
          '医疗康复管理分会、门诊管理分会、药事管理分会',
          '已成立：医疗康复管理分会、门诊管理分会；未成立：药事管理分会',
          '部分完成',
        ],
        ['举办学术活动', '50场', '54场', '已完成'],
        ['举办培训', '25场', '20场', '部分完成'],
        ['发布团体标准', '1项', '0项', '未完成'],
        ['信息化建设分会', '—', '已成立：信息化建设分会', '计划外完成'],
        ['医学装备管理分会', '—', '已成立：医学装备管理分会', '计划外完成'],
      ],
    });
  });
});

describe('the English report of a recorded year', () => {
  const en = englishReport(summary);
  const text = (title: string) => en.sections.find((s) => s.heading.endsWith(`. ${title}`))?.paragraphs.join(' ');

  it('says the same in plain English, with thousands separated and + for lower bounds', () => {
    expect(en.title).toBe('sichuan: 2023 Annual Work Summary');
    expect(en.sections.map((s) => s.heading)).toEqual([
      '1. Academic activities',
      '2. Training',
      '3. Public welfare',
      '4. Research grants',
      '5. Publicity',
      '6. Organizational self-building',
      '7. Work plan versus actual',
    ]);
    expect(text('Academic activities')).toBe('Held 54 academic sessions (18 online), with 30,300+ participants.');
    expect(text('Training')).toBe('Held 20 training sessions, with 18,312 participants.');
    expect(text('Research grants')).toBe('Awarded 51 research grants, CNY 568,000 in total.');
    expect(text('Organizational self-building')).toBe(
      'Held 1 council meeting. Founded 4 new branches: 医疗康复管理分会, 门诊管理分会, 信息化建设分会, 医学装备管理分会. 4 active branches at year end.',
    );
    const plan = en.sections.at(-1)!;
    expect(plan.paragraphs).toEqual([
      'Against the 2023 work plan (川医协发〔2023〕32号, adopted 2023-01-16): 4 targets, 1 met, 2 partly met and 1 not met; 2 unplanned achievements.',
    ]);
    expect(plan.table!.rows[1]).toEqual(['举办学术活动', '50 academic sessions', '54 academic sessions', 'Met']);
    expect(plan.table!.rows[3]).toEqual(['发布团体标准', '1 standard', '0 standards', 'Not met']);
    expect(plan.table!.rows[0][2]).toBe('founded: 医疗康复管理分会, 门诊管理分会; not founded: 药事管理分会');
  });
});

describe('every section, when everything is recorded', () => {
  const full: ReportSummary = {
    ...summary,
    indicators: {
      ...Object.fromEntries(Object.keys(summary.indicators).map((k) => [k, { value: 7, approximate: false }])),
      'party.groupsFormed': { value: 5, approximate: true },
      'party.branchesWithGroup': { value: 23, approximate: false },
      'branches.active': { value: 24, approximate: false },
      'grants.amountYuan': { value: 1_234_567, approximate: false },
      'grants.externalAmountYuan': { value: 200_000, approximate: false },
      'members.active': { value: 1500, approximate: true },
    } as ReportSummary['indicators'],
    custom: { 'custom.outpatientVisits': { label: '门诊人次', unit: '人次', value: 1234567, approximate: false } },
  };

  it("gives 党建, 学术活动, 培训, 竞赛, 公益, 交流合作, 调研与标准, 科研资助, 宣传, 自身建设, the organization's own figures, then the plan", () => {
    const zh = chineseReport(full);
    expect(zh.sections.map((s) => s.heading)).toEqual([
      '一、党建',
      '二、学术活动',
      '三、培训',
      '四、竞赛',
      '五、公益',
      '六、交流合作',
      '七、调研与标准',
      '八、科研资助',
      '九、宣传',
      '十、自身建设',
      '十一、应急与疫情防控',
      '十二、其他工作',
      '十三、年度工作计划完成情况',
    ]);
    expect(zh.sections.map((s) => [s.heading, ...s.paragraphs].join('\n')).join('\n\n')).toBe(FULL_ZH);
    expect(zh.sections[11].paragraphs).toEqual(['门诊人次1234567人次。']);
    const en = englishReport(full);
    expect(en.sections.map((s) => s.heading.replace(/^\d+\. /, ''))).toEqual([
      'Party building',
      'Academic activities',
      'Training',
      'Competitions',
      'Public welfare',
      'Exchange and cooperation',
      'Research and standards',
      'Research grants',
      'Publicity',
      'Organizational self-building',
      'Emergency and epidemic response',
      'Other figures',
      'Work plan versus actual',
    ]);
    expect(en.sections.map((s) => [s.heading, ...s.paragraphs].join('\n')).join('\n\n')).toBe(FULL_EN);
    expect(en.sections[11].paragraphs).toEqual(['门诊人次 (outpatientVisits): 1,234,567 人次.']);
  });

  it('leaves out a figure of zero and a section with none', () => {
    const empty: ReportSummary = {
      ...summary,
      indicators: Object.fromEntries(
        Object.keys(summary.indicators).map((k) => [k, { value: 0, approximate: false }]),
      ) as ReportSummary['indicators'],
      custom: {},
      planVsActual: undefined,
      branchesFounded: [],
    };
    expect(chineseReport(empty).sections).toEqual([]);
    expect(chineseReport(empty).notes).toEqual([]);
    // A document of an older projection version, without branch names: the count alone.
    const unnamed: ReportSummary = { ...summary, branchesFounded: undefined };
    expect(chineseReport(unnamed).sections.find((s) => s.heading.endsWith('自身建设'))!.paragraphs).toContain('新成立分支机构4个。');
  });
});

const FULL_ZH = `一、党建
新成立党建工作小组5余个。
协会24个分支机构已建立23个党建工作小组。
新建党总支、党支部7个（其中党总支7个、党支部7个）。
开展政治理论学习7次。

二、学术活动
举办学术活动7场（其中线上7场），参加人员7人次。

三、培训
举办培训7场次，培训7人次。
举办继续教育学分项目7项。
7人次通过考核。
受委托完成考试、考核7名。

四、竞赛
举办竞赛、评选7项，参赛7人次。

五、公益
开展公益、义诊活动7场，服务群众7人次。
发放健康教育资料7份，捐赠急救设备7台，发布招聘信息涉及专业7个，发布招聘岗位7个，发布招聘数量7个。

六、交流合作
开展交流考察、座谈7次，参加7人次。
新组建联盟7个，成员单位7家。

七、调研与标准
形成调研报告、标准、著作等7项（其中调研报告7篇，标准7项）。
向政府部门报送报告7份。

八、科研资助
资助课题7项（其中青年项目7项），资助经费123.46万元。
获外部立项7项，获外部资助经费20万元。
资助课题结题7项。

九、宣传
编印期刊、会讯7期，共7册。
发布推文、信息7条。
开展宣讲报告会7场次。

十、自身建设
召开会员代表大会7次、理事会7次、常务理事会7次、会长办公会7次、分支机构委员会会议7次。
新制定制度7项，修订制度7项。
新成立分支机构7个：医疗康复管理分会、门诊管理分会、信息化建设分会、医学装备管理分会。
筹备成立分支机构7个，分支机构新设学组7个。
完成换届7个，年末共有分支机构24个，逾期未换届7个。
新发展会员7个，年末共有会员1500余个。
获得荣誉7项，职工受到表彰7人次，会员单位7个项目获奖。
评选表彰先进单位和个人7个（人次）。
收发处理各类文件7件，发出各类函件7件，签订合作协议7件，参与上级主管部门组织的专题会议、调研活动7次，参加上级党组织的党建培训及党建活动7次，开展提升工作人员能力学习班7次。

十一、应急与疫情防控
开展应急演练7次，派出医疗队队员7人，检测点排查车辆7台次，检测点排查旅客7人次，开展院外会诊、密切接触病例排查7人次，为外院收治的新冠肺炎患者提供中医中药服务7名。

十二、其他工作
门诊人次1234567人次。

十三、年度工作计划完成情况
对照2023年度工作计划（川医协发〔2023〕32号，2023年1月16日通过），计划目标4项：完成1项，部分完成2项，未完成1项；另有计划外完成2项。`;
const FULL_EN = `1. Party building
5+ party working groups formed.
23 of the 24 branches have a party working group.
7 party units (general branch or branch) founded: 7 general branches and 7 branches.
7 political study sessions held.

2. Academic activities
Held 7 academic sessions (7 online), with 7 participants.

3. Training
Held 7 training sessions, with 7 participants.
Held 7 continuing medical education (CME) credit projects.
7 participants passed an assessment.
Candidates examined or assessed on an authority's behalf: 7.

4. Competitions
Held 7 competitions and case selections, with 7 participants.

5. Public welfare
Held 7 public-welfare activities, serving 7 people.
Health-education materials handed out: 7; emergency equipment donated: 7; specialties covered by the jobs posted: 7; positions posted: 7; openings posted: 7.

6. Exchange and cooperation
Held 7 exchange visits, with 7 participants.
Founded 7 alliances, with 7 member institutions.

7. Research and standards
Issued 7 reports, standards and books (7 survey reports, 7 standards).
Submitted 7 reports to government bodies.

8. Research grants
Awarded 7 research grants (7 youth grants), CNY 1,234,567 in total.
Won 7 projects from outside funders, CNY 200,000 in external funding.
7 grants concluded.

9. Publicity
Published 7 journal and newsletter issues, 7 printed copies.
Published 7 posts online.
Talks and report meetings held: 7.

10. Organizational self-building
Held 7 general assemblies, 7 council meetings, 7 standing council meetings, 7 president's office meetings and 7 branch committee meetings.
Adopted 7 regulations; revised 7 regulations.
Founded 7 new branches: 医疗康复管理分会, 门诊管理分会, 信息化建设分会, 医学装备管理分会.
Began preparing 7 branches, set up 7 sub-groups under branches.
Renewed 7 branch terms; 24 active branches at year end; 7 branches overdue for renewal.
7 new members joined; 1,500+ members at year end.
Received 7 honors, staff were honored 7 times, 7 member projects won awards.
Honored 7 members and persons.
Documents received and processed: 7; letters sent: 7; cooperation agreements signed: 7; meetings and surveys of the supervising authorities taken part in: 7; party trainings and activities of superior party bodies attended: 7; staff capability classes held: 7.

11. Emergency and epidemic response
Emergency drills held: 7; medical staff deployed with a medical team: 7; vehicles screened at checkpoints: 7; travellers screened at checkpoints: 7; external consultations and close-contact screenings: 7; COVID-19 patients of other hospitals given TCM care: 7.

12. Other figures
门诊人次 (outpatientVisits): 1,234,567 人次.

13. Work plan versus actual
Against the 2023 work plan (川医协发〔2023〕32号, adopted 2023-01-16): 4 targets, 1 met, 2 partly met and 1 not met; 2 unplanned achievements.`;

describe('figures', () => {
  it('numbers sections in Chinese', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('writes yuan in 万元 with at most 2 decimals, trimmed', () => {
    expect(zhWanYuan({ value: 568000, approximate: false })).toBe('56.8万元');
    expect(zhWanYuan({ value: 1_000_000, approximate: false })).toBe('100万元');
    expect(zhWanYuan({ value: 123_456, approximate: false })).toBe('12.35万元');
    expect(zhWanYuan({ value: 500_000, approximate: true })).toBe('50万余元');
    expect(trimmedDecimal(0.5)).toBe('0.5');
  });
});

describe('Markdown and HTML', () => {
  const hostile: ReportSummary = {
    ...summary,
    custom: { 'custom.x': { label: '<script>alert("x")</script> & *bold* [link](http://e) | cell', value: 3, approximate: false } },
    branchesFounded: [{ name: '# <b>分会</b>', foundedOn: '2023-03-18' }],
  };

  it('renders Markdown: title, numbered headings, paragraphs and a table for the plan', () => {
    const md = renderYearlyReport(summary, 'zh', 'md', { organizationName: '四川省医院协会' });
    expect(md.contentType).toBe('text/markdown; charset=utf-8');
    expect(md.body).toMatch(
      /^# 四川省医院协会 2023年度工作总结\n\n## 一、学术活动\n\n举办学术活动54场（其中线上18场），参加人员30300余人次。\n\n## 二、培训\n/,
    );
    expect(md.body).toContain(
      '| 目标 | 计划 | 完成 | 完成情况 |\n| --- | --- | --- | --- |\n| 新成立分支机构 | 医疗康复管理分会、门诊管理分会、药事管理分会 |',
    );
    expect(md.body).toContain('| 发布团体标准 | 1项 | 0项 | 未完成 |');
    expect(md.body.endsWith('\n')).toBe(true);
  });

  it('states the 文号 under the title when the report was issued under one, in Markdown and HTML', () => {
    const options = { organizationName: '四川省医院协会', documentNumber: '川医协发〔2023〕267号' };
    expect(renderYearlyReport(summary, 'zh', 'md', options).body).toMatch(
      /^# 四川省医院协会 2023年度工作总结\n\n川医协发〔2023〕267号\n\n## 一、/,
    );
    expect(renderYearlyReport(summary, 'zh', 'html', options).body).toContain(
      '</h1>\n<p class="document-number">川医协发〔2023〕267号</p>',
    );
    expect(renderYearlyReport(summary, 'en', 'md', options).body).toContain('Annual Work Summary\n\n川医协发〔2023〕267号\n\n## 1.');
    expect(renderYearlyReport(summary, 'zh', 'html').body).not.toContain('document-number">');
  });

  it('escapes Markdown so that text stays text', () => {
    const md = toMarkdown(chineseReport(hostile));
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\& \\*bold\\* \\[link\\](http://e) \\| cell3。');
    expect(md).toContain('新成立分支机构4个：# \\<b\\>分会\\</b\\>。');
    expect(escapeMarkdownLine('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdownLine('1. 第一')).toBe('1\\. 第一');
    expect(escapeMarkdownLine('- 项')).toBe('\\- 项');
  });

  it('renders HTML as a complete standalone document with its language, charset, stylesheet and tables', () => {
    const html = renderYearlyReport(summary, 'zh', 'html');
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(html.body).toMatch(/^<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">/);
    expect(html.body).toContain('<title>sichuan 2023年度工作总结</title>');
    expect(html.body).toMatch(/<style>[^<]+<\/style>/);
    expect(html.body).toContain('<h2>一、学术活动</h2>\n<p>举办学术活动54场（其中线上18场），参加人员30300余人次。</p>');
    expect(html.body).toContain('<thead><tr><th>目标</th><th>计划</th><th>完成</th><th>完成情况</th></tr></thead>');
    expect(html.body).toContain('<tr><td>发布团体标准</td><td>1项</td><td>0项</td><td>未完成</td></tr>');
    expect(html.body.trimEnd().endsWith('</html>')).toBe(true);
    const en = renderYearlyReport(summary, 'en', 'html').body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<p>Held 54 academic sessions (18 online), with 30,300+ participants.</p>');
  });

  it('escapes every text in HTML', () => {
    const html = toHtml(chineseReport(hostile, { organizationName: 'A & B "协会"' }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *bold* [link](http://e) | cell3。');
    expect(html).toContain('<title>A &amp; B &quot;协会&quot; 2023年度工作总结</title>');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});
