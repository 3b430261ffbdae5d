import type { IsoDate, grant } from '@assocflow/domain';

/** 课题申报通知: filed under the year it calls for (`year`), not the day it opened. */
export interface GrantCallEntry {
  callId: string;
  title: string;
  year: number;
  openedOn: IsoDate;
  closesOn?: IsoDate;
  budgetYuan?: number;
}

/** An application, filed under the year it was made. */
export interface GrantApplicationEntry {
  grantId: string;
  title: string;
  callId?: string;
  applicant: grant.Applicant;
  appliedOn: IsoDate;
}

/** 资助课题, filed under the year of the award. */
export interface GrantAwardEntry {
  grantId: string;
  title: string;
  /** Whole yuan (元). */
  amountYuan: number;
  category?: grant.GrantCategory;
  callId?: string;
  awardedOn: IsoDate;
  /** Set when it concluded (结题), whichever year that was in. */
  concludedOn?: IsoDate;
  outcome?: grant.GrantOutcome;
}

/** A conclusion, filed under the year it happened; title and amount when the award is in the same year. */
export interface GrantConclusionEntry {
  grantId: string;
  concludedOn: IsoDate;
  outcome: grant.GrantOutcome;
  title?: string;
  amountYuan?: number;
}

/** A grant won from an outside funder, filed under the year it was won. */
export interface ExternalGrantEntry {
  grantId: string;
  title: string;
  funder: string;
  amountYuan?: number;
  branchId?: string;
  wonOn: IsoDate;
}

/** "资助课题 51 项, 56.8万元": a year's total read from a document, filed under that year. */
export interface GrantsBackfillEntry {
  grantId: string;
  year: number;
  count: number;
  amountYuan?: number;
  youthCount?: number;
  note: string;
  source: grant.GrantSourceRef;
}

export interface GrantsTotals {
  /** Awards of the year plus the counts of its backfilled totals. */
  awarded: number;
  /** Amount of the awards plus the amounts of the backfilled totals, in whole yuan. */
  amountYuan: number;
  /** Youth (青年) awards plus the youth counts of the backfilled totals. */
  youth: number;
  /** Grants concluded (completed or terminated) in the year. */
  concluded: number;
  /** External grants won in the year. */
  externalWon: number;
}

/** One document per tenant and year, key `<tenant>/<year>`. */
export interface GrantsLedgerDoc {
  tenant: string;
  year: number;
  calls: Record<string, GrantCallEntry>;
  applications: Record<string, GrantApplicationEntry>;
  awards: Record<string, GrantAwardEntry>;
  conclusions: Record<string, GrantConclusionEntry>;
  externalGrants: Record<string, ExternalGrantEntry>;
  backfills: Record<string, GrantsBackfillEntry>;
  totals: GrantsTotals;
}
