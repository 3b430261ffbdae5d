import type { UpcasterTable } from '../shared/upcasting';

/** Every meeting event is still at schema version 1. */
export const meetingUpcasters: UpcasterTable = {};

/** Meeting totals (MeetingsBackfilled) are at schema version 1. */
export const meetingTotalsUpcasters: UpcasterTable = {};
