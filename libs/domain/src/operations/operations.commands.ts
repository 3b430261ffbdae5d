import type { DomainCommand } from '../shared/decider';
import type { OperatingFigure, OperatingSource } from './operations.events';

export type RecordOperatingStatistics = DomainCommand<
  'RecordOperatingStatistics',
  { year: number; figures: OperatingFigure[]; source: OperatingSource }
>;

export type OperationsCommand = RecordOperatingStatistics;
