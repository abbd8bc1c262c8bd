import { asBuffer, isCount, pb, uint64FieldSize, varintSize, writeUint64Field, writeVarint } from '@brook/protocol';

/** Tags (field number << 3 | wire type) of the fields written here. */
const REQUEST_ACK = (3 << 3) | 2;
const ACK_RANGE = (3 << 3) | 2;
const BASE_OFFSET = 1 << 3;
const FROM = 2 << 3;
const TO = 3 << 3;

type AckRange = pb.AckRange.$Properties;

/**
 * Serializes a Consume stream request. An ack of offset ranges (the consumer's grouped individual
 * acks) is written by hand, byte for byte what protobufjs writes for it (a test pins this), without
 * protobufjs's 64-bit conversions; every other request goes through protobufjs.
 */
export function serializeConsumeRequest(request: pb.ConsumeRequest.$Properties): Buffer {
  const ack = request.ack;
  const ranges = ack?.ranges;
  if (!ack || !ranges || !isRangesOnly(request, ack, ranges)) {
    return asBuffer(pb.ConsumeRequest.encode(request).finish());
  }
  let ackSize = 0;
  for (const range of ranges) {
    const size = rangeSize(range);
    ackSize += 1 + varintSize(size) + size;
  }
  const buf = Buffer.allocUnsafe(1 + varintSize(ackSize) + ackSize);
  buf[0] = REQUEST_ACK;
  let pos = writeVarint(buf, 1, ackSize);
  for (const range of ranges) {
    buf[pos++] = ACK_RANGE;
    pos = writeVarint(buf, pos, rangeSize(range));
    pos = writeUint64Field(buf, pos, BASE_OFFSET, range.baseOffset);
    pos = writeUint64Field(buf, pos, FROM, range.from);
    pos = writeUint64Field(buf, pos, TO, range.to);
  }
  return buf;
}

/** An ack request with ranges and nothing else, each range of plain numbers (no Long). */
function isRangesOnly(
  request: pb.ConsumeRequest.$Properties,
  ack: pb.AckMessages.$Properties,
  ranges: readonly AckRange[],
): boolean {
  if (request.subscribe != null || request.flow != null || request.redeliver != null || request.seek != null) {
    return false;
  }
  if ((ack.ids != null && ack.ids.length > 0) || ack.cumulative) return false;
  for (const range of ranges) {
    if (!isCount(range.baseOffset) || !isCount(range.from) || !isCount(range.to)) return false;
  }
  return true;
}

function rangeSize(range: AckRange): number {
  return uint64FieldSize(range.baseOffset) + uint64FieldSize(range.from) + uint64FieldSize(range.to);
}
