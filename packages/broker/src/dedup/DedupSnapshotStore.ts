import type { MetadataStore } from '@brook/metadata';
import type { Position } from '../ledger/Position.js';
import { OwnedJsonRecords } from '../metadata/OwnedJsonRecords.js';

/**
 * A topic's de-duplication snapshot, at `/brook/dedup/<topic>` as JSON: the highest persisted
 * sequence id per producer name over every entry before `position` (the next entry after the
 * snapshot). Recovery replays the log from `position` on top of it.
 *
 * Only the topic's owner writes it, by compare-and-set on the version it last read or wrote, so a
 * stale owner's write fails with TOPIC_BUSY instead of overwriting. Every snapshot only states
 * facts about the log (persisted entries), so even a stale one is safe to recover from.
 */
export interface DedupSnapshot {
  position: Position;
  producers: Record<string, number>;
}

export interface VersionedDedupSnapshot {
  snapshot: DedupSnapshot;
  version: number;
}

export class DedupSnapshotStore {
  private readonly records: OwnedJsonRecords<DedupSnapshot>;

  constructor(store: MetadataStore) {
    this.records = new OwnedJsonRecords(store, '/brook/dedup/', 'dedup snapshot of');
  }

  async read(topic: string): Promise<VersionedDedupSnapshot | undefined> {
    const record = await this.records.read(topic);
    return record && { snapshot: record.value, version: record.version };
  }

  /** Writes if the stored version is still `expectedVersion` (0 = absent); returns the new version. */
  write(topic: string, snapshot: DedupSnapshot, expectedVersion: number): Promise<number> {
    return this.records.write(topic, snapshot, expectedVersion);
  }

  delete(topic: string): Promise<void> {
    return this.records.delete(topic);
  }
}
