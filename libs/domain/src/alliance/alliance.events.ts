import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

/** Who leads an alliance (联盟): the organization itself or one of its branches. */
export type AllianceLead = { kind: 'organization' } | { kind: 'branch'; branchId: string };

/**
 * 联盟: an alliance the organization (or a branch) set up with member institutions (专科联盟,
 * 医联体), with how many members it has as the source states it (成员单位56家).
 */
export type AllianceFounded = DomainEvent<
  'AllianceFounded',
  { occurredOn: IsoDate; allianceId: string; name: string; lead: AllianceLead; members: Count; foundedOn: IsoDate }
>;
export type AllianceEvent = AllianceFounded;

export const ALLIANCE_EVENT_TYPES = ['AllianceFounded'] as const satisfies readonly AllianceEvent['type'][];
