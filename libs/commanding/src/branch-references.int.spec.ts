import { activity, branch } from '@assocflow/domain';
import { MemoryEventStore } from '@assocflow/eventstore';
import { requireBranchesExist, unknownBranches } from './branch-references';
import { handleCommand } from './handle-command';

const context = { tenant: 'sichuan', actor: 'key-1', correlationId: 'corr-1' };
const branches = { decider: branch.branchDecider, upcasters: branch.branchUpcasters };
const activities = { decider: activity.activityDecider, upcasters: activity.activityUpcasters, references: activity.branchReferences };
const training = (branchId: string): activity.RecordTraining => ({
  type: 'RecordTraining',
  data: {
    activityId: 'dip-2023',
    title: 'DIP专题培训班',
    heldOn: '2023-05-12',
    organizer: { kind: 'branch', branchId },
    sessions: 1,
    mode: 'offline',
    participants: { value: 320, approximate: false },
  },
});

async function withBranch(id: string, how: 'found' | 'register' = 'found'): Promise<MemoryEventStore> {
  const store = new MemoryEventStore();
  const streamId = branch.toBranchStreamId('sichuan', id);
  const command: branch.BranchCommand =
    how === 'found'
      ? { type: 'FoundBranch', data: { branchId: id, name: '医疗质量管理分会', kind: 'society', foundedOn: '2023-01-10' } }
      : {
          type: 'RegisterBranch',
          data: {
            branchId: id,
            name: '医疗质量管理分会',
            kind: 'society',
            registeredOn: '2023-01-01',
            termNumber: 2,
            termStartedOn: '2021-01-01',
            hasPartyGroup: false,
          },
        };
  await handleCommand(store, branches, streamId, command, context);
  return store;
}

describe('branch references', () => {
  it('knows a branch founded or registered in the tenant, and no other', async () => {
    const founded = await withBranch('quality-mgmt');
    const registered = await withBranch('quality-mgmt', 'register');
    const refs = [
      { field: 'organizer.branchId', branchId: 'quality-mgmt' },
      { field: 'issuer.branchId', branchId: 'nowhere' },
    ];
    expect(await unknownBranches(founded, 'sichuan', refs)).toEqual([refs[1]]);
    expect(await unknownBranches(registered, 'sichuan', refs)).toEqual([refs[1]]);
    expect(await unknownBranches(founded, 'shandong', refs)).toEqual(refs);
    await expect(requireBranchesExist(founded, 'sichuan', [])).resolves.toBeUndefined();
  });

  it('a branch in preparation (筹备) exists once founded, not before', async () => {
    const store = new MemoryEventStore();
    const streamId = branch.toBranchStreamId('sichuan', 'procurement');
    await handleCommand(
      store,
      branches,
      streamId,
      {
        type: 'ApproveBranchPreparation',
        data: { branchId: 'procurement', name: '医院采购管理分会', kind: 'society', approvedOn: '2023-04-20' },
      },
      context,
    );
    const refs = [{ field: 'organizer.branchId', branchId: 'procurement' }];
    expect(await unknownBranches(store, 'sichuan', refs)).toEqual(refs);
    await handleCommand(
      store,
      branches,
      streamId,
      { type: 'FoundBranch', data: { branchId: 'procurement', name: '医院采购管理分会', kind: 'society', foundedOn: '2023-06-01' } },
      context,
    );
    expect(await unknownBranches(store, 'sichuan', refs)).toEqual([]);
  });

  it('refuses a command naming a branch that does not exist, naming the field, and appends nothing', async () => {
    const store = await withBranch('quality-mgmt');
    const streamId = activity.toActivityStreamId('sichuan', 'dip-2023');
    const refused = handleCommand(store, activities, streamId, training('infection-control'), context);
    await expect(refused).rejects.toBeInstanceOf(branch.BranchNotFound);
    await expect(refused).rejects.toMatchObject({
      rule: 'branch-must-exist',
      field: 'organizer.branchId',
      message: expect.stringMatching(/infection-control/),
    });
    expect(await store.readStream(streamId)).toEqual([]);
    const accepted = await handleCommand(store, activities, streamId, training('quality-mgmt'), context);
    expect(accepted.events).toEqual([expect.objectContaining({ type: 'TrainingHeld' })]);
  });
});
