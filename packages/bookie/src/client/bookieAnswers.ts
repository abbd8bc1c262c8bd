import { type BrookError, ErrorCode } from '@brook/protocol';

/** A bookie that answers "no such entry/ledger" is telling what it holds, not failing. */
export function isNotFound(error: BrookError): boolean {
  return error.code === ErrorCode.EntryNotFound || error.code === ErrorCode.LedgerNotFound;
}
