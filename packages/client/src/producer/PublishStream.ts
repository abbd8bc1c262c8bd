import type { BrookError, pb, TopicName } from '@brook/protocol';
import type { Connection } from '../connection/Connection.js';
import type { DuplexSession } from '../connection/DuplexSession.js';
import { Deque } from '../util/Deque.js';

/** Largest stream message built by coalescing batches (a single larger batch still goes alone). */
const MAX_COALESCED_BYTES = 4 * 1024 * 1024;
/** What the broker grants when ProducerOpened carries no max_message_size (Pulsar's default). */
export const DEFAULT_MAX_MESSAGE_SIZE = 5 * 1024 * 1024;

export interface ProducerOpened {
  readonly topic: string;
  readonly producerName: string;
  readonly lastSequenceId: number;
  readonly maxMessageSize: number;
}

export interface PublishListener {
  onReceipts(receipts: pb.PublishReceipt[]): void;
  onEnd(error: BrookError): void;
}

/**
 * One Publish stream of a producer. Batches handed to send() in the same tick leave together in
 * one `{ batches }` stream message; writes pause while the transport is full and resume on drain.
 */
export class PublishStream {
  private readonly outbox = new Deque<pb.PublishBatch.$Properties>();
  private scheduled = false;
  private blocked = false;

  private constructor(
    private readonly session: DuplexSession<pb.PublishRequest.$Properties, pb.PublishResponse>,
    readonly opened: ProducerOpened,
  ) {}

  static async open(
    connection: Connection,
    topic: TopicName,
    producerName: string,
    timeoutMs: number,
    signal?: AbortSignal,
    /** Told to the broker, which holds batches over a backlog quota for a little less than this. */
    sendTimeoutMs = 0,
  ): Promise<PublishStream> {
    const session = connection.session(() => connection.broker.publish());
    const opened = await session.handshake(
      { open: { topic: topic.full, producerName, sendTimeoutMs } },
      timeoutMs,
      (reply) => (reply.opened ? reply.opened : undefined),
      `opening a producer on ${topic.full}`,
      signal,
    );
    return new PublishStream(session, {
      topic: opened.topic || topic.full,
      producerName: opened.producerName,
      lastSequenceId: opened.lastSequenceId,
      maxMessageSize: opened.maxMessageSize || DEFAULT_MAX_MESSAGE_SIZE,
    });
  }

  attach(listener: PublishListener): void {
    this.session.attach({
      onMessage: (reply) => {
        if (reply.receipts) listener.onReceipts(reply.receipts.receipts as pb.PublishReceipt[]);
      },
      onEnd: (error) => listener.onEnd(error),
    });
  }

  send(batch: pb.PublishBatch.$Properties): void {
    this.outbox.push(batch);
    if (!this.scheduled && !this.blocked) {
      this.scheduled = true;
      queueMicrotask(this.writeOutbox);
    }
  }

  close(timeoutMs: number): Promise<void> {
    return this.session.close(timeoutMs);
  }

  private readonly writeOutbox = (): void => {
    this.scheduled = false;
    while (this.outbox.length > 0 && !this.blocked && this.session.isOpen) {
      const batches: pb.PublishBatch.$Properties[] = [];
      let bytes = 0;
      for (let next = this.outbox.peek(); next !== undefined; next = this.outbox.peek()) {
        const size = next.payload?.length ?? 0;
        if (batches.length > 0 && bytes + size > MAX_COALESCED_BYTES) break;
        batches.push(next);
        bytes += size;
        this.outbox.shift();
      }
      if (!this.session.write({ batches: { batches } })) {
        this.blocked = true;
        this.session.whenDrained(() => {
          this.blocked = false;
          this.writeOutbox();
        });
      }
    }
  };
}
