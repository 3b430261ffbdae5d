import type { UpcasterTable } from '../shared/upcasting';

/**
 * Every meeting event is still at schema version 1: MeetingHeld's present, membersTotal and
 * quorumMet became optional (a stored event, which has them all, still fits), and
 * MeetingsRenumbered is new.
 */
export const meetingUpcasters: UpcasterTable = {};

/** Meeting totals (MeetingsBackfilled) are at schema version 1. */
export const meetingTotalsUpcasters: UpcasterTable = {};
