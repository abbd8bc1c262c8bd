import { Metadata, type ServiceError, status } from '@grpc/grpc-js';

/** Every error Brook reports, by stable code. The code is what crosses the wire and what callers match on. */
export const ErrorCode = {
  InvalidTopicName: 'INVALID_TOPIC_NAME',
  InvalidArgument: 'INVALID_ARGUMENT',
  MalformedRequest: 'MALFORMED_REQUEST',
  MessageTooLarge: 'MESSAGE_TOO_LARGE',
  ChecksumMismatch: 'CHECKSUM_MISMATCH',
  TopicNotFound: 'TOPIC_NOT_FOUND',
  TopicAlreadyExists: 'TOPIC_ALREADY_EXISTS',
  TopicBusy: 'TOPIC_BUSY',
  ConsumerBusy: 'CONSUMER_BUSY',
  SubscriptionBusy: 'SUBSCRIPTION_BUSY',
  SubscriptionNotFound: 'SUBSCRIPTION_NOT_FOUND',
  SubscriptionAlreadyExists: 'SUBSCRIPTION_ALREADY_EXISTS',
  /** The subscription was moved (seek, reset): its consumers resubscribe and continue from the new position. */
  SubscriptionReset: 'SUBSCRIPTION_RESET',
  ProducerBusy: 'PRODUCER_BUSY',
  /** The topic's backlog is over its quota (producer_exception, or producer_request_hold past the send timeout). */
  ProducerBlockedQuotaExceeded: 'PRODUCER_BLOCKED_QUOTA_EXCEEDED',
  LedgerFenced: 'LEDGER_FENCED',
  LedgerClosed: 'LEDGER_CLOSED',
  LedgerNotFound: 'LEDGER_NOT_FOUND',
  EntryNotFound: 'ENTRY_NOT_FOUND',
  Unauthorized: 'UNAUTHORIZED',
  NotEnoughBookies: 'NOT_ENOUGH_BOOKIES',
  BadVersion: 'BAD_VERSION',
  KeyNotFound: 'KEY_NOT_FOUND',
  SessionExpired: 'SESSION_EXPIRED',
  Timeout: 'TIMEOUT',
  Unavailable: 'UNAVAILABLE',
  NotOwner: 'NOT_OWNER',
  AlreadyClosed: 'ALREADY_CLOSED',
  InvalidConfig: 'INVALID_CONFIG',
  TenantNotFound: 'TENANT_NOT_FOUND',
  TenantAlreadyExists: 'TENANT_ALREADY_EXISTS',
  TenantNotEmpty: 'TENANT_NOT_EMPTY',
  NamespaceNotFound: 'NAMESPACE_NOT_FOUND',
  NamespaceAlreadyExists: 'NAMESPACE_ALREADY_EXISTS',
  NamespaceNotEmpty: 'NAMESPACE_NOT_EMPTY',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

type Mapping = { status: status; retriable: boolean };
/** Wire mapping for each code; a code added without one fails to compile. */
const mappings: Record<ErrorCode, Mapping> = {
  INVALID_TOPIC_NAME: { status: status.INVALID_ARGUMENT, retriable: false },
  INVALID_ARGUMENT: { status: status.INVALID_ARGUMENT, retriable: false },
  MALFORMED_REQUEST: { status: status.INVALID_ARGUMENT, retriable: false },
  MESSAGE_TOO_LARGE: { status: status.INVALID_ARGUMENT, retriable: false },
  CHECKSUM_MISMATCH: { status: status.DATA_LOSS, retriable: false },
  TOPIC_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  TOPIC_ALREADY_EXISTS: { status: status.ALREADY_EXISTS, retriable: false },
  TOPIC_BUSY: { status: status.FAILED_PRECONDITION, retriable: true },
  CONSUMER_BUSY: { status: status.FAILED_PRECONDITION, retriable: false },
  SUBSCRIPTION_BUSY: { status: status.FAILED_PRECONDITION, retriable: false },
  SUBSCRIPTION_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  SUBSCRIPTION_ALREADY_EXISTS: { status: status.ALREADY_EXISTS, retriable: false },
  SUBSCRIPTION_RESET: { status: status.ABORTED, retriable: true },
  PRODUCER_BUSY: { status: status.FAILED_PRECONDITION, retriable: false },
  PRODUCER_BLOCKED_QUOTA_EXCEEDED: { status: status.RESOURCE_EXHAUSTED, retriable: false },
  LEDGER_FENCED: { status: status.FAILED_PRECONDITION, retriable: true },
  LEDGER_CLOSED: { status: status.FAILED_PRECONDITION, retriable: true },
  LEDGER_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  ENTRY_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  UNAUTHORIZED: { status: status.PERMISSION_DENIED, retriable: false },
  NOT_ENOUGH_BOOKIES: { status: status.UNAVAILABLE, retriable: true },
  BAD_VERSION: { status: status.ABORTED, retriable: true },
  KEY_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  SESSION_EXPIRED: { status: status.UNAVAILABLE, retriable: true },
  TIMEOUT: { status: status.DEADLINE_EXCEEDED, retriable: true },
  UNAVAILABLE: { status: status.UNAVAILABLE, retriable: true },
  NOT_OWNER: { status: status.UNAVAILABLE, retriable: true },
  ALREADY_CLOSED: { status: status.CANCELLED, retriable: false },
  INVALID_CONFIG: { status: status.INVALID_ARGUMENT, retriable: false },
  TENANT_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  TENANT_ALREADY_EXISTS: { status: status.ALREADY_EXISTS, retriable: false },
  TENANT_NOT_EMPTY: { status: status.FAILED_PRECONDITION, retriable: false },
  NAMESPACE_NOT_FOUND: { status: status.NOT_FOUND, retriable: false },
  NAMESPACE_ALREADY_EXISTS: { status: status.ALREADY_EXISTS, retriable: false },
  NAMESPACE_NOT_EMPTY: { status: status.FAILED_PRECONDITION, retriable: false },
  INTERNAL: { status: status.INTERNAL, retriable: false },
};

const codes = new Set<string>(Object.values(ErrorCode));
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codes.has(value);
}

