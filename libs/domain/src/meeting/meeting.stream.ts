import type { MeetingBody } from './meeting.events';

/** `meetings-<tenant>.<seriesId>`: one stream per body and term. */
export const toMeetingSeriesStreamId = (tenant: string, seriesId: string): string => `meetings-${tenant}.${seriesId}`;

/** The id of the series of one body in one term: `<body>-t<term>`, e.g. council-t4, branch-rehab-t2. */
export const meetingSeriesId = (body: MeetingBody, term: number): string => `${body}-t${term}`;

/** `meetingtotals-<tenant>.<backfillId>`: one stream per total a source gives, apart from the series. */
export const toMeetingTotalsStreamId = (tenant: string, backfillId: string): string => `meetingtotals-${tenant}.${backfillId}`;

/** The n-th total of a body's meetings in a year: backfill-<body>-<year>-<n>. */
export const meetingsBackfillId = (body: string, year: number, sequence = 1): string => `backfill-${body}-${year}-${sequence}`;
