import type { BrookError } from '@brook/protocol';

/**
 * One seek of a consumer, in flight: sent on `stream`, answered there with SeekCompleted, after
 * which the broker ends the stream (SUBSCRIPTION_RESET) and the consumer resubscribes. It resolves,
 * with the offset delivered next, once the consumer subscribed again; it rejects if the stream ended
 * before the answer (the seek may not have happened) or the consumer failed or closed.
 */
export class PendingSeek<Stream> {
  readonly done: Promise<number>;
  private completedAt: number | undefined;
  private resolve!: (offset: number) => void;
  private reject!: (error: BrookError) => void;
  private settled = false;

  constructor(readonly stream: Stream) {
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  /** SeekCompleted arrived on `stream`. */
  completed(stream: Stream, offset: number): void {
    if (stream === this.stream) this.completedAt = offset;
  }

  /** `stream` ended with `error`: without an answer first, the seek failed. */
  streamEnded(stream: Stream, error: BrookError): void {
    if (stream === this.stream && this.completedAt === undefined) this.fail(error);
  }

  /** The consumer subscribed again after the stream ended. */
  resubscribed(): void {
    if (this.completedAt === undefined || this.settled) return;
    this.settled = true;
    this.resolve(this.completedAt);
  }

  fail(error: BrookError): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }
}
