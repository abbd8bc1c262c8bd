import type { MessageId } from '../../MessageId.js';
import type { RedeliverWriter } from './NegativeAckTracker.js';

/**
 * Messages handed to the application and not acknowledged yet, each with the deadline
 * `timeoutMs` after it was handed out. The timeout is the same for all, so deadlines follow
 * insertion order: a Map (insertion-ordered, O(1) delete on ack) is the queue, and one timer,
 * rounded up to `tickMs`, hands every message past its deadline to `redeliver` in one call.
 * A redelivered message leaves the tracker; it is tracked again when handed out again.
 *
 * Memory: one record per message handed out and not acknowledged; the broker stops delivering at
 * its unacked limit, so this is bounded by the receiver queue plus the unacknowledged messages.
 */
export class AckTimeoutTracker {
  /** By offset: handed-out messages and their deadlines, oldest first. */
  private readonly pending = new Map<number, { readonly id: MessageId; readonly deadline: number }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  constructor(
    private readonly timeoutMs: number,
    private readonly redeliver: RedeliverWriter,
    private readonly now: () => number = Date.now,
  ) {
    this.tickMs = Math.min(1000, Math.max(1, Math.floor(timeoutMs / 10)));
  }

  get size(): number {
    return this.pending.size;
  }

  /** The application got this message now. */
  handedOut(id: MessageId): void {
    this.pending.delete(id.offset);
    this.pending.set(id.offset, { id, deadline: this.now() + this.timeoutMs });
    this.arm();
  }

  /** Acknowledged or negatively acknowledged: no longer timed. */
  settled(id: MessageId): void {
    this.pending.delete(id.offset);
  }

  /** A cumulative ack settles every message up to and including `id`. */
  settledUpTo(id: MessageId): void {
    for (const offset of this.pending.keys()) if (offset <= id.offset) this.pending.delete(offset);
  }

  clear(): void {
    this.pending.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.timer) return;
    const first = this.pending.values().next();
    if (first.done) return;
    const at = Math.ceil(first.value.deadline / this.tickMs) * this.tickMs;
    this.timer = setTimeout(this.fire, Math.max(0, at - this.now()));
    this.timer.unref();
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    const now = this.now();
    const expired: MessageId[] = [];
    for (const [offset, { id, deadline }] of this.pending) {
      if (deadline > now) break;
      this.pending.delete(offset);
      expired.push(id);
    }
    this.arm();
    if (expired.length > 0) this.redeliver(expired);
  };
}
