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
  it('records the year\'s figures as stated: levels, rates with decimals, a department\'s change', () => given([]).when(record).then([recorded]));
  it('records the same figures again as nothing; other figures replace them', () => {
    given([recorded]).when(record).then([]);
    given([recorded]).when({ ...record, data: { ...record.data, figures: [figures[0]] } }).then([{ ...recorded, data: { ...recorded.data, figures: [figures[0]] } }]);
  });
  it('refuses a measure it does not know, a bad value or marker, a figure stated twice, a bad year', () => {
    given([]).when({ ...record, data: { ...record.data, figures: [{ ...figures[0], measure: 'happiness' as never }] } }).thenThrows(OperatingFigureInvalid, /figures\[0\]: measure/);
    given([]).when({ ...record, data: { ...record.data, figures: [{ ...figures[1], value: 1.23456 }] } }).thenThrows(OperatingFigureInvalid, /4 decimals/);
    given([]).when({ ...record, data: { ...record.data, figures: [{ ...figures[1], marker: '近' }] } }).thenThrows(OperatingFigureInvalid, /marker/);
    given([]).when({ ...record, data: { ...record.data, figures: [figures[0], { ...figures[0], value: 3 }] } }).thenThrows(OperatingFiguresRepeated);
    given([]).when({ ...record, data: { ...record.data, year: 20.5 } }).thenThrows(OperatingYearInvalid);
  });
});
