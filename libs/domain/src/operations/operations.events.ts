import type { DomainEvent } from '../shared/decider';
import type { CountMarker, IsoDate } from '../shared/values';
import type { OperatingMeasure } from './operations.catalogue';

/**
 * One operating figure as the summary states it: a level (门诊510451人次, 药占比17.26%) or, with
 * `change`, a change on the year before (手术台次增幅18.7%, 平均住院日下降1天), optionally of one
 * department or procedure (骨二病区, 关节镜). Rates and changes may have decimals.
 */
export interface OperatingFigure {
  measure: OperatingMeasure;
  value: number;
  approximate: boolean;
  marker?: CountMarker;
  /** Stated in 万 (2.3万台次). */
  wan?: boolean;
  department?: string;
  /** The value is a change on the year before: up (增幅) or down (下降). */
  change?: 'up' | 'down';
  /**
   * What the figure is made of, as the source states it after 其中 (在研课题31项，其中省部级14项、市级17项):
   * each part's count is in the figure's unit and is kept as stated, never added into `value`.
   * Parts need not cover the whole; when the figure is exact they add up to at most it.
   */
  parts?: OperatingPart[];
}

/** One part of an operating figure (省部级 14项): a label and an exact count in the figure's unit. */
export interface OperatingPart {
  label: string;
  count: number;
}

export interface OperatingSource {
  document: string;
  section?: string;
}

/** The year's operating figures; a later recording for the same year replaces the earlier one whole. */
export type OperatingStatisticsRecorded = DomainEvent<
  'OperatingStatisticsRecorded',
  { occurredOn: IsoDate; year: number; figures: OperatingFigure[]; source: OperatingSource }
>;

export type OperationsEvent = OperatingStatisticsRecorded;

export const OPERATIONS_EVENT_TYPES = ['OperatingStatisticsRecorded'] as const satisfies readonly OperationsEvent['type'][];
