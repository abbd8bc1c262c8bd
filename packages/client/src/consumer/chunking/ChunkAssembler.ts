import type { Message } from '../../Message.js';
import { ChunkedMessageId, type MessageId } from '../../MessageId.js';
import { DeadlineTimer } from '../../util/DeadlineTimer.js';
import { withValue } from '../toMessage.js';
import type { ChunkingConfig } from './ChunkingConfig.js';

/** The chunking fields of a SingleMessage; no uuid: not a chunk. */
export interface ChunkFields {
  readonly uuid?: string | null | undefined;
  readonly chunkId: number;
  readonly numChunks: number;
  readonly totalSize: number;
}

interface PartialMessage {
  readonly numChunks: number;
  readonly totalSize: number;
  readonly receivedAt: number;
  /** Ids of the chunks received, in chunk order. */
  readonly ids: MessageId[];
  values: Buffer[];
  /** It can never complete (its first chunk was not seen, a chunk is missing, the metadata disagrees). */
  broken: boolean;
  /** A chunk of it came with a redelivery count: given back once already, it is not given back again. */
  redelivered: boolean;
}

/** What becomes of the chunks of a partial message the assembler stops holding. */
export interface ChunkRelease {
  /** Acknowledges them: the message is given up. */
  ack(ids: readonly MessageId[]): void;
  /** Hands them back to the broker (a Redeliver request), which sends them again. */
  giveBack(ids: readonly MessageId[]): void;
}

/**
 * Reassembles chunked messages (see the producer's Chunker). A chunk is held until every chunk of
 * its message arrived in order, then the whole message is handed out with a ChunkedMessageId that
 * names every chunk. Bounds, as in Pulsar: at most maxPendingChunkedMessages partial messages (past
 * it the oldest is let go), and a partial message older than expireIncompleteChunkedMessageMs is let go.
 *
 * Held chunks are unacknowledged on the broker, and on Key_Shared they keep their key's slot with
 * this consumer: a consumer that joined and took the slot gets nothing of it, the rest of the
 * message included, until they are acknowledged or given back. So a partial message that is let go
 * is given back, not acknowledged, when it could still complete (its chunks run from chunk 0 without
 * a gap): it comes again whole, to whoever owns its key now. Only once: if its chunks were
 * redelivered already (its producer may have died half-way), expiry and an eviction with
 * autoAckOldestChunkedMessageOnQueueFull acknowledge them, as they do a partial message that can
 * never complete (a chunk missing, or its first chunk never seen, as after subscribing between
 * chunks). An eviction without autoAckOldestChunkedMessageOnQueueFull always gives the chunks back.
 *
 * A chunk 0 that comes again (a redelivery) starts its message over; chunks held for it that can
 * never complete it (a later chunk that overtook the redelivered first ones) are given back, so they
 * come again after them.
 */
export class ChunkAssembler {
  /** By uuid, oldest first (Map keeps insertion order). */
  private readonly pending = new Map<string, PartialMessage>();
  private readonly timer = new DeadlineTimer((now) => this.expire(now));

  constructor(
    private readonly config: ChunkingConfig,
    private readonly release: ChunkRelease,
  ) {}

  /** How many partial messages are held. */
  get size(): number {
    return this.pending.size;
  }

  /** The message to hand out for this one: itself unless it is a chunk; undefined while its message is incomplete. */
  accept(message: Message, single: ChunkFields): Message | undefined {
    const uuid = single.uuid;
    if (uuid == null) return message;
    const { chunkId, numChunks, totalSize } = single;
    let partial = this.pending.get(uuid);
    if (chunkId === 0 || !partial) {
      if (partial) {
        this.pending.delete(uuid);
        if (partial.broken) this.release.giveBack(partial.ids);
      }
      partial = this.start(uuid, numChunks, totalSize);
      partial.broken = chunkId !== 0 || numChunks < 1;
    } else if (!partial.broken && chunkId < partial.ids.length) {
      return undefined; // a redelivered chunk already held
    } else if (chunkId !== partial.ids.length || numChunks !== partial.numChunks || totalSize !== partial.totalSize) {
      partial.broken = true;
    }
    partial.ids.push(message.id);
    if (message.redeliveryCount > 0) partial.redelivered = true;
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
    return withValue(message, value, id);
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
      this.letGo(dropped, this.config.autoAckOldestChunkedMessageOnQueueFull);
    }
    const receivedAt = Date.now();
    const partial: PartialMessage = {
      numChunks,
      totalSize,
      receivedAt,
      ids: [],
      values: [],
      broken: false,
      redelivered: false,
    };
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
      this.letGo(partial, true);
    }
    return undefined;
  }

  /** Acknowledges its chunks when `mayAck` and it cannot complete or came back once already; else gives them back. */
  private letGo(partial: PartialMessage, mayAck: boolean): void {
    if (mayAck && (partial.broken || partial.redelivered)) this.release.ack(partial.ids);
    else this.release.giveBack(partial.ids);
  }
}
