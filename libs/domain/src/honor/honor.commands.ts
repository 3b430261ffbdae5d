import type { DomainCommand } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type { AwardeeKind, HonorAwarder, HonorLevel, HonorRecipient } from './honor.events';

export type ReceiveHonor = DomainCommand<
  'ReceiveHonor',
  { honorId: string; title: string; grantedBy: string; level?: HonorLevel; recipient: HonorRecipient; receivedOn: IsoDate }
>;
export type RetractHonorRecord = DomainCommand<'RetractHonorRecord', { honorId: string; retractedOn: IsoDate; reason: string }>;

export type AwardHonor = DomainCommand<
  'AwardHonor',
  { honorId: string; title: string; awardedBy: HonorAwarder; awardees: Count; awardeeKind: AwardeeKind; awardedOn: IsoDate }
>;

export type HonorCommand = ReceiveHonor | AwardHonor | RetractHonorRecord;
