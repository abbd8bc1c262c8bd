import type { pb } from '@brook/protocol';
import type { Message } from '../../Message.js';
import type { MessageId } from '../../MessageId.js';
import { AckTimeoutTracker } from './AckTimeoutTracker.js';
import { entryOf, NegativeAckTracker } from './NegativeAckTracker.js';
import type { RedeliveryConfig } from './RedeliveryConfig.js';

/**
 * Hands entries back to the broker: `ids` (one per entry) go out in one Redeliver request, and the
 * consumer drops its still-queued copies of messages of `entries`, which the broker sends again.
 */
export type HandBack = (entries: ReadonlySet<number>, ids: pb.MessageIdData.$Properties[]) => void;

/**
 * A consumer's negative acks and ack timeout, feeding one grouped Redeliver per timer tick. The
 * broker redelivers whole entries: a nack of one message of a batch brings back the batch's other
 * unacknowledged messages too, and those the application acknowledged meanwhile are acknowledged
 * again on arrival instead of being handed out (the consumer remembers its acks).
 */
export class Redeliveries {
  private readonly nacks: NegativeAckTracker;
  private readonly ackTimeout: AckTimeoutTracker | undefined;
  private readonly redeliver: (ids: readonly MessageId[]) => void;

  constructor(config: RedeliveryConfig, handBack: HandBack) {
    const redeliver = (ids: readonly MessageId[]) => {
      const byEntry = new Map<number, MessageId>();
      // A chunked message's id names every chunk: each chunk's entry comes again.
      for (const id of ids) for (const part of id.parts()) byEntry.set(entryOf(part), part);
      handBack(
        new Set(byEntry.keys()),
        [...byEntry.values()].map((id) => id.toWire()),
      );
    };
    this.redeliver = redeliver;
    this.nacks = new NegativeAckTracker(config.nackRedeliveryDelayMs, redeliver);
    this.ackTimeout = config.ackTimeoutMs > 0 ? new AckTimeoutTracker(config.ackTimeoutMs, redeliver) : undefined;
  }

  handedOut(message: Message): void {
    this.ackTimeout?.handedOut(message.id);
  }

  handedOutAll(messages: readonly Message[]): void {
    const ackTimeout = this.ackTimeout;
    if (ackTimeout) for (const message of messages) ackTimeout.handedOut(message.id);
  }

  acked(id: MessageId): void {
    this.ackTimeout?.settled(id);
  }

  ackedUpTo(id: MessageId): void {
    this.ackTimeout?.settledUpTo(id);
  }

  nack(id: MessageId): void {
    this.ackTimeout?.settled(id);
    this.nacks.add(id);
  }

  /** Hands these back now, with their redelivery counts raised (chunks of a message let go unfinished). */
  giveBack(ids: readonly MessageId[]): void {
    if (ids.length > 0) this.redeliver(ids);
  }

  /** The stream broke (the broker redelivers everything unacknowledged) or the consumer closed. */
  clear(): void {
    this.nacks.clear();
    this.ackTimeout?.clear();
  }
}
