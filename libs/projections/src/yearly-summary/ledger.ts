import type { branch, member, membership, workplan } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import { inYear } from './dates';
import { compact, own } from '../shared/document-helpers';
import type { BranchEntry, IndicatorValue, MemberEntry, PlanEntry, SummaryLedger } from './summary.document';

/**
 * The state a year's end figures need beyond the year's own records: branches and members as
 * known from their events up to the year's end, the stated membership figures, the work plan.
 * Every function returns the ledger changed (a copy), or the same ledger when nothing changes.
 */

const BRANCH_EVENTS: ReadonlySet<string> = new Set([
  'BranchFounded',
  'BranchRegistered',
  'BranchTermRenewed',
  'BranchRenewalPostponed',
  'BranchLeadershipChanged',
  'PartyGroupFormed',
  'BranchDissolved',
  'BranchPreparationApproved',
  'BranchSubgroupSetUp',
]);
const MEMBER_EVENTS: ReadonlySet<string> = new Set(['MemberJoined', 'DuesPaid', 'MemberLeft']);

export const isBranchEvent = (type: string): boolean => BRANCH_EVENTS.has(type);
export const isMemberEvent = (type: string): boolean => MEMBER_EVENTS.has(type);

function branchChanged(entry: BranchEntry, event: ProjectedEvent): BranchEntry {
  switch (event.type) {
    case 'BranchFounded': {
      const d = event.data as unknown as branch.BranchFounded['data'];
      return { ...entry, name: d.name, foundedOn: d.occurredOn, dueOn: d.term.endsOn };
    }
    case 'BranchRegistered': {
      const d = event.data as unknown as branch.BranchRegistered['data'];
      return { ...entry, name: d.name, registeredOn: d.occurredOn, dueOn: d.term.endsOn, partyGroup: entry.partyGroup || d.hasPartyGroup };
    }
    case 'BranchTermRenewed': {
      const d = event.data as unknown as branch.BranchTermRenewed['data'];
      return { ...entry, dueOn: d.term.endsOn, renewedOn: [...entry.renewedOn, d.occurredOn] };
    }
    case 'BranchRenewalPostponed': {
      const d = event.data as unknown as branch.BranchRenewalPostponed['data'];
      return { ...entry, dueOn: d.newDueOn };
    }
    case 'PartyGroupFormed':
      return { ...entry, partyGroup: true, partyGroupFormedOn: (event.data as unknown as branch.PartyGroupFormed['data']).occurredOn };
    case 'BranchDissolved':
      return { ...entry, dissolvedOn: (event.data as unknown as branch.BranchDissolved['data']).occurredOn };
    case 'BranchPreparationApproved': {
      const d = event.data as unknown as branch.BranchPreparationApproved['data'];
      return { ...entry, name: entry.name ?? d.name, preparingSince: d.occurredOn };
    }
    case 'BranchSubgroupSetUp':
      return {
        ...entry,
        subgroupsSetUpOn: [...(entry.subgroupsSetUpOn ?? []), (event.data as unknown as branch.BranchSubgroupSetUp['data']).occurredOn],
      };
    default:
      // BranchLeadershipChanged: shows the branch exists, even when its founding is older than the horizon.
      return entry;
  }
}

export function withBranchEvent(ledger: SummaryLedger, event: ProjectedEvent): SummaryLedger {
  const branchId = (event.data as { branchId?: unknown }).branchId;
  if (typeof branchId !== 'string') return ledger;
  const known: BranchEntry = own(ledger.branches, branchId) ?? { streamId: event.streamId, renewedOn: [], partyGroup: false };
  // In place, as the records table: the fold owns the document (see Projection.evolve).
  setOwn(ledger.branches, branchId, compact(branchChanged(known, event)));
  return { ...ledger };
}

export function withMemberEvent(ledger: SummaryLedger, event: ProjectedEvent): SummaryLedger {
  const memberId = (event.data as { memberId?: unknown }).memberId;
  if (typeof memberId !== 'string') return ledger;
  const known: MemberEntry = own(ledger.members, memberId) ?? {};
  let next: MemberEntry = known;
  if (event.type === 'MemberJoined') next = { ...known, joinedOn: (event.data as unknown as member.MemberJoined['data']).occurredOn };
  if (event.type === 'MemberLeft') next = { ...known, leftOn: (event.data as unknown as member.MemberLeft['data']).occurredOn };
  setOwn(ledger.members, memberId, next);
  return { ...ledger };
}

const countOf = (c: { value: number; approximate: boolean } | undefined): IndicatorValue | undefined =>
  c ? { value: c.value, approximate: c.approximate } : undefined;

/** A correction replaces every figure of the year: a figure it does not state is no longer stated. */
export function withMembershipTotals(ledger: SummaryLedger, event: ProjectedEvent): SummaryLedger {
  const d = event.data as unknown as membership.MembershipTotalsRecorded['data'];
  return { ...ledger, membershipStated: compact({ joined: countOf(d.joined), activeAtYearEnd: countOf(d.activeAtYearEnd) }) };
}

