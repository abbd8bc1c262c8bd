import { pb, varintSize, writeVarint } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';

/**
 * The producer's batch format. A batch payload is an encoded pb.MessageBatch, written message by
 * message into one reused buffer as messages are sent, byte for byte what
 * `pb.MessageBatch.encode({ messages })` produces: for each message, tag 0x0a (field 1,
 * length-delimited), the SingleMessage's length as a varint, then the SingleMessage. A message
 * with only a value (the common case) is framed by hand, without an intermediate encoding.
 */

const FIELD_1_LENGTH_DELIMITED = 0x0a;

/** Encodes a message with key, properties or event time as a pb.SingleMessage. eventTime 0 means none. */
export function encodeSingleMessage(
  value: Uint8Array,
  key: string | undefined,
  properties: Record<string, string> | undefined,
  eventTime: number,
): Uint8Array {
  const message: pb.SingleMessage.$Properties = { value };
  if (key !== undefined) message.key = key;
  if (properties !== undefined) message.properties = properties;
  if (eventTime !== 0) message.eventTime = eventTime;
  return pb.SingleMessage.encode(message).finish();
}

/** Size of the SingleMessage holding only this value (an empty value is omitted, as protobuf does). */
export function valueOnlySize(valueLength: number): number {
  return valueLength === 0 ? 0 : 1 + varintSize(valueLength) + valueLength;
}

/** Bytes a SingleMessage of this size adds to a batch payload. */
export function framedSize(singleMessageSize: number): number {
  return 1 + varintSize(singleMessageSize) + singleMessageSize;
}

/** Writes the open batch's payload; take() copies it out exactly and starts the next batch. */
export class BatchPayloadWriter {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;

  get size(): number {
    return this.pos;
  }

  /** Appends a SingleMessage { value }; copies value, so the caller may reuse its buffer. */
  appendValue(value: Uint8Array): void {
    const single = valueOnlySize(value.length);
    this.reserve(framedSize(single));
    this.buf[this.pos++] = FIELD_1_LENGTH_DELIMITED;
    this.pos = writeVarint(this.buf, this.pos, single);
    if (value.length === 0) return;
    this.buf[this.pos++] = FIELD_1_LENGTH_DELIMITED;
    this.pos = writeVarint(this.buf, this.pos, value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }

  /** Appends an encoded pb.SingleMessage. */
  appendEncoded(single: Uint8Array): void {
    this.reserve(framedSize(single.length));
    this.buf[this.pos++] = FIELD_1_LENGTH_DELIMITED;
    this.pos = writeVarint(this.buf, this.pos, single.length);
    this.buf.set(single, this.pos);
    this.pos += single.length;
  }

  /** The PublishBatch of the messages appended since the last take. */
  take(sequenceId: number, messageCount: number): pb.PublishBatch.$Properties {
    const payload = Buffer.allocUnsafe(this.pos);
    this.buf.copy(payload, 0, 0, this.pos);
    this.pos = 0;
    return {
      sequenceId,
      messageCount,
      codec: pb.Codec.CODEC_NONE,
      uncompressedSize: payload.length,
      payloadCrc32c: crc32c(payload),
      payload,
    };
  }

  /** Drops the messages appended since the last take. */
  reset(): void {
    this.pos = 0;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}
