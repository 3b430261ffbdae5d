import { currentSchemaVersion, upcast } from '../shared/upcasting';
import { ACTIVITY_EVENT_TYPES } from './activity.events';
import { activityUpcasters } from './activity.upcasters';

describe('Activity upcasters', () => {
  const v1 = { occurredOn: '2021-06-01', activityId: 'a1', title: 't', participants: 320 };

  it.each(['TrainingHeld', 'AcademicEventHeld'])('turns a v1 %s participants number into an exact Count', (type) => {
    expect(upcast(activityUpcasters, type, v1, 1)).toEqual({
      data: { ...v1, participants: { value: 320, approximate: false } },
      schemaVersion: 2,
    });
  });

  it('leaves version 2 data as it is', () => {
    const v2 = { ...v1, participants: { value: 320, approximate: true } };
    expect(upcast(activityUpcasters, 'TrainingHeld', v2, 2)).toEqual({ data: v2, schemaVersion: 2 });
  });

  it('writes TrainingHeld and AcademicEventHeld at version 2, every other event at version 1', () => {
    const versions = Object.fromEntries(ACTIVITY_EVENT_TYPES.map((type) => [type, currentSchemaVersion(activityUpcasters, type)]));
    expect(versions).toEqual({
      TrainingHeld: 2,
      AcademicEventHeld: 2,
      CompetitionHeld: 1,
      PublicWelfareActivityHeld: 1,
      ExchangeVisitHeld: 1,
      StudySessionHeld: 1,
      ActivitiesBackfilled: 1,
      ActivityRecordCorrected: 1,
      ActivityRecordRetracted: 1,
    });
  });

  it('only upcasts activity event types', () => {
    expect(Object.keys(activityUpcasters).every((type) => (ACTIVITY_EVENT_TYPES as readonly string[]).includes(type))).toBe(true);
  });
});
