/** The writer's handle on one OPEN ledger it created. */
export interface LedgerWriter {
  readonly ledgerId: number;
  /** Highest entry id whose add completed (and all before it); -1 = none. */
  readonly lastAddConfirmed: number;
  /** Bytes appended so far. */
  readonly length: number;
  /**
   * Appends one entry; resolves with its entry id once ackQuorum bookies hold it. Adds complete
   * in the order they were made. After a failure (e.g. LEDGER_FENCED) every pending and later
   * add rejects with the same error. `knownCrc32c[i]`, when given, is the CRC32C of `data[i]` that the
   * caller has already verified against its bytes: the frame checksum is then extended over that
   * chunk arithmetically instead of by reading it again (bookies still verify every byte).
   */
  append(data: readonly Uint8Array[], knownCrc32c?: readonly (number | undefined)[]): Promise<number>;
  /** Entries first..last inclusive, all at or below lastAddConfirmed; the writer's own tail reads. */
  read(firstEntryId: number, lastEntryId: number): Promise<LedgerEntry[]>;
  /** Waits for pending adds, then records CLOSED with lastEntryId and length. Idempotent. */
  close(): Promise<void>;
}

/** A read handle on a ledger. */
export interface LedgerReader {
  readonly ledgerId: number;
  /** For a CLOSED ledger its last entry; for an OPEN one the LAC known when opened. */
  readonly lastEntryId: number;
  readonly closed: boolean;
  /** Entries first..last inclusive, in order, each CRC-checked. */
  read(firstEntryId: number, lastEntryId: number): Promise<LedgerEntry[]>;
}

export interface LedgerEntry {
  entryId: number;
  data: Buffer;
}
