import { businessDate, compact, followUpYears, own, drop, validYear, yearOfDate, put } from '../shared/document-helpers';
import { grant, isIsoDate, type IsoDate } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';
import type { GrantAwardEntry, GrantsLedgerDoc, GrantsTotals } from './grants-ledger.types';

/** `value` without the keys whose value is undefined, typed as the optional fields it may leave out. */
const defined = <T extends object>(value: T): Partial<T> => compact(value);

/**
 * 课题资助台账 per tenant and year: calls, applications, awards, conclusions, external grants
 * won and backfilled totals, with corrections and retractions applied, and the year's totals.
 *
 * Where a record is filed: a call under the year it calls for, a backfilled total under its
 * year, an application, award or external grant under the year of its business date, a
 * conclusion under the year it happened (and on its award, wherever that is).
 *
 * A correction or retraction carries the record as it stands (`record`, `previousOccurredOn`):
 * it goes to exactly the years the record is filed under, and a correction files the record
 * there as it now stands, even in a year that never saw it. The other follow-ups name the grant
 * but not its year, and `keysOf` sees only the event: a conclusion, and a correction or
 * retraction recorded before they carried the record, go to every year that may hold it, from
 * GRANT_FOLLOW_UP_LOOKBACK_YEARS before the follow-up's year to (for a correction or retraction,
 * whose date is not ordered with the record's) GRANT_FOLLOW_UP_LOOKAHEAD_YEARS after; a
 * backfilled total's year is read from its id, backfill-<year>-<n>. A document that does not
 * hold the grant is left as it is, so such a follow-up may create an empty ledger for a year
 * nothing was recorded in (which is what that year's ledger is). A record filed outside the
 * window does not see the follow-up.
 */
export const GRANTS_LEDGER_HANDLES = [...grant.GRANT_CALL_EVENT_TYPES, ...grant.GRANT_EVENT_TYPES] as const;

export const GRANT_FOLLOW_UP_LOOKBACK_YEARS = 10;
export const GRANT_FOLLOW_UP_LOOKAHEAD_YEARS = 1;

type GrantEventData = { [E in grant.GrantEvent | grant.GrantCallEvent as E['type']]: E['data'] };

const BACKFILL_ID = /^backfill-(\d{4})-\d+$/;

/** The years whose ledgers may hold the record a follow-up is about. */
export function grantFollowUpYears(year: number, grantId?: unknown, lookahead = GRANT_FOLLOW_UP_LOOKAHEAD_YEARS): number[] {
  return followUpYears(year, grantId, { lookback: GRANT_FOLLOW_UP_LOOKBACK_YEARS, lookahead, backfillId: BACKFILL_ID });
}

/** The record as a correction or retraction carries it: the aggregate's state of a recorded grant. */
type CarriedRecord = Exclude<grant.GrantState, { status: 'unknown' | 'retracted' }>;

/** The record a correction or retraction carries, when it does (events recorded before it was added do not). */
function carriedRecord(event: ProjectedEvent): CarriedRecord | undefined {
  const record = (event.data as { record?: unknown }).record as CarriedRecord | undefined;
  if (!record || typeof record !== 'object') return undefined;
  if (record.status === 'external' || record.status === 'backfilled')
    return record.data && typeof record.data === 'object' ? record : undefined;
  return ['applied', 'awarded', 'concluded'].includes(record.status) && record.grant && typeof record.grant === 'object'
    ? record
    : undefined;
}

/** Every year a record is filed under: its application, award and conclusion; its win; its backfilled year. */
export function yearsOfGrantRecord(record: CarriedRecord): number[] {
  const years =
    record.status === 'external'
      ? [yearOfDate(record.data.occurredOn)]
      : record.status === 'backfilled'
        ? [record.data.year]
        : [record.grant.appliedOn, record.grant.awardedOn, record.grant.concludedOn].map(yearOfDate);
  return [...new Set(years.filter(validYear))];
}

export const grantsLedgerKey = (tenant: string, year: number): string => `${tenant}/${year}`;

function keysOf(event: ProjectedEvent): string[] {
  const tenant = event.metadata?.tenant;
  if (!tenant) return [];
  const data = event.data as Record<string, unknown>;
  let years: number[];
  switch (event.type) {
    case 'GrantCallOpened':
    case 'GrantsAwardedBackfilled':
      years = [data.year as number];
      break;
    case 'GrantApplied':
    case 'GrantAwarded':
    case 'ExternalGrantWon':
      years = [yearOfDate(businessDate(event))!];
      break;
    case 'GrantConcluded': {
      // A grant concludes after its award: the years before, not after.
      const year = yearOfDate(businessDate(event));
      years = year === undefined ? [] : grantFollowUpYears(year, data.grantId, 0);
      break;
    }
    case 'GrantRecordCorrected':
    case 'GrantRecordRetracted': {
      const record = carriedRecord(event);
      const previous = yearOfDate(data.previousOccurredOn);
      if (record) {
        years = [...new Set([...(previous === undefined ? [] : [previous]), ...yearsOfGrantRecord(record)])];
        break;
      }
      const year = yearOfDate(businessDate(event));
      years = year === undefined ? [] : grantFollowUpYears(year, data.grantId);
      break;
    }
    default:
      return [];
  }
  return years.filter(validYear).map((y) => grantsLedgerKey(tenant, y));
}

