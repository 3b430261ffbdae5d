import { deciderSpec } from '../shared/decider-spec';
import { rankingDecider } from './ranking.decider';
import type { RankingEvent, RankingRecord } from './ranking.events';
import {
  RankingAlreadyRecorded,
  RankingCorrectionEmpty,
  RankingNotFound,
  RankingReasonMissing,
  RankingResultsInvalid,
  RankingRetractedError,
  UnknownRankingSection,
} from './ranking.errors';
import { toRankingStreamId } from './ranking.stream';

const given = deciderSpec(rankingDecider);
const record: RankingRecord = {
  rankingId: 'residents-test-2020',
  year: 2020,
  subject: '住培学员',
  assessment: '能力测试',
  assessedBy: '中国医师协会',
  results: [
    { scope: { level: 'national' }, rank: 39 },
    { scope: { level: 'provincial', area: '四川' }, rank: 3 },
  ],
};
const recordIt = { type: 'RecordRanking' as const, data: { ...record, recordedOn: '2020-12-31' } };
const recorded: RankingEvent = { type: 'RankingRecorded', data: { occurredOn: '2020-12-31', ...record } };
const withResults = (results: RankingRecord['results']) => ({ ...recordIt, data: { ...recordIt.data, results } });

describe('Ranking decider (排名)', () => {
  it('has a stream per ranking', () => expect(toRankingStreamId('gy', 'r1')).toBe('ranking-gy.r1'));
  it('records a ranking with its ranks as stated', () => given([]).when(recordIt).then([recorded]));
  it('is recorded once, and not again under a retracted id', () => {
    given([recorded])
      .when(recordIt)
      .thenThrows(RankingAlreadyRecorded, /recorded once/);
    const retracted: RankingEvent = {
      type: 'RankingRetracted',
      data: { occurredOn: '2021-01-05', rankingId: record.rankingId, year: 2020, reason: '重复', record },
    };
    given([recorded, retracted]).when(recordIt).thenThrows(RankingRetractedError);
  });
  it('states a rank a document can: at least one, from 1, within how many, its area unless national, each scope once', () => {
    given([])
      .when(withResults([]))
      .thenThrows(RankingResultsInvalid, /no rank/);
    given([])
      .when(withResults([{ scope: { level: 'national' }, rank: 0 }]))
      .thenThrows(RankingResultsInvalid);
    given([])
      .when(withResults([{ scope: { level: 'national' }, rank: 64, of: 50 }]))
      .thenThrows(RankingResultsInvalid);
    given([])
      .when(withResults([{ scope: { level: 'system', area: ' ' }, rank: 61 }]))
      .thenThrows(RankingResultsInvalid, /names its area/);
    given([])
      .when(
        withResults([
          { scope: { level: 'national' }, rank: 1 },
          { scope: { level: 'national' }, rank: 2 },
        ]),
      )
      .thenThrows(RankingResultsInvalid, /twice/);
    given([])
      .when(withResults([{ scope: { level: 'national' }, rank: 64, of: 533 }]))
      .then([
        {
          type: 'RankingRecorded',
          data: { occurredOn: '2020-12-31', ...record, results: [{ scope: { level: 'national' }, rank: 64, of: 533 }] },
        },
      ]);
  });
  it('is stated in a report section it names, or none', () => {
    const inTraining = { ...recordIt, data: { ...recordIt.data, section: 'training' as const } };
    given([])
      .when(inTraining)
      .then([{ type: 'RankingRecorded', data: { occurredOn: '2020-12-31', ...record, section: 'training' } }]);
    given([])
      .when({ ...recordIt, data: { ...recordIt.data, section: 'sports' as never } })
      .thenThrows(UnknownRankingSection, /sports/);
    given([recorded])
      .when({
        type: 'CorrectRanking',
        data: { rankingId: record.rankingId, changes: { section: 'nowhere' as never }, reason: '有误', correctedOn: '2021-02-01' },
      })
      .thenThrows(UnknownRankingSection);
  });
  it('corrects a ranking carrying it before and after, in its year', () => {
    const results = [{ scope: { level: 'national' as const }, rank: 38 }];
    given([recorded])
      .when({
        type: 'CorrectRanking',
        data: { rankingId: record.rankingId, changes: { results }, reason: ' 名次有误 ', correctedOn: '2021-02-01' },
      })
      .then([
        {
          type: 'RankingCorrected',
          data: {
            occurredOn: '2021-02-01',
            rankingId: record.rankingId,
            year: 2020,
            changes: { results },
            reason: '名次有误',
            previous: record,
            record: { ...record, results },
          },
        },
      ]);
  });
  it('refuses a correction that changes nothing, states no reason, or makes the ranks wrong', () => {
    const correct = (changes: object, reason = '有误') => ({
      type: 'CorrectRanking' as const,
      data: { rankingId: record.rankingId, changes, reason, correctedOn: '2021-02-01' },
    });
    given([recorded])
      .when(correct({ subject: '住培学员' }))
      .thenThrows(RankingCorrectionEmpty);
    given([recorded])
      .when(correct({ subject: '学员' }, ' '))
      .thenThrows(RankingReasonMissing);
    given([recorded])
      .when(correct({ results: [] }))
      .thenThrows(RankingResultsInvalid);
    given([])
      .when(correct({ subject: '学员' }))
      .thenThrows(RankingNotFound);
    // A field sent as undefined (left out of the body) changes nothing.
    given([recorded])
      .when(correct({ subject: undefined, assessedBy: undefined }))
      .thenThrows(RankingCorrectionEmpty);
  });
  it('retracts a ranking carrying it as it stood; once', () => {
    const retracted: RankingEvent = {
      type: 'RankingRetracted',
      data: { occurredOn: '2021-01-05', rankingId: record.rankingId, year: 2020, reason: '重复录入', record },
    };
    const retract = {
      type: 'RetractRanking' as const,
      data: { rankingId: record.rankingId, reason: ' 重复录入 ', retractedOn: '2021-01-05' },
    };
    given([recorded]).when(retract).then([retracted]);
    given([recorded, retracted])
      .when(retract)
      .thenThrows(RankingRetractedError, /no further commands/);
    given([]).when(retract).thenThrows(RankingNotFound);
    given([recorded])
      .when({ ...retract, data: { ...retract.data, reason: '' } })
      .thenThrows(RankingReasonMissing);
  });
});
