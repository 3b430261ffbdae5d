import { Inject, Injectable } from '@nestjs/common';
import { organizationProfileOf } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import {
  activityLedgerProjection,
  branchRegistryProjection,
  grantsLedgerProjection,
  listBranches,
  meetingRegisterProjection,
  remindersFeedProjection,
  type ActivityLedgerDoc,
  type BranchView,
  type GrantsLedgerDoc,
  type MeetingRegisterDoc,
  type RemindersFeedDoc,
} from '@assocflow/projections/registers';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';
import { ReadModelService } from '../read-models/read-model.service';
import { todayOf } from '../read-models/read-query';

/** How far back the year picker looks for years with records. */
const YEARS_BACK = 30;

export type Summary = Omit<YearlySummaryDocument, 'ledger'>;

export interface TenantView {
  tenant: string;
  /** The registered name, or the tenant id before OrganizationRegistered. */
  name: string;
  today: string;
  /** Years with records, newest first. */
  years: number[];
}

export interface YearView {
  year: number;
  summary?: Summary;
  /** The year before, when it has records: the cards' year-over-year change. */
  previous?: Summary;
  branches: BranchView[];
  meetings?: MeetingRegisterDoc;
  reminders?: RemindersFeedDoc;
  grants?: GrantsLedgerDoc;
  activities?: ActivityLedgerDoc;
}

/** What the dashboard's pages show, read from the projections as every GET is. */
@Injectable()
export class DashboardData {
  constructor(
    private readonly readModels: ReadModelService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async tenant(tenant: string): Promise<TenantView> {
    const today = todayOf(undefined);
    const thisYear = Number(today.slice(0, 4));
    const candidates = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
    const [profile, summaries] = await Promise.all([
      organizationProfileOf(this.store, tenant),
      Promise.all(candidates.map((year) => this.summary(tenant, year))),
    ]);
    return { tenant, name: profile?.name ?? tenant, today, years: candidates.filter((_, i) => summaries[i] !== undefined) };
  }

  /** Everything the overview shows; the other pages read only their own register. */
  async year(tenant: string, year: number, today: string): Promise<YearView> {
    const [summary, previous, branches, meetings, reminders, grants, activities] = await Promise.all([
      this.summary(tenant, year),
      this.summary(tenant, year - 1),
      this.branches(tenant, today),
      this.meetings(tenant),
      this.reminders(tenant),
      this.readModels.read(grantsLedgerProjection, `${tenant}/${year}`),
      this.readModels.read(activityLedgerProjection, `${tenant}/${year}`),
    ]);
    return { year, summary, previous, branches, meetings, reminders, grants: grants.doc, activities: activities.doc };
  }

  async branches(tenant: string, today: string): Promise<BranchView[]> {
    const { doc } = await this.readModels.read(branchRegistryProjection, tenant);
    return doc ? listBranches(doc, { today }) : [];
  }

  async meetings(tenant: string): Promise<MeetingRegisterDoc | undefined> {
    return (await this.readModels.read(meetingRegisterProjection, tenant)).doc;
  }

  async reminders(tenant: string): Promise<RemindersFeedDoc | undefined> {
    return (await this.readModels.read(remindersFeedProjection, tenant)).doc;
  }

  async summary(tenant: string, year: number): Promise<Summary | undefined> {
    const { doc } = await this.readModels.read(yearlySummaryProjection, `${tenant}/${year}`);
    if (!doc?.recorded) return undefined;
    const { ledger: _ledger, ...summary } = doc;
    return summary;
  }
}
