import type { Http2Server, ServerHttp2Session, Settings } from 'node:http2';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { FLOW_CONTROL_WINDOW_BYTES, grpcChannelOptions } from './wire.js';

/**
 * The two grpc-js server fields this module reaches into, because grpc-js has no server option for
 * HTTP/2 receive windows (`grpc-node.flow_control_window` is client-only). `grpcServer.test.ts`
 * fails if a grpc-js upgrade renames them.
 */
interface GrpcServerInternals {
  commonServerOptions?: { settings?: Settings };
  http2Servers?: Map<Http2Server, unknown>;
}

/**
 * A grpc-js server whose peers may send up to `FLOW_CONTROL_WINDOW_BYTES` per stream and per
 * connection before waiting for a WINDOW_UPDATE. HTTP/2's default of 64 KiB, less than one publish
 * batch, made producers wait a round trip through both event loops for every batch.
 */
export function createGrpcServer(): Server {
  const server = new Server(grpcChannelOptions);
  const options = internalsOf(server).commonServerOptions;
  if (!options) throw new Error('grpc-js changed: Server.commonServerOptions is gone');
  options.settings = { ...options.settings, initialWindowSize: FLOW_CONTROL_WINDOW_BYTES };
  return server;
}

/** Binds `server` (from `createGrpcServer`) without TLS; resolves with the bound port. */
export async function bindGrpcServer(server: Server, address: string): Promise<number> {
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(address, ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  const http2Servers = internalsOf(server).http2Servers;
  if (!http2Servers) throw new Error('grpc-js changed: Server.http2Servers is gone');
  for (const http2Server of http2Servers.keys()) http2Server.on('session', widenConnectionWindow);
  return port;
}

function widenConnectionWindow(session: ServerHttp2Session): void {
  // Before the connection preface the local settings are not yet exchanged; setLocalWindowSize
  // queues the WINDOW_UPDATE either way.
  session.setLocalWindowSize(FLOW_CONTROL_WINDOW_BYTES);
}

function internalsOf(server: Server): GrpcServerInternals {
  return server as unknown as GrpcServerInternals;
}
