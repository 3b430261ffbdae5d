import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** 会员单位 (institution) or 个人会员 (individual). */
export type MemberKind = 'institution' | 'individual';

export type MemberJoined = DomainEvent<
  'MemberJoined',
  { occurredOn: IsoDate; memberId: string; name: string; kind: MemberKind; joinedOn: IsoDate }
>;
/** 会费: the dues of one year, in whole yuan. */
export type DuesPaid = DomainEvent<'DuesPaid', { occurredOn: IsoDate; memberId: string; year: number; amountYuan: number }>;
export type MemberLeft = DomainEvent<'MemberLeft', { occurredOn: IsoDate; memberId: string; leftOn: IsoDate; reason: string }>;

export type MemberEvent = MemberJoined | DuesPaid | MemberLeft;

export const MEMBER_EVENT_TYPES = ['MemberJoined', 'DuesPaid', 'MemberLeft'] as const satisfies readonly MemberEvent['type'][];
