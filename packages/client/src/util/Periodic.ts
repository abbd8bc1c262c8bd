/**
 * Runs `task` every `intervalMs` until stop(): the next run is scheduled when the previous one
 * settled, so runs never overlap; a failed run is retried at the next tick. Its timer does not keep
 * the process alive. `runNow()` runs it at once (and returns when that run settled).
 */
export class Periodic {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<void>,
  ) {}

  start(): void {
    if (!this.stopped) this.schedule();
  }

  runNow(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.task()
      .catch(() => {})
      .finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule();
      });
    return this.running;
  }

  /** Stops the timer; resolves once a run in progress settled. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runNow(), this.intervalMs);
    this.timer.unref();
  }
}
