import { BrookError, ErrorCode } from '@brook/protocol';
import type { MetadataStore } from '@brook/metadata';

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
}

export interface VersionedManagedLedgerInfo {
  info: ManagedLedgerInfo;
  version: number;
}

const PREFIX = '/brook/managed-ledgers/';

export class ManagedLedgerMetadata {
  constructor(private readonly store: MetadataStore) {}

  async read(topic: string): Promise<VersionedManagedLedgerInfo | undefined> {
    const kv = await this.store.get(PREFIX + topic);
    if (!kv) return undefined;
    return { info: JSON.parse(kv.value.toString('utf8')) as ManagedLedgerInfo, version: kv.version };
  }

  /** Writes `info` if the stored version is still `expectedVersion` (0 = absent); returns the new version. */
  async write(topic: string, info: ManagedLedgerInfo, expectedVersion: number): Promise<number> {
    try {
      return await this.store.put(PREFIX + topic, Buffer.from(JSON.stringify(info)), { expectedVersion });
    } catch (error) {
      if (error instanceof BrookError && error.code === ErrorCode.BadVersion) {
        throw new BrookError(ErrorCode.TopicBusy, `managed ledger ${topic} was changed by another writer`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async delete(topic: string): Promise<void> {
    await this.store.delete(PREFIX + topic);
  }
}
