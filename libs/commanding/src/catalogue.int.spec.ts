import { branch, member } from '@assocflow/domain';
import { MemoryEventStore } from '@assocflow/eventstore';
import { catalogueEntry, catalogueOf, CommandNotInCatalogue, dispatch } from './catalogue';

const context = { tenant: 'sichuan', actor: 'key-1', correlationId: 'corr-1' };
const found: branch.FoundBranch = {
  type: 'FoundBranch',
  data: { branchId: 'rehab', name: '医疗康复管理分会', kind: 'society', foundedOn: '2023-06-01' },
};
const join: member.JoinMember = { type: 'JoinMember', data: { memberId: 'm-1', name: '张三', kind: 'individual', joinedOn: '2023-06-01' } };

const branchEntry = catalogueEntry({
  name: 'branch',
  commands: {
    ApproveBranchPreparation: true,
    SetUpBranchSubgroup: true,
    FoundBranch: true,
    RegisterBranch: true,
    RenewBranchTerm: true,
    PostponeBranchRenewal: true,
    ChangeBranchLeadership: true,
    FormPartyGroup: true,
    DissolveBranch: true,
  },
  toStreamId: branch.toBranchStreamId,
  decider: branch.branchDecider,
  upcasters: branch.branchUpcasters,
});
const memberEntry = catalogueEntry({
  name: 'member',
  commands: { JoinMember: true, PayDues: true, LeaveMember: true },
  toStreamId: member.toMemberStreamId,
  decider: member.memberDecider,
  upcasters: member.memberUpcasters,
});
const catalogue = catalogueOf(branchEntry, memberEntry);

describe('dispatch', () => {
  it("appends to the stream the aggregate's entry names for the tenant and id", async () => {
    const store = new MemoryEventStore();
    const result = await dispatch(store, catalogue, { aggregate: 'branch', id: 'rehab' }, found, context);
    expect(result).toMatchObject({ streamId: 'branch-sichuan.rehab', revision: 0n, events: [{ type: 'BranchFounded' }] });
    expect((await store.readStream('branch-sichuan.rehab')).map((e) => e.type)).toEqual(['BranchFounded']);
  });

  it('asks a decider factory for the rules of the tenant, with the store and the context', async () => {
    const store = new MemoryEventStore();
    const asked: string[] = [];
    const tenantBranches = catalogueOf({
      ...branchEntry,
      decider: async (_store, ctx) => {
        asked.push(ctx.tenant);
        return branch.branchDecider;
      },
    });
    await dispatch(store, tenantBranches, { aggregate: 'branch', id: 'rehab' }, found, context);
    expect(asked).toEqual(['sichuan']);
  });

  it('checks the branches a command names before deciding', async () => {
    const withReferences = catalogueOf({ ...branchEntry, references: () => [{ branchId: 'nowhere', field: 'lead.branchId' }] });
    await expect(dispatch(new MemoryEventStore(), withReferences, { aggregate: 'branch', id: 'rehab' }, found, context)).rejects.toThrow(
      branch.BranchNotFound,
    );
  });

  it('refuses a command of another aggregate and an aggregate not in the catalogue, appending nothing', async () => {
    const store = new MemoryEventStore();
    const wide: Record<string, typeof branchEntry | typeof memberEntry> = catalogue;
    await expect(dispatch(store, wide, { aggregate: 'branch', id: 'rehab' }, join, context)).rejects.toThrow(CommandNotInCatalogue);
    await expect(dispatch(store, wide, { aggregate: 'honor', id: 'x' }, found, context)).rejects.toThrow(CommandNotInCatalogue);
    expect(await store.readAll()).toEqual([]);
  });

  it('does not compile a command of another aggregate or an unknown aggregate', () => {
    const store = new MemoryEventStore();
    const typed = () => {
      // @ts-expect-error JoinMember is not a branch command
      void dispatch(store, catalogue, { aggregate: 'branch', id: 'rehab' }, join, context);
      // @ts-expect-error there is no honor aggregate in this catalogue
      void dispatch(store, catalogue, { aggregate: 'honor', id: 'rehab' }, found, context);
    };
    expect(typed).toBeInstanceOf(Function);
  });
});

describe('catalogueOf', () => {
  it('refuses an aggregate named twice', () => {
    expect(() => catalogueOf(branchEntry, { ...memberEntry, name: 'branch' })).toThrow('aggregate branch is in the catalogue twice');
  });
});
