import { BrookError, ErrorCode } from '@brook/protocol';
import type { CursorState, CursorStore, VersionedCursor } from './CursorStore.js';

/**
 * The cursor state of one non-durable subscription (a reader's), kept in memory: nothing is written
 * to the metadata store, and the state ends with the subscription. Versions work as in the
 * metadata store, so a reset replaces it by compare-and-set like a durable cursor's.
 */
export class MemoryCursorStore implements Pick<CursorStore, 'write' | 'read'> {
  private current: VersionedCursor | undefined;

  async write(topic: string, subscription: string, state: CursorState, expectedVersion: number): Promise<number> {
    if ((this.current?.version ?? 0) !== expectedVersion) {
      throw new BrookError(ErrorCode.TopicBusy, `cursor ${topic}/${subscription} was changed by another writer`);
    }
    const version = expectedVersion + 1;
    this.current = { state, version };
    return version;
  }

  async read(): Promise<VersionedCursor | undefined> {
    return this.current;
  }
}
