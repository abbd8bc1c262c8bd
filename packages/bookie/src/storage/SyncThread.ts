import { type Logger, pino } from 'pino';
import type { JournalMark } from '../journal/JournalRecord.js';
import type { LedgerStorage } from './LedgerStorage.js';

export interface SyncThreadOptions {
  storage: LedgerStorage;
  /** Called with each checkpoint a flush made durable; lets the journal drop older files. */
  checkpoint: (mark: JournalMark) => Promise<void>;
  intervalMs: number;
  logger?: Logger;
}

/**
 * Flushes ledger storage every `intervalMs` and whenever asked (write cache full), then trims the
 * journal to the checkpoint. Rules: at most one flush runs and one more waits; a failed flush is
 * logged and retried on the next tick; `close()` stops the timer and runs a last flush.
 */
export class SyncThread {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: SyncThreadOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
  }

  start(): void {
    if (this.timer || this.closing) return;
    this.timer = setInterval(() => this.requestFlush(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Starts a flush soon unless one is already waiting; never rejects. */
  requestFlush(): void {
    this.flush().catch((error: unknown) => this.logger.error({ err: error }, 'periodic flush failed'));
  }

  /** Flushes everything applied so far and checkpoints the journal. */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return (this.running = this.runOnce());
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        this.running = this.runOnce();
        return this.running;
      });
    this.queued = queued;
    return queued;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      clearInterval(this.timer);
      this.timer = undefined;
      await this.flush();
    })();
    return this.closing;
  }

  private async runOnce(): Promise<void> {
    try {
      const mark = await this.options.storage.flush();
      if (mark) await this.options.checkpoint(mark);
    } finally {
      this.running = undefined;
    }
  }
}
