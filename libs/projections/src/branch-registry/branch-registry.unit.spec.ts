import fc from 'fast-check';
import { addDays, branch } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import { addMonths, branchRegistryProjection as projection, branchStatus, listBranches } from './branch-registry.projection';
import type { BranchRegistryDoc } from './branch-registry.types';
import { simulate, projected } from '../testing/projection-harness';
import { itKeepsTheBatchLaws } from '../testing/batch-laws';

const TENANTS = ['sichuan', 'shandong'];
const BRANCH_IDS = ['rehab', 'emergency', 'nursing', '__proto__', 'constructor'];
const day = (n: number) => addDays('2018-01-01', n);

type BranchState = ReturnType<typeof branch.branchDecider.initialState>;
type Active = Extract<BranchState, { status: 'active' }>;
const active = (s: BranchState): Active | undefined => (s.status === 'active' ? s : undefined);
const leaders = (n: number): branch.Leader[] =>
  n % 3 === 0
    ? []
    : [
        { role: '主任委员', name: `委员${n}` },
        { role: '秘书', name: `秘书${n % 7}` },
      ];

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  branchId: fc.constantFrom(...BRANCH_IDS),
  what: fc.constantFrom('found', 'register', 'renew', 'postpone', 'lead', 'party', 'dissolve', 'bylaws'),
  a: fc.nat({ max: 3650 }),
  b: fc.nat({ max: 800 }),
  years: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  kind: fc.constantFrom<branch.BranchKind>('society', 'committee', 'other'),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function commandFor(i: Intent, state: BranchState): branch.BranchCommand | undefined {
  const b = i.branchId;
  const s = active(state);
  switch (i.what) {
    case 'found':
      return {
        type: 'FoundBranch',
        data: { branchId: b, name: `分会${i.a}`, kind: i.kind, foundedOn: day(i.a), termYears: i.years, leadership: leaders(i.a) },
      };
    case 'register':
      return {
        type: 'RegisterBranch',
        data: {
          branchId: b,
          name: `专委会${i.a}`,
          kind: i.kind,
          registeredOn: day(i.a),
          termNumber: 1 + (i.b % 4),
          termStartedOn: day(Math.max(0, i.a - i.b)),
          hasPartyGroup: i.b % 2 === 0,
          leadership: leaders(i.b),
        },
      };
    case 'renew':
      return (
        s && {
          type: 'RenewBranchTerm',
          data: {
            branchId: b,
            renewedOn: addDays(s.term.startedOn, 1 + i.a),
            termYears: i.years,
            leadership: i.b % 2 ? leaders(i.b) : undefined,
          },
        }
      );
    case 'postpone':
      return (
        s && {
          type: 'PostponeBranchRenewal',
          data: {
            branchId: b,
            decidedOn: addDays(s.term.startedOn, i.a % 1800),
            approvalRef: i.b % 9 ? `川民社〔${2018 + (i.a % 8)}〕${i.b}号` : ' ',
            newDueOn: addDays(s.dueOn, 1 + (i.b % 400)),
          },
        }
      );
    case 'lead':
      return (
        s && {
          type: 'ChangeBranchLeadership',
          data: { branchId: b, changedOn: addDays(s.term.startedOn, i.a % 1800), leadership: leaders(i.b) },
        }
      );
    case 'party':
      return (
        s && {
          type: 'FormPartyGroup',
          data: { branchId: b, formedOn: addDays(s.term.startedOn, i.a % 1800), leader: i.b % 2 ? `党建组长${i.b}` : undefined },
        }
      );
    case 'dissolve':
      return s && { type: 'DissolveBranch', data: { branchId: b, dissolvedOn: addDays(s.term.startedOn, i.a % 1800), reason: '撤销' } };
    default:
      return undefined;
  }
}

