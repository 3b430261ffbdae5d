import {
  currentSchemaVersion,
  foldEvents,
  upcast,
  type BranchReference,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type UpcasterTable,
} from '@assocflow/domain';
import { WrongExpectedVersion, type EventStore, type NewEvent, type RecordedEvent } from '@assocflow/eventstore';
import type { CommandContext, StoredEventMetadata } from './command-context';
import { ConcurrencyRetriesExhausted, IdempotencyKeyReused } from './command-errors';
import { requireBranchesExist } from './branch-references';
import { eventIdFor, requestHash } from './event-ids';

export interface Aggregate<C extends DomainCommand, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  upcasters: UpcasterTable;
  /** The branches a command names as a party (organizer, issuer): each must exist before it is decided. */
  references?: (command: C) => BranchReference[];
}

export interface CommandResult {
  streamId: string;
  /** The stream's revision after the command: the ETag a client sends back as If-Match. */
  revision: bigint | null;
  position: bigint | null;
  events: { id: string; type: string }[];
  /** True when this was a retry of a request already carried out: nothing new was appended. */
  replayed: boolean;
}

export interface HandleOptions {
  /** The revision the client last saw (If-Match); a mismatch is a 409, never retried. */
  expectedRevision?: bigint | 'no_stream';
  maxAttempts?: number;
  now?: () => Date;
}

/** Turns a stored event back into the domain's shape, upcast to its current schema. */
export function toDomainEvent<E extends DomainEvent>(upcasters: UpcasterTable, recorded: RecordedEvent): E {
  const version = Number((recorded.metadata as Partial<StoredEventMetadata>).schemaVersion ?? 1);
  const { data } = upcast(upcasters, recorded.type, recorded.data as Record<string, unknown>, version);
  return { type: recorded.type, data } as E;
}

/**
 * Read the stream, fold, decide, append with the expected revision; on a concurrent write,
 * reload and decide again a bounded number of times. A request whose Idempotency-Key already
 * produced events in this stream is answered from them without deciding again. The branches the
 * command names must exist (read from their own streams: the decider sees only this one); a
 * branch is never unfounded, so checking once, before the first decision, is enough.
 */
export async function handleCommand<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, E, S>,
  streamId: string,
  command: C,
  context: CommandContext,
  options: HandleOptions = {},
): Promise<CommandResult> {
  const maxAttempts = options.maxAttempts ?? 8;
  const now = options.now ?? (() => new Date());
  const hash = context.idempotencyKey ? requestHash(command.type, command.data) : undefined;
  let referencesChecked = !aggregate.references;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const recorded = await store.readStream(streamId);
    const revision = recorded.length ? recorded[recorded.length - 1].revision : null;

    const replay = context.idempotencyKey && findReplay(recorded, context, hash!);
    if (replay) return replay;

    if (options.expectedRevision !== undefined) {
      const actual = revision ?? 'no_stream';
      if (actual !== options.expectedRevision) throw new WrongExpectedVersion(streamId, options.expectedRevision, actual);
    }

    if (!referencesChecked) {
      await requireBranchesExist(store, context.tenant, aggregate.references!(command));
      referencesChecked = true;
    }
    const state = foldEvents(
      aggregate.decider,
      recorded.map((r) => toDomainEvent<E>(aggregate.upcasters, r)),
    );
    const decided = aggregate.decider.decide(command, state);
    if (decided.length === 0) return { streamId, revision, position: null, events: [], replayed: false };

    const recordedAt = now().toISOString();
    const events: NewEvent[] = decided.map((event, index) => ({
      id: eventIdFor(context.tenant, context.idempotencyKey, index),
      type: event.type,
      data: event.data,
      metadata: metadataFor(aggregate.upcasters, event, context, recordedAt, hash),
    }));
    try {
      const result = await store.append(streamId, events, { expectedRevision: revision ?? 'no_stream' });
      return {
        streamId,
        revision: result.nextExpectedRevision,
        position: result.position,
        events: events.map((e) => ({ id: e.id, type: e.type })),
        replayed: false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion) || options.expectedRevision !== undefined) throw error;
      // Jittered backoff so that writers who lost together do not collide again together.
      await new Promise((r) => setTimeout(r, Math.random() * 2 ** attempt));
    }
  }
  throw new ConcurrencyRetriesExhausted(streamId, maxAttempts);
}

function metadataFor(
  upcasters: UpcasterTable,
  event: DomainEvent,
  context: CommandContext,
  recordedAt: string,
  hash: string | undefined,
): StoredEventMetadata {
  return {
    tenant: context.tenant,
    actor: context.actor,
    correlationId: context.correlationId,
    ...(context.causationId ? { causationId: context.causationId } : {}),
    occurredAt: event.data.occurredOn,
    recordedAt,
    schemaVersion: currentSchemaVersion(upcasters, event.type),
    ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey, requestHash: hash } : {}),
    ...(context.source ? { source: context.source } : {}),
  };
}

function findReplay(recorded: RecordedEvent[], context: CommandContext, hash: string): CommandResult | undefined {
  const firstId = eventIdFor(context.tenant, context.idempotencyKey, 0);
  const start = recorded.findIndex((r) => r.id === firstId);
  if (start < 0) return undefined;
  const mine = recorded.slice(start).filter((r) => (r.metadata as Partial<StoredEventMetadata>).idempotencyKey === context.idempotencyKey);
  if ((mine[0].metadata as Partial<StoredEventMetadata>).requestHash !== hash) throw new IdempotencyKeyReused(context.idempotencyKey!);
  const last = mine[mine.length - 1];
  return {
    streamId: last.streamId,
    revision: last.revision,
    position: last.position,
    events: mine.map((r) => ({ id: r.id, type: r.type })),
    replayed: true,
  };
}
