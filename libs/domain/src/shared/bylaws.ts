/**
 * Defaults from the model charter of social organizations and the registration regulations.
 * Each is a tenant setting (BylawsAdopted); these values apply until a tenant sets its own.
 */
export interface Bylaws {
  /** A term (届) lasts at most this many years. */
  maxTermYears: number;
  councilMaxIntervalMonths: number;
  standingCouncilMaxIntervalMonths: number;
  presidentOfficeIntervalMonths: number | null;
  /** Share of members that must be present for a council or standing council to decide. */
  councilQuorum: number;
  generalAssemblyQuorum: number;
  generalAssemblyNoticeDays: number;
  renewalPreparationMonths: number;
  /** A renewal may be postponed by at most this many years, with approval. */
  maxRenewalPostponementYears: number;
  /** Month and day the yearly work report is due to the supervising body. */
  yearlyReportDueToSupervisor: string;
  yearlyReportDueToRegistrar: string;
  /** Days before a meeting is due (by cadence, or as scheduled) that a reminder goes out. */
  meetingReminderDays: readonly number[];
  /** Days of notice before a meeting of a body other than the general assembly. */
  meetingNoticeDays: number;
  /** 会员代表大会: meetings due in each term of the organization (once a term). */
  generalAssembliesPerTerm: number;
  /** Days before a branch's renewal is due that a reminder goes out; 0 is the day itself. */
  branchRenewalReminderDays: readonly number[];
  /** While a renewal is overdue, the secretariat is reminded again every this many days. */
  renewalEscalationIntervalDays: number;
  /** Days before the yearly work report is due that a reminder goes out. */
  yearlyReportReminderDays: readonly number[];
  /** Local time of day (HH:MM, in `timeZone`) at which reminders go out. */
  reminderTimeOfDay: string;
  timeZone: string;
}

export const DEFAULT_BYLAWS: Readonly<Bylaws> = Object.freeze({
  maxTermYears: 5,
  councilMaxIntervalMonths: 12,
  standingCouncilMaxIntervalMonths: 6,
  presidentOfficeIntervalMonths: null,
  councilQuorum: 2 / 3,
  generalAssemblyQuorum: 2 / 3,
  generalAssemblyNoticeDays: 10,
  renewalPreparationMonths: 6,
  maxRenewalPostponementYears: 1,
  yearlyReportDueToSupervisor: '03-31',
  yearlyReportDueToRegistrar: '05-31',
  meetingReminderDays: Object.freeze([30, 7]),
  meetingNoticeDays: 7,
  generalAssembliesPerTerm: 1,
  branchRenewalReminderDays: Object.freeze([180, 90, 30, 0]),
  renewalEscalationIntervalDays: 7,
  yearlyReportReminderDays: Object.freeze([30, 7]),
  reminderTimeOfDay: '09:00',
  timeZone: 'Asia/Shanghai',
});
