import { BrookError, ErrorCode, type pb } from '@brook/protocol';

/**
 * Identifies one message: its entry (ledgerId, entryId), its index in the entry's batch and its
 * per-partition offset. partition is -1 on a non-partitioned topic. Ids order by partition, then by
 * offset (the broker's continuous per-partition index), then by ledger, entry and batch index.
 * String form: `ledgerId:entryId:batchIndex:partition:offset`.
 *
 * A send the broker recognised as a duplicate (a resend after a failover of a message it had
 * stored before the receipt was lost) resolves with an id whose ledgerId, entryId and offset are
 * -1, as in Pulsar: the message is durable, but its position was not reported. `hasPosition` is
 * false for those.
 */
export class MessageId {
  constructor(
    readonly partition: number,
    readonly ledgerId: number,
    readonly entryId: number,
    readonly batchIndex: number,
    readonly offset: number,
  ) {}

  /** The id of message batchIndex of a send the broker dropped as a duplicate: position unknown. */
  static duplicate(partition: number, batchIndex: number): MessageId {
    return new MessageId(partition, -1, -1, batchIndex, -1);
  }

  /** False for the id of a duplicate send: the message is stored, at a position not reported. */
  get hasPosition(): boolean {
    return this.ledgerId >= 0 && this.entryId >= 0 && this.offset >= 0;
  }

  static fromWire(data: pb.MessageIdData.$Properties): MessageId {
    return new MessageId(
      data.partition ?? -1,
      data.ledgerId ?? 0,
      data.entryId ?? 0,
      data.batchIndex ?? 0,
      data.offset ?? 0,
    );
  }

  static fromString(text: string): MessageId {
    if (text.includes(',')) return ChunkedMessageId.fromString(text);
    const parts = text.split(':');
    const numbers = parts.map(Number);
    if (parts.length !== 5 || parts.some((p) => !/^-?\d+$/.test(p)) || numbers.some((n) => !Number.isSafeInteger(n))) {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        `invalid message id ${JSON.stringify(text)}: expected ledgerId:entryId:batchIndex:partition:offset`,
      );
    }
    const [ledgerId, entryId, batchIndex, partition, offset] = numbers as [number, number, number, number, number];
    return new MessageId(partition, ledgerId, entryId, batchIndex, offset);
  }

  /** Negative, zero or positive as this id is before, equal to or after other. */
  compare(other: MessageId): number {
    return (
      this.partition - other.partition ||
      this.offset - other.offset ||
      this.ledgerId - other.ledgerId ||
      this.entryId - other.entryId ||
      this.batchIndex - other.batchIndex
    );
  }

  equals(other: MessageId): boolean {
    return this.compare(other) === 0;
  }

  /** The ids to acknowledge for this one: itself, or every chunk of a chunked message. */
  parts(): readonly MessageId[] {
    return [this];
  }

  toString(): string {
    return `${this.ledgerId}:${this.entryId}:${this.batchIndex}:${this.partition}:${this.offset}`;
  }

  toWire(): pb.MessageIdData.$Properties {
    return {
      partition: this.partition,
      ledgerId: this.ledgerId,
      entryId: this.entryId,
      batchIndex: this.batchIndex,
      offset: this.offset,
    };
  }
}

/**
 * The id of a message that travelled in chunks (producer option `chunking`): its position is the
 * last chunk's (as in Pulsar), and it names every chunk, so acknowledging it acknowledges them all.
 * String form: the chunks' ids joined by commas, first to last.
 */
export class ChunkedMessageId extends MessageId {
  readonly chunks: readonly MessageId[];

  constructor(chunks: readonly MessageId[]) {
    const last = chunks.at(-1);
    if (!last || chunks.length < 2) {
      throw new BrookError(ErrorCode.InvalidArgument, 'a chunked message id names at least two chunks');
    }
    super(last.partition, last.ledgerId, last.entryId, last.batchIndex, last.offset);
    this.chunks = chunks;
  }

  static override fromString(text: string): ChunkedMessageId {
    return new ChunkedMessageId(text.split(',').map((part) => MessageId.fromString(part)));
  }

  /** The first chunk's id: where to seek to read the message again. */
  get firstChunk(): MessageId {
    return this.chunks[0] as MessageId;
  }

  override parts(): readonly MessageId[] {
    return this.chunks;
  }

  override toString(): string {
    return this.chunks.join(',');
  }
}
