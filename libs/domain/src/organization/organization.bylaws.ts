import type { Bylaws } from '../shared/bylaws';
import { isIsoDate } from '../shared/values';
import type { BylawsSettings } from './organization.events';
import { InvalidBylawsSetting } from './organization.errors';

type Rule = [check: (value: unknown) => boolean, allowed: string];

const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const positiveMonths: Rule = [(v) => whole(v) && v > 0, 'a positive whole number of months'];
const quorum: Rule = [(v) => typeof v === 'number' && v > 0 && v <= 1, 'a share above 0 and at most 1'];
/** A due date every year has: 29 February is refused. */
const monthDay: Rule = [(v) => typeof v === 'string' && /^\d{2}-\d{2}$/.test(v) && isIsoDate(`2001-${v}`), 'a month and day MM-DD'];

const dayList: Rule = [
  (v) => Array.isArray(v) && v.length <= 12 && v.every((d) => whole(d) && d >= 0 && d <= 730) && new Set(v).size === v.length,
  'a list of at most 12 different whole numbers of days from 0 to 730',
];
const timeOfDay: Rule = [(v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'a time of day HH:MM'];

const RULES: { readonly [K in keyof BylawsSettings]-?: Rule } = {
  maxTermYears: [(v) => whole(v) && v >= 1 && v <= 5, 'a whole number of years from 1 to 5'],
  maxRenewalPostponementYears: [(v) => v === 0 || v === 1, '0 or 1 year'],
  councilQuorum: quorum,
  generalAssemblyQuorum: quorum,
  generalAssemblyNoticeDays: [(v) => whole(v) && v >= 0, 'a whole number of days, 0 or more'],
  councilMaxIntervalMonths: positiveMonths,
  standingCouncilMaxIntervalMonths: positiveMonths,
  presidentOfficeIntervalMonths: [(v) => v === null || (whole(v) && v > 0), 'a positive whole number of months, or null'],
  renewalPreparationMonths: positiveMonths,
  yearlyReportDueToSupervisor: monthDay,
  yearlyReportDueToRegistrar: monthDay,
  meetingReminderDays: dayList,
  meetingNoticeDays: [(v) => whole(v) && v >= 0 && v <= 365, 'a whole number of days from 0 to 365'],
  generalAssembliesPerTerm: [(v) => whole(v) && v >= 1 && v <= 5, 'a whole number from 1 to 5'],
  branchRenewalReminderDays: dayList,
  renewalEscalationIntervalDays: [(v) => whole(v) && v >= 1 && v <= 365, 'a whole number of days from 1 to 365'],
  yearlyReportReminderDays: dayList,
  reminderTimeOfDay: timeOfDay,
};

/** The settings as adopted, without unset keys; throws on the first setting out of range. */
export function validBylawsSettings(settings: BylawsSettings): BylawsSettings {
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    const rule = (RULES as Record<string, Rule | undefined>)[key];
    if (!rule) throw new InvalidBylawsSetting(key, 'one of the settings the bylaws may override', value);
    if (!rule[0](value)) throw new InvalidBylawsSetting(key, rule[1], value);
    valid[key] = value;
  }
  return valid as BylawsSettings;
}

export function mergeBylaws(bylaws: Readonly<Bylaws>, settings: BylawsSettings): Readonly<Bylaws> {
  return Object.freeze({ ...bylaws, ...settings });
}
