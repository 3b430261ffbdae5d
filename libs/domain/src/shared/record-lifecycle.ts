import { DomainError } from './domain-error';
import { defined } from './defined';

/**
 * The lifecycle every recorded fact shares (work, rankings, honors, grants, reports, activities):
 * recorded once, corrected with a reason, retracted for good. Each domain keeps its own event
 * names, error classes and words; this holds only the rules they share.
 */

/** Any state of a record: `unknown` before it is recorded, `retracted` after, anything else recorded. */
export interface RecordStatus {
  status: string;
}

/** The recorded states of a record: neither unknown nor retracted. */
export type Recorded<State extends RecordStatus> = Exclude<State, { status: 'unknown' | 'retracted' }>;

/** The three errors of the lifecycle, each domain's own class. */
export interface LifecycleErrors {
  /** Recorded a second time: a record is recorded once, then corrected. */
  alreadyRecorded: (id: string) => DomainError;
  /** Corrected or retracted before it was recorded. */
  notFound: (id: string) => DomainError;
  /** Any command after the retraction. */
  retracted: (id: string) => DomainError;
}

export interface RecordLifecycle<State extends RecordStatus> {
  /** Throws unless the record is still to be recorded. */
  requireNew(state: State, id: string): void;
  /** The record as it stands; throws when it was never recorded or was retracted. */
  requireRecorded(state: State, id: string): Recorded<State>;
}

export function recordLifecycle<State extends RecordStatus>(errors: LifecycleErrors): RecordLifecycle<State> {
  return {
    requireNew(state, id) {
      if (state.status === 'retracted') throw errors.retracted(id);
      if (state.status !== 'unknown') throw errors.alreadyRecorded(id);
    },
    requireRecorded(state, id) {
      if (state.status === 'unknown') throw errors.notFound(id);
      if (state.status === 'retracted') throw errors.retracted(id);
      return state as Recorded<State>;
    },
  };
}

/** The reason a correction or retraction states, trimmed; `missing()` is thrown when there is none. */
export function requireReason(reason: unknown, missing: () => DomainError): string {
  if (typeof reason !== 'string' || !reason.trim()) throw missing();
  return reason.trim();
}

/** The stated changes without the fields sent as undefined: such a field changes nothing. */
export function givenChanges<Changes extends object>(changes: Changes | undefined): Partial<Changes> {
  return defined(changes ?? {}) as Partial<Changes>;
}

/**
 * One error class of the lifecycle about one record, with its domain's rule and words:
 * `class WorkRecordNotFound extends lifecycleError('work-record-must-exist', (id) => ...) {}`.
 */
export function lifecycleError<Rule extends string>(rule: Rule, message: (id: string) => string) {
  return class extends DomainError {
    readonly rule: Rule = rule;
    constructor(id: string) {
      super(message(id));
    }
  };
}

/**
 * The changes a correction really makes: every stated field is one the record may change
 * (`notApplicable(field)` is thrown otherwise), and only those whose value differs from `current` are kept.
 */
export function effectiveChanges<Changes extends object>(
  current: object,
  stated: Changes | undefined,
  correctable: readonly string[],
  notApplicable: (field: string) => DomainError,
): Changes {
  const now = current as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(givenChanges(stated))) {
    if (!correctable.includes(field)) throw notApplicable(field);
    if (JSON.stringify(now[field]) !== JSON.stringify(value)) changes[field] = value;
  }
  return changes as Changes;
}
