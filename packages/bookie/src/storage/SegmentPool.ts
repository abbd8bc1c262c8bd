/** Bytes per write-cache segment; an entry bigger than a quarter of one gets a buffer of its own. */
export const SEGMENT_BYTES = 4 * 1024 * 1024;

/**
 * Memory the write caches copy entries into, in fixed-size segments that are reused from flush to
 * flush (as BookKeeper's WriteCache keeps its direct-memory segments). Why: an entry waits up to a
 * flush interval in the cache, long enough for V8 to promote the buffer it arrived in to the old
 * generation; with every payload promoted, the external-memory limit forced a full mark-compact
 * every few megabytes. Copied into segments, the received buffers die young and the segments live
 * for good. Keeps at most `maxSpare` idle segments; more are dropped for the collector.
 */
export class SegmentPool {
  private readonly spare: Buffer[] = [];

  constructor(private readonly maxSpare: number) {}

  take(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafeSlow(SEGMENT_BYTES);
  }

  give(segments: readonly Buffer[]): void {
    for (const segment of segments) {
      if (this.spare.length >= this.maxSpare) return;
      this.spare.push(segment);
    }
  }

  get spareSegments(): number {
    return this.spare.length;
  }
}
