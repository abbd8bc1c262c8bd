import type { pb } from '@brook/protocol';
import type { Message } from '../Message.js';
import { ChunkedMessageId, type MessageId } from '../MessageId.js';
import { DeadlineTimer } from '../util/DeadlineTimer.js';
import type { ChunkingConfig } from './ChunkingConfig.js';

interface PartialMessage {
  readonly numChunks: number;
  readonly totalSize: number;
  readonly receivedAt: number;
  /** Ids of the chunks received, in chunk order. */
  readonly ids: MessageId[];
  values: Buffer[];
  /** It can never complete (its first chunk was not seen, a chunk is missing, the metadata disagrees). */
  broken: boolean;
}

/**
 * Reassembles chunked messages (see the producer's Chunker). A chunk is held until every chunk of
 * its message arrived in order, then the whole message is handed out with a ChunkedMessageId that
 * names every chunk. Bounds, as in Pulsar: at most maxPendingChunkedMessages partial messages (past
 * it the oldest is dropped, its chunks acknowledged only with autoAckOldestChunkedMessageOnQueueFull),
 * and a partial message older than expireIncompleteChunkedMessageMs is dropped and its chunks
 * acknowledged. A partial message that can never complete (a chunk missing, or its first chunk never
 * seen, as after subscribing between chunks) is held the same way, so its chunks are acknowledged
 * when it expires. A chunk 0 that comes again (a redelivery) starts its message over.
 */
export class ChunkAssembler {
  /** By uuid, oldest first (Map keeps insertion order). */
  private readonly pending = new Map<string, PartialMessage>();
  private readonly timer = new DeadlineTimer((now) => this.expire(now));

  constructor(
    private readonly config: ChunkingConfig,
    /** Acknowledges the chunks of a dropped message. */
    private readonly ack: (ids: readonly MessageId[]) => void,
  ) {}

  /** How many partial messages are held. */
  get size(): number {
    return this.pending.size;
  }

  /** The message to hand out for this one: itself unless it is a chunk; undefined while its message is incomplete. */
  accept(message: Message, single: pb.SingleMessage): Message | undefined {
    const uuid = single.uuid;
    if (uuid == null) return message;
    const { chunkId, numChunks, totalSize } = single;
    let partial = this.pending.get(uuid);
    if (chunkId === 0 || !partial) {
      if (partial) this.pending.delete(uuid);
      partial = this.start(uuid, numChunks, totalSize);
      partial.broken = chunkId !== 0 || numChunks < 1;
    } else if (!partial.broken && chunkId < partial.ids.length) {
      return undefined; // a redelivered chunk already held
    } else if (chunkId !== partial.ids.length || numChunks !== partial.numChunks || totalSize !== partial.totalSize) {
      partial.broken = true;
    }
    partial.ids.push(message.id);
    if (partial.broken) {
      partial.values = [];
      return undefined;
    }
    partial.values.push(message.value);
    if (partial.ids.length < partial.numChunks) return undefined;
    const value = partial.values.length === 1 ? message.value : Buffer.concat(partial.values);
    if (value.length !== partial.totalSize) {
      partial.broken = true;
      partial.values = [];
      return undefined;
    }
    this.pending.delete(uuid);
    const id = partial.ids.length === 1 ? message.id : new ChunkedMessageId(partial.ids);
    return { ...message, value, id };
  }

  /** The stream ended: partial messages are dropped unacknowledged (the broker redelivers their chunks). */
  reset(): void {
    this.pending.clear();
    this.timer.cancel();
  }

  private start(uuid: string, numChunks: number, totalSize: number): PartialMessage {
    if (this.pending.size >= this.config.maxPendingChunkedMessages) {
      const [oldest, dropped] = this.pending.entries().next().value as [string, PartialMessage];
      this.pending.delete(oldest);
      if (this.config.autoAckOldestChunkedMessageOnQueueFull) this.ack(dropped.ids);
    }
    const receivedAt = Date.now();
    const partial: PartialMessage = { numChunks, totalSize, receivedAt, ids: [], values: [], broken: false };
    this.pending.set(uuid, partial);
    const expireMs = this.config.expireIncompleteChunkedMessageMs;
    if (expireMs > 0) this.timer.ensure(receivedAt + expireMs);
    return partial;
  }

  private expire(now: number): number | undefined {
    const expireMs = this.config.expireIncompleteChunkedMessageMs;
    for (const [uuid, partial] of this.pending) {
      if (partial.receivedAt + expireMs > now) return partial.receivedAt + expireMs;
      this.pending.delete(uuid);
      this.ack(partial.ids);
    }
    return undefined;
  }
}
