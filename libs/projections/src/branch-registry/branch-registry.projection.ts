import { own, put } from '../shared/document-helpers';
import { DEFAULT_BYLAWS, addDays, branch, isIsoDate, type IsoDate, type organization } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';
import type {
  BranchEntry,
  BranchPostponement,
  BranchRegistryDoc,
  BranchStatus,
  BranchTermRecord,
  BranchView,
} from './branch-registry.types';

/**
 * 分支机构名册: every branch of a tenant with its term, renewal due date, postponement,
 * leadership and party group. Statuses depend on the day asked, so the document stores the
 * facts and `branchStatus` / `listBranches` compute the status for a given day.
 */
/** Branches as founded or registered: a preparation (筹备) and a sub-group (学组) are not branches of the register. */
const NOT_IN_REGISTER: readonly string[] = ['BranchPreparationApproved', 'BranchSubgroupSetUp'];
export const BRANCH_REGISTRY_HANDLES = [
  ...(branch.BRANCH_EVENT_TYPES.filter((t) => !NOT_IN_REGISTER.includes(t)) as Exclude<
    branch.BranchEvent['type'],
    'BranchPreparationApproved' | 'BranchSubgroupSetUp'
  >[]),
  'BylawsAdopted',
] as const;

type BranchEventData = { [E in branch.BranchEvent as E['type']]: E['data'] };
type BylawsAdoptedData = organization.BylawsAdopted['data'];

function withBranch(doc: BranchRegistryDoc, entry: BranchEntry): BranchRegistryDoc {
  return { ...doc, branches: put(doc.branches, entry.branchId, entry) };
}

/** The current term is the last entry of the history: keep both in step. */
function withCurrentTerm(entry: BranchEntry, change: Partial<BranchTermRecord>): BranchTermRecord[] {
  const history = entry.history.length ? entry.history : [{ ...entry.term }];
  return [...history.slice(0, -1), { ...history[history.length - 1], ...change }];
}

function onFoundedOrRegistered(
  doc: BranchRegistryDoc,
  event: ProjectedEvent,
  data: BranchEventData['BranchFounded'] | BranchEventData['BranchRegistered'],
): BranchRegistryDoc {
  // Founded twice is refused by the domain; should it ever reach us, the first record stands.
  if (typeof data.branchId !== 'string' || !data.term || own(doc.branches, data.branchId)) return doc;
  const registered = event.type === 'BranchRegistered';
  const term = { number: data.term.number, startedOn: data.term.startedOn, endsOn: data.term.endsOn };
  return withBranch(doc, {
    branchId: data.branchId,
    name: data.name,
    kind: data.kind,
    origin: registered ? 'registered' : 'founded',
    recordedOn: data.occurredOn,
    term,
    dueOn: term.endsOn,
    leadership: data.leadership ?? [],
    hasPartyGroup: registered ? Boolean((data as BranchEventData['BranchRegistered']).hasPartyGroup) : false,
    history: [{ ...term }],
  });
}

function evolveBranch(doc: BranchRegistryDoc, event: ProjectedEvent): BranchRegistryDoc {
  switch (event.type) {
    case 'BranchFounded':
    case 'BranchRegistered':
      return onFoundedOrRegistered(doc, event, event.data as BranchEventData['BranchFounded']);
    case 'BylawsAdopted': {
      const months = (event.data as BylawsAdoptedData).settings?.renewalPreparationMonths;
      return Number.isInteger(months) && months! > 0 ? { ...doc, renewalPreparationMonths: months! } : doc;
    }
  }
  const branchId = (event.data as { branchId?: unknown }).branchId;
  const entry = typeof branchId === 'string' ? own(doc.branches, branchId) : undefined;
  // An event for a branch never founded or registered here, or for one dissolved: nothing to update.
  if (!entry || entry.dissolved) return doc;
  switch (event.type) {
    case 'BranchTermRenewed': {
      const e = event.data as BranchEventData['BranchTermRenewed'];
      if (!e.term) return doc;
      const term = { number: e.term.number, startedOn: e.term.startedOn, endsOn: e.term.endsOn };
      const { postponement: _ended, ...rest } = entry;
      return withBranch(doc, {
        ...rest,
        term,
        dueOn: term.endsOn,
        leadership: e.leadership ?? entry.leadership,
        history: [...withCurrentTerm(entry, { renewedOn: e.occurredOn }), { ...term }],
      });
    }
    case 'BranchRenewalPostponed': {
      const e = event.data as BranchEventData['BranchRenewalPostponed'];
      const postponement: BranchPostponement = {
        approvalRef: e.approvalRef,
        decidedOn: e.occurredOn,
        previousDueOn: e.previousDueOn,
        newDueOn: e.newDueOn,
      };
      return withBranch(doc, { ...entry, dueOn: e.newDueOn, postponement, history: withCurrentTerm(entry, { postponement }) });
    }
    case 'BranchLeadershipChanged':
      return withBranch(doc, { ...entry, leadership: (event.data as BranchEventData['BranchLeadershipChanged']).leadership ?? [] });
    case 'PartyGroupFormed': {
      const e = event.data as BranchEventData['PartyGroupFormed'];
      return withBranch(doc, {
        ...entry,
        hasPartyGroup: true,
        partyGroup: { formedOn: e.occurredOn, ...(e.leader !== undefined ? { leader: e.leader } : {}) },
      });
    }
    case 'BranchDissolved': {
      const e = event.data as BranchEventData['BranchDissolved'];
      return withBranch(doc, { ...entry, dissolved: { dissolvedOn: e.occurredOn, reason: e.reason } });
    }
    default:
      return doc;
  }
}

