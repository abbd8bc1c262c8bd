import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';

/**
 * The consumer's side of the batch format: checks a delivered entry's CRC32C and decodes its
 * MessageBatch. Value buffers are views into the received gRPC message (no copy).
 */
export function decodeEntryPayload(entry: pb.DeliveredEntry): pb.SingleMessage[] {
  const payload = entry.payload;
  const actual = crc32c(payload);
  if (actual !== entry.payloadCrc32c) {
    throw new BrookError(
      ErrorCode.ChecksumMismatch,
      `entry ${entry.ledgerId}:${entry.entryId}: payload CRC32C is ${actual}, the broker sent ${entry.payloadCrc32c}`,
    );
  }
  if (entry.codec !== pb.Codec.CODEC_NONE) {
    throw new BrookError(
      ErrorCode.Internal,
      `entry ${entry.ledgerId}:${entry.entryId}: compression codec ${pb.Codec[entry.codec]} is not supported by this client`,
    );
  }
  const batch = pb.MessageBatch.decode(payload);
  if (batch.messages.length !== entry.messageCount) {
    throw new BrookError(
      ErrorCode.MalformedRequest,
      `entry ${entry.ledgerId}:${entry.entryId}: holds ${batch.messages.length} messages, header says ${entry.messageCount}`,
    );
  }
  return batch.messages as pb.SingleMessage[];
}
