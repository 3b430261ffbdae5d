import type { DomainCommand, DomainEvent } from '@assocflow/domain';
import type { AnyCatalogueEntry } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import type { Cell, Wording } from '@assocflow/spreadsheets';

/** What is wrong with one row (row 1 is the header), and in which column when one is to blame. */
export interface RowProblem {
  row: number;
  column?: string;
  rule: string;
  message: string;
}

/** A data row by column header. */
export type RowCells = Readonly<Record<string, Cell>>;

/** A row made into the body its HTTP endpoint takes, the DTO class that validates it, and the command the valid body becomes. */
export interface RowRequest<Dto extends object = object> {
  dto: new () => Dto;
  body: Record<string, unknown>;
  recording(dto: Dto): Recording;
}

/** The command a valid row becomes, and the stream it goes to. */
export interface Recording {
  id: string;
  streamId: string;
  command: DomainCommand;
}

/** The register's rules for one tenant: its deciders under the tenant's bylaws. */
export interface TenantImporter {
  /** The row's request, or why the row cannot be one (a kind of row the register does not know). */
  requestOf(cells: RowCells): RowRequest | Omit<RowProblem, 'row'>[];
  /** The register row a stream's events stand for, in template order; undefined when they leave no record. */
  rowOf(events: DomainEvent[], streamId: string): Cell[] | undefined;
  /** The events the command decides on the stream as it is (throws the DomainError the endpoint would answer 422 with). */
  decide(command: DomainCommand, events: DomainEvent[]): DomainEvent[];
}

/**
 * A register that an .xlsx sheet can be imported into: its template is its export, column for
 * column, and each row goes through the endpoint's DTO and the aggregate's decider.
 */
export interface SheetImporter {
  register: string;
  columns: readonly string[];
  idColumn: string;
  /** Computed on the day asked (状态): exports write them, imports do not compare them. */
  derived: readonly string[];
  /** Columns the record fills in when a row leaves them empty (届满 by the bylaws): compared only when filled in. */
  defaulted: readonly string[];
  /** Columns holding words (类别, 是/否): compared by the value they stand for. */
  wordings: Readonly<Record<string, Wording>>;
  /** The column a body field (`participants.value`) was read from. */
  columnOf(field: string): string | undefined;
  /** The aggregate rows are recorded in: its upcasters, and the branches a row's command names (checked with the other rows, before anything is recorded). */
  aggregate: AnyCatalogueEntry;
  forTenant(tenant: string, store: EventStore): Promise<TenantImporter>;
}

/** The column of a field path, trying `a.b.c`, then `a.b`, then `a`. */
export function columnOfPath(columns: Readonly<Record<string, string>>, field: string): string | undefined {
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    if (columns[path]) return columns[path];
  }
  return undefined;
}
