import type { Upcaster, UpcasterTable } from '../shared/upcasting';

/** Version 1 stored participants as a plain number; version 2 states it as a Count. */
const participantsAsCount: Upcaster = (data) =>
  typeof data.participants === 'number' ? { ...data, participants: { value: data.participants, approximate: false } } : data;

/** TrainingHeld and AcademicEventHeld are at schema version 2; the other events at 1. */
export const activityUpcasters: UpcasterTable = {
  TrainingHeld: { 1: participantsAsCount },
  AcademicEventHeld: { 1: participantsAsCount },
};
