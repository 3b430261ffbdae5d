import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { indicatorDecider } from './indicator.decider';
import type { IndicatorEvent } from './indicator.events';
import { IndicatorStreamMismatch, InvalidIndicatorKey, InvalidIndicatorPeriod, InvalidIndicatorYear } from './indicator.errors';
import { toIndicatorId, toIndicatorStreamId } from './indicator.stream';

const given = deciderSpec(indicatorDecider);
const record = (data: Partial<Extract<Parameters<typeof indicatorDecider.decide>[0], { type: 'RecordIndicator' }>['data']> = {}) =>
  ({
    type: 'RecordIndicator',
    data: { key: 'outpatientVisits', label: '门诊人次', unit: '人次', year: 2023, value: { value: 30300, approximate: true }, ...data },
  }) as const;
const recorded: IndicatorEvent = {
  type: 'IndicatorRecorded',
  data: {
    occurredOn: '2023-12-31',
    key: 'outpatientVisits',
    label: '门诊人次',
    unit: '人次',
    year: 2023,
    value: { value: 30300, approximate: true },
  },
};

describe('Indicator decider', () => {
  it('has a stream per key and year', () =>
    expect(toIndicatorStreamId('hx', toIndicatorId('outpatientVisits', 2023))).toBe('indicator-hx.outpatientVisits-2023'));

  describe('RecordIndicator', () => {
    it('records a yearly figure at the end of its year', () => given([]).when(record()).then([recorded]));

    it('records a figure for part of the year at the end of its period', () =>
      given([])
        .when(record({ unit: undefined, period: { from: '2023-01-01', to: '2023-06-30' } }))
        .then([
          {
            type: 'IndicatorRecorded',
            data: {
              occurredOn: '2023-06-30',
              key: 'outpatientVisits',
              label: '门诊人次',
              year: 2023,
              value: { value: 30300, approximate: true },
              period: { from: '2023-01-01', to: '2023-06-30' },
            },
          },
        ]));

    it('is idempotent: the same figure again decides nothing', () => given([recorded]).when(record()).then([]));

    it('corrects a changed value, keeping the previous one', () =>
      given([recorded])
        .when(record({ value: { value: 30512, approximate: false } }))
        .then([
          {
            type: 'IndicatorRecorded',
            data: { ...recorded.data, value: { value: 30512, approximate: false }, previous: { value: 30300, approximate: true } },
          },
        ]));

    it('corrects a changed label, or a changed unit', () => {
      given([recorded])
        .when(record({ label: '门急诊人次' }))
        .then([
          {
            type: 'IndicatorRecorded',
            data: { ...recorded.data, label: '门急诊人次', previous: { value: 30300, approximate: true } },
          },
        ]);
      given([recorded])
        .when(record({ unit: '万人次' }))
        .then([
          {
            type: 'IndicatorRecorded',
            data: { ...recorded.data, unit: '万人次', previous: { value: 30300, approximate: true } },
          },
        ]);
    });

    it('decides from the latest correction', () => {
      const corrected: IndicatorEvent = {
        type: 'IndicatorRecorded',
        data: { ...recorded.data, value: { value: 30512, approximate: false }, previous: recorded.data.value },
      };
      expect(foldEvents(indicatorDecider, [recorded, corrected])).toMatchObject({ value: { value: 30512 } });
      given([recorded, corrected])
        .when(record({ value: { value: 30512, approximate: false } }))
        .then([]);
    });

    it.each(['OutpatientVisits', 'outpatient-visits', 'outpatient.visits', '门诊', ''])('refuses the key %p', (key) =>
      given([])
        .when(record({ key }))
        .thenThrows(InvalidIndicatorKey, /camelCase/),
    );

    it('refuses a year that is not a calendar year', () =>
      given([])
        .when(record({ year: 23.5 }))
        .thenThrows(InvalidIndicatorYear));

    it.each([
      { from: '2023-07-01', to: '2023-06-30' },
      { from: '2023-01-01', to: '2024-01-31' },
    ])('refuses the period %j', (period) =>
      given([])
        .when(record({ period }))
        .thenThrows(InvalidIndicatorPeriod, /ends in its year 2023/),
    );

    it('refuses another key or year on this stream', () =>
      given([recorded])
        .when(record({ key: 'inpatientDischarges' }))
        .thenThrows(IndicatorStreamMismatch));
  });
});