function initial(key: string): GrantsLedgerDoc {
  const cut = key.lastIndexOf('/');
  return {
    tenant: key.slice(0, cut),
    year: Number(key.slice(cut + 1)),
    calls: {},
    applications: {},
    awards: {},
    conclusions: {},
    externalGrants: {},
    backfills: {},
    totals: { awarded: 0, amountYuan: 0, youth: 0, concluded: 0, externalWon: 0 },
  };
}

export function grantsTotals(doc: Omit<GrantsLedgerDoc, 'totals'>): GrantsTotals {
  const awards = Object.values(doc.awards);
  const backfills = Object.values(doc.backfills);
  const sum = (values: (number | undefined)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  return {
    awarded: awards.length + sum(backfills.map((b) => b.count)),
    amountYuan: sum(awards.map((a) => a.amountYuan)) + sum(backfills.map((b) => b.amountYuan)),
    youth: awards.filter((a) => a.category === 'youth').length + sum(backfills.map((b) => b.youthCount)),
    concluded: Object.keys(doc.conclusions).length,
    externalWon: Object.keys(doc.externalGrants).length,
  };
}

/** The year's totals, derived once per batch (finalize) rather than after every event. */
const withTotals = (doc: GrantsLedgerDoc): GrantsLedgerDoc => ({ ...doc, totals: grantsTotals(doc) });

function evolveLedger(doc: GrantsLedgerDoc, event: ProjectedEvent): GrantsLedgerDoc {
  switch (event.type) {
    case 'GrantCallOpened': {
      const e = event.data as unknown as GrantEventData['GrantCallOpened'];
      if (typeof e.callId !== 'string' || own(doc.calls, e.callId)) return doc;
      const call = {
        callId: e.callId,
        title: e.title,
        year: e.year,
        openedOn: e.occurredOn,
        ...defined({ closesOn: e.closesOn, budgetYuan: e.budgetYuan }),
      };
      return { ...doc, calls: put(doc.calls, e.callId, call) };
    }
    case 'GrantApplied': {
      const e = event.data as unknown as GrantEventData['GrantApplied'];
      if (typeof e.grantId !== 'string' || own(doc.applications, e.grantId)) return doc;
      const application = {
        grantId: e.grantId,
        title: e.title,
        ...defined({ callId: e.callId }),
        applicant: e.applicant,
        appliedOn: e.occurredOn,
      };
      return { ...doc, applications: put(doc.applications, e.grantId, application) };
    }
    case 'GrantAwarded': {
      const e = event.data as unknown as GrantEventData['GrantAwarded'];
      if (typeof e.grantId !== 'string' || own(doc.awards, e.grantId)) return doc;
      const award: GrantAwardEntry = {
        grantId: e.grantId,
        title: e.title,
        amountYuan: e.amountYuan,
        ...defined({ category: e.category, callId: e.callId }),
        awardedOn: e.occurredOn,
      };
      return { ...doc, awards: put(doc.awards, e.grantId, award) };
    }
    case 'ExternalGrantWon': {
      const e = event.data as unknown as GrantEventData['ExternalGrantWon'];
      if (typeof e.grantId !== 'string' || own(doc.externalGrants, e.grantId)) return doc;
      const won = {
        grantId: e.grantId,
        title: e.title,
        funder: e.funder,
        ...defined({ amountYuan: e.amountYuan, branchId: e.branchId }),
        wonOn: e.occurredOn,
      };
      return { ...doc, externalGrants: put(doc.externalGrants, e.grantId, won) };
    }
    case 'GrantsAwardedBackfilled': {
      const e = event.data as unknown as GrantEventData['GrantsAwardedBackfilled'];
      if (typeof e.grantId !== 'string' || own(doc.backfills, e.grantId)) return doc;
      const backfill = {
        grantId: e.grantId,
        year: e.year,
        count: e.count,
        ...defined({ amountYuan: e.amountYuan, youthCount: e.youthCount }),
        note: e.note,
        source: e.source,
      };
      return { ...doc, backfills: put(doc.backfills, e.grantId, backfill) };
    }
    case 'GrantConcluded': {
      const e = event.data as unknown as GrantEventData['GrantConcluded'];
      if (typeof e.grantId !== 'string') return doc;
      let next = doc;
      const award = own(doc.awards, e.grantId);
      if (award && award.concludedOn === undefined) {
        next = { ...next, awards: put(next.awards, e.grantId, { ...award, concludedOn: e.occurredOn, outcome: e.outcome }) };
      }
      // Filed under the year it concluded in, even when the award was never seen.
      if (yearOfDate(businessDate(event)) === doc.year && !own(doc.conclusions, e.grantId)) {
        const known = defined({ title: award?.title, amountYuan: award?.amountYuan });
        const conclusion = { grantId: e.grantId, concludedOn: e.occurredOn, outcome: e.outcome, ...known };
        next = { ...next, conclusions: put(next.conclusions, e.grantId, conclusion) };
      }
      return next;
    }
    case 'GrantRecordCorrected': {
      const e = event.data as unknown as GrantEventData['GrantRecordCorrected'];
      if (typeof e.grantId !== 'string') return doc;
      const record = carriedRecord(event);
      return record ? refiled(doc, e.grantId, record) : corrected(doc, e.grantId, e.changes ?? {});
    }
    case 'GrantRecordRetracted': {
      const id = (event.data as unknown as GrantEventData['GrantRecordRetracted']).grantId;
      if (typeof id !== 'string') return doc;
      return {
        ...doc,
        applications: drop(doc.applications, id),
        awards: drop(doc.awards, id),
        conclusions: drop(doc.conclusions, id),
        externalGrants: drop(doc.externalGrants, id),
        backfills: drop(doc.backfills, id),
      };
    }
    default:
      return doc;
  }
}

const inYear = (date: unknown, year: number): date is IsoDate => isIsoDate(date) && Number(date.slice(0, 4)) === year;

/** Files the record as it stands (carried by a correction) under this year, wherever it belongs here. */
function refiled(doc: GrantsLedgerDoc, id: string, record: CarriedRecord): GrantsLedgerDoc {
  const next = { ...doc };
  if (record.status === 'external') {
    const d = record.data;
    if (inYear(d.occurredOn, doc.year)) {
      next.externalGrants = {
        ...doc.externalGrants,
        [id]: {
          grantId: id,
          title: d.title,
          funder: d.funder,
          ...defined({ amountYuan: d.amountYuan, branchId: d.branchId }),
          wonOn: d.occurredOn,
        },
      };
    }
    return next;
  }
  if (record.status === 'backfilled') {
    const d = record.data;
    if (d.year === doc.year) {
      next.backfills = {
        ...doc.backfills,
        [id]: {
          grantId: id,
          year: d.year,
          count: d.count,
          ...defined({ amountYuan: d.amountYuan, youthCount: d.youthCount }),
          note: d.note,
          source: d.source,
        },
      };
    }
    return next;
  }
  const g = record.grant;
  if (inYear(g.appliedOn, doc.year)) {
    next.applications = {
      ...doc.applications,
      [id]: {
        grantId: id,
        title: g.title,
        ...defined({ callId: g.callId }),
        applicant: g.applicant ?? { institution: '' },
        appliedOn: g.appliedOn,
      },
    };
  }
  if (inYear(g.awardedOn, doc.year) && g.amountYuan !== undefined) {
    next.awards = {
      ...doc.awards,
      [id]: {
        grantId: id,
        title: g.title,
        amountYuan: g.amountYuan,
        ...defined({ category: g.category, callId: g.callId }),
        awardedOn: g.awardedOn,
        ...defined({ concludedOn: g.concludedOn, outcome: g.outcome }),
      },
    };
  }
  if (inYear(g.concludedOn, doc.year) && g.outcome !== undefined) {
    next.conclusions = {
      ...doc.conclusions,
      [id]: { grantId: id, concludedOn: g.concludedOn, outcome: g.outcome, title: g.title, ...defined({ amountYuan: g.amountYuan }) },
    };
  }
  return next;
}

/** Applies to each record of the grant in this document the changes its kind allows (as the domain does). */
function corrected(doc: GrantsLedgerDoc, id: string, changes: grant.GrantChanges): GrantsLedgerDoc {
  const { title, amountYuan, category, funder, count, youthCount, note } = changes;
  const application = own(doc.applications, id);
  const award = own(doc.awards, id);
  const conclusion = own(doc.conclusions, id);
  const external = own(doc.externalGrants, id);
  const backfill = own(doc.backfills, id);
  return {
    ...doc,
    applications: application ? put(doc.applications, id, { ...application, ...defined({ title }) }) : doc.applications,
    awards: award ? put(doc.awards, id, { ...award, ...defined({ title, amountYuan, category }) }) : doc.awards,
    conclusions: conclusion ? put(doc.conclusions, id, { ...conclusion, ...defined({ title, amountYuan }) }) : doc.conclusions,
    externalGrants: external ? put(doc.externalGrants, id, { ...external, ...defined({ title, funder, amountYuan }) }) : doc.externalGrants,
    backfills: backfill ? put(doc.backfills, id, { ...backfill, ...defined({ amountYuan, count, youthCount, note }) }) : doc.backfills,
  };
}

export const grantsLedgerProjection: Projection<GrantsLedgerDoc> = {
  name: 'grants-ledger',
  version: 1,
  handles: GRANTS_LEDGER_HANDLES,
  keysOf,
  initial,
  evolve: (doc, event) => evolveLedger(doc, event),
  finalize: withTotals,
};
