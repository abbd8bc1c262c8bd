import { pb } from '@brook/protocol';

/**
 * The consumer's reading of a batch payload (an encoded pb.MessageBatch), without a protobufjs
 * object per message: each message is read in one pass over its SingleMessage bytes into one reused
 * BatchMessage, from which `make` builds what the caller keeps (a Message). Values are views into
 * the payload (no copy). Messages with properties, and anything the fast reader does not
 * expect (unknown fields, other wire types, varints past 2^49, strings beyond ASCII), go
 * through protobufjs, so the result and the errors are protobufjs's.
 */

/** One message of a batch: the fields of pb.SingleMessage, with protobufjs's defaults. */
export interface BatchMessage {
  value: Buffer;
  key: string | undefined;
  /** Undefined when the message has none. */
  properties: Record<string, string> | undefined;
  /** 0 = none. */
  eventTime: number;
  uuid: string | undefined;
  chunkId: number;
  numChunks: number;
  totalSize: number;
}

/**
 * Builds the caller's item for message `index` from `fields`, which is reused for the next message:
 * copy what you keep. Must have no side effects: a batch the fast reader gives up on half-way is
 * made again from protobufjs's decoding.
 */
export type MakeItem<T> = (fields: BatchMessage, index: number) => T;

const EMPTY: Buffer = Buffer.alloc(0);
/** Field 1 (messages / value), length-delimited. */
const TAG_1_BYTES = 0x0a;
const TAG_KEY = 0x12;
const TAG_PROPERTIES = 0x1a;
const TAG_EVENT_TIME = 0x20;
const TAG_UUID = 0x2a;
const TAG_CHUNK_ID = 0x30;
const TAG_NUM_CHUNKS = 0x38;
const TAG_TOTAL_SIZE = 0x40;
/** 7 varint bytes hold 49 bits: always a safe integer, read the same way protobufjs reads it. */
const MAX_FAST_VARINT_BYTES = 7;

/** Thrown inside the fast reader when protobufjs must decide. */
class Fallback extends Error {}

/** Decodes an encoded pb.MessageBatch; throws as pb.MessageBatch.decode does on malformed bytes. */
export function decodeMessageBatch<T>(payload: Uint8Array, make: MakeItem<T>): T[] {
  const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const fields = emptyFields();
  try {
    return readBatch(buf, fields, make);
  } catch (error) {
    if (!(error instanceof Fallback)) throw error;
    const singles = pb.MessageBatch.decode(buf).messages as pb.SingleMessage[];
    return singles.map((single, index) => make(fromProtobufjs(single, fields), index));
  }
}

function readBatch<T>(buf: Buffer, fields: BatchMessage, make: MakeItem<T>): T[] {
  const reader = new FastReader(buf);
  const items: T[] = [];
  while (reader.pos < buf.length) {
    if (reader.varint() !== TAG_1_BYTES) throw new Fallback();
    const end = reader.lengthEnd();
    items.push(make(readSingle(reader, buf, end, fields), items.length));
  }
  return items;
}

function emptyFields(): BatchMessage {
  return {
    value: EMPTY,
    key: undefined,
    properties: undefined,
    eventTime: 0,
    uuid: undefined,
    chunkId: 0,
    numChunks: 0,
    totalSize: 0,
  };
}

function readSingle(reader: FastReader, buf: Buffer, end: number, fields: BatchMessage): BatchMessage {
  const start = reader.pos;
  fields.value = EMPTY;
  fields.key = undefined;
  fields.properties = undefined;
  fields.eventTime = 0;
  fields.uuid = undefined;
  fields.chunkId = 0;
  fields.numChunks = 0;
  fields.totalSize = 0;
  while (reader.pos < end) {
    switch (reader.varint()) {
      case TAG_1_BYTES: {
        const valueEnd = reader.lengthEnd(end);
        fields.value = valueEnd > reader.pos ? buf.subarray(reader.pos, valueEnd) : EMPTY;
        reader.pos = valueEnd;
        break;
      }
      case TAG_KEY:
        fields.key = reader.string(end);
        break;
      case TAG_PROPERTIES: {
        // Rare on hot paths: the whole message goes through protobufjs.
        reader.pos = end;
        return fromProtobufjs(pb.SingleMessage.decode(buf.subarray(start, end)), fields);
      }
      case TAG_EVENT_TIME:
        fields.eventTime = reader.varint();
        break;
      case TAG_UUID:
        fields.uuid = reader.string(end);
        break;
      case TAG_CHUNK_ID:
        fields.chunkId = reader.uint32();
        break;
      case TAG_NUM_CHUNKS:
        fields.numChunks = reader.uint32();
        break;
      case TAG_TOTAL_SIZE:
        fields.totalSize = reader.varint();
        break;
      default:
        throw new Fallback();
    }
  }
  if (reader.pos !== end) throw new Fallback();
  return fields;
}

function fromProtobufjs(single: pb.SingleMessage, fields: BatchMessage): BatchMessage {
  const value = single.value;
  fields.value =
    value.length === 0
      ? EMPTY
      : Buffer.isBuffer(value)
        ? value
        : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  fields.key = single.key ?? undefined;
  fields.properties = Object.hasOwn(single, 'properties') ? single.properties : undefined;
  fields.eventTime = single.eventTime;
  fields.uuid = single.uuid ?? undefined;
  fields.chunkId = single.chunkId;
  fields.numChunks = single.numChunks;
  fields.totalSize = single.totalSize;
  return fields;
}

class FastReader {
  pos = 0;

  constructor(private readonly buf: Buffer) {}

  /** A varint of at most MAX_FAST_VARINT_BYTES bytes. */
  varint(): number {
    const buf = this.buf;
    let byte = buf[this.pos++] ?? this.truncated();
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    for (let i = 1; i < MAX_FAST_VARINT_BYTES; i++) {
      byte = buf[this.pos++] ?? this.truncated();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    throw new Fallback();
  }

  /** protobufjs reads uint32 fields modulo 2^32; past 5 bytes it decides. */
  uint32(): number {
    const start = this.pos;
    const value = this.varint();
    if (this.pos - start > 5) throw new Fallback();
    return value >>> 0;
  }

  /** Reads a length prefix; returns where the field ends, which must lie within `limit`. */
  lengthEnd(limit = this.buf.length): number {
    const length = this.varint();
    const end = this.pos + length;
    if (end > limit) throw new Fallback();
    return end;
  }

  string(limit: number): string {
    const end = this.lengthEnd(limit);
    const start = this.pos;
    this.pos = end;
    // protobufjs checks UTF-8 its own way: anything beyond ASCII is left to it.
    if (!isAscii(this.buf, start, end)) throw new Fallback();
    return this.buf.toString('latin1', start, end);
  }

  private truncated(): never {
    throw new Fallback();
  }
}

function isAscii(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((buf[i] as number) >= 0x80) return false;
  return true;
}
