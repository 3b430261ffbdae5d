import { deciderSpec } from '../shared/decider-spec';
import { operationsDecider } from './operations.decider';
import type { OperationsEvent } from './operations.events';
import { OperatingFigureInvalid, OperatingFiguresRepeated, OperatingYearInvalid } from './operations.errors';
import { toOperationsStreamId } from './operations.stream';

const given = deciderSpec(operationsDecider);
const source = { document: '广中医发〔2021〕9号', section: '结语' };
const figures = [
  { measure: 'outpatientVisits' as const, value: 510451, approximate: false },
  { measure: 'drugShare' as const, value: 17.26, approximate: false },
  { measure: 'surgeries' as const, value: 21.23, approximate: false, department: ' 骨二病区 ', change: 'up' as const },
];
const record = { type: 'RecordOperatingStatistics' as const, data: { year: 2020, figures, source } };
const recorded: OperationsEvent = {
  type: 'OperatingStatisticsRecorded',
  data: { occurredOn: '2020-12-31', year: 2020, figures: [figures[0], figures[1], { ...figures[2], department: '骨二病区' }], source },
};

describe('Operations decider (医院运营统计)', () => {
  it('has a stream per tenant and year', () => expect(toOperationsStreamId('gy', 2020)).toBe('operations-gy.2020'));
  it("records the year's figures as stated: levels, rates with decimals, a department's change", () =>
    given([]).when(record).then([recorded]));
  it('records the same figures again as nothing; other figures replace them', () => {
    given([recorded]).when(record).then([]);
    given([recorded])
      .when({ ...record, data: { ...record.data, figures: [figures[0]] } })
      .then([{ ...recorded, data: { ...recorded.data, figures: [figures[0]] } }]);
  });
  it('refuses a measure it does not know, a bad value or marker, a figure stated twice, a bad year', () => {
    given([])
      .when({ ...record, data: { ...record.data, figures: [{ ...figures[0], measure: 'happiness' as never }] } })
      .thenThrows(OperatingFigureInvalid, /figures\[0\]: measure/);
    given([])
      .when({ ...record, data: { ...record.data, figures: [{ ...figures[1], value: 1.23456 }] } })
      .thenThrows(OperatingFigureInvalid, /4 decimals/);
    given([])
      .when({ ...record, data: { ...record.data, figures: [{ ...figures[1], marker: '近' }] } })
      .thenThrows(OperatingFigureInvalid, /marker/);
    given([])
      .when({ ...record, data: { ...record.data, figures: [figures[0], { ...figures[0], value: 3 }] } })
      .thenThrows(OperatingFiguresRepeated);
    given([])
      .when({ ...record, data: { ...record.data, year: 20.5 } })
      .thenThrows(OperatingYearInvalid);
  });

  describe('parts (其中)', () => {
    const research = {
      measure: 'researchProjectsActive' as const,
      value: 31,
      approximate: false,
      parts: [
        { label: ' 省部级 ', count: 14 },
        { label: '市级', count: 17 },
      ],
    };
    const withParts = { ...record, data: { ...record.data, figures: [research] } };
    const kept = {
      ...recorded,
      data: {
        ...recorded.data,
        figures: [
          {
            ...research,
            parts: [
              { label: '省部级', count: 14 },
              { label: '市级', count: 17 },
            ],
          },
        ],
      },
    };
    it('keeps the parts as stated, beside the total they are part of, not added into it', () => given([]).when(withParts).then([kept]));
    it('a recording that corrects the parts replaces them; the same parts again change nothing', () => {
      given([kept]).when(withParts).then([]);
      const corrected = {
        ...research,
        parts: [
          { label: '省部级', count: 15 },
          { label: '市级', count: 16 },
        ],
      };
      given([kept])
        .when({ ...withParts, data: { ...withParts.data, figures: [corrected] } })
        .then([{ ...kept, data: { ...kept.data, figures: [corrected] } }]);
    });
    it("an exact figure is at least its parts' sum; an approximate one is not held to it", () => {
      given([])
        .when({ ...withParts, data: { ...withParts.data, figures: [{ ...research, value: 30 }] } })
        .thenThrows(OperatingFigureInvalid, /figures\[0\]: parts add up to 31, more than the exact figure 30/);
      given([])
        .when({ ...withParts, data: { ...withParts.data, figures: [{ ...research, value: 30, approximate: true }] } })
        .then([{ ...kept, data: { ...kept.data, figures: [{ ...kept.data.figures[0], value: 30, approximate: true }] } }]);
      given([])
        .when({
          ...withParts,
          data: {
            ...withParts.data,
            figures: [
              {
                ...research,
                value: 0.3,
                parts: [
                  { label: 'a', count: 0.1 },
                  { label: 'b', count: 0.2 },
                ],
              },
            ],
          },
        })
        .then([
          {
            ...kept,
            data: {
              ...kept.data,
              figures: [
                {
                  ...research,
                  value: 0.3,
                  parts: [
                    { label: 'a', count: 0.1 },
                    { label: 'b', count: 0.2 },
                  ],
                },
              ],
            },
          },
        ]);
    });
    it('refuses parts of a rate or a change, an empty list, a bad label or count, a label twice', () => {
      const bad = (f: object) => given([]).when({ ...withParts, data: { ...withParts.data, figures: [{ ...research, ...f }] } });
      bad({ measure: 'drugShare' }).thenThrows(OperatingFigureInvalid, /not a change, a rate or days/);
      bad({ change: 'up' }).thenThrows(OperatingFigureInvalid, /not a change/);
      bad({ parts: [] }).thenThrows(OperatingFigureInvalid, /parts is a list of 1 to 20/);
      bad({ parts: [{ label: ' ', count: 1 }] }).thenThrows(OperatingFigureInvalid, /parts\[0\]: label/);
      bad({ parts: [{ label: '市级', count: -1 }] }).thenThrows(OperatingFigureInvalid, /parts\[0\]: count/);
      bad({
        parts: [
          { label: '市级', count: 1 },
          { label: '市级 ', count: 2 },
        ],
      }).thenThrows(OperatingFigureInvalid, /parts\[1\]: label 市级 is stated twice/);
    });
    it('an event stored before parts existed folds as it did', () => {
      const state = operationsDecider.evolve(operationsDecider.initialState(), recorded);
      expect(state).toEqual({ status: 'recorded', year: 2020, figures: recorded.data.figures });
    });
  });
});
