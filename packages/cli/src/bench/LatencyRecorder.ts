import { build, type Histogram } from 'hdr-histogram-js';

/** Latency percentiles in milliseconds, from microsecond-resolution recordings. */
export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

/**
 * An HDR histogram of latencies recorded in microseconds (3 significant digits, growing as needed),
 * read back in milliseconds. Recording is one array increment: no allocation per value.
 */
export class LatencyRecorder {
  private readonly histogram: Histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
    autoResize: true,
  });

  get count(): number {
    return this.histogram.totalCount;
  }

  /** Records one latency given in ms; negative values (clock steps) count as 0. */
  recordMs(latencyMs: number): void {
    this.histogram.recordValue(latencyMs > 0 ? Math.round(latencyMs * 1000) : 0);
  }

  /** The p-th percentile (0..100) in ms, or undefined when nothing was recorded. */
  percentileMs(percentile: number): number | undefined {
    if (this.histogram.totalCount === 0) return undefined;
    return this.histogram.getValueAtPercentile(percentile) / 1000;
  }

  summary(): LatencySummary | null {
    if (this.histogram.totalCount === 0) return null;
    const at = (p: number) => this.histogram.getValueAtPercentile(p) / 1000;
    return { p50: at(50), p95: at(95), p99: at(99), p999: at(99.9), max: this.histogram.maxValue / 1000 };
  }
}
