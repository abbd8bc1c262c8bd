import { BrookError, ErrorCode } from '@brook/protocol';
import type { LedgerOptions } from './LedgerMetadata.js';

/** INVALID_ARGUMENT unless 1 <= ackQuorum <= writeQuorum <= ensembleSize, all integers. */
export function validateLedgerOptions(options: LedgerOptions): void {
  const { ensembleSize, writeQuorum, ackQuorum } = options;
  for (const [field, value] of Object.entries({ ensembleSize, writeQuorum, ackQuorum })) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new BrookError(ErrorCode.InvalidArgument, `${field} must be a positive integer, got ${value}`);
    }
  }
  if (writeQuorum > ensembleSize) {
    throw new BrookError(ErrorCode.InvalidArgument, `writeQuorum ${writeQuorum} exceeds ensembleSize ${ensembleSize}`);
  }
  if (ackQuorum > writeQuorum) {
    throw new BrookError(ErrorCode.InvalidArgument, `ackQuorum ${ackQuorum} exceeds writeQuorum ${writeQuorum}`);
  }
}

/** INVALID_ARGUMENT unless the id is a non-negative integer. */
export function validateLedgerId(ledgerId: number): void {
  if (!Number.isSafeInteger(ledgerId) || ledgerId < 0) {
    throw new BrookError(ErrorCode.InvalidArgument, `bad ledger id ${ledgerId}`);
  }
}
