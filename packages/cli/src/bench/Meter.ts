import { LatencyRecorder } from './LatencyRecorder.js';

/**
 * Counts the messages of one side (sends acknowledged, or messages received) and their latencies.
 * `total` counts everything, warm-up included (for progress and limits); `count`, `bytes` and the
 * latency histogram only the messages of the measured window, which starts at `from` (after the
 * warm-up). Times are ms on the performance.now() clock.
 */
export class Meter {
  total = 0;
  totalBytes = 0;
  count = 0;
  bytes = 0;
  /** When the last counted message was recorded. */
  lastAt: number;
  readonly latency = new LatencyRecorder();
  private target: { readonly total: number; readonly reached: () => void } | undefined;

  constructor(readonly from: number) {
    this.lastAt = from;
  }

  /**
   * One message of `size` bytes at `now`; it belongs to the window when `stamp` (its intended send
   * time, or its receive time) is at or after `from`. `latencyMs` is recorded when given.
   */
  record(stamp: number, now: number, size: number, latencyMs?: number): void {
    this.total++;
    this.totalBytes += size;
    if (stamp >= this.from) {
      this.count++;
      this.bytes += size;
      this.lastAt = now;
      if (latencyMs !== undefined) this.latency.recordMs(latencyMs);
    }
    this.checkTarget();
  }

  private checkTarget(): void {
    if (this.target !== undefined && this.total >= this.target.total) {
      const { reached } = this.target;
      this.target = undefined;
      reached();
    }
  }

  /** `count` messages of `bytes` in all, received at `now`, without latencies. */
  recordMany(now: number, count: number, bytes: number): void {
    this.total += count;
    this.totalBytes += bytes;
    if (now >= this.from) {
      this.count += count;
      this.bytes += bytes;
      this.lastAt = now;
    }
    this.checkTarget();
  }

  /** Resolves once `total` reached `total` (at once if it has). One waiter at a time. */
  until(total: number): Promise<void> {
    if (this.total >= total) return Promise.resolve();
    return new Promise((reached) => {
      this.target = { total, reached };
    });
  }

  /** The measured window so far: from `from` to the last counted message (or `now` if none). */
  windowMs(now: number): number {
    return Math.max(0, (this.count > 0 ? this.lastAt : now) - this.from);
  }
}
