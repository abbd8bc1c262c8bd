import type { MessageId } from '../../MessageId.js';
import { Deque } from '../../util/Deque.js';

/** Hands entries back to the broker for redelivery: one Redeliver request for all the ids. */
export type RedeliverWriter = (ids: MessageId[]) => void;

interface Nacked {
  readonly entry: number;
  readonly id: MessageId;
  readonly due: number;
}

/** The broker redelivers by entry: any message's offset minus its batch index names it. */
export function entryOf(id: MessageId): number {
  return id.offset - id.batchIndex;
}

/**
 * Negatively acknowledged messages, redelivered `delayMs` after the nack. The delay is the same
 * for every nack, so due times only grow: a FIFO holds them, and one timer fires per tick of
 * `tickMs`, handing everything due by then to `redeliver` in one call (one Redeliver request, not
 * one per message). Never early; at most one tick late. One record per entry: nacking several
 * messages of a batch, or one message twice, redelivers the entry once.
 *
 * Memory: one record per nacked entry until its redelivery. Only messages the consumer holds
 * unacknowledged can be nacked, and the broker stops delivering at its unacked limit, so this is
 * bounded by the receiver queue plus the unacknowledged messages.
 */
export class NegativeAckTracker {
  private readonly fifo = new Deque<Nacked>();
  /** Entries waiting, for de-duplication. */
  private readonly waiting = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  constructor(
    private readonly delayMs: number,
    private readonly redeliver: RedeliverWriter,
    private readonly now: () => number = Date.now,
  ) {
    this.tickMs = Math.min(100, Math.max(1, Math.floor(delayMs / 3)));
  }

  get size(): number {
    return this.waiting.size;
  }

  add(id: MessageId): void {
    const entry = entryOf(id);
    if (this.waiting.has(entry)) return;
    this.waiting.add(entry);
    this.fifo.push({ entry, id, due: this.now() + this.delayMs });
    this.arm();
  }

  /** Forgets everything waiting (the stream broke: the broker redelivers all unacknowledged anyway). */
  clear(): void {
    this.fifo.drain();
    this.waiting.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.timer) return;
    const head = this.fifo.peek();
    if (!head) return;
    // Rounded up to the tick, so nacks due within one tick go out together.
    const at = Math.ceil(head.due / this.tickMs) * this.tickMs;
    this.timer = setTimeout(this.fire, Math.max(0, at - this.now()));
    this.timer.unref();
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    const now = this.now();
    const due: MessageId[] = [];
    for (let head = this.fifo.peek(); head !== undefined && head.due <= now; head = this.fifo.peek()) {
      this.fifo.shift();
      this.waiting.delete(head.entry);
      due.push(head.id);
    }
    this.arm();
    if (due.length > 0) this.redeliver(due);
  };
}
