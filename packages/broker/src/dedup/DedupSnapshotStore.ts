import type { MetadataStore } from '@brook/metadata';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { Position } from '../ledger/Position.js';

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

const PREFIX = '/brook/dedup/';

export class DedupSnapshotStore {
  constructor(private readonly store: MetadataStore) {}

  async read(topic: string): Promise<VersionedDedupSnapshot | undefined> {
    const kv = await this.store.get(PREFIX + topic);
    if (!kv) return undefined;
    return { snapshot: JSON.parse(kv.value.toString('utf8')) as DedupSnapshot, version: kv.version };
  }

  /** Writes if the stored version is still `expectedVersion` (0 = absent); returns the new version. */
  async write(topic: string, snapshot: DedupSnapshot, expectedVersion: number): Promise<number> {
    try {
      return await this.store.put(PREFIX + topic, Buffer.from(JSON.stringify(snapshot)), { expectedVersion });
    } catch (error) {
      if (error instanceof BrookError && error.code === ErrorCode.BadVersion) {
        throw new BrookError(ErrorCode.TopicBusy, `dedup snapshot of ${topic} was changed by another writer`, {
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
