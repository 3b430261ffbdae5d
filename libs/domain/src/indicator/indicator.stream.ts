/** The id part of an indicator's stream: `<key>-<year>`, e.g. outpatientVisits-2023. */
export const toIndicatorId = (key: string, year: number): string => `${key}-${year}`;

/** `indicator-<tenant>.<key>-<year>`: the category precedes the first dash, as EventStoreDB expects. */
export const toIndicatorStreamId = (tenant: string, id: string): string => `indicator-${tenant}.${id}`;
