import type { sendUnaryData, ServerDuplexStream, ServerUnaryCall, ServiceError } from '@grpc/grpc-js';
import { type BrookError, toBrookError, toServiceError } from '@brook/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics } from '../metrics.js';

/** Wraps a unary RPC: runs it, maps any error to a gRPC status with its Brook code, counts and logs. */
export function unary<Req, Res>(
  name: string,
  context: { logger: Logger; metrics: BrokerMetrics },
  run: (request: Req) => Promise<Res>,
): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void {
  return (call, callback) => {
    run(call.request).then(
      (response) => {
        context.metrics.rpcs.inc({ rpc: name, code: 'OK' });
        callback(null, response);
      },
      (error: unknown) => {
        const brookError = toBrookError(error);
        context.metrics.rpcs.inc({ rpc: name, code: brookError.code });
        context.logger.debug({ rpc: name, code: brookError.code, msg: brookError.message }, 'rpc failed');
        callback(toServiceError(brookError) as ServiceError);
      },
    );
  };
}

/** Ends a server stream with a Brook error as its gRPC status. */
export function endWithError<Req, Res>(call: ServerDuplexStream<Req, Res>, error: unknown): BrookError {
  const brookError = toBrookError(error);
  if (!call.destroyed && !call.writableEnded) call.emit('error', toServiceError(brookError));
  return brookError;
}
