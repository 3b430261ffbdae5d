import { branch, indicator, member } from '@assocflow/domain';
import { MemoryEventStore } from '@assocflow/eventstore';
import { catalogueEntry, catalogueOf, CommandNotInCatalogue, dispatch, type Catalogue } from './catalogue';

const context = { tenant: 'sichuan', actor: 'key-1', correlationId: 'corr-1' };
const join: member.JoinMember = { type: 'JoinMember', data: { memberId: 'm-1', name: '张三', kind: 'individual', joinedOn: '2023-06-01' } };

const memberEntry = catalogueEntry({
  name: 'member',
  commands: { JoinMember: true, PayDues: true, LeaveMember: true },
  toStreamId: member.toMemberStreamId,
  decider: member.memberDecider,
  upcasters: member.memberUpcasters,
});
const indicatorEntry = catalogueEntry({
  name: 'indicator',
  commands: { RecordIndicator: true },
  toStreamId: indicator.toIndicatorStreamId,
  decider: indicator.indicatorDecider,
  upcasters: indicator.indicatorUpcasters,
});
const catalogue = catalogueOf(memberEntry, indicatorEntry);

describe('dispatch', () => {
  it("appends to the stream the aggregate's entry names for the tenant and id", async () => {
    const store = new MemoryEventStore();
    const result = await dispatch(store, catalogue, { aggregate: 'member', id: 'm-1' }, join, context);
    expect(result).toMatchObject({ streamId: 'member-sichuan.m-1', revision: 0n, events: [{ type: 'MemberJoined' }] });
    expect((await store.readStream('member-sichuan.m-1')).map((e) => e.type)).toEqual(['MemberJoined']);
  });

  it('asks a decider factory for the rules of the tenant, with the store and the context', async () => {
    const asked: string[] = [];
    const tenantMembers = catalogueOf({
      ...memberEntry,
      decider: async (_store, ctx) => {
        asked.push(ctx.tenant);
        return member.memberDecider;
      },
    });
    await dispatch(new MemoryEventStore(), tenantMembers, { aggregate: 'member', id: 'm-1' }, join, context);
    expect(asked).toEqual(['sichuan']);
  });

  it('checks the branches a command names before deciding', async () => {
    const withReferences = catalogueOf({ ...memberEntry, references: () => [{ branchId: 'nowhere', field: 'branchId' }] });
    await expect(dispatch(new MemoryEventStore(), withReferences, { aggregate: 'member', id: 'm-1' }, join, context)).rejects.toThrow(
      branch.BranchNotFound,
    );
  });

  it('refuses a command of another aggregate and an aggregate not in the catalogue, appending nothing', async () => {
    const store = new MemoryEventStore();
    const wide: Catalogue = catalogue;
    await expect(dispatch(store, wide, { aggregate: 'indicator', id: 'm-1' }, join, context)).rejects.toThrow(CommandNotInCatalogue);
    await expect(dispatch(store, wide, { aggregate: 'honor', id: 'm-1' }, join, context)).rejects.toThrow(CommandNotInCatalogue);
    expect(await store.readAll()).toEqual([]);
  });

  it('does not compile a command of another aggregate or an unknown aggregate', () => {
    const store = new MemoryEventStore();
    const typed = () => {
      // @ts-expect-error JoinMember is not an indicator command
      void dispatch(store, catalogue, { aggregate: 'indicator', id: 'm-1' }, join, context);
      // @ts-expect-error there is no honor aggregate in this catalogue
      void dispatch(store, catalogue, { aggregate: 'honor', id: 'm-1' }, join, context);
    };
    expect(typed).toBeInstanceOf(Function);
  });
});

describe('catalogueOf', () => {
  it('refuses an aggregate named twice', () => {
    expect(() => catalogueOf(memberEntry, { ...indicatorEntry, name: 'member' })).toThrow('aggregate member is in the catalogue twice');
  });
});
