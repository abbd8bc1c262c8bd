import { type BrookError, ErrorCode } from '@brook/protocol';

/** A bookie that answers "no such entry/ledger" is telling what it holds, not failing. */
export function isNotFound(error: BrookError): boolean {
  return error.code === ErrorCode.EntryNotFound || error.code === ErrorCode.LedgerNotFound;
}

/** Codes of a failed add that mean the bookie itself is unhealthy, so another bookie may take its place. */
const bookieFaults: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.Unavailable,
  ErrorCode.Timeout,
  ErrorCode.AlreadyClosed,
  // The writer computed the checksum over what it sent: a mismatch was made on the way or on the bookie.
  ErrorCode.ChecksumMismatch,
  // An I/O error on the bookie's journal or storage.
  ErrorCode.Internal,
]);

/**
 * An add failed because of the bookie, not because of the ledger or the writer (LEDGER_FENCED and
 * UNAUTHORIZED would be answered by any bookie): the writer replaces it by an ensemble change.
 */
export function isBookieFault(error: BrookError): boolean {
  return bookieFaults.has(error.code);
}
