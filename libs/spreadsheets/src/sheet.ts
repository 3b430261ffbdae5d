import { statedCount, type Count } from '@assocflow/domain';

/** What a spreadsheet cell holds: text, a number, a yes/no, or nothing. */
export type Cell = string | number | boolean | null;

/** One table: a worksheet of an .xlsx, or a whole .csv. Headers are the first row. */
export interface Sheet {
  /** The worksheet's name (at most 31 characters, no []:*?/\). */
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** A count as a secretariat writes it: a number when exact, "30300余" when the source gave a lower bound. */
export function countCell(count: Pick<Count, 'value' | 'approximate' | 'marker' | 'wan' | 'unit'> | undefined): Cell {
  if (!count) return null;
  if (!count.approximate && !count.wan && count.unit === undefined) return count.value;
  return `${statedCount(count)}${count.unit ?? ''}`;
}

/** The cell of an optional value: nothing rather than an empty string. */
export const cell = (value: string | number | boolean | undefined | null): Cell => value ?? null;
