import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { StreamsService, type IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ServerFeaturesService, type IServerFeaturesServer } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { EsdbLog } from './esdb-grpc/esdb-log';
import { appendHandler, batchAppendHandler } from './esdb-grpc/streams-append';
import { readHandler } from './esdb-grpc/streams-read';

export interface EsdbTestServer {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * An in-process stand-in for one insecure node (EventStoreDB 23.10+ or KurrentDB 25, as in
 * docker-compose.yml) on 127.0.0.1: the part of the gRPC protocol @eventstore/db-client uses for
 * appends, reads and $all subscriptions, from the service definitions shipped inside the client,
 * over a fresh log holding only a few system events.
 */
export async function startEsdbTestServer(options: { batchAppend?: boolean } = {}): Promise<EsdbTestServer> {
  const log = new EsdbLog();
  const stopping = new AbortController();
  const server = new Server();

  const unimplemented = (_: unknown, callback: sendUnaryData<never>) => callback({ code: status.UNIMPLEMENTED, details: 'not emulated' });
  const streams: IStreamsServer = {
    read: readHandler(log, stopping.signal),
    append: appendHandler(log),
    batchAppend: batchAppendHandler(log),
    delete: unimplemented,
    tombstone: unimplemented,
  };
  const features: IServerFeaturesServer = {
    getSupportedMethods: (_: ServerUnaryCall<unknown, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) =>
      callback(null, supportedMethods(options.batchAppend ?? true)),
  };
  server.addService(StreamsService, streams);
  server.addService(ServerFeaturesService, features);

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    async stop() {
      stopping.abort();
      server.forceShutdown();
    },
  };
}

/**
 * What the server lists, lower-cased, for the methods emulated here. The client checks this list
 * before each append and uses BatchAppend when it is there, as it is on every server since 21.10;
 * leaving it out sends appends through Streams.Append, as with a 20.10 server.
 */
function supportedMethods(batchAppend: boolean): SupportedMethods {
  const method = (service: string, name: string, features: string[] = []) =>
    new SupportedMethod().setServiceName(service).setMethodName(name).setFeaturesList(features);
  const streams = 'event_store.client.streams.streams';
  return new SupportedMethods()
    .setEventStoreServerVersion('25.1.0')
    .setMethodsList([
      method(streams, 'read', ['position', 'events']),
      method(streams, 'append'),
      ...(batchAppend ? [method(streams, 'batchappend', ['deadline_duration'])] : []),
      method('event_store.client.server_features.serverfeatures', 'getsupportedmethods'),
    ]);
}
