import { InvalidBylawsSetting } from '../organization/organization.errors';
import { validBylawsSettings } from '../organization/organization.bylaws';
import { DEFAULT_BYLAWS } from './bylaws';

describe('bylaws defaults (model charter, registration regulations)', () => {
  it('has every setting the schedules need, with its default', () => {
    expect(DEFAULT_BYLAWS).toMatchObject({
      councilMaxIntervalMonths: 12, // 理事会 at least once a year
      standingCouncilMaxIntervalMonths: 6, // 常务理事会 at least every six months
      presidentOfficeIntervalMonths: null, // 会长办公会: as the tenant sets
      generalAssembliesPerTerm: 1, // 会员代表大会 once a term
      maxTermYears: 5,
      generalAssemblyNoticeDays: 10,
      renewalPreparationMonths: 6,
      maxRenewalPostponementYears: 1,
      yearlyReportDueToSupervisor: '03-31',
      meetingReminderDays: [30, 7],
      branchRenewalReminderDays: [180, 90, 30, 0],
      renewalEscalationIntervalDays: 7,
      yearlyReportReminderDays: [30, 7],
      reminderTimeOfDay: '09:00',
      timeZone: 'Asia/Shanghai',
    });
    expect(Object.isFrozen(DEFAULT_BYLAWS.meetingReminderDays)).toBe(true);
  });

  it('validates the reminder settings a tenant adopts', () => {
    expect(validBylawsSettings({ meetingReminderDays: [14, 3], reminderTimeOfDay: '08:30', presidentOfficeIntervalMonths: 3 })).toEqual({
      meetingReminderDays: [14, 3],
      reminderTimeOfDay: '08:30',
      presidentOfficeIntervalMonths: 3,
    });
    for (const bad of [
      { meetingReminderDays: [-1] },
      { branchRenewalReminderDays: [30, 30] },
      { yearlyReportReminderDays: 7 as unknown as number[] },
      { renewalEscalationIntervalDays: 0 },
      { reminderTimeOfDay: '9:00' },
      { generalAssembliesPerTerm: 0 },
      { meetingNoticeDays: 1.5 },
    ])
      expect(() => validBylawsSettings(bad)).toThrow(InvalidBylawsSetting);
  });
});
