import type { MetadataStore } from '@brook/metadata';
import { OwnedJsonRecords } from '../metadata/OwnedJsonRecords.js';

/**
 * The list of ledgers that make up one topic, at `/brook/managed-ledgers/<topic>` as JSON.
 * Only the topic's owner writes it, always by compare-and-set on the version it last read, so a
 * second writer fails with BAD_VERSION instead of overwriting.
 */
export interface ManagedLedgerInfo {
  ledgers: LedgerInfo[];
}

export interface LedgerInfo {
  ledgerId: number;
  /** Offset of the first message of the ledger's first entry. */
  firstOffset: number;
  /** Entry count; -1 while the ledger is open. */
  entries: number;
  /** Bytes; 0 while the ledger is open. */
  size: number;
  /** When the ledger was closed (ms since the epoch), so no later than its last publish; retention by time uses it. */
  closedAt?: number;
}

export interface VersionedManagedLedgerInfo {
  info: ManagedLedgerInfo;
  version: number;
}

export class ManagedLedgerMetadata {
  private readonly records: OwnedJsonRecords<ManagedLedgerInfo>;

  constructor(store: MetadataStore) {
    this.records = new OwnedJsonRecords(store, '/brook/managed-ledgers/', 'managed ledger');
  }

  async read(topic: string): Promise<VersionedManagedLedgerInfo | undefined> {
    const record = await this.records.read(topic);
    return record && { info: record.value, version: record.version };
  }

  /** Writes `info` if the stored version is still `expectedVersion` (0 = absent); returns the new version. */
  write(topic: string, info: ManagedLedgerInfo, expectedVersion: number): Promise<number> {
    return this.records.write(topic, info, expectedVersion);
  }

  delete(topic: string): Promise<void> {
    return this.records.delete(topic);
  }
}
