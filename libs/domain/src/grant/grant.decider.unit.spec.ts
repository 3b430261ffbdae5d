import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import type { GrantCommand } from './grant.commands';
import { grantDecider } from './grant.decider';
import type { GrantEvent } from './grant.events';
import {
  GrantAlreadyAwarded,
  GrantAlreadyConcluded,
  GrantAlreadyRecorded,
  GrantAmountInvalid,
  GrantBackfillNeedsSource,
  GrantCallMismatch,
  GrantCorrectionEmpty,
  GrantCorrectionNotApplicable,
  GrantCountInvalid,
  GrantDateInvalid,
  GrantDatesOutOfOrder,
  GrantKindMismatch,
  GrantNotAwarded,
  GrantNotRecorded,
  GrantReasonRequired,
  GrantRecordRetractedError,
  YouthGrantsExceedTotal,
} from './grant.errors';
import { grantsBackfillId, toGrantCallStreamId, toGrantStreamId } from './grant.stream';

const given = deciderSpec(grantDecider);
const applied: GrantEvent = {
  type: 'GrantApplied',
  data: {
    occurredOn: '2023-03-10',
    grantId: 'g1',
    callId: 'c2023',
    title: '县域医共体运行评价研究',
    applicant: { institution: '某县人民医院' },
  },
};
const awarded: GrantEvent = {
  type: 'GrantAwarded',
  data: { occurredOn: '2023-06-20', grantId: 'g1', title: '县域医共体运行评价研究', amountYuan: 20000, category: 'youth', callId: 'c2023' },
};
const concluded: GrantEvent = { type: 'GrantConcluded', data: { occurredOn: '2024-12-01', grantId: 'g1', outcome: 'completed' } };
const external: GrantEvent = {
  type: 'ExternalGrantWon',
  data: {
    occurredOn: '2023-09-01',
    grantId: 'g1',
    title: '省卫健委课题',
    funder: '四川省卫生健康委员会',
    amountYuan: 50000,
    branchId: 'rehab',
  },
};
const backfillData = {
  grantId: grantsBackfillId(2023),
  year: 2023,
  count: 51,
  amountYuan: 568000,
  youthCount: 20,
  note: '资助课题 51 项, 56.8万元',
  source: { document: '2023年工作总结', section: '三、科研' },
};
const backfilled: GrantEvent = { type: 'GrantsAwardedBackfilled', data: { occurredOn: '2023-12-31', ...backfillData } };
const retracted: GrantEvent = {
  type: 'GrantRecordRetracted',
  data: {
    occurredOn: '2024-01-05',
    grantId: 'g1',
    reason: 'entered twice',
    previousOccurredOn: '2023-06-20',
    record: {
      status: 'awarded',
      grant: {
        grantId: 'g1',
        callId: 'c2023',
        title: '县域医共体运行评价研究',
        applicant: { institution: '某县人民医院' },
        appliedOn: '2023-03-10',
        amountYuan: 20000,
        category: 'youth',
        awardedOn: '2023-06-20',
      },
    },
  },
};

const foldedGrant = (events: GrantEvent[]) => {
  const state = foldEvents(grantDecider, events);
  if (!('grant' in state)) throw new Error('not an own grant');
  return state.grant;
};

const award = (over: object = {}) =>
  ({
    type: 'AwardGrant',
    data: { grantId: 'g1', title: '县域医共体运行评价研究', amountYuan: 20000, category: 'youth', awardedOn: '2023-06-20', ...over },
  }) as GrantCommand;
const conclude = (concludedOn = '2024-12-01') =>
  ({ type: 'ConcludeGrant', data: { grantId: 'g1', concludedOn, outcome: 'completed' } }) as const;
const correct = (changes: object, reason = '核对拨款文件') =>
  ({ type: 'CorrectGrantRecord', data: { grantId: 'g1', correctedOn: '2024-01-05', changes, reason } }) as GrantCommand;

