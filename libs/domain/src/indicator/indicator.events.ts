import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

/** A yearly figure a tenant reports that no other event yields, e.g. a hospital's 门诊人次. */
export type IndicatorRecorded = DomainEvent<
  'IndicatorRecorded',
  {
    /** The tenant's own name for the figure, camelCase: outpatientVisits. */
    key: string;
    /** As the documents name it: 门诊人次. */
    label: string;
    unit?: string;
    year: number;
    value: Count;
    /** When the figure covers less than the calendar year. */
    period?: { from: IsoDate; to: IsoDate };
    /** On a correction: the value it replaces. */
    previous?: Count;
    /** The period's end, or the year's last day. */
    occurredOn: IsoDate;
  }
>;

export type IndicatorEvent = IndicatorRecorded;

export const INDICATOR_EVENT_TYPES = ['IndicatorRecorded'] as const satisfies readonly IndicatorEvent['type'][];
