import { createRequire } from 'node:module';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import {
  AllStreamPosition,
  BadRequest,
  Empty,
  MaximumAppendSizeExceeded,
  StreamIdentifier,
  UUID,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import type { ExpectedRevision } from '@assocflow/eventstore';
import type { LogRecord } from './esdb-log';

// The generated messages were built against the client's own copy of google-protobuf; the
// well-known types they embed must come from that same copy.
const clientRequire = createRequire(require.resolve('@eventstore/db-client/generated/streams_pb'));
const { Any } = clientRequire('google-protobuf/google/protobuf/any_pb') as typeof import('google-protobuf/google/protobuf/any_pb');
const wellKnown = clientRequire('google-protobuf/google/protobuf/empty_pb') as typeof import('google-protobuf/google/protobuf/empty_pb');

export const googleEmpty = () => new wellKnown.Empty();
export const empty = () => new Empty();

/** gRPC's google.rpc.Code values the server uses. */
const Code = { INVALID_ARGUMENT: 3, ALREADY_EXISTS: 6 } as const;

export function uuid(id: string): UUID {
  return new UUID().setString(id);
}

export function uuidString(id: UUID | undefined): string {
  if (!id) throw new Error('missing UUID');
  if (id.hasString()) return id.getString().toLowerCase();
  const s = id.getStructured()!;
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function streamIdentifier(streamId: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(streamId, 'utf8'));
}

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

/** .NET ticks (100 ns) since the Unix epoch: what the server puts in the `created` metadata. */
const ticks = (date: Date) => (BigInt(date.getTime()) * 10_000n).toString();

export function eventResponse(r: LogRecord): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuid(r.id))
    .setStreamIdentifier(streamIdentifier(r.streamId))
    .setStreamRevision(r.revision.toString())
    .setCommitPosition(r.position.toString())
    .setPreparePosition(r.position.toString())
    .setData(r.data)
    .setCustomMetadata(r.customMetadata);
  recorded.getMetadataMap().set('type', r.type).set('content-type', r.contentType).set('created', ticks(r.created));
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(r.position.toString()));
}

export function checkpointResponse(position: bigint): ReadResp {
  return new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString()),
  );
}

export const caughtUpResponse = () => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());

export const confirmationResponse = (subscriptionId: string) =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));

export const streamNotFoundResponse = (streamId: string) =>
  new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId)));

export const allStreamPosition = (position: bigint) =>
  new AllStreamPosition().setCommitPosition(position.toString()).setPreparePosition(position.toString());

/** google.rpc.Status with a packed detail, as the server answers a failed batch append. */
function status(code: number, message: string, detail: { serializeBinary(): Uint8Array }, typeName: string): Status {
  const any = new Any();
  any.pack(detail.serializeBinary(), typeName);
  return new Status().setCode(code).setMessage(message).setDetails(any);
}

export function wrongExpectedVersionStatus(current: bigint | undefined, expected: ExpectedRevision): Status {
  const detail = new WrongExpectedVersion();
  if (current === undefined) detail.setCurrentNoStream(googleEmpty());
  else detail.setCurrentStreamRevision(current.toString());
  if (expected === 'any') detail.setExpectedAny(googleEmpty());
  else if (expected === 'no_stream') detail.setExpectedNoStream(googleEmpty());
  else if (expected === 'stream_exists') detail.setExpectedStreamExists(googleEmpty());
  else detail.setExpectedStreamPosition(expected.toString());
  return status(Code.ALREADY_EXISTS, 'WrongExpectedVersion', detail, 'event_store.client.WrongExpectedVersion');
}

export function badRequestStatus(message: string): Status {
  return status(Code.INVALID_ARGUMENT, 'BadRequest', new BadRequest().setMessage(message), 'event_store.client.BadRequest');
}

export function maximumAppendSizeExceededStatus(maxAppendSize: number): Status {
  const detail = new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize);
  return status(Code.INVALID_ARGUMENT, 'MaximumAppendSizeExceeded', detail, 'event_store.client.MaximumAppendSizeExceeded');
}
