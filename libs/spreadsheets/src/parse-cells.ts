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

/** A count as `countCell` writes it: 18312, or 30300余 (余/逾/多: a lower bound). */
export function countOf(cell: Cell): { value: unknown; approximate: boolean } | undefined {
  if (cell === null) return undefined;
  const bound = typeof cell === 'string' ? /^(\d+)\s*(余|逾|多)?$/.exec(cell) : null;
  if (bound) return { value: Number(bound[1]), approximate: bound[2] !== undefined };
  return { value: cell, approximate: false };
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
