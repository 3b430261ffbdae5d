import { unreachable, type Decider } from '../shared/decider';
import { COUNT_MARKERS, isIsoDate } from '../shared/values';
import { isOperatingMeasure, OPERATING_MEASURES, type MeasureKind } from './operations.catalogue';
import type { OperationsCommand } from './operations.commands';
import type { OperatingFigure, OperatingPart, OperationsEvent } from './operations.events';
import { OperatingFigureInvalid, OperatingFiguresRepeated, OperatingYearInvalid } from './operations.errors';

export type OperationsState = { status: 'none' } | { status: 'recorded'; year: number; figures: OperatingFigure[] };

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

function checkFigure(f: OperatingFigure, i: number): void {
  if (!isOperatingMeasure(f?.measure))
    throw new OperatingFigureInvalid(i, `measure ${JSON.stringify(f?.measure)} is not one the product knows`);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0 || decimals(f.value) > 4)
    throw new OperatingFigureInvalid(i, 'value is a number from 0, up to 4 decimals');
  if (typeof f.approximate !== 'boolean') throw new OperatingFigureInvalid(i, 'approximate is true or false');
  if (f.marker !== undefined && (!COUNT_MARKERS.includes(f.marker) || !f.approximate))
    throw new OperatingFigureInvalid(i, 'a marker comes only with approximate true');
  if (f.change !== undefined && f.change !== 'up' && f.change !== 'down') throw new OperatingFigureInvalid(i, 'change is up or down');
  if (f.department !== undefined && (typeof f.department !== 'string' || !f.department.trim() || f.department.length > 50))
    throw new OperatingFigureInvalid(i, 'department is a name of at most 50 characters');
  if (f.parts !== undefined) checkParts(f, i);
}

export const MAX_OPERATING_PARTS = 20;

/** The measure kinds whose figures can be split into parts: counts and amounts add up, rates and days do not. */
export const PARTED_KINDS: readonly MeasureKind[] = ['count', 'amount'];

/**
 * Parts (其中) of a level of counts or amounts, each an exact count in the figure's unit, labels
 * distinct. An exact figure is at least its parts' sum; an approximate one (90余, 近300) is not
 * held to it, since its bound is the source's own.
 */
function checkParts(f: OperatingFigure, i: number): void {
  const parts = f.parts;
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > MAX_OPERATING_PARTS)
    throw new OperatingFigureInvalid(i, `parts is a list of 1 to ${MAX_OPERATING_PARTS} parts`);
  if (f.change !== undefined || !PARTED_KINDS.includes(OPERATING_MEASURES[f.measure].kind))
    throw new OperatingFigureInvalid(i, 'parts split only a level of a count or an amount, not a change, a rate or days');
  const labels = new Set<string>();
  parts.forEach((p, j) => {
    if (typeof p?.label !== 'string' || !p.label.trim() || p.label.length > 30)
      throw new OperatingFigureInvalid(i, `parts[${j}]: label is a name of at most 30 characters`);
    if (typeof p.count !== 'number' || !Number.isFinite(p.count) || p.count < 0 || decimals(p.count) > 4)
      throw new OperatingFigureInvalid(i, `parts[${j}]: count is a number from 0, up to 4 decimals`);
    if (labels.has(p.label.trim())) throw new OperatingFigureInvalid(i, `parts[${j}]: label ${p.label.trim()} is stated twice`);
    labels.add(p.label.trim());
  });
  if (!f.approximate && partsSum(parts) > f.value)
    throw new OperatingFigureInvalid(i, `parts add up to ${partsSum(parts)}, more than the exact figure ${f.value}`);
}

/** Summed in ten-thousandths, so 0.1 + 0.2 is not more than 0.3. */
export const partsSum = (parts: readonly OperatingPart[]): number =>
  parts.reduce((sum, p) => sum + Math.round(p.count * 10_000), 0) / 10_000;

/** Only what was stated: an event carries no undefined field. */
function figureOf(f: OperatingFigure): OperatingFigure {
  return {
    measure: f.measure,
    value: f.value,
    approximate: f.approximate,
    ...(f.marker !== undefined ? { marker: f.marker } : {}),
    ...(f.wan ? { wan: true } : {}),
    ...(f.department !== undefined ? { department: f.department.trim() } : {}),
    ...(f.change !== undefined ? { change: f.change } : {}),
    ...(f.parts !== undefined ? { parts: f.parts.map((p) => ({ label: p.label.trim(), count: p.count })) } : {}),
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
      return [
        {
          type: 'OperatingStatisticsRecorded',
          data: {
            occurredOn: `${c.year}-12-31`,
            year: c.year,
            figures,
            source: { document: c.source.document, ...(c.source.section ? { section: c.source.section } : {}) },
          },
        },
      ];
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
