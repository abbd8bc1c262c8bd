import { BrookError, ErrorCode } from '@brook/protocol';
import type { MetadataStore } from '@brook/metadata';

/**
 * A subscription's durable progress, at `/brook/cursors/<topic>/<subscription>` as JSON.
 * `markDelete.offset` is the first unacknowledged message and (ledgerId, entryId) the entry that
 * holds it, or the next entry to be written when everything is acknowledged. `ackedRanges` are
 * acknowledged offsets above it, [from, to) — the ack holes between them are redelivered.
 */
export interface CursorState {
  markDelete: { ledgerId: number; entryId: number; offset: number };
  ackedRanges: [number, number][];
}

const PREFIX = '/brook/cursors/';

export class CursorStore {
  constructor(private readonly store: MetadataStore) {}

  async list(topic: string): Promise<Map<string, { state: CursorState; version: number }>> {
    const prefix = `${PREFIX}${topic}/`;
    const cursors = new Map<string, { state: CursorState; version: number }>();
    for (const kv of await this.store.list(prefix)) {
      cursors.set(kv.key.slice(prefix.length), {
        state: JSON.parse(kv.value.toString('utf8')) as CursorState,
        version: kv.version,
      });
    }
    return cursors;
  }

  /** Writes by compare-and-set on the version last written (0 = new); returns the new version. */
  async write(topic: string, subscription: string, state: CursorState, expectedVersion: number): Promise<number> {
    try {
      return await this.store.put(`${PREFIX}${topic}/${subscription}`, Buffer.from(JSON.stringify(state)), {
        expectedVersion,
      });
    } catch (error) {
      if (error instanceof BrookError && error.code === ErrorCode.BadVersion) {
        throw new BrookError(ErrorCode.TopicBusy, `cursor ${topic}/${subscription} was changed by another writer`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  /**
   * For a new owner of the topic: lists its cursors and rewrites each unchanged, by compare-and-set.
   * A write the previous owner still makes (a persist timer that fires before it learns it lost the
   * topic) then fails its compare-and-set, instead of moving the version under this owner, whose
   * every later write would fail. A cursor changed between list and rewrite is read again.
   */
  async takeOver(topic: string, attempts = 3): Promise<Map<string, { state: CursorState; version: number }>> {
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

  async deleteAll(topic: string): Promise<void> {
    await this.store.deletePrefix(`${PREFIX}${topic}/`);
  }
}
