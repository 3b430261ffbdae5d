import { unreachable, type Decider } from '../shared/decider';
import { isIsoDate, yearOf, type Count } from '../shared/values';
import type { IndicatorCommand } from './indicator.commands';
import type { IndicatorEvent, IndicatorRecorded } from './indicator.events';
import {
  INDICATOR_KEY,
  IndicatorStreamMismatch,
  InvalidIndicatorKey,
  InvalidIndicatorPeriod,
  InvalidIndicatorYear,
} from './indicator.errors';

type Figure = Omit<IndicatorRecorded['data'], 'occurredOn' | 'previous'>;

export type IndicatorState = { status: 'unknown' } | ({ status: 'recorded' } & Figure);

const sameCount = (a: Count, b: Count) => a.value === b.value && a.approximate === b.approximate && a.marker === b.marker;
const samePeriod = (a: Figure['period'], b: Figure['period']) => a?.from === b?.from && a?.to === b?.to;

/** Same value, label, unit and period: recording it again changes nothing. */
const unchanged = (a: Figure, b: Figure) =>
  sameCount(a.value, b.value) && a.label === b.label && a.unit === b.unit && samePeriod(a.period, b.period);

export function decide(command: IndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  switch (command.type) {
    case 'RecordIndicator': {
      const c = command.data;
      if (!INDICATOR_KEY.test(c.key)) throw new InvalidIndicatorKey(c.key);
      if (!isIsoDate(`${c.year}-12-31`)) throw new InvalidIndicatorYear(c.year);
      if (c.period && (c.period.from > c.period.to || yearOf(c.period.to) !== c.year)) {
        throw new InvalidIndicatorPeriod(c.period.from, c.period.to, c.year);
      }
      const figure: Figure = {
        key: c.key,
        label: c.label,
        ...(c.unit ? { unit: c.unit } : {}),
        year: c.year,
        value: {
          value: c.value.value,
          approximate: c.value.approximate,
          ...(c.value.marker !== undefined && c.value.approximate ? { marker: c.value.marker } : {}),
        },
        ...(c.period ? { period: { from: c.period.from, to: c.period.to } } : {}),
      };
      if (state.status === 'recorded') {
        if (state.key !== c.key || state.year !== c.year)
          throw new IndicatorStreamMismatch(`${state.key} ${state.year}`, `${c.key} ${c.year}`);
        if (unchanged(state, figure)) return [];
      }
      return [
        {
          type: 'IndicatorRecorded',
          data: {
            occurredOn: c.period?.to ?? `${c.year}-12-31`,
            ...figure,
            ...(state.status === 'recorded' ? { previous: state.value } : {}),
          },
        },
      ];
    }
    default:
      // A one-member union narrows its discriminant, not the object, to never.
      return unreachable(command.type);
  }
}

export function evolve(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  switch (event.type) {
    case 'IndicatorRecorded': {
      const { occurredOn: _, previous: __, ...figure } = event.data;
      return { status: 'recorded', ...figure };
    }
    default:
      return unreachable(event.type);
  }
}

export const initialState = (): IndicatorState => ({ status: 'unknown' });

export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = { decide, evolve, initialState };
