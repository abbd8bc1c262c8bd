import { BrookError, ErrorCode } from '@brook/protocol';
import type { MetadataStore } from '@brook/metadata';
import { OwnedJsonRecords } from '../../metadata/OwnedJsonRecords.js';

/**
 * A subscription's durable progress, at `/brook/cursors/<topic>/<subscription>` as JSON.
 * `markDelete.offset` is the first unacknowledged message and (ledgerId, entryId) the entry that
 * holds it, or the next entry to be written when everything is acknowledged. `ackedRanges` are
 * acknowledged offsets above it, [from, to) — the ack holes between them are redelivered.
 * `redeliveryCounts` are [entry base offset, count] of outstanding entries redelivered at least once,
 * so counts survive a failover; absent in cursors written before it existed, and when there are none.
 * `resetGeneration` counts the moves (reset, seek, skip, clear backlog) since the subscription was
 * created; consumers learn it on subscribe, so one that was away during a move forgets the acks it
 * remembers (it would skip the replayed messages as already acknowledged). Absent = 0.
 */
export interface CursorState {
  markDelete: { ledgerId: number; entryId: number; offset: number };
  ackedRanges: [number, number][];
  redeliveryCounts?: [number, number][];
  resetGeneration?: number;
}

export type VersionedCursor = { state: CursorState; version: number };

export class CursorStore {
  private readonly records: OwnedJsonRecords<CursorState>;

  constructor(store: MetadataStore) {
    this.records = new OwnedJsonRecords(store, '/brook/cursors/', 'cursor');
  }

  async list(topic: string): Promise<Map<string, VersionedCursor>> {
    const cursors = new Map<string, VersionedCursor>();
    for (const [subscription, { value, version }] of await this.records.list(`${topic}/`)) {
      cursors.set(subscription, { state: value, version });
    }
    return cursors;
  }

  /** Writes by compare-and-set on the version last written (0 = new); returns the new version. */
  write(topic: string, subscription: string, state: CursorState, expectedVersion: number): Promise<number> {
    return this.records.write(`${topic}/${subscription}`, state, expectedVersion);
  }

  /**
   * For a new owner of the topic: lists its cursors and rewrites each unchanged, by compare-and-set.
   * A write the previous owner still makes (a persist timer that fires before it learns it lost the
   * topic) then fails its compare-and-set, instead of moving the version under this owner, whose
   * every later write would fail. A cursor changed between list and rewrite is read again.
   */
  async takeOver(topic: string, attempts = 3): Promise<Map<string, VersionedCursor>> {
    for (let attempt = 1; ; attempt++) {
      const cursors = await this.list(topic);
      try {
        for (const [subscription, cursor] of cursors) {
          cursor.version = await this.write(topic, subscription, cursor.state, cursor.version);
        }
        return cursors;
      } catch (error) {
        const raced = error instanceof BrookError && error.code === ErrorCode.TopicBusy;
        if (!raced || attempt >= attempts) throw error;
      }
    }
  }

  async read(topic: string, subscription: string): Promise<VersionedCursor | undefined> {
    const record = await this.records.read(`${topic}/${subscription}`);
    return record && { state: record.value, version: record.version };
  }

  delete(topic: string, subscription: string): Promise<void> {
    return this.records.delete(`${topic}/${subscription}`);
  }

  deleteAll(topic: string): Promise<void> {
    return this.records.deleteAll(`${topic}/`);
  }
}
