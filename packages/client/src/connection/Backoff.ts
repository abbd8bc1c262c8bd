export interface BackoffConfig {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Exponential backoff with "equal jitter": wait n is a random time in [c/2, c] with
 * c = min(maxDelayMs, initialDelayMs * 2^n). Waits grow until the ceiling, and clients that lost
 * the same broker spread their retries instead of stampeding the new owner together.
 */
export class Backoff {
  private attempt = 0;

  constructor(
    private readonly config: BackoffConfig,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait before the next attempt, in milliseconds. */
  next(): number {
    const { initialDelayMs, maxDelayMs } = this.config;
    const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** this.attempt);
    if (ceiling < maxDelayMs) this.attempt++;
    return Math.ceil(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /** After a success: the next wait starts from initialDelayMs again. */
  reset(): void {
    this.attempt = 0;
  }
}
