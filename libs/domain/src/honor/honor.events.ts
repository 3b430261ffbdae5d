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
/** An honor as it stands. */
export type HonorRecord = Omit<HonorReceived['data'], 'occurredOn'>;
/**
 * The record was wrong (entered twice, never awarded): the honor no longer counts. `record`: the
 * honor as it stood (event-carried state: a read model keyed by year knows which year it left).
 */
export type HonorRecordRetracted = DomainEvent<'HonorRecordRetracted', { occurredOn: IsoDate; honorId: string; reason: string; record: HonorRecord }>;

export type HonorEvent = HonorReceived | HonorRecordRetracted;

export const HONOR_EVENT_TYPES = ['HonorReceived', 'HonorRecordRetracted'] as const satisfies readonly HonorEvent['type'][];
