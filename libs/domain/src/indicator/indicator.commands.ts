import type { DomainCommand } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

/** Records the figure, or corrects it when it was recorded before. */
export type RecordIndicator = DomainCommand<
  'RecordIndicator',
  { key: string; label: string; unit?: string; year: number; value: Count; period?: { from: IsoDate; to: IsoDate } }
>;

export type IndicatorCommand = RecordIndicator;
