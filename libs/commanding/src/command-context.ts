/** Who asked, why, and when: everything that ends up in the events' metadata. */
export interface CommandContext {
  tenant: string;
  /** The API key's id or the operator's name: the log is the audit trail. */
  actor: string;
  correlationId: string;
  causationId?: string;
  idempotencyKey?: string;
  /** Document and section, for entries backfilled from a source document. */
  source?: { document: string; section?: string; line?: number };
}

/** The metadata every stored event carries (DESIGN.md section 3). */
export interface StoredEventMetadata extends Record<string, unknown> {
  tenant: string;
  actor: string;
  correlationId: string;
  causationId?: string;
  occurredAt: string;
  recordedAt: string;
  schemaVersion: number;
  idempotencyKey?: string;
  requestHash?: string;
  source?: CommandContext['source'];
}
