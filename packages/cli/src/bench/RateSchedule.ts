/**
 * The intended send times of one producer at a fixed rate: message i is due at start + i / rate.
 * Latency is measured from these times, not from when a send actually happened, so a producer that
 * falls behind (a stalled broker, a full window) shows the delay in its latencies instead of hiding
 * it (no coordinated omission). Times are in ms on the performance.now() clock.
 */
export class RateSchedule {
  private readonly intervalMs: number;

  constructor(
    readonly startMs: number,
    ratePerSecond: number,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError(`a rate must be positive, got ${ratePerSecond}`);
    this.intervalMs = 1000 / ratePerSecond;
  }

  /** When message `index` (0-based) is due. */
  intendedAt(index: number): number {
    return this.startMs + index * this.intervalMs;
  }
}