/** Valid sequences: branch events from the decider, interleaved with BylawsAdopted of the tenants. */
const validEvents = fc.array(intent, { minLength: 5, maxLength: 100, size: 'max' }).map((intents) => {
  const events: ProjectedEvent[] = [];
  const steps = intents.map((i) => ({
    tenant: i.tenant,
    streamId: branch.toBranchStreamId(i.tenant, i.branchId),
    command: (s: BranchState) => commandFor(i, s),
  }));
  for (const e of simulate(branch.branchDecider, steps)) events.push(e);
  intents.forEach((i, n) => {
    if (i.what !== 'bylaws') return;
    const settings = i.b % 3 ? { renewalPreparationMonths: 1 + (i.b % 12) } : { councilQuorum: 0.5 };
    events.splice(
      Math.min(n, events.length),
      0,
      projected('BylawsAdopted', { occurredOn: day(i.a), settings } as never, i.tenant, `organization-${i.tenant}.profile`, 0),
    );
  });
  return events.map((e, n) => ({ ...e, position: String(n + 1) }));
});

describe('branch-registry projection', () => {
  describe('batches and resumes', () => {
    itKeepsTheBatchLaws(projection, validEvents, { neverSeen: 'for branches' });
  });

  const tenant = 'sichuan';
  let position = 0;
  const event = (type: string, data: Record<string, unknown> & { occurredOn: string }, t = tenant) =>
    projected(type, data, t, `branch-${t}.${String(data.branchId ?? 'x')}`, ++position);
  const founded = event('BranchFounded', {
    occurredOn: '2023-06-01',
    branchId: 'rehab',
    name: '医疗康复管理分会',
    kind: 'society',
    term: { number: 1, startedOn: '2023-06-01', endsOn: '2028-06-01' },
    leadership: [{ role: '主任委员', name: '张三' }],
  });
  const doc = (...events: ProjectedEvent[]): BranchRegistryDoc => projectAll(projection, events).get(tenant)!;
  const rehab = (...events: ProjectedEvent[]) => doc(founded, ...events).branches.rehab;

  describe('status of a branch founded 2023-06-01 with a five-year term (due 2028-06-01)', () => {
    it.each([
      ['2024-01-01', 'current'],
      ['2027-11-30', 'current'],
      ['2027-12-01', 'due-soon'],
      ['2028-06-01', 'due-soon'],
      ['2028-06-02', 'overdue'],
      ['2030-01-01', 'overdue'],
    ])('on %s it is %s', (today, status) => expect(branchStatus(rehab(), today)).toBe(status));

    it('renewed 2028-05-20 it is current again, in its second term due 2033-05-20, with the first term in its history', () => {
      const renewed = event('BranchTermRenewed', {
        occurredOn: '2028-05-20',
        branchId: 'rehab',
        term: { number: 2, startedOn: '2028-05-20', endsOn: '2033-05-20' },
        leadership: [{ role: '主任委员', name: '李四' }],
      });
      const b = rehab(renewed);
      expect(b.term).toEqual({ number: 2, startedOn: '2028-05-20', endsOn: '2033-05-20' });
      expect(b.dueOn).toBe('2033-05-20');
      expect(b.leadership).toEqual([{ role: '主任委员', name: '李四' }]);
      expect(b.history).toEqual([
        { number: 1, startedOn: '2023-06-01', endsOn: '2028-06-01', renewedOn: '2028-05-20' },
        { number: 2, startedOn: '2028-05-20', endsOn: '2033-05-20' },
      ]);
      expect(branchStatus(b, '2028-06-02')).toBe('current');
      expect(branchStatus(b, '2032-11-20')).toBe('due-soon');
    });

    it('a postponement to 2029-01-31 makes it postponed until then, and overdue after', () => {
      const postponed = event('BranchRenewalPostponed', {
        occurredOn: '2028-05-10',
        branchId: 'rehab',
        approvalRef: '川民社函〔2028〕12号',
        previousDueOn: '2028-06-01',
        newDueOn: '2029-01-31',
      });
      const b = rehab(postponed);
      expect(b.dueOn).toBe('2029-01-31');
      expect(b.postponement).toEqual({
        approvalRef: '川民社函〔2028〕12号',
        decidedOn: '2028-05-10',
        previousDueOn: '2028-06-01',
        newDueOn: '2029-01-31',
      });
      expect(branchStatus(b, '2028-05-10')).toBe('postponed');
      expect(branchStatus(b, '2028-06-02')).toBe('postponed');
      expect(branchStatus(b, '2029-01-31')).toBe('postponed');
      expect(branchStatus(b, '2029-02-01')).toBe('overdue');
      // renewed at last: the postponement ends with the term, kept in the term's history
      const renewed = event('BranchTermRenewed', {
        occurredOn: '2029-01-15',
        branchId: 'rehab',
        term: { number: 2, startedOn: '2029-01-15', endsOn: '2034-01-15' },
        leadership: [],
      });
      const after = rehab(postponed, renewed);
      expect(after.postponement).toBeUndefined();
      expect(after.history[0]).toEqual({
        number: 1,
        startedOn: '2023-06-01',
        endsOn: '2028-06-01',
        renewedOn: '2029-01-15',
        postponement: { approvalRef: '川民社函〔2028〕12号', decidedOn: '2028-05-10', previousDueOn: '2028-06-01', newDueOn: '2029-01-31' },
      });
      expect(branchStatus(after, '2029-02-01')).toBe('current');
    });

    it('dissolved it is dissolved whatever the day', () => {
      const b = rehab(event('BranchDissolved', { occurredOn: '2025-03-01', branchId: 'rehab', reason: '并入急诊管理分会' }));
      expect(b.dissolved).toEqual({ dissolvedOn: '2025-03-01', reason: '并入急诊管理分会' });
      expect(branchStatus(b, '2024-01-01')).toBe('dissolved');
      expect(branchStatus(b, '2030-01-01')).toBe('dissolved');
    });

    it('takes the window in days when given a number: 180 days before 2028-06-01 is 2027-12-04', () => {
      expect(branchStatus(rehab(), '2027-12-03', 180)).toBe('current');
      expect(branchStatus(rehab(), '2027-12-04', 180)).toBe('due-soon');
    });
  });

  describe('the document', () => {
    it('keeps name, kind, leadership, party group and origin', () => {
      const registered = event('BranchRegistered', {
        occurredOn: '2023-01-10',
        branchId: 'emergency',
        name: '急诊管理分会',
        kind: 'society',
        term: { number: 3, startedOn: '2021-04-01', endsOn: '2026-04-01' },
        hasPartyGroup: true,
        leadership: [],
      });
      const d = doc(
        founded,
        registered,
        event('BranchLeadershipChanged', { occurredOn: '2024-02-01', branchId: 'rehab', leadership: [{ role: '主任委员', name: '王五' }] }),
        event('PartyGroupFormed', { occurredOn: '2024-07-01', branchId: 'rehab', leader: '赵六' }),
      );
      expect(d.branches.rehab).toMatchObject({
        name: '医疗康复管理分会',
        kind: 'society',
        origin: 'founded',
        recordedOn: '2023-06-01',
        leadership: [{ role: '主任委员', name: '王五' }],
        hasPartyGroup: true,
        partyGroup: { formedOn: '2024-07-01', leader: '赵六' },
      });
      expect(d.branches.emergency).toMatchObject({ origin: 'registered', hasPartyGroup: true, dueOn: '2026-04-01', term: { number: 3 } });
      expect(d.branches.emergency.partyGroup).toBeUndefined();
    });

    it('uses the tenant bylaws window: with renewalPreparationMonths 3 the branch is due soon from 2028-03-01', () => {
      const bylaws = projected(
        'BylawsAdopted',
        { occurredOn: '2023-01-01', settings: { renewalPreparationMonths: 3 } } as never,
        tenant,
        `organization-${tenant}.profile`,
        ++position,
      );
      const d = doc(
        bylaws,
        founded,
        projected(
          'BylawsAdopted',
          { occurredOn: '2024-01-01', settings: { councilQuorum: 0.5 } } as never,
          tenant,
          `organization-${tenant}.profile`,
          ++position,
        ),
      );
      expect(d.renewalPreparationMonths).toBe(3);
      expect(listBranches(d, { today: '2027-12-01' })[0].status).toBe('current');
      expect(listBranches(d, { today: '2028-03-01' })[0].status).toBe('due-soon');
      expect(listBranches(d, { today: '2027-12-01', dueSoon: { months: 6 } })[0].status).toBe('due-soon');
    });

    it('lists branches with their status on the day, filtered by status, by due date', () => {
      const other = (id: string, startedOn: string, endsOn: string) =>
        event('BranchFounded', {
          occurredOn: startedOn,
          branchId: id,
          name: id,
          kind: 'committee',
          term: { number: 1, startedOn, endsOn },
          leadership: [],
        });
      const d = doc(
        founded,
        other('nursing', '2021-09-01', '2026-09-01'),
        other('pharmacy', '2020-01-01', '2025-01-01'),
        other('closed', '2020-01-01', '2025-01-01'),
        event('BranchDissolved', { occurredOn: '2022-01-01', branchId: 'closed', reason: '撤销' }),
        event('BranchRenewalPostponed', {
          occurredOn: '2024-12-01',
          branchId: 'pharmacy',
          approvalRef: 'A-1',
          previousDueOn: '2025-01-01',
          newDueOn: '2025-12-31',
        }),
      );
      const today = '2026-05-01';
      expect(listBranches(d, { today }).map((b) => [b.branchId, b.status])).toEqual([
        ['closed', 'dissolved'],
        ['pharmacy', 'overdue'],
        ['nursing', 'due-soon'],
        ['rehab', 'current'],
      ]);
      expect(listBranches(d, { today, status: 'due-soon' }).map((b) => b.branchId)).toEqual(['nursing']);
      expect(listBranches(d, { today: '2025-06-01', status: 'postponed' }).map((b) => b.branchId)).toEqual(['pharmacy']);
      expect(() => listBranches(d, { today: '2026/05/01' })).toThrow(RangeError);
    });

    it('ignores events of branches it never saw, a second founding, and changes after dissolution', () => {
      const dissolved = event('BranchDissolved', { occurredOn: '2025-03-01', branchId: 'rehab', reason: '撤销' });
      const d = doc(
        event('BranchTermRenewed', {
          occurredOn: '2024-01-01',
          branchId: 'ghost',
          term: { number: 2, startedOn: '2024-01-01', endsOn: '2029-01-01' },
          leadership: [],
        }),
        event('PartyGroupFormed', { occurredOn: '2024-01-01', branchId: '__proto__' }),
        founded,
        event('BranchFounded', { ...(founded.data as { occurredOn: string }), name: '别的名字' }),
        dissolved,
        event('BranchLeadershipChanged', { occurredOn: '2025-04-01', branchId: 'rehab', leadership: [] }),
      );
      expect(Object.keys(d.branches)).toEqual(['rehab']);
      expect(d.branches.rehab.name).toBe('医疗康复管理分会');
      expect(d.branches.rehab.leadership).toEqual([{ role: '主任委员', name: '张三' }]);
    });

    it('keys by tenant, and ignores events without one', () => {
      expect(projection.keysOf(founded)).toEqual(['sichuan']);
      expect(projection.keysOf({ ...founded, metadata: { ...founded.metadata, tenant: '' } })).toEqual([]);
      expect(projection.keysOf({ ...founded, type: 'TrainingHeld' })).toEqual([]);
    });
  });

  it('adds calendar months, falling back to the last day of a shorter month', () => {
    expect(addMonths('2028-06-01', -6)).toBe('2027-12-01');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', -6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});