/** Mirrors the work-plan decider's evolve: removing then adding a target id revises it and keeps its evidence. */
export function withWorkPlanEvent(ledger: SummaryLedger, event: ProjectedEvent): SummaryLedger {
  switch (event.type) {
    case 'WorkPlanAdopted': {
      const d = event.data as unknown as workplan.WorkPlanAdopted['data'];
      const plan: PlanEntry = compact({ adoptedOn: d.adoptedOn, documentNumber: d.documentNumber, targets: d.targets, evidence: {} });
      return { ...ledger, plan };
    }
    case 'WorkPlanAmended': {
      const plan = ledger.plan;
      if (!plan) return ledger;
      const d = event.data as unknown as workplan.WorkPlanAmended['data'];
      const addedIds = d.added.map((t) => t.targetId);
      const evidence = Object.fromEntries(Object.entries(plan.evidence).filter(([id]) => !d.removed.includes(id) || addedIds.includes(id)));
      return {
        ...ledger,
        plan: { ...plan, targets: [...plan.targets.filter((t) => !d.removed.includes(t.targetId)), ...d.added], evidence },
      };
    }
    case 'TargetLinked': {
      const plan = ledger.plan;
      if (!plan) return ledger;
      const d = event.data as unknown as workplan.TargetLinked['data'];
      return {
        ...ledger,
        plan: { ...plan, evidence: { ...plan.evidence, [d.targetId]: [...(own(plan.evidence, d.targetId) ?? []), d.evidence] } },
      };
    }
    default:
      return ledger;
  }
}

// ---------------------------------------------------------------------------------------------
// Year-end figures
// ---------------------------------------------------------------------------------------------

const exact = (value: number): IndicatorValue => ({ value, approximate: false });

/**
 * A document only ever sees events up to its year's end, so "not dissolved" is "active at year
 * end", unless it is only in preparation (筹备) and not founded yet.
 */
const isActive = (b: BranchEntry): boolean =>
  b.dissolvedOn === undefined && (b.preparingSince === undefined || b.foundedOn !== undefined || b.registeredOn !== undefined);

export function branchFigures(ledger: SummaryLedger, year: number) {
  const branches = Object.values(ledger.branches);
  const active = branches.filter(isActive);
  const yearEnd = `${year}-12-31`;
  return {
    'party.groupsFormed': exact(branches.filter((b) => inYear(b.partyGroupFormedOn, year)).length),
    'party.branchesWithGroup': exact(active.filter((b) => b.partyGroup).length),
    'branches.founded': exact(branches.filter((b) => inYear(b.foundedOn, year)).length),
    'branches.renewed': exact(branches.reduce((n, b) => n + b.renewedOn.filter((d) => inYear(d, year)).length, 0)),
    // The due date is the term end, or the later date an approved postponement set.
    'branches.overdue': exact(active.filter((b) => b.dueOn !== undefined && b.dueOn < yearEnd).length),
    'branches.active': exact(active.length),
    'branches.inPreparation': exact(branches.filter((b) => inYear(b.preparingSince, year)).length),
    'branches.subgroupsSetUp': exact(branches.reduce((n, b) => n + (b.subgroupsSetUpOn ?? []).filter((d) => inYear(d, year)).length, 0)),
  } as const;
}

/**
 * Members one by one (MemberJoined, MemberLeft) when the year has MemberJoined events; otherwise
 * the figures a document stated for the year (MembershipTotals*), where it stated them.
 */
export function memberFigures(ledger: SummaryLedger, year: number) {
  const members = Object.values(ledger.members);
  const joined = members.filter((m) => inYear(m.joinedOn, year)).length;
  const active = members.filter((m) => m.leftOn === undefined).length;
  const stated = joined === 0 ? ledger.membershipStated : undefined;
  return {
    'members.joined': stated?.joined ?? exact(joined),
    'members.active': stated?.activeAtYearEnd ?? exact(active),
  } as const;
}

/** Branches founded in the year (BranchFounded), oldest first: for the plan's named branches. */
export function branchesFoundedIn(
  ledger: SummaryLedger,
  year: number,
): { branchId: string; streamId: string; name: string; foundedOn: string }[] {
  return Object.entries(ledger.branches)
    .filter(([, b]) => inYear(b.foundedOn, year))
    .map(([branchId, b]) => ({ branchId, streamId: b.streamId, name: b.name ?? '', foundedOn: b.foundedOn! }))
    .sort((a, b) => (a.foundedOn === b.foundedOn ? (a.branchId < b.branchId ? -1 : 1) : a.foundedOn < b.foundedOn ? -1 : 1));
}

/** Sets an own property even for keys such as `__proto__`, which plain assignment would not. */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  // `__proto__` is the one inherited accessor of Object.prototype; defineProperty is slow on
  // tables of thousands of keys, so it is kept for that key alone.
  if (key === '__proto__') Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
  else table[key] = value;
}