describe('Grant decider', () => {
  describe('ApplyForGrant', () => {
    it('records an application to a call', () =>
      given([])
        .when({
          type: 'ApplyForGrant',
          data: {
            grantId: 'g1',
            callId: 'c2023',
            title: '县域医共体运行评价研究',
            applicant: { institution: '某县人民医院' },
            appliedOn: '2023-03-10',
          },
        })
        .then([applied]));

    it('is recorded once and needs a calendar date', () => {
      given([applied])
        .when({ type: 'ApplyForGrant', data: { grantId: 'g1', title: 'x', applicant: { institution: 'y' }, appliedOn: '2023-03-11' } })
        .thenThrows(GrantAlreadyRecorded, /recorded once/);
      given([])
        .when({ type: 'ApplyForGrant', data: { grantId: 'g1', title: 'x', applicant: { institution: 'y' }, appliedOn: '2023/03/11' } })
        .thenThrows(GrantDateInvalid, /appliedOn/);
    });
  });

  describe('AwardGrant', () => {
    it('awards an application, answering its call', () => given([applied]).when(award()).then([awarded]));

    it('records an award whose application was never recorded', () =>
      given([])
        .when(award({ category: undefined }))
        .then([
          { type: 'GrantAwarded', data: { occurredOn: '2023-06-20', grantId: 'g1', title: '县域医共体运行评价研究', amountYuan: 20000 } },
        ]));

    it('awards once', () => {
      given([applied, awarded])
        .when(award())
        .thenThrows(GrantAlreadyAwarded, /awarded once/);
      given([applied, awarded, concluded]).when(award()).thenThrows(GrantAlreadyAwarded);
    });

    it('states the amount in whole yuan', () => {
      given([applied])
        .when(award({ amountYuan: 1999.5 }))
        .thenThrows(GrantAmountInvalid, /whole yuan/);
      given([applied])
        .when(award({ amountYuan: -1 }))
        .thenThrows(GrantAmountInvalid);
    });

    it('cannot precede the application, nor answer another call', () => {
      given([applied])
        .when(award({ awardedOn: '2023-03-01' }))
        .thenThrows(GrantDatesOutOfOrder);
      given([applied])
        .when(award({ callId: 'c2024' }))
        .thenThrows(GrantCallMismatch);
    });

    it("is only for the organization's own grants", () => {
      given([external])
        .when(award())
        .thenThrows(GrantKindMismatch, /external grant/);
      given([backfilled])
        .when(award())
        .thenThrows(GrantKindMismatch, /backfilled total/);
    });
  });

  describe('ConcludeGrant', () => {
    it('concludes an awarded grant once', () => {
      given([applied, awarded]).when(conclude()).then([concluded]);
      given([applied, awarded, concluded])
        .when(conclude())
        .thenThrows(GrantAlreadyConcluded, /at most once/);
    });

    it('only after the award', () => {
      given([applied])
        .when(conclude())
        .thenThrows(GrantNotAwarded, /only after it was awarded/);
      given([]).when(conclude()).thenThrows(GrantNotRecorded);
      given([applied, awarded]).when(conclude('2023-06-01')).thenThrows(GrantDatesOutOfOrder);
      given([external]).when(conclude()).thenThrows(GrantKindMismatch);
    });

    it('keeps the whole story in the state', () =>
      expect(foldEvents(grantDecider, [applied, awarded, concluded])).toEqual({
        status: 'concluded',
        grant: {
          grantId: 'g1',
          title: '县域医共体运行评价研究',
          callId: 'c2023',
          applicant: { institution: '某县人民医院' },
          appliedOn: '2023-03-10',
          amountYuan: 20000,
          category: 'youth',
          awardedOn: '2023-06-20',
          concludedOn: '2024-12-01',
          outcome: 'completed',
        },
      }));
  });

  describe('RecordExternalGrant', () => {
    it('records a project won from an outside funder, once', () => {
      given([])
        .when({
          type: 'RecordExternalGrant',
          data: {
            grantId: 'g1',
            title: '省卫健委课题',
            funder: '四川省卫生健康委员会',
            amountYuan: 50000,
            wonOn: '2023-09-01',
            branchId: 'rehab',
          },
        })
        .then([external]);
      given([external])
        .when({ type: 'RecordExternalGrant', data: { grantId: 'g1', title: 'x', funder: 'y', wonOn: '2023-09-01' } })
        .thenThrows(GrantAlreadyRecorded);
      given([])
        .when({ type: 'RecordExternalGrant', data: { grantId: 'g1', title: 'x', funder: 'y', amountYuan: 0.5, wonOn: '2023-09-01' } })
        .thenThrows(GrantAmountInvalid);
    });
  });

  describe('RecordGrantsBackfill', () => {
    it('records "资助课题 51 项, 56.8万元" as a total on the last day of the year', () =>
      given([]).when({ type: 'RecordGrantsBackfill', data: backfillData }).then([backfilled]));

    it('refuses more youth grants than grants, and counts that are not whole numbers', () => {
      given([])
        .when({ type: 'RecordGrantsBackfill', data: { ...backfillData, youthCount: 52 } })
        .thenThrows(YouthGrantsExceedTotal);
      given([])
        .when({ type: 'RecordGrantsBackfill', data: { ...backfillData, count: -1 } })
        .thenThrows(GrantCountInvalid, /count/);
      given([])
        .when({ type: 'RecordGrantsBackfill', data: { ...backfillData, youthCount: 1.5 } })
        .thenThrows(GrantCountInvalid, /youthCount/);
    });

    it('cites its source, for a calendar year', () => {
      given([])
        .when({ type: 'RecordGrantsBackfill', data: { ...backfillData, source: { document: '', section: '' } } })
        .thenThrows(GrantBackfillNeedsSource);
      given([])
        .when({ type: 'RecordGrantsBackfill', data: { ...backfillData, year: 2023.5 } })
        .thenThrows(GrantDateInvalid, /year/);
    });
  });

  describe('CorrectGrantRecord', () => {
    it('corrects the amount of an awarded grant, recording only what changes', () =>
      given([applied, awarded])
        .when(correct({ amountYuan: 25000, category: 'youth' }))
        .then([
          {
            type: 'GrantRecordCorrected',
            data: {
              occurredOn: '2024-01-05',
              grantId: 'g1',
              changes: { amountYuan: 25000 },
              reason: '核对拨款文件',
              previousOccurredOn: '2023-06-20',
              previous: { status: 'awarded', grant: foldedGrant([applied, awarded]) },
              record: { status: 'awarded', grant: { ...foldedGrant([applied, awarded]), amountYuan: 25000 } },
            },
          },
        ]));

    it('carries the whole record before and after the correction, so a read model sees its award and conclusion dates', () => {
      const [event] = grantDecider.decide(correct({ amountYuan: 18000 }), foldEvents(grantDecider, [applied, awarded, concluded]));
      expect(event).toMatchObject({
        type: 'GrantRecordCorrected',
        data: {
          previousOccurredOn: '2023-06-20',
          previous: {
            status: 'concluded',
            grant: { awardedOn: '2023-06-20', concludedOn: '2024-12-01', amountYuan: 20000, outcome: 'completed' },
          },
          record: {
            status: 'concluded',
            grant: { awardedOn: '2023-06-20', concludedOn: '2024-12-01', amountYuan: 18000, outcome: 'completed' },
          },
        },
      });
      expect(foldEvents(grantDecider, [applied, awarded, concluded, event])).toEqual(
        event.type === 'GrantRecordCorrected' ? event.data.record : undefined,
      );
      const [onBackfill] = grantDecider.decide(correct({ count: 52 }), foldEvents(grantDecider, [backfilled]));
      expect(onBackfill).toMatchObject({
        data: { previousOccurredOn: '2023-12-31', record: { status: 'backfilled', data: { ...backfilled.data, count: 52 } } },
      });
    });

    it('applies the correction to the state', () => {
      const before = foldedGrant([applied, awarded]);
      const corrected: GrantEvent = {
        type: 'GrantRecordCorrected',
        data: {
          occurredOn: '2024-01-05',
          grantId: 'g1',
          changes: { title: '新题目', amountYuan: 25000 },
          reason: 'r',
          previousOccurredOn: '2023-06-20',
          previous: { status: 'awarded', grant: before },
          record: { status: 'awarded', grant: { ...before, title: '新题目', amountYuan: 25000 } },
        },
      };
      expect(foldEvents(grantDecider, [applied, awarded, corrected])).toMatchObject({
        status: 'awarded',
        grant: { title: '新题目', amountYuan: 25000 },
      });
    });

    it('changes only fields that apply to the record', () => {
      given([applied])
        .when(correct({ amountYuan: 1 }))
        .thenThrows(GrantCorrectionNotApplicable, /not yet awarded/);
      given([external])
        .when(correct({ category: 'key' }))
        .thenThrows(GrantCorrectionNotApplicable);
      given([backfilled])
        .when(correct({ title: 'x' }))
        .thenThrows(GrantCorrectionNotApplicable);
      given([external])
        .when(correct({ funder: '国家卫生健康委员会' }))
        .then([
          {
            type: 'GrantRecordCorrected',
            data: {
              occurredOn: '2024-01-05',
              grantId: 'g1',
              changes: { funder: '国家卫生健康委员会' },
              reason: '核对拨款文件',
              previousOccurredOn: '2023-09-01',
              previous: { status: 'external', data: external.data },
              record: { status: 'external', data: { ...external.data, funder: '国家卫生健康委员会' } },
            },
          },
        ]);
    });

    it('re-checks the rules on the corrected whole', () => {
      given([backfilled])
        .when(correct({ youthCount: 60 }))
        .thenThrows(YouthGrantsExceedTotal);
      given([backfilled])
        .when(correct({ count: 10 }))
        .thenThrows(YouthGrantsExceedTotal);
      given([applied, awarded])
        .when(correct({ amountYuan: 10.5 }))
        .thenThrows(GrantAmountInvalid);
    });

    it('must change something, with a reason, on a recorded grant', () => {
      given([applied, awarded])
        .when(correct({ amountYuan: 20000 }))
        .thenThrows(GrantCorrectionEmpty);
      given([applied, awarded])
        .when(correct({ amountYuan: 1 }, ' '))
        .thenThrows(GrantReasonRequired);
      given([])
        .when(correct({ amountYuan: 1 }))
        .thenThrows(GrantNotRecorded);
    });
  });

  describe('RetractGrantRecord', () => {
    const retract = (reason = 'entered twice') =>
      ({ type: 'RetractGrantRecord', data: { grantId: 'g1', retractedOn: '2024-01-05', reason } }) as const;

    it('retracts a record, which then takes nothing further', () => {
      given([applied, awarded]).when(retract()).then([retracted]);
      given([external])
        .when(retract())
        .then([
          {
            type: 'GrantRecordRetracted',
            data: {
              occurredOn: '2024-01-05',
              grantId: 'g1',
              reason: 'entered twice',
              previousOccurredOn: '2023-09-01',
              record: { status: 'external', data: external.data },
            },
          },
        ]);
      given([applied, awarded, retracted])
        .when(conclude())
        .thenThrows(GrantRecordRetractedError, /no further commands/);
      given([applied, retracted]).when(award()).thenThrows(GrantRecordRetractedError);
      given([external, retracted])
        .when({ type: 'RecordExternalGrant', data: { grantId: 'g1', title: 'x', funder: 'y', wonOn: '2023-09-01' } })
        .thenThrows(GrantRecordRetractedError);
    });

    it('needs a record and a reason', () => {
      given([]).when(retract()).thenThrows(GrantNotRecorded);
      given([external])
        .when(retract(''))
        .thenThrows(GrantReasonRequired, /state its reason/);
    });
  });

  it('names streams grant-<tenant>.<grantId> and grantcall-<tenant>.<callId>', () => {
    expect(toGrantStreamId('schxa', grantsBackfillId(2023, 2))).toBe('grant-schxa.backfill-2023-2');
    expect(toGrantCallStreamId('schxa', 'c2023')).toBe('grantcall-schxa.c2023');
  });
});
