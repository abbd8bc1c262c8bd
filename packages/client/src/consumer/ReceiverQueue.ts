import type { BrookError } from '@brook/protocol';
import type { Message } from '../Message.js';
import { Deque } from '../util/Deque.js';

/**
 * An entry that could not be read, queued in its messages' place. A class tested with instanceof,
 * which stays fast whatever shape the messages have.
 */
class QueuedError {
  constructor(
    readonly error: BrookError,
    readonly permits: number,
  ) {}
}

type Item = Message | QueuedError;

/**
 * The consumer's buffer and its flow permits. The broker spends one permit per message of an
 * entry it sends. Invariant: permits outstanding + messages queued + messages handed out but
 * not yet re-granted = capacity, so the broker can never overfill the queue. Permits return in
 * one Flow once half the queue has been handed to the application. A new stream starts with no
 * permits: reset() empties the queue and forgets the handed-out count, and start() on the new
 * stream grants the whole capacity again, so the invariant holds per stream.
 */
export class ReceiverQueue {
  private readonly items = new Deque<Item>();
  private consumed = 0;
  /** QueuedErrors in `items`: while there are none, takeBatch moves messages without looking at them. */
  private errors = 0;
  private readonly threshold: number;

  constructor(
    private readonly capacity: number,
    private readonly grant: (permits: number) => void,
  ) {
    this.threshold = Math.max(1, Math.floor(capacity / 2));
  }

  get length(): number {
    return this.items.length;
  }

  /** Grants the initial permits: the whole queue. */
  start(): void {
    this.grant(this.capacity);
  }

  /** The messages of one entry; `skipped` of its messages (already acknowledged) are never queued. */
  pushEntry(messages: readonly Message[], skipped: number): void {
    for (const message of messages) this.items.push(message);
    if (skipped > 0) this.release(skipped);
  }

  /** An entry that could not be read: surfaces as error in its place; it held `permits` permits. */
  pushError(error: BrookError, permits: number): void {
    this.items.push(new QueuedError(error, permits));
    this.errors++;
  }

  /** The next message, an error to surface, or undefined when empty. */
  take(): Message | BrookError | undefined {
    const item = this.items.shift();
    if (item === undefined) return undefined;
    if (item instanceof QueuedError) {
      this.errors--;
      this.release(item.permits);
      return item.error;
    }
    this.release(1);
    return item;
  }

  /**
   * Up to `max` messages from the head, returning their permits at once; the error at the head
   * instead, if there is one (the messages before an error come first). An empty array when empty.
   */
  takeBatch(max: number): Message[] | BrookError {
    if (this.items.peek() instanceof QueuedError) return this.take() as BrookError;
    let count = Math.min(max, this.items.length);
    if (this.errors > 0) {
      for (let i = 1; i < count; i++) if (this.items.at(i) instanceof QueuedError) count = i;
    }
    const messages = this.items.shiftMany(count) as Message[];
    if (messages.length > 0) this.release(messages.length);
    return messages;
  }

  /**
   * Removes the queued messages `drop` selects (their entries were handed back for redelivery, so
   * they come again) and returns their permits; returns how many were removed.
   */
  dropWhere(drop: (message: Message) => boolean): number {
    let dropped = 0;
    for (const item of this.items.drain()) {
      if (!(item instanceof QueuedError) && drop(item)) dropped++;
      else this.items.push(item);
    }
    if (dropped > 0) this.release(dropped);
    return dropped;
  }

  /** Messages of a delivered entry that never entered the queue (dead-lettered) are done: their permits return. */
  releaseHandled(count: number): void {
    this.release(count);
  }

  clear(): void {
    this.items.drain();
    this.errors = 0;
  }

  /** The stream broke: what it delivered and is still queued will be redelivered, and its permits died with it. */
  reset(): void {
    this.items.drain();
    this.errors = 0;
    this.consumed = 0;
  }

  private release(permits: number): void {
    this.consumed += permits;
    if (this.consumed >= this.threshold) {
      const permitsToGrant = this.consumed;
      this.consumed = 0;
      this.grant(permitsToGrant);
    }
  }
}
