import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import { status } from '@grpc/grpc-js';

/**
 * A failure of a call to a broker as a BrookError. gRPC reports a broker that shuts down (or a
 * proxy that drops the call) as CANCELLED without a Brook code, which toBrookError reads as
 * ALREADY_CLOSED; unless the client cancelled the call itself, that is the broker going away:
 * UNAVAILABLE, retriable.
 */
export function brokerError(error: unknown, cancelledByClient = false): BrookError {
  const brookError = toBrookError(error);
  if (cancelledByClient || brookError.code !== ErrorCode.AlreadyClosed) return brookError;
  const cause = brookError.cause as { code?: unknown; metadata?: { get(key: string): unknown[] } } | undefined;
  const fromBroker = (cause?.metadata?.get('brook-code').length ?? 0) > 0;
  if (fromBroker || cause?.code !== status.CANCELLED) return brookError;
  return new BrookError(ErrorCode.Unavailable, `the broker cancelled the call: ${brookError.message}`, {
    cause: error,
  });
}
