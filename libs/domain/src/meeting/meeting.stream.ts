import type { MeetingBody } from './meeting.events';

/** `meetings-<tenant>.<seriesId>`: one stream per body and term. */
export const toMeetingSeriesStreamId = (tenant: string, seriesId: string): string => `meetings-${tenant}.${seriesId}`;

/** The id of the series of one body in one term: `<body>-t<term>`, e.g. council-t4, branch-rehab-t2. */
export const meetingSeriesId = (body: MeetingBody, term: number): string => `${body}-t${term}`;
