import { branch, type BranchReference } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';

const ESTABLISHING = new Set<string>(branch.BRANCH_ESTABLISHING_EVENT_TYPES);

/**
 * The references whose branch has no stream begun by its founding or registration, after its
 * preparation if it had one (`branch-<tenant>.<branchId>`), in the order given. A branch dissolved since still exists:
 * what it did before is on the record.
 */
export async function unknownBranches(
  store: EventStore,
  tenant: string,
  references: readonly BranchReference[],
): Promise<BranchReference[]> {
  const known = new Map<string, boolean>();
  const unknown: BranchReference[] = [];
  for (const reference of references) {
    let exists = known.get(reference.branchId);
    if (exists === undefined) {
      // The branch decider takes nothing before the founding or registration but a preparation
      // (筹备), which is not a branch yet: the first two events say.
      const [first, second] = await store.readStream(branch.toBranchStreamId(tenant, reference.branchId), { maxCount: 2 });
      exists =
        first !== undefined &&
        (ESTABLISHING.has(first.type) ||
          (first.type === 'BranchPreparationApproved' && second !== undefined && ESTABLISHING.has(second.type)));
      known.set(reference.branchId, exists);
    }
    if (!exists) unknown.push(reference);
  }
  return unknown;
}

/** Refuses (BranchNotFound, HTTP 422 naming the field) a command naming a branch that does not exist. */
export async function requireBranchesExist(store: EventStore, tenant: string, references: readonly BranchReference[]): Promise<void> {
  if (references.length === 0) return;
  const [unknown] = await unknownBranches(store, tenant, references);
  if (unknown) throw new branch.BranchNotFound(unknown.branchId, unknown.field);
}
