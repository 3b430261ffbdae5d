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
  timeZone: 'Asia/Shanghai',
});
