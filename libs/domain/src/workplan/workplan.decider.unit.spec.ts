import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { isSummaryIndicatorKey, SUMMARY_INDICATOR_KEYS } from './indicator-keys';
import type { AmendWorkPlan, LinkTarget } from './workplan.commands';
import { workPlanDecider } from './workplan.decider';
import type { TargetEvidence, WorkPlanEvent, WorkPlanTarget } from './workplan.events';
import {
  DuplicateTargetId,
  EmptyAmendment,
  InvalidTargetValue,
  TargetNotFound,
  TargetValueNeedsIndicator,
  UnknownSummaryIndicator,
  UnknownWorkPlanSection,
  WorkPlanAlreadyAdopted,
  WorkPlanNotFound,
} from './workplan.errors';
import { toWorkPlanStreamId } from './workplan.stream';
import { WORK_MEASURE_KEYS } from '../work/work.catalogue';

const given = deciderSpec(workPlanDecider);
const newBranches: WorkPlanTarget = {
  targetId: 't1',
  section: 'branches',
  description: '新成立分会3个',
  indicator: 'branches.founded',
  targetValue: 3,
  entities: [{ kind: 'branch', name: '医疗康复管理分会' }],
};
const training: WorkPlanTarget = { targetId: 't2', section: 'training', description: '举办培训班', indicator: 'training.sessions' };
const adopted: WorkPlanEvent = {
  type: 'WorkPlanAdopted',
  data: {
    occurredOn: '2023-02-15',
    year: 2023,
    documentNumber: '川医协发〔2023〕12号',
    adoptedOn: '2023-02-15',
    targets: [newBranches, training],
  },
};
const evidence: TargetEvidence = { streamId: 'branch-scha.rehab', eventType: 'BranchFounded' };
const linked: WorkPlanEvent = { type: 'TargetLinked', data: { occurredOn: '2023-06-01', year: 2023, targetId: 't1', evidence } };
const adopt = (targets: WorkPlanTarget[]) => ({ type: 'AdoptWorkPlan', data: { year: 2023, adoptedOn: '2023-02-15', targets } }) as const;
const amend = (data: Partial<AmendWorkPlan['data']>): AmendWorkPlan => ({
  type: 'AmendWorkPlan',
  data: { year: 2023, amendedOn: '2023-07-01', ...data },
});
const link = (targetId: string, ev = evidence): LinkTarget => ({
  type: 'LinkTarget',
  data: { year: 2023, targetId, evidence: ev, linkedOn: '2023-06-01' },
});

