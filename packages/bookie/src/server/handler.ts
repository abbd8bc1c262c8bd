import type { handleUnaryCall, sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { type BrookError, toBrookError, toServiceError } from '@brook/protocol';
import type { Logger } from 'pino';

/**
 * The one wrapper every unary bookie RPC goes through: call → map errors to a gRPC status with
 * the Brook code in metadata (`toServiceError`) → log. Handlers stay a decode-call-encode line.
 */
export function unaryHandler<Req, Res>(
  rpc: string,
  logger: Logger,
  handle: (request: Req) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    handle(call.request).then(
      (response) => callback(null, response),
      (error: unknown) => {
        const brookError = toBrookError(error);
        logFailure(logger, rpc, brookError);
        callback(toServiceError(brookError));
      },
    );
  };
}

/** Expected outcomes (not found, fenced) are debug; internal failures are errors. */
export function logFailure(logger: Logger, rpc: string, error: BrookError): void {
  if (error.code === 'INTERNAL') logger.error({ rpc, err: error }, 'bookie rpc failed');
  else logger.debug({ rpc, code: error.code, detail: error.message }, 'bookie rpc rejected');
}
