import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, type DomainEvent } from '@assocflow/domain';
import { comparable, type Cell } from '@assocflow/spreadsheets';
import { BODY_VALIDATION, flattenValidationErrors } from '../problem/validation-errors';
import type { Recording, RowCells, RowProblem, SheetImporter, TenantImporter } from './sheet-importer';

export type RowOutcome = 'new' | 'unchanged';

export type RowPlan = { recording: Recording; outcome: RowOutcome } | { problems: RowProblem[] };

/** A row as its endpoint would take it: the DTO validated exactly as the endpoint's pipe does. */
export async function requestedRecording(
  importer: SheetImporter,
  rules: TenantImporter,
  row: number,
  cells: RowCells,
): Promise<Recording | RowProblem[]> {
  const request = rules.requestOf(cells);
  if (Array.isArray(request)) return request.map((p) => ({ row, ...p }));
  const dto = plainToInstance(request.dto, request.body);
  const errors = flattenValidationErrors(await validate(dto, BODY_VALIDATION));
  if (errors.length)
    return errors.map((e) => ({ row, column: importer.columnOf(e.field), rule: e.rule, message: `${e.field}: ${e.message}` }));
  return request.recording(dto);
}

/**
 * What the row is against the record: unchanged when the record already states it column for
 * column, new when no record has its id and the command would record exactly it, else every
 * column that differs (an import records, it does not correct), or the rule the decider broke.
 */
export function planAgainstRecord(
  importer: SheetImporter,
  rules: TenantImporter,
  row: number,
  cells: RowCells,
  recording: Recording,
  recorded: DomainEvent[],
): RowPlan {
  if (recorded.length) {
    const existing = rules.rowOf(recorded, recording.streamId);
    if (!existing) {
      return {
        problems: [
          {
            row,
            column: importer.idColumn,
            rule: 'record-not-retracted',
            message: `${recording.id} was retracted; record the row under a new id`,
          },
        ],
      };
    }
    const problems = differences(importer, existing, cells).map(({ column, recordedText, sheetText }) => ({
      row,
      column,
      rule: 'row-matches-record',
      message: `${recording.id} is recorded with ${column} ${quoted(recordedText)}, the sheet says ${quoted(sheetText)}: an import records new rows; change a record through its corrections endpoint`,
    }));
    return problems.length ? { problems } : { recording, outcome: 'unchanged' };
  }
  let decided: DomainEvent[];
  try {
    decided = rules.decide(recording.command, recorded);
  } catch (error) {
    if (error instanceof DomainError) return { problems: [{ row, rule: error.rule, message: error.message }] };
    throw error;
  }
  const wouldBe = rules.rowOf(decided, recording.streamId) ?? [];
  const problems = differences(importer, wouldBe, cells).map(({ column, recordedText, sheetText }) => ({
    row,
    column,
    rule: 'row-recordable',
    message: `recorded from this row, ${column} would be ${quoted(recordedText)}, not ${quoted(sheetText)}: record it through its endpoint`,
  }));
  return problems.length ? { problems } : { recording, outcome: 'new' };
}

const quoted = (text: string): string => (text === '' ? '(empty)' : `"${text}"`);

function differences(importer: SheetImporter, expected: Cell[], cells: RowCells) {
  return importer.columns.flatMap((column, i) => {
    if (importer.derived.includes(column)) return [];
    if (importer.defaulted.includes(column) && (cells[column] ?? null) === null) return [];
    const wording = importer.wordings[column];
    const recordedText = comparable(expected[i] ?? null, wording);
    const sheetText = comparable(cells[column] ?? null, wording);
    return recordedText === sheetText ? [] : [{ column, recordedText: String(expected[i] ?? ''), sheetText: String(cells[column] ?? '') }];
  });
}
