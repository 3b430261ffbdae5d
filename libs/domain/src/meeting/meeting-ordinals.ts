import type { IsoDate } from '../shared/values';

/** What ranking needs of a meeting held: its day, its number, and the body's size it stated. */
export interface HeldMeeting {
  meetingId: string;
  heldOn: IsoDate;
  ordinal: number;
  membersTotal?: number;
}

export interface Renumbering {
  meetingId: string;
  ordinal: number;
  previousOrdinal: number;
}

/**
 * The ordinal a meeting held on `heldOn` takes by date in its term, whatever the order meetings
 * are recorded in: after the `heldSoFar` held before recording and every meeting recorded as
 * held on or before that day (so a same-day meeting recorded later comes after); every meeting
 * held later moves up by one.
 */
export function placeByDate(
  held: readonly HeldMeeting[],
  heldSoFar: number,
  heldOn: IsoDate,
): { ordinal: number; renumbered: Renumbering[] } {
  const earlier = held.filter((m) => m.heldOn <= heldOn).length;
  const renumbered = held
    .filter((m) => m.heldOn > heldOn)
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((m) => ({ meetingId: m.meetingId, ordinal: m.ordinal + 1, previousOrdinal: m.ordinal }));
  return { ordinal: heldSoFar + earlier + 1, renumbered };
}

/**
 * The body's size on a day: as the latest meeting held on or before it states it (增补/调整), or
 * as declared; undefined when neither says.
 */
export function membersTotalOn(held: readonly HeldMeeting[], declared: number | undefined, on: IsoDate): number | undefined {
  let latest: HeldMeeting | undefined;
  for (const m of held) {
    if (m.membersTotal === undefined || m.heldOn > on) continue;
    if (!latest || m.heldOn > latest.heldOn || (m.heldOn === latest.heldOn && m.ordinal > latest.ordinal)) latest = m;
  }
  return latest ? latest.membersTotal : declared;
}
