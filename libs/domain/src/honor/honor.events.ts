import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

export type HonorLevel = 'national' | 'provincial' | 'municipal' | 'other';

/**
 * Who was honored: the organization itself (5A级社会组织), one of its branches, a person; or,
 * counted together as the source counts them, its staff (杨志林、李彬、王秀蓉等54人次受到省市级表彰,
 * `named` those it names) or its members' projects through a nomination it organised
 * (我省5个项目荣膺奖项).
 */
export type HonorRecipient =
  | { kind: 'organization' }
  | { kind: 'branch'; branchId: string }
  | { kind: 'person'; name: string }
  | { kind: 'staff'; count: Count; named?: string[] }
  | { kind: 'member-projects'; count: Count };

/** Recipients counted together rather than named one by one. */
export type CountedRecipient = Extract<HonorRecipient, { count: Count }>;
export const isCountedRecipient = (r: HonorRecipient): r is CountedRecipient => r.kind === 'staff' || r.kind === 'member-projects';

export type HonorReceived = DomainEvent<
  'HonorReceived',
  {
    occurredOn: IsoDate;
    honorId: string;
    title: string;
    /** The body that granted it, e.g. 四川省民政厅. */
    grantedBy: string;
    level?: HonorLevel;
    recipient: HonorRecipient;
    receivedOn: IsoDate;
  }
>;
/** Who awards: the organization itself or one of its branches. */
export type HonorAwarder = { kind: 'organization' } | { kind: 'branch'; branchId: string };
/** Who received what the organization awards: persons (优秀个人) or institutions (优秀会员单位). */
export type AwardeeKind = 'person' | 'institution';

/**
 * An honor the organization (or a branch) awards to others: 评选表彰 of 优秀会员单位, 优秀个人,
 * with how many received it, as the source states it (表彰54人次).
 */
export type HonorAwarded = DomainEvent<
  'HonorAwarded',
  {
    occurredOn: IsoDate;
    honorId: string;
    title: string;
    awardedBy: HonorAwarder;
    awardees: Count;
    awardeeKind: AwardeeKind;
    awardedOn: IsoDate;
  }
>;

/** An honor as it stands: received by the organization (or a branch, or a person), or awarded by it. */
export type HonorRecord = Omit<HonorReceived['data'], 'occurredOn'> | Omit<HonorAwarded['data'], 'occurredOn'>;
/**
 * The record was wrong (entered twice, never awarded): the honor no longer counts. `record`: the
 * honor as it stood (event-carried state: a read model keyed by year knows which year it left).
 */
export type HonorRecordRetracted = DomainEvent<
  'HonorRecordRetracted',
  { occurredOn: IsoDate; honorId: string; reason: string; record: HonorRecord }
>;

export type HonorEvent = HonorReceived | HonorAwarded | HonorRecordRetracted;

export const HONOR_EVENT_TYPES = ['HonorReceived', 'HonorAwarded', 'HonorRecordRetracted'] as const satisfies readonly HonorEvent['type'][];

/** Whether a record is of an honor awarded (rather than received). */
export const isAwarded = (record: HonorRecord): record is Omit<HonorAwarded['data'], 'occurredOn'> => 'awardees' in record;
