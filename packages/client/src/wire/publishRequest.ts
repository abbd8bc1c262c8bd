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
  writeBytesField,
  writesLikeProtobufjs,
  writeStringField,
  writeUint32Field,
  writeUint64Field,
} from '@brook/protocol';

/** Tags (field number << 3 | wire type) of the fields written here. */
const REQUEST_BATCHES = (2 << 3) | 2;
const BATCHES_BATCH = (1 << 3) | 2;
const SEQUENCE_ID = 1 << 3;
const MESSAGE_COUNT = 2 << 3;
const CODEC = 3 << 3;
const UNCOMPRESSED_SIZE = 4 << 3;
const PAYLOAD_CRC32C = 5 << 3;
const PAYLOAD = (6 << 3) | 2;
const KEY = (7 << 3) | 2;
const DELIVER_AT = 8 << 3;

/**
 * Serializes a Publish stream request. A request of batches is written by hand into one buffer of
 * its exact size, byte for byte what protobufjs writes for it (a test pins this), so each payload is
 * copied once; protobufjs copies a payload about five times (a one-byte length slot it then shifts
 * the message over, at each of three nesting levels; doubling growth; the final copy). Requests
 * this writer does not cover (open, unusual field values) go through protobufjs.
 */
export function serializePublishRequest(request: pb.PublishRequest.$Properties): Buffer {
  const batches = request.batches?.batches;
  if (request.open != null || request.batches == null || !batches || !batches.every(isPlain)) {
    return asBuffer(pb.PublishRequest.encode(request).finish());
  }
  return encodeWrappedMessages(REQUEST_BATCHES, BATCHES_BATCH, batches, batchSize, writeBatch);
}

/** The PublishBatch fields written here; a batch with any other field goes through protobufjs. */
export const WRITTEN_FIELDS: ReadonlySet<string> = new Set([
  'sequenceId',
  'messageCount',
  'codec',
  'uncompressedSize',
  'payloadCrc32c',
  'payload',
  'key',
  'deliverAt',
]);

/** A batch of known fields whose numbers are plain non-negative numbers (no Long). */
function isPlain(batch: pb.PublishBatch.$Properties): boolean {
  return (
    hasOnlyFields(batch, WRITTEN_FIELDS) &&
    isCount(batch.sequenceId) &&
    isCount(batch.deliverAt) &&
    isCount(batch.codec) &&
    (batch.codec ?? 0) <= 0x7fffffff &&
    writesLikeProtobufjs(batch.key) &&
    (batch.payload == null || batch.payload instanceof Uint8Array)
  );
}

function batchSize(batch: pb.PublishBatch.$Properties): number {
  let size = uint64FieldSize(batch.sequenceId as number);
  size += uint32FieldSize(batch.messageCount);
  size += uint32FieldSize(batch.codec);
  size += uint32FieldSize(batch.uncompressedSize);
  size += uint32FieldSize(batch.payloadCrc32c);
  size += bytesFieldSize(batch.payload);
  if (batch.key != null) size += stringFieldSize(batch.key);
  return size + uint64FieldSize(batch.deliverAt as number);
}

function writeBatch(buf: Buffer, start: number, batch: pb.PublishBatch.$Properties): number {
  let pos = writeUint64Field(buf, start, SEQUENCE_ID, batch.sequenceId as number);
  pos = writeUint32Field(buf, pos, MESSAGE_COUNT, batch.messageCount);
  pos = writeUint32Field(buf, pos, CODEC, batch.codec);
  pos = writeUint32Field(buf, pos, UNCOMPRESSED_SIZE, batch.uncompressedSize);
  pos = writeUint32Field(buf, pos, PAYLOAD_CRC32C, batch.payloadCrc32c);
  pos = writeBytesField(buf, pos, PAYLOAD, batch.payload);
  if (batch.key != null) pos = writeStringField(buf, pos, KEY, batch.key);
  return writeUint64Field(buf, pos, DELIVER_AT, batch.deliverAt as number);
}
