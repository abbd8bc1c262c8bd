import { formatProgress } from './BenchReport.js';
import type { Meter } from './Meter.js';

export interface ProgressSources {
  /** Shown first on the line: produce, consume, e2e, backlog. */
  readonly phase: string;
  readonly produced?: Meter;
  readonly consumed?: Meter;
  /** The meter whose p99 (measured window so far) is shown. */
  readonly latency?: Meter;
}

interface Mark {
  readonly at: number;
  readonly produced: number;
  readonly producedBytes: number;
  readonly consumed: number;
  readonly consumedBytes: number;
}

/** Prints one progress line a second: rates over the last second and p99 so far. */
export class ProgressTicker {
  private last: Mark;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly print: (line: string) => void,
    private readonly window: { readonly start: number; readonly from: number },
    private readonly sources: ProgressSources,
  ) {
    this.last = this.mark();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  close(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const mark = this.mark();
    const seconds = (mark.at - this.last.at) / 1000;
    const rate = (messages: number, bytes: number) => ({
      msgPerSec: messages / seconds,
      mbPerSec: bytes / 1e6 / seconds,
    });
    const { phase, produced, consumed, latency } = this.sources;
    this.print(
      formatProgress({
        phase,
        elapsedSeconds: (mark.at - this.window.start) / 1000,
        warmingUp: mark.at < this.window.from,
        ...(produced && {
          produced: rate(mark.produced - this.last.produced, mark.producedBytes - this.last.producedBytes),
        }),
        ...(consumed && {
          consumed: rate(mark.consumed - this.last.consumed, mark.consumedBytes - this.last.consumedBytes),
        }),
        p99Ms: latency?.latency.percentileMs(99),
      }),
    );
    this.last = mark;
  }

  private mark(): Mark {
    const { produced, consumed } = this.sources;
    return {
      at: performance.now(),
      produced: produced?.total ?? 0,
      producedBytes: produced?.totalBytes ?? 0,
      consumed: consumed?.total ?? 0,
      consumedBytes: consumed?.totalBytes ?? 0,
    };
  }
}
