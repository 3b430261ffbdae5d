/**
 * A read model as pure functions over events. The runner owns I/O and checkpoints: it asks
 * `keysOf` which documents an event changes, loads them (or `initial`), applies `evolve`, and
 * writes every changed document with its checkpoint in one Redis MULTI/EXEC.
 */
export interface ProjectedEvent<Data = Record<string, unknown>> {
  type: string;
  /** Upcast to the current schema before it reaches a projection. */
  data: Data;
  streamId: string;
  /** Global position, as a decimal string (JSON-safe). */
  position: string;
  metadata: {
    tenant: string;
    /** The business date (ISO date), e.g. when the training was held. */
    occurredAt: string;
    recordedAt: string;
    actor?: string;
    [key: string]: unknown;
  };
}

export interface Projection<Doc> {
  /** Stable name: part of every Redis key of this read model. */
  name: string;
  /** Bumped when the document shape or the reducer changes: a rebuild then runs under it. */
  version: number;
  /** Event types it handles; others never reach it. */
  handles: readonly string[];
  /** Keys of the documents this event changes, e.g. `sichuan/2023`. Empty: ignore the event. */
  keysOf(event: ProjectedEvent): string[];
  initial(key: string): Doc;
  /**
   * The next document. It may reuse (and update) parts of the document it is given: a document
   * belongs to the fold applying events to it (the runner keeps its own in memory between
   * batches), and is never shared with another fold.
   */
  evolve(doc: Doc, event: ProjectedEvent, key: string): Doc;
  /**
   * Derives what is computed from the whole document (totals, plan versus actual) once per
   * batch, before the document is stored, instead of after every event.
   */
  finalize?(doc: Doc, key: string): Doc;
  /**
   * What reads are served, when it is less than the document the fold needs (e.g. without the
   * per-record ledger a correction is applied against): the runner then stores the whole
   * document as the fold's state beside the served one, and reads never parse the state.
   */
  serve?(doc: Doc, key: string): unknown;
  /**
   * For documents that are mostly one table of rows (a year's ledger of activities): the runner
   * keeps `doc[table]` in Redis as a hash, one field per row, and loads and writes only the rows
   * events touch, so neither its memory nor a commit grows with the table. `idsOf` names the rows
   * an event reads or changes: evolve must touch no other row of the table. Not with finalize or
   * serve, which see the whole document. `blind`: evolve only ever sets or removes the rows it
   * names, never reads what they held, so the runner writes them without loading them first.
   */
  rows?: { table: string; idsOf(event: ProjectedEvent): string[]; blind?: boolean };
}

/** The document as reads get it: `serve` of the finalized document, or the document itself. */
export function servedDocument<Doc>(projection: Projection<Doc>, doc: Doc, key: string): unknown {
  return projection.serve ? projection.serve(doc, key) : doc;
}

/** Folds events into documents in memory: the reference every incremental run must equal. */
export function projectAll<Doc>(projection: Projection<Doc>, events: Iterable<ProjectedEvent>): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  for (const event of events) {
    if (!projection.handles.includes(event.type)) continue;
    for (const key of projection.keysOf(event)) {
      docs.set(key, projection.evolve(docs.get(key) ?? projection.initial(key), event, key));
    }
  }
  if (projection.finalize) for (const [key, doc] of docs) docs.set(key, projection.finalize(doc, key));
  return docs;
}
