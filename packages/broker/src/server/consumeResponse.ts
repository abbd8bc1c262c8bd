import {
  asBuffer,
  bytesFieldSize,
  encodeWrappedMessages,
  hasOnlyFields,
  isCount,
  pb,
  stringFieldSize,
  uint32FieldSize,
  uint64FieldSize,
  varintSize,
  writeBytesField,
  writeStringField,
  writesLikeProtobufjs,
  writeUint32Field,
  writeUint64Field,
  writeVarint,
} from '@brook/protocol';

/** Tags (field number << 3 | wire type) of the fields written here. */
const RESPONSE_DELIVERIES = (2 << 3) | 2;
const DELIVERIES_ENTRY = (1 << 3) | 2;
const LEDGER_ID = 1 << 3;
const ENTRY_ID = 2 << 3;
const BASE_OFFSET = 3 << 3;
const MESSAGE_COUNT = 4 << 3;
const PUBLISH_TIME = 5 << 3;
const PRODUCER_NAME = (6 << 3) | 2;
const SEQUENCE_ID = 7 << 3;
const CODEC = 8 << 3;
const UNCOMPRESSED_SIZE = 9 << 3;
const PAYLOAD_CRC32C = 10 << 3;
const PAYLOAD = (11 << 3) | 2;
const REDELIVERY_COUNT = 12 << 3;
const ACKED_INDEXES = (13 << 3) | 2;

/** The DeliveredEntry fields written here; an entry with any other field goes through protobufjs. */
export const WRITTEN_FIELDS: ReadonlySet<string> = new Set([
  'ledgerId',
  'entryId',
  'baseOffset',
  'messageCount',
  'publishTime',
  'producerName',
  'sequenceId',
  'codec',
  'uncompressedSize',
  'payloadCrc32c',
  'payload',
  'redeliveryCount',
  'ackedIndexes',
]);

type Entry = pb.IDeliveredEntry;

/**
 * Serializes a Consume stream response. Deliveries are written by hand into one buffer of their
 * exact size, byte for byte what protobufjs writes (a test pins this), so each payload is copied
 * once; protobufjs copies it about five times (a one-byte length slot it then shifts the message
 * over, at each of three nesting levels; doubling growth; the final copy), which made encoding the
 * largest cost of a catch-up read. Other responses go through protobufjs.
 */
export function serializeConsumeResponse(response: pb.IConsumeResponse): Buffer {
  const entries = response.deliveries?.entries;
  const onlyDeliveries = response.subscribed == null && response.seekCompleted == null && response.activeChange == null;
  if (!onlyDeliveries || response.deliveries == null || !entries || !entries.every(isPlain)) {
    return asBuffer(pb.ConsumeResponse.encode(response).finish());
  }
  return encodeWrappedMessages(RESPONSE_DELIVERIES, DELIVERIES_ENTRY, entries, entrySize, writeEntry);
}

function isPlain(entry: Entry): boolean {
  return (
    hasOnlyFields(entry, WRITTEN_FIELDS) &&
    isCount(entry.ledgerId) &&
    isCount(entry.entryId) &&
    isCount(entry.baseOffset) &&
    isCount(entry.publishTime) &&
    isCount(entry.sequenceId) &&
    isCount(entry.codec) &&
    (entry.codec ?? 0) <= 0x7fffffff &&
    writesLikeProtobufjs(entry.producerName) &&
    (entry.payload == null || entry.payload instanceof Uint8Array)
  );
}

function entrySize(e: Entry): number {
  let size = uint64FieldSize(e.ledgerId) + uint64FieldSize(e.entryId) + uint64FieldSize(e.baseOffset);
  size += uint32FieldSize(e.messageCount) + uint64FieldSize(e.publishTime);
  if (e.producerName) size += stringFieldSize(e.producerName);
  size += uint64FieldSize(e.sequenceId) + uint32FieldSize(e.codec);
  size += uint32FieldSize(e.uncompressedSize) + uint32FieldSize(e.payloadCrc32c);
  size += bytesFieldSize(e.payload);
  size += uint32FieldSize(e.redeliveryCount);
  const acked = e.ackedIndexes;
  if (acked != null && acked.length > 0) {
    const packed = packedSize(acked);
    size += 1 + varintSize(packed) + packed;
  }
  return size;
}

function writeEntry(buf: Buffer, start: number, e: Entry): number {
  let pos = writeUint64Field(buf, start, LEDGER_ID, e.ledgerId);
  pos = writeUint64Field(buf, pos, ENTRY_ID, e.entryId);
  pos = writeUint64Field(buf, pos, BASE_OFFSET, e.baseOffset);
  pos = writeUint32Field(buf, pos, MESSAGE_COUNT, e.messageCount);
  pos = writeUint64Field(buf, pos, PUBLISH_TIME, e.publishTime);
  if (e.producerName) pos = writeStringField(buf, pos, PRODUCER_NAME, e.producerName);
  pos = writeUint64Field(buf, pos, SEQUENCE_ID, e.sequenceId);
  pos = writeUint32Field(buf, pos, CODEC, e.codec);
  pos = writeUint32Field(buf, pos, UNCOMPRESSED_SIZE, e.uncompressedSize);
  pos = writeUint32Field(buf, pos, PAYLOAD_CRC32C, e.payloadCrc32c);
  pos = writeBytesField(buf, pos, PAYLOAD, e.payload);
  pos = writeUint32Field(buf, pos, REDELIVERY_COUNT, e.redeliveryCount);
  const acked = e.ackedIndexes;
  if (acked != null && acked.length > 0) {
    buf[pos++] = ACKED_INDEXES;
    pos = writeVarint(buf, pos, packedSize(acked));
    for (const index of acked) pos = writeVarint(buf, pos, index >>> 0);
  }
  return pos;
}

function packedSize(values: readonly number[]): number {
  let size = 0;
  for (const value of values) size += varintSize(value >>> 0);
  return size;
}
