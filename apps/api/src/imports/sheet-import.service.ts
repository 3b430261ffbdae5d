import { BadRequestException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toDomainEvent, unknownBranches, type CommandContext } from '@assocflow/commanding';
import { branch, type DomainEvent } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { NotAWorkbook, readXlsx, type ReadSheet } from '@assocflow/spreadsheets';
import { AggregateCommand } from '../commands/aggregate-command';
import { problem } from '../problem/problem-document';
import { planAgainstRecord, requestedRecording, type RowOutcome } from './row-plan';
import type { Recording, RowCells, RowProblem, SheetImporter } from './sheet-importer';

/** Rows one upload may hold: a year's ledger of a large association is a few hundred. */
export const MAX_IMPORT_ROWS = 5000;

export interface ImportedRow {
  row: number;
  id: string;
  /** new: a dry run would record it; recorded: it was; unchanged: the record already states it. */
  outcome: RowOutcome | 'recorded';
}

export interface ImportReport {
  register: string;
  dryRun: boolean;
  rows: ImportedRow[];
  /** Rows recorded by this upload (0 in a dry run). */
  recorded: number;
  /** Rows a dry run would record. */
  toRecord: number;
  unchanged: number;
}

/**
 * Imports a register's .xlsx sheet through the same DTOs, deciders and CommandBus as its
 * endpoints. All or nothing: every row is checked first, and if any is broken the answer is a
 * 422 naming each broken row, column and rule, and nothing is appended. A row equal to its record
 * is unchanged, so the same file again appends nothing, and a file cut off by a crash can be sent again.
 */
@Injectable()
export class SheetImportService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandBus,
  ) {}

  async run(
    importer: SheetImporter,
    file: Buffer,
    options: { tenant: string; dryRun: boolean; context: CommandContext },
  ): Promise<ImportReport> {
    const sheet = await this.read(file);
    const rules = await importer.forTenant(options.tenant, this.store);
    const problems: RowProblem[] = headerProblems(importer, sheet);
    const planned: { row: number; recording: Recording; outcome: RowOutcome }[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const byColumn: RowCells = Object.fromEntries(sheet.columns.map((column, i) => [column, cells[i] ?? null]));
      const recording = await requestedRecording(importer, rules, row, byColumn);
      if (Array.isArray(recording)) {
        problems.push(...recording);
        continue;
      }
      const first = firstRowOf.get(recording.id);
      if (first !== undefined) {
        problems.push({ row, column: importer.idColumn, rule: 'id-once-per-sheet', message: `${recording.id} is already on row ${first}` });
        continue;
      }
      firstRowOf.set(recording.id, row);
      const recorded = await this.eventsOf(importer, recording.streamId);
      const plan = planAgainstRecord(importer, rules, row, byColumn, recording, recorded);
      if ('problems' in plan) problems.push(...plan.problems);
      else {
        const unknown = await this.unknownBranchesOf(importer, options.tenant, row, plan.outcome === 'new' ? recording : undefined);
        if (unknown.length) problems.push(...unknown);
        else planned.push({ row, ...plan });
      }
    }
    if (problems.length) {
      const rows = new Set(problems.map((p) => p.row)).size;
      const detail = `${problems.length} problem(s) on ${rows} row(s); nothing was recorded: ${problems
        .slice(0, 3)
        .map((p) => `row ${p.row}${p.column ? ` ${p.column}` : ''}: ${p.message}`)
        .join('; ')}`;
      throw new UnprocessableEntityException(
        problem(422, 'import-rows-invalid', 'Rows refused', detail, { rule: 'import-rows-valid', problems }),
      );
    }
    const rows: ImportedRow[] = [];
    for (const { row, recording, outcome } of planned) {
      if (outcome === 'new' && !options.dryRun) {
        await this.commands.execute(AggregateCommand.to(importer.aggregate, recording.id, recording.command, options.context, 'no_stream'));
        rows.push({ row, id: recording.id, outcome: 'recorded' });
      } else rows.push({ row, id: recording.id, outcome });
    }
    const count = (outcome: ImportedRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
    return {
      register: importer.register,
      dryRun: options.dryRun,
      rows,
      recorded: count('recorded'),
      toRecord: count('new'),
      unchanged: count('unchanged'),
    };
  }

  private async read(file: Buffer): Promise<ReadSheet> {
    let sheet: ReadSheet;
    try {
      sheet = await readXlsx(file);
    } catch (error) {
      if (!(error instanceof NotAWorkbook)) throw error;
      throw new BadRequestException(
        problem(400, 'invalid-request', 'Invalid request', `the body is ${error.message}`, {
          errors: [{ field: 'file', rule: 'xlsx', message: error.message }],
        }),
      );
    }
    if (sheet.rows.length > MAX_IMPORT_ROWS) {
      const message = `a sheet holds at most ${MAX_IMPORT_ROWS} rows; this one holds ${sheet.rows.length}: split it`;
      throw new BadRequestException(
        problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field: 'file', rule: 'rowsAtMost', message }] }),
      );
    }
    return sheet;
  }

  /** A new row naming a branch that does not exist is refused with the others, before anything is recorded. */
  private async unknownBranchesOf(
    importer: SheetImporter,
    tenant: string,
    row: number,
    recording: Recording | undefined,
  ): Promise<RowProblem[]> {
    const references = importer.aggregate.references;
    if (!recording || !references) return [];
    const unknown = await unknownBranches(this.store, tenant, references(recording.command));
    return unknown.map(({ branchId, field }) => {
      const error = new branch.BranchNotFound(branchId, field);
      return { row, column: importer.columnOf(field), rule: error.rule, message: error.message };
    });
  }

  private async eventsOf(importer: SheetImporter, streamId: string): Promise<DomainEvent[]> {
    const recorded = await this.store.readStream(streamId);
    return recorded.map((r) => toDomainEvent<DomainEvent>(importer.aggregate.upcasters, r));
  }
}

/** Every column of the header is one of the template's; each of the template's is there once. */
function headerProblems(importer: SheetImporter, sheet: ReadSheet): RowProblem[] {
  const unknown = sheet.columns
    .filter((c) => c !== '' && !importer.columns.includes(c))
    .map((column) => ({
      row: 1,
      column,
      rule: 'column-of-template',
      message: `${column} is not a column of the ${importer.register} template (${importer.columns.join(', ')})`,
    }));
  const missing = importer.columns
    .filter((c) => !importer.derived.includes(c) && !sheet.columns.includes(c))
    .map((column) => ({
      row: 1,
      column,
      rule: 'template-column-present',
      message: `the ${importer.register} template's column ${column} is missing`,
    }));
  const twice = importer.columns
    .filter((c) => sheet.columns.indexOf(c) !== sheet.columns.lastIndexOf(c))
    .map((column) => ({
      row: 1,
      column,
      rule: 'column-once',
      message: `${column} appears more than once`,
    }));
  return [...unknown, ...missing, ...twice];
}