export const branchRegistryProjection: Projection<BranchRegistryDoc> = {
  name: 'branch-registry',
  version: 1,
  handles: BRANCH_REGISTRY_HANDLES,
  keysOf: (event) => (event.metadata?.tenant && BRANCH_REGISTRY_HANDLES.includes(event.type as never) ? [event.metadata.tenant] : []),
  initial: (key) => ({ tenant: key, renewalPreparationMonths: DEFAULT_BYLAWS.renewalPreparationMonths, branches: {} }),
  evolve: (doc, event) => evolveBranch(doc, event),
};

/** Adds calendar months; a day the target month lacks falls back to its last day (08-31 - 6 months = 02-28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** How long before the due date a branch counts as due soon: a number of days, or calendar months. */
export type DueSoonWindow = number | { months: number };

/** The first day on which a renewal due on `dueOn` is due soon. */
export function dueSoonFrom(dueOn: IsoDate, window: DueSoonWindow): IsoDate {
  return typeof window === 'number' ? addDays(dueOn, -window) : addMonths(dueOn, -window.months);
}

/**
 * The branch's status on `today`:
 * - dissolved: it was dissolved;
 * - overdue: today is past the due date (term end, or postponed date) and it was not renewed;
 * - postponed: a postponement is in force (it set the due date) and the date is not yet passed;
 * - due-soon: within the renewal preparation window before the due date: by default the six
 *   months of the bylaws (a branch due 2028-06-01 is due soon from 2027-12-01); a number is days;
 * - current: otherwise.
 */
export function branchStatus(
  entry: Pick<BranchEntry, 'dueOn' | 'postponement' | 'dissolved'>,
  today: IsoDate,
  dueSoon: DueSoonWindow = { months: DEFAULT_BYLAWS.renewalPreparationMonths },
): BranchStatus {
  if (entry.dissolved) return 'dissolved';
  if (today > entry.dueOn) return 'overdue';
  if (entry.postponement && entry.postponement.newDueOn === entry.dueOn) return 'postponed';
  if (today >= dueSoonFrom(entry.dueOn, dueSoon)) return 'due-soon';
  return 'current';
}

export interface ListBranchesOptions {
  today: IsoDate;
  status?: BranchStatus;
  /** Overrides the tenant's renewal preparation window (the document's, from its bylaws). */
  dueSoon?: DueSoonWindow;
}

/** The branches with their status on `today`, optionally of one status, by due date then id. */
export function listBranches(doc: BranchRegistryDoc, options: ListBranchesOptions): BranchView[] {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${String(options.today)}`);
  const window = options.dueSoon ?? { months: doc.renewalPreparationMonths ?? DEFAULT_BYLAWS.renewalPreparationMonths };
  return Object.values(doc.branches)
    .map((entry): BranchView => ({ ...entry, status: branchStatus(entry, options.today, window) }))
    .filter((view) => options.status === undefined || view.status === options.status)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.branchId < b.branchId ? -1 : a.branchId > b.branchId ? 1 : 0));
}
