import { Metadata, status, type sendUnaryData, type ServerDuplexStream, type ServerReadableStream } from '@grpc/grpc-js';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { ExpectedRevision } from '@assocflow/eventstore';
import type { AppendOutcome, EsdbLog, ProposedEvent } from './esdb-log';
import {
  allStreamPosition,
  badRequestStatus,
  empty,
  googleEmpty,
  maximumAppendSizeExceededStatus,
  streamIdentifier,
  streamNameOf,
  uuidString,
  wrongExpectedVersionStatus,
} from './messages';

type Proposed = AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage;

class MissingMetadata extends Error {}

/** The server's default MaxAppendSize, counted as Event.SizeOnDisk counts it. */
const MAX_APPEND_SIZE = 1024 * 1024;
const sizeOnDisk = (events: ProposedEvent[]) =>
  events.reduce((size, e) => size + e.data.length + e.customMetadata.length + e.type.length * 2, 0);

function proposedEvent(message: Proposed): ProposedEvent {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  if (type === undefined) throw new MissingMetadata('type');
  if (contentType === undefined) throw new MissingMetadata('content-type');
  return {
    id: uuidString(message.getId()),
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

/** Streams.Append, the one-stream-per-call path older clients (and calls with credentials) use. */
export function appendHandler(log: EsdbLog) {
  return (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
    let options: AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    let failure: { code: number; details: string } | undefined;
    call.on('data', (request: AppendReq) => {
      try {
        if (!options) {
          if (!request.hasOptions()) throw new Error('the first message must carry the options');
          options = request.getOptions();
        } else events.push(proposedEvent(request.getProposedMessage()!));
      } catch (error) {
        failure ??= { code: status.INVALID_ARGUMENT, details: (error as Error).message };
      }
    });
    call.on('end', () => {
      if (failure || !options) return callback(failure ?? { code: status.INVALID_ARGUMENT, details: 'no options' });
      if (sizeOnDisk(events) > MAX_APPEND_SIZE) return callback(maximumAppendSizeExceeded());
      const expected = appendExpected(options);
      log.append(streamNameOf(options.getStreamIdentifier()), expected, events).then(
        (outcome) => {
          if (outcome.kind === 'badRequest') return callback({ code: status.INVALID_ARGUMENT, details: outcome.message });
          callback(null, appendResponse(outcome, expected));
        },
        (error: Error) => callback({ code: status.UNKNOWN, details: error.message }),
      );
    });
  };
}

/** Append reports this one as a gRPC error whose trailers name the exception, as the server's RpcExceptions do. */
function maximumAppendSizeExceeded() {
  const metadata = new Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(MAX_APPEND_SIZE));
  return { code: status.INVALID_ARGUMENT, details: `Maximum Append Size of ${MAX_APPEND_SIZE} Exceeded.`, metadata };
}

function appendExpected(options: AppendReq.Options): ExpectedRevision {
  const Case = AppendReq.Options.ExpectedStreamRevisionCase;
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.REVISION:
      return BigInt(options.getRevision());
    case Case.NO_STREAM:
      return 'no_stream';
    case Case.STREAM_EXISTS:
      return 'stream_exists';
    default:
      return 'any';
  }
}

/** Since 20.10 a wrong expected version is an answer of Append, not a gRPC error. */
function appendResponse(outcome: Exclude<AppendOutcome, { kind: 'badRequest' }>, expected: ExpectedRevision): AppendResp {
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    if (outcome.currentRevision === undefined) success.setNoStream(empty());
    else success.setCurrentRevision(outcome.currentRevision.toString());
    if (outcome.position === undefined) success.setNoPosition(empty());
    else {
      const p = outcome.position.toString();
      success.setPosition(new AppendResp.Position().setCommitPosition(p).setPreparePosition(p));
    }
    return new AppendResp().setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(empty());
  else wrong.setCurrentRevision(outcome.currentRevision.toString());
  if (expected === 'any') wrong.setExpectedAny(empty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(empty());
  else wrong.setExpectedRevision(expected.toString());
  return new AppendResp().setWrongExpectedVersion(wrong);
}

interface PendingWrite {
  streamId: string;
  expected: ExpectedRevision;
  events: ProposedEvent[];
}

/**
 * Streams.BatchAppend, which clients keep open and multiplex by correlation id: a write is the
 * requests of one correlation id up to is_final; failures come back as google.rpc.Status.
 */
export function batchAppendHandler(log: EsdbLog) {
  return (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    const pending = new Map<string, PendingWrite>();
    let work: Promise<void> = Promise.resolve();
    call.on('data', (request: BatchAppendReq) => {
      work = work.then(() => handle(request)).catch(() => undefined);
    });
    call.on('end', () => void work.then(() => call.end()));
    call.on('error', () => undefined);

    async function handle(request: BatchAppendReq): Promise<void> {
      const key = uuidString(request.getCorrelationId());
      const options = request.getOptions();
      if (options) {
        pending.set(key, { streamId: streamNameOf(options.getStreamIdentifier()), expected: batchExpected(options), events: [] });
      }
      const write = pending.get(key);
      if (!write) return;
      const response = new BatchAppendResp()
        .setCorrelationId(request.getCorrelationId())
        .setStreamIdentifier(streamIdentifier(write.streamId));
      try {
        write.events.push(...request.getProposedMessagesList().map(proposedEvent));
      } catch (error) {
        pending.delete(key);
        call.write(response.setError(badRequestStatus(`missing required metadata property ${(error as Error).message}`)));
        return;
      }
      if (sizeOnDisk(write.events) > MAX_APPEND_SIZE) {
        pending.delete(key);
        call.write(response.setError(maximumAppendSizeExceededStatus(MAX_APPEND_SIZE)));
        return;
      }
      if (!request.getIsFinal()) return;
      pending.delete(key);
      const outcome = await log.append(write.streamId, write.expected, write.events);
      if (outcome.kind === 'badRequest') response.setError(badRequestStatus(outcome.message));
      else if (outcome.kind === 'wrongExpectedVersion') {
        response.setError(wrongExpectedVersionStatus(outcome.currentRevision, write.expected));
      } else {
        const success = new BatchAppendResp.Success();
        if (outcome.currentRevision === undefined) success.setNoStream(googleEmpty());
        else success.setCurrentRevision(outcome.currentRevision.toString());
        if (outcome.position === undefined) success.setNoPosition(googleEmpty());
        else success.setPosition(allStreamPosition(outcome.position));
        response.setSuccess(success);
      }
      call.write(response);
    }
  };
}

function batchExpected(options: BatchAppendReq.Options): ExpectedRevision {
  const Case = BatchAppendReq.Options.ExpectedStreamPositionCase;
  switch (options.getExpectedStreamPositionCase()) {
    case Case.STREAM_POSITION:
      return BigInt(options.getStreamPosition());
    case Case.NO_STREAM:
      return 'no_stream';
    case Case.STREAM_EXISTS:
      return 'stream_exists';
    default:
      return 'any';
  }
}
