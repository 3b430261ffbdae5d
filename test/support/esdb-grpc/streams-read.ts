import { randomUUID } from 'node:crypto';
import { status, type ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { EsdbLog, LogRecord } from './esdb-log';
import {
  caughtUpResponse,
  checkpointResponse,
  confirmationResponse,
  eventResponse,
  streamNameOf,
  streamNotFoundResponse,
} from './messages';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** The server reads $all, and scans for filtered subscriptions, this many records at a time. */
const READ_BATCH = 32;

/** Streams.Read: stream reads, $all reads, and catch-up subscriptions to $all. */
export function readHandler(log: EsdbLog, stopping: AbortSignal) {
  return (call: ReadCall): void => {
    const abort = new AbortController();
    const cancel = () => abort.abort();
    call.on('cancelled', cancel);
    stopping.addEventListener('abort', cancel, { once: true });
    serve(log, call, abort.signal)
      .then(() => call.end())
      .catch((error: { code?: number; details?: string }) =>
        call.emit('error', { code: error.code ?? status.UNKNOWN, details: error.details ?? String(error) }),
      )
      .finally(() => stopping.removeEventListener('abort', cancel));
  };
}

async function serve(log: EsdbLog, call: ReadCall, abort: AbortSignal): Promise<void> {
  const options = call.request.getOptions();
  if (!options) throw invalid('read options are required');
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const count = Number(options.getCount() || '0');
  const filter = recordFilter(options);
  if (options.hasStream()) {
    if (options.hasSubscription()) throw { code: status.UNIMPLEMENTED, details: 'stream subscriptions are not emulated' };
    return readStream(log, call, options.getStream()!, backwards, count, abort);
  }
  const all = options.getAll();
  if (!all) throw invalid('read options name neither a stream nor $all');
  if (options.hasSubscription()) {
    const interval = filter ? options.getFilter()!.getCheckpointintervalmultiplier() * searchWindow(options) : 0;
    if (filter && interval <= 0) throw invalid('the checkpoint interval multiplier must be positive');
    return subscribe(log, call, startIndexOf(log, all), filter, interval, abort);
  }
  return readAll(log, call, all, backwards, count, filter, abort);
}

async function readStream(
  log: EsdbLog,
  call: ReadCall,
  options: ReadReq.Options.StreamOptions,
  backwards: boolean,
  maxCount: number,
  abort: AbortSignal,
): Promise<void> {
  const streamId = streamNameOf(options.getStreamIdentifier());
  const from = options.hasStart() ? 'start' : options.hasEnd() ? 'end' : BigInt(options.getRevision());
  const records = await log.readStream(streamId, { from, direction: backwards ? 'backwards' : 'forwards', maxCount });
  if (!records) return send(call, streamNotFoundResponse(streamId), abort);
  for (const r of records) await send(call, eventResponse(r), abort);
}

async function readAll(
  log: EsdbLog,
  call: ReadCall,
  options: ReadReq.Options.AllOptions,
  backwards: boolean,
  maxCount: number,
  filter: RecordFilter | undefined,
  abort: AbortSignal,
): Promise<void> {
  // Forwards from a position includes the record there; backwards from it excludes it.
  let index: number;
  if (options.hasStart()) index = backwards ? -1 : 0;
  else if (options.hasEnd()) index = backwards ? log.records.length - 1 : log.records.length;
  else {
    const position = checkedPosition(log, options.getPosition()!);
    index = backwards ? log.indexAt(position) - 1 : log.indexAt(position);
  }
  let sent = 0;
  for (; sent < maxCount && !abort.aborted && index >= 0 && index < log.records.length; index += backwards ? -1 : 1) {
    const r = log.records[index];
    if (filter && !filter(r)) continue;
    await send(call, eventResponse(r), abort);
    sent++;
  }
}

/**
 * As EventStoreDB 23.10+ does it: confirmation, the past, CaughtUp, then live events; a filtered
 * subscription also sends a checkpoint each time `checkpointInterval` records were considered.
 */
async function subscribe(
  log: EsdbLog,
  call: ReadCall,
  start: number,
  filter: RecordFilter | undefined,
  checkpointInterval: number,
  abort: AbortSignal,
): Promise<void> {
  await send(call, confirmationResponse(randomUUID()), abort);
  let index = start;
  let considered = 0;
  let caughtUp = false;
  while (!abort.aborted) {
    if (index < log.records.length) {
      const page = log.records.slice(index, index + READ_BATCH);
      index += page.length;
      let checkpoint = page[0].position;
      for (const r of page) {
        if (filter && !filter(r)) continue;
        await send(call, eventResponse(r), abort);
        checkpoint = r.position;
      }
      considered += page.length;
      // While catching up, the server checkpoints between pages but not on the last one.
      if (filter && considered >= checkpointInterval && (caughtUp || index < log.records.length)) {
        considered %= checkpointInterval;
        await send(call, checkpointResponse(checkpoint), abort);
      }
    } else if (!caughtUp) {
      caughtUp = true;
      await send(call, caughtUpResponse(), abort);
    } else {
      await log.waitForMore(index, abort);
    }
  }
}

/** Subscriptions start after the given position: the server reads one record there and goes on from the next. */
function startIndexOf(log: EsdbLog, options: ReadReq.Options.AllOptions): number {
  if (options.hasStart()) return 0;
  if (options.hasEnd()) return log.records.length;
  const position = checkedPosition(log, options.getPosition()!);
  const i = log.indexAt(position);
  return i < log.records.length && log.records[i].position === position ? i + 1 : i;
}

function checkedPosition(log: EsdbLog, p: ReadReq.Options.Position): bigint {
  const commit = BigInt(p.getCommitPosition());
  const prepare = BigInt(p.getPreparePosition());
  // Anything but a record boundary is refused (ReadAllResult.InvalidPosition on a real server).
  if (commit !== prepare || !log.isRecordBoundary(commit)) throw invalid(`invalid position C:${commit}/P:${prepare}`);
  return commit;
}

type RecordFilter = (r: LogRecord) => boolean;

/** Server-side filters match a regex anywhere in the name (Regex.IsMatch) or a prefix. */
function recordFilter(options: ReadReq.Options): RecordFilter | undefined {
  const f = options.getFilter();
  if (!f) return undefined;
  const expression = f.getStreamIdentifier() ?? f.getEventType();
  if (!expression) throw invalid('a filter needs a stream name or an event type expression');
  const field = f.hasStreamIdentifier() ? (r: LogRecord) => r.streamId : (r: LogRecord) => r.type;
  const prefixes = expression.getPrefixList();
  if (prefixes.length) return (r) => prefixes.some((p) => field(r).startsWith(p));
  const regex = new RegExp(expression.getRegex());
  return (r) => regex.test(field(r));
}

function searchWindow(options: ReadReq.Options): number {
  const f = options.getFilter()!;
  return f.hasMax() ? f.getMax() : READ_BATCH;
}

function send(call: ReadCall, message: ReadResp, abort: AbortSignal): Promise<void> {
  if (abort.aborted || call.write(message)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      abort.removeEventListener('abort', done);
      resolve();
    };
    call.once('drain', done);
    abort.addEventListener('abort', done, { once: true });
  });
}

const invalid = (details: string) => ({ code: status.INVALID_ARGUMENT, details });
