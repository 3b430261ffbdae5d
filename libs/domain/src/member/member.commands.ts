import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { MemberKind } from './member.events';

export type JoinMember = DomainCommand<'JoinMember', { memberId: string; name: string; kind: MemberKind; joinedOn: IsoDate }>;
export type PayDues = DomainCommand<'PayDues', { memberId: string; year: number; amountYuan: number; paidOn: IsoDate }>;
export type LeaveMember = DomainCommand<'LeaveMember', { memberId: string; leftOn: IsoDate; reason: string }>;

export type MemberCommand = JoinMember | PayDues | LeaveMember;
