/**
 * One bookie as the ledger client sees it. Two implementations: LocalBookieClient calls a Bookie
 * in the same process (standalone), GrpcBookieClient talks to `brook bookie` over gRPC and
 * pipelines many adds per stream message. Every method rejects with a BrookError.
 */
export interface BookieClient {
  /** The bookie's id: its advertised address, e.g. `127.0.0.1:3181`, or `local` in process. */
  readonly id: string;
  /** Resolves once the entry is durable on this bookie (journal fsync). */
  add(request: AddEntryRequest): Promise<void>;
  /** Entries first..last inclusive, in order; stops early at maxBytes or at the first missing entry. */
  read(request: ReadEntriesRequest): Promise<StoredEntry[]>;
  readLac(ledgerId: number): Promise<LedgerTail>;
  /** Fences the ledger on this bookie: later non-recovery adds fail with LEDGER_FENCED. */
  fence(ledgerId: number, masterKey: Buffer): Promise<LedgerTail>;
  close(): Promise<void>;
}

export interface AddEntryRequest {
  ledgerId: number;
  entryId: number;
  /** Proves the writer's right to the ledger; set by the first add, checked on later ones. */
  masterKey: Buffer;
  /** Last add confirmed as the writer knows it; -1 = none. */
  lac: number;
  /** The entry, as chunks the bookie stores concatenated (no copy before the journal). */
  data: readonly Uint8Array[];
  /** CRC32C of the concatenated data. */
  crc32c: number;
  /** Recovery adds are accepted on a fenced ledger. */
  recovery?: boolean;
}

export interface ReadEntriesRequest {
  ledgerId: number;
  firstEntryId: number;
  lastEntryId: number;
  maxBytes?: number;
}

export interface StoredEntry {
  entryId: number;
  data: Buffer;
  crc32c: number;
}

export interface LedgerTail {
  /** Highest LAC this bookie has seen for the ledger; -1 = none. */
  lac: number;
  /** Highest entry id stored; -1 = none. */
  lastEntryId: number;
}
