import type { CountMarker, PeopleUnit } from '@assocflow/domain';
import type { Cell } from './sheet';
import { valueOfWord, YES_NO, type Wording } from './wording';

/**
 * Cells read back into request values. What does not parse is passed on as it was typed, for the
 * request's own validation to refuse with its field and rule: parsing here never decides validity.
 */
export const textOf = (cell: Cell): string | undefined => (cell === null ? undefined : String(cell));

/** A whole number, typed as a number or as digits. */
export function wholeOf(cell: Cell): unknown {
  if (typeof cell === 'string' && /^\d+$/.test(cell)) return Number(cell);
  return cell ?? undefined;
}

/** What `countOf` reads of a count's form: the marker, 人 or 人次, 万. */
export interface CellCount {
  value: unknown;
  approximate: boolean;
  marker?: CountMarker;
  unit?: PeopleUnit;
  wan?: boolean;
}

const STATED = /^(近|约)?\s*(\d+(?:\.\d+)?)\s*(万)?\s*(余|逾|多)?\s*(人次|人)?$/;

/**
 * A count as `countCell` writes it, in the form the source stated it: 18312, 30300余 (余/逾/多:
 * a lower bound), 近300人, 约630, 10.36万人次.
 */
export function countOf(cell: Cell): CellCount | undefined {
  if (cell === null) return undefined;
  const m = typeof cell === 'string' ? STATED.exec(cell.trim()) : null;
  if (!m) return { value: cell, approximate: false };
  const [, before, digits, wan, after, unit] = m;
  const marker = (before ?? after) as CountMarker | undefined;
  const count: CellCount = { value: wan ? Math.round(Number(digits) * 10_000) : Number(digits), approximate: marker !== undefined };
  if (marker !== undefined && marker !== '余') count.marker = marker;
  if (unit !== undefined) count.unit = unit as PeopleUnit;
  if (wan) count.wan = true;
  return count;
}

/** 是/否 (or a yes/no cell). */
export function yesNoOf(cell: Cell): unknown {
  if (cell === null || typeof cell === 'boolean') return cell ?? undefined;
  const value = valueOfWord(YES_NO, String(cell));
  return value === undefined ? cell : value === 'true';
}

/** The value a word of `wording` stands for, or the cell as typed. */
export function valueOfCell(wording: Wording, cell: Cell): unknown {
  if (cell === null) return undefined;
  return valueOfWord(wording, String(cell)) ?? cell;
}

/** A cell as compared with another: its value when it is a word of `wording`, else its text. */
export function comparable(cell: Cell, wording?: Wording): string {
  const text = cell === null ? '' : String(cell);
  return (wording && valueOfWord(wording, text)) ?? text;
}
