import { enOperatingFigure, zhOperationsParagraph } from './operations-lines';

describe('the 医院运营 section', () => {
  it('states each operating figure as the hospital does: levels, rates, 万, changes of a department, days', () => {
    expect(
      zhOperationsParagraph([
        { measure: 'outpatientVisits', value: 510451, approximate: false },
        { measure: 'drugShare', value: 17.26, approximate: false },
        { measure: 'consumablesPer100Yuan', value: 13.24, approximate: false },
        { measure: 'surgeries', value: 21.23, approximate: false, department: '骨二病区', change: 'up' },
        { measure: 'averageStay', value: 1, approximate: false, change: 'down' },
        { measure: 'povertyAidYuan', value: 500000, approximate: true, wan: true },
      ]),
    ).toBe('门诊510451人次，药占比17.26%，百元医疗收入卫生材料消耗13.24元，骨二病区手术增幅21.23%，平均住院日下降1天，帮扶资金50万余元。');
    expect(enOperatingFigure({ measure: 'drugShare', value: 2.14, approximate: false, change: 'down' })).toBe(
      'drug share of income down 2.14%',
    );
    expect(zhOperationsParagraph(undefined)).toBeUndefined();
  });
  it("states a figure's parts after it as the document does (其中…、…), and ends that clause with ；", () => {
    const research = {
      measure: 'researchProjectsActive' as const,
      value: 31,
      approximate: false,
      parts: [
        { label: '省部级', count: 14 },
        { label: '市级', count: 17 },
      ],
    };
    expect(
      zhOperationsParagraph([
        research,
        { measure: 'researchProjectsConcluded', value: 4, approximate: false },
        { measure: 'patents', value: 10, approximate: false },
      ]),
    ).toBe('在研课题31项，其中省部级14项、市级17项；课题结题4项，获国家专利10项。');
    expect(enOperatingFigure(research)).toBe('research projects under way: 31 项 (of which 省部级 14, 市级 17)');
    expect(
      zhOperationsParagraph([
        { measure: 'povertyAidYuan', value: 500000, approximate: true, wan: true, parts: [{ label: '县级', count: 300000 }] },
      ]),
    ).toBe('帮扶资金50万余元，其中县级30万元。');
  });
});
