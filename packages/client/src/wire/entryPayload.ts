import { BrookError, ErrorCode, pb, toBrookError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { decompress } from './codecs.js';

/**
 * The consumer's side of the batch format: checks a delivered entry's CRC32C (over the payload as
 * stored, compressed or not), decompresses it by its codec and decodes its MessageBatch. A
 * Promise only when the codec works asynchronously (see codecs.ts). Uncompressed value buffers are
 * views into the received gRPC message (no copy).
 */
export function decodeEntryPayload(entry: pb.DeliveredEntry): pb.SingleMessage[] | Promise<pb.SingleMessage[]> {
  const payload = entry.payload;
  const actual = crc32c(payload);
  if (actual !== entry.payloadCrc32c) {
    throw new BrookError(
      ErrorCode.ChecksumMismatch,
      `entry ${entry.ledgerId}:${entry.entryId}: payload CRC32C is ${actual}, the broker sent ${entry.payloadCrc32c}`,
    );
  }
  if (entry.codec === pb.Codec.CODEC_NONE) return decodeBatch(entry, payload);
  const where = `entry ${entry.ledgerId}:${entry.entryId}: `;
  const named = (error: unknown) => {
    const e = toBrookError(error);
    return new BrookError(e.code, where + e.message);
  };
  let uncompressed: Buffer | Promise<Buffer>;
  try {
    uncompressed = decompress(
      entry.codec,
      Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
      entry.uncompressedSize,
    );
  } catch (error) {
    throw named(error);
  }
  if (uncompressed instanceof Promise) {
    return uncompressed.then(
      (bytes) => decodeBatch(entry, bytes),
      (error: unknown) => Promise.reject(named(error)),
    );
  }
  return decodeBatch(entry, uncompressed);
}

function decodeBatch(entry: pb.DeliveredEntry, payload: Uint8Array): pb.SingleMessage[] {
  const batch = pb.MessageBatch.decode(payload);
  if (batch.messages.length !== entry.messageCount) {
    throw new BrookError(
      ErrorCode.MalformedRequest,
      `entry ${entry.ledgerId}:${entry.entryId}: holds ${batch.messages.length} messages, header says ${entry.messageCount}`,
    );
  }
  return batch.messages as pb.SingleMessage[];
}
