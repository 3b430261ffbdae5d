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
