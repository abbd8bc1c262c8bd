import { BrookError, ErrorCode } from '@brook/protocol';
import {
  ClientClosedError,
  EtcdAuthenticationFailedError,
  EtcdInvalidAuthTokenError,
  EtcdLeaseInvalidError,
  EtcdPermissionDeniedError,
  GRPCCancelledError,
  GRPCDeadlineExceededError,
  GRPCInvalidArgumentError,
  GRPCResourceExhastedError,
  GRPCUnauthenticatedError,
  GRPCUnavailableError,
  isRecoverableError,
} from 'etcd3';
import { EndpointUnavailableError } from './faultHandling.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * How etcd3 and gRPC failures read as Brook codes, first match wins. UNAVAILABLE means etcd could
 * not be reached or answered that it cannot serve now: for a write, its outcome is unknown.
 */
const codesByErrorClass: readonly (readonly [ErrorClass, ErrorCode])[] = [
  [EtcdLeaseInvalidError, ErrorCode.SessionExpired],
  [GRPCDeadlineExceededError, ErrorCode.Timeout],
  [GRPCUnavailableError, ErrorCode.Unavailable],
  [EndpointUnavailableError, ErrorCode.Unavailable],
  [GRPCCancelledError, ErrorCode.Unavailable],
  [ClientClosedError, ErrorCode.AlreadyClosed],
  [EtcdPermissionDeniedError, ErrorCode.Unauthorized],
  [EtcdAuthenticationFailedError, ErrorCode.Unauthorized],
  [EtcdInvalidAuthTokenError, ErrorCode.Unauthorized],
  [GRPCUnauthenticatedError, ErrorCode.Unauthorized],
  [GRPCInvalidArgumentError, ErrorCode.InvalidArgument],
  // etcd's "database space exceeded" and "too many requests"
  [GRPCResourceExhastedError, ErrorCode.Unavailable],
];

/** The one place where a failure of an etcd call becomes a BrookError; `doing` says what failed. */
export function toMetadataError(error: unknown, doing: string): BrookError {
  if (error instanceof BrookError) return error;
  const message = `${doing}: ${error instanceof Error ? error.message : String(error)}`;
  return new BrookError(codeOf(error), message, { cause: error });
}

function codeOf(error: unknown): ErrorCode {
  if (!(error instanceof Error)) return ErrorCode.Internal;
  for (const [errorClass, code] of codesByErrorClass) if (error instanceof errorClass) return code;
  return isRecoverableError(error) ? ErrorCode.Unavailable : ErrorCode.Internal;
}
