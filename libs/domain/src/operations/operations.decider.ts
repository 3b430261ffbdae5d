import { unreachable, type Decider } from '../shared/decider';
import { COUNT_MARKERS, isIsoDate } from '../shared/values';
import { isOperatingMeasure } from './operations.catalogue';
import type { OperationsCommand } from './operations.commands';
import type { OperatingFigure, OperationsEvent } from './operations.events';
import { OperatingFigureInvalid, OperatingFiguresRepeated, OperatingYearInvalid } from './operations.errors';

export type OperationsState = { status: 'none' } | { status: 'recorded'; year: number; figures: OperatingFigure[] };

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

function checkFigure(f: OperatingFigure, i: number): void {
  if (!isOperatingMeasure(f?.measure)) throw new OperatingFigureInvalid(i, `measure ${JSON.stringify(f?.measure)} is not one the product knows`);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0 || decimals(f.value) > 4) throw new OperatingFigureInvalid(i, 'value is a number from 0, up to 4 decimals');
  if (typeof f.approximate !== 'boolean') throw new OperatingFigureInvalid(i, 'approximate is true or false');
  if (f.marker !== undefined && (!COUNT_MARKERS.includes(f.marker) || !f.approximate)) throw new OperatingFigureInvalid(i, 'a marker comes only with approximate true');
  if (f.change !== undefined && f.change !== 'up' && f.change !== 'down') throw new OperatingFigureInvalid(i, 'change is up or down');
  if (f.department !== undefined && (typeof f.department !== 'string' || !f.department.trim() || f.department.length > 50)) throw new OperatingFigureInvalid(i, 'department is a name of at most 50 characters');
}

/** Only what was stated: an event carries no undefined field. */
function figureOf(f: OperatingFigure): OperatingFigure {
  return {
    measure: f.measure, value: f.value, approximate: f.approximate,
    ...(f.marker !== undefined ? { marker: f.marker } : {}), ...(f.wan ? { wan: true } : {}),
    ...(f.department !== undefined ? { department: f.department.trim() } : {}), ...(f.change !== undefined ? { change: f.change } : {}),
  };
}

const same = (a: OperatingFigure[], b: OperatingFigure[]) => JSON.stringify(a) === JSON.stringify(b);

export function decide(command: OperationsCommand, state: OperationsState): OperationsEvent[] {
  switch (command.type) {
    case 'RecordOperatingStatistics': {
      const c = command.data;
      if (!Number.isInteger(c.year) || !isIsoDate(`${c.year}-12-31`)) throw new OperatingYearInvalid(c.year);
      c.figures.forEach(checkFigure);
      const seen = new Set<string>();
      for (const f of c.figures) {
        const what = `${f.measure}${f.department ? ` of ${f.department.trim()}` : ''}${f.change ? ` (${f.change})` : ''}`;
        if (seen.has(what)) throw new OperatingFiguresRepeated(what);
        seen.add(what);
      }
      const figures = c.figures.map(figureOf);
      // Recording the same figures again changes nothing (an import run twice).
      if (state.status === 'recorded' && same(state.figures, figures)) return [];
      return [{ type: 'OperatingStatisticsRecorded', data: { occurredOn: `${c.year}-12-31`, year: c.year, figures, source: { document: c.source.document, ...(c.source.section ? { section: c.source.section } : {}) } } }];
    }
    default:
      return unreachable(command.type);
  }
}

export function evolve(_state: OperationsState, event: OperationsEvent): OperationsState {
  switch (event.type) {
    case 'OperatingStatisticsRecorded':
      return { status: 'recorded', year: event.data.year, figures: event.data.figures };
    default:
      return unreachable(event.type);
  }
}

export const initialState = (): OperationsState => ({ status: 'none' });

export const operationsDecider: Decider<OperationsCommand, OperationsEvent, OperationsState> = { decide, evolve, initialState };
