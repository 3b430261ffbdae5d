import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

export type HonorLevel = 'national' | 'provincial' | 'municipal' | 'other';

/** Who was honored: the organization itself (5A级社会组织), one of its branches, or a person. */
export type HonorRecipient = { kind: 'organization' } | { kind: 'branch'; branchId: string } | { kind: 'person'; name: string };

export type HonorReceived = DomainEvent<
  'HonorReceived',
  {
    occurredOn: IsoDate; honorId: string; title: string;
    /** The body that granted it, e.g. 四川省民政厅. */
    grantedBy: string;
    level?: HonorLevel;
    recipient: HonorRecipient;
    receivedOn: IsoDate;
  }
>;
/** The record was wrong (entered twice, never awarded): the honor no longer counts. */
export type HonorRecordRetracted = DomainEvent<'HonorRecordRetracted', { occurredOn: IsoDate; honorId: string; reason: string }>;

export type HonorEvent = HonorReceived | HonorRecordRetracted;

export const HONOR_EVENT_TYPES = ['HonorReceived', 'HonorRecordRetracted'] as const satisfies readonly HonorEvent['type'][];