describe('Work plan decider', () => {
  it('has a stream per year', () => expect(toWorkPlanStreamId('scha', 2023)).toBe('workplan-scha.2023'));

  it('knows the summary indicator keys', () => {
    expect(SUMMARY_INDICATOR_KEYS).toHaveLength(53 + WORK_MEASURE_KEYS.length);
    expect(isSummaryIndicatorKey('branches.founded')).toBe(true);
    expect(isSummaryIndicatorKey('outpatientVisits')).toBe(false);
  });

  describe('AdoptWorkPlan', () => {
    it('adopts the plan of a year with its targets', () =>
      given([])
        .when({
          type: 'AdoptWorkPlan',
          data: { year: 2023, documentNumber: '川医协发〔2023〕12号', adoptedOn: '2023-02-15', targets: [newBranches, training] },
        })
        .then([adopted]));

    it('is adopted once per year', () =>
      given([adopted])
        .when(adopt([]))
        .thenThrows(WorkPlanAlreadyAdopted, /one work plan/));

    it('keeps the id a planned branch is to be founded under, when the plan gives one', () => {
      const planned: WorkPlanTarget = {
        ...newBranches,
        entities: [
          { kind: 'branch', name: '医疗管理康复分会', branchId: 'rehab-mgmt' },
          { kind: 'branch', name: '医院采购管理分会' },
        ],
      };
      given([])
        .when(adopt([planned]))
        .then([{ type: 'WorkPlanAdopted', data: { occurredOn: '2023-02-15', year: 2023, adoptedOn: '2023-02-15', targets: [planned] } }]);
    });

    it('keeps target ids unique', () =>
      given([])
        .when(adopt([training, training]))
        .thenThrows(DuplicateTargetId, /t2 appears twice/));

    it('refuses an unknown section', () =>
      given([])
        .when(adopt([{ ...training, section: 'sports' as never }]))
        .thenThrows(UnknownWorkPlanSection));

    it('refuses an indicator that is not a summary indicator', () =>
      given([])
        .when(adopt([{ ...training, indicator: 'training.hours' as never }]))
        .thenThrows(UnknownSummaryIndicator, /training\.hours/));

    it('measures a target value by an indicator', () =>
      given([])
        .when(adopt([{ targetId: 't', section: 'other', description: 'x', targetValue: 2 }]))
        .thenThrows(TargetValueNeedsIndicator));

    it('refuses a negative target value', () =>
      given([])
        .when(adopt([{ ...training, targetValue: -1 }]))
        .thenThrows(InvalidTargetValue));
  });

  describe('AmendWorkPlan', () => {
    const competition: WorkPlanTarget = {
      targetId: 't3',
      section: 'competition',
      description: '举办技能竞赛1次',
      indicator: 'competition.count',
      targetValue: 1,
    };

    it('adds and removes targets', () => {
      given([adopted])
        .when(amend({ added: [competition], removed: ['t2'], reason: '调整' }))
        .then([
          {
            type: 'WorkPlanAmended',
            data: { occurredOn: '2023-07-01', year: 2023, added: [competition], removed: ['t2'], reason: '调整' },
          },
        ]);
      const amended: WorkPlanEvent = {
        type: 'WorkPlanAmended',
        data: { occurredOn: '2023-07-01', year: 2023, added: [competition], removed: ['t2'] },
      };
      const state = foldEvents(workPlanDecider, [adopted, amended]);
      expect(state.status === 'adopted' && state.targets.map((t) => t.targetId)).toEqual(['t1', 't3']);
    });

    it('needs an adopted plan', () =>
      given([])
        .when(amend({ added: [competition] }))
        .thenThrows(WorkPlanNotFound));

    it('changes something', () => given([adopted]).when(amend({})).thenThrows(EmptyAmendment));

    it('removes only targets of the plan', () =>
      given([adopted])
        .when(amend({ removed: ['t9'] }))
        .thenThrows(TargetNotFound, /no target t9/));

    it('adds no id the plan already has', () =>
      given([adopted])
        .when(amend({ added: [{ ...competition, targetId: 't1' }] }))
        .thenThrows(DuplicateTargetId));

    it('follows the target rules', () =>
      given([adopted])
        .when(amend({ added: [{ ...competition, indicator: 'nope' as never }] }))
        .thenThrows(UnknownSummaryIndicator));

    it('revises a target by removing and adding its id, keeping its evidence', () => {
      const revised = { ...newBranches, targetValue: 2 };
      const amended: WorkPlanEvent = {
        type: 'WorkPlanAmended',
        data: { occurredOn: '2023-07-01', year: 2023, added: [revised], removed: ['t1'] },
      };
      given([adopted, linked])
        .when(amend({ added: [revised], removed: ['t1'] }))
        .then([amended]);
      expect(foldEvents(workPlanDecider, [adopted, linked, amended])).toMatchObject({ evidence: { t1: [evidence] } });
    });

    it('drops the evidence of a removed target', () => {
      const removed: WorkPlanEvent = {
        type: 'WorkPlanAmended',
        data: { occurredOn: '2023-07-01', year: 2023, added: [], removed: ['t1'] },
      };
      expect(foldEvents(workPlanDecider, [adopted, linked, removed])).toMatchObject({ evidence: {} });
      given([adopted, linked, removed]).when(link('t1')).thenThrows(TargetNotFound);
    });
  });

  describe('LinkTarget', () => {
    it('links evidence to a target', () => given([adopted]).when(link('t1')).then([linked]));

    it('keeps a description of the evidence', () =>
      given([adopted])
        .when(link('t1', { ...evidence, description: '成立医疗康复管理分会' }))
        .then([{ type: 'TargetLinked', data: { ...linked.data, evidence: { ...evidence, description: '成立医疗康复管理分会' } } }]));

    it('is idempotent for the same evidence', () => {
      given([adopted, linked]).when(link('t1')).then([]);
      given([adopted, linked])
        .when(link('t1', { ...evidence, description: 'again' }))
        .then([]);
    });

    it('links other evidence, or the same evidence to another target', () => {
      given([adopted, linked])
        .when(link('t1', { streamId: 'branch-scha.emergency', eventType: 'BranchFounded' }))
        .then([
          {
            type: 'TargetLinked',
            data: { ...linked.data, evidence: { streamId: 'branch-scha.emergency', eventType: 'BranchFounded' } },
          },
        ]);
      given([adopted, linked])
        .when(link('t2'))
        .then([{ type: 'TargetLinked', data: { ...linked.data, targetId: 't2' } }]);
    });

    it('needs the target', () => given([adopted]).when(link('t9')).thenThrows(TargetNotFound));

    it('needs the plan', () => given([]).when(link('t1')).thenThrows(WorkPlanNotFound));
  });
});
