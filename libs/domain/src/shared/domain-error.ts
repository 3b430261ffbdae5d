/**
 * A rule of the association's bylaws or of the record was broken (HTTP 422 at the edge).
 * `rule` is a stable machine-readable code; the message says, in words, what rule it was.
 */
export abstract class DomainError extends Error {
  abstract readonly rule: string;
  /** The body field the broken rule is about, when it is about one (`organizer.branchId`). */
  readonly field?: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The aggregate does not exist yet, or any more, for this command (HTTP 404 or 422). */
export class AggregateNotFound extends DomainError {
  readonly rule = 'aggregate-not-found';
  constructor(
    readonly aggregate: string,
    readonly id: string,
  ) {
    super(`${aggregate} ${id} does not exist`);
  }
}