/** The one error type of Brook. Subclasses exist only where they carry extra fields. */
export class BrookError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BrookError';
    this.code = code;
    this.retriable = mappings[code].retriable;
  }

  get grpcStatus(): status {
    return mappings[this.code].status;
  }
}

export class LedgerFencedError extends BrookError {
  constructor(readonly ledgerId: number) {
    super(ErrorCode.LedgerFenced, `ledger ${ledgerId} is fenced`);
  }
}

const CODE_KEY = 'brook-code';

/** Turns any thrown value into a BrookError; the one place foreign errors are classified. */
export function toBrookError(error: unknown): BrookError {
  if (error instanceof BrookError) return error;
  if (isServiceError(error)) {
    const code = error.metadata?.get(CODE_KEY)[0];
    if (isErrorCode(code)) return new BrookError(code, error.details, { cause: error });
    const fallback = statusCodes[error.code] ?? ErrorCode.Internal;
    return new BrookError(fallback, error.details || error.message, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BrookError(ErrorCode.Internal, message, { cause: error });
}

/** The gRPC error for a Brook error: status, details and the stable code in metadata. */
export function toServiceError(error: unknown): Partial<ServiceError> {
  const brookError = toBrookError(error);
  const metadata = new Metadata();
  metadata.set(CODE_KEY, brookError.code);
  return { code: brookError.grpcStatus, details: brookError.message, metadata };
}

/** Codes for transport-level failures that carry no Brook code. */
const statusCodes: Partial<Record<status, ErrorCode>> = {
  [status.UNAVAILABLE]: ErrorCode.Unavailable,
  [status.DEADLINE_EXCEEDED]: ErrorCode.Timeout,
  [status.CANCELLED]: ErrorCode.AlreadyClosed,
  [status.INVALID_ARGUMENT]: ErrorCode.MalformedRequest,
  [status.RESOURCE_EXHAUSTED]: ErrorCode.MessageTooLarge,
  [status.UNIMPLEMENTED]: ErrorCode.MalformedRequest,
};

function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number' && 'details' in error;
}
