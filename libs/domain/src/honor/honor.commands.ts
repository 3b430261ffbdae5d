import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { HonorLevel, HonorRecipient } from './honor.events';

export type ReceiveHonor = DomainCommand<
  'ReceiveHonor',
  { honorId: string; title: string; grantedBy: string; level?: HonorLevel; recipient: HonorRecipient; receivedOn: IsoDate }
>;
export type RetractHonorRecord = DomainCommand<'RetractHonorRecord', { honorId: string; retractedOn: IsoDate; reason: string }>;

export type HonorCommand = ReceiveHonor | RetractHonorRecord;
