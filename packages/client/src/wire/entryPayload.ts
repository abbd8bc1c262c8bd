import { BrookError, ErrorCode, pb, toBrookError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { decompress } from './codecs.js';
import { decodeMessageBatch, type MakeItem } from './messageBatch.js';

/**
 * The consumer's side of the batch format: checks a delivered entry's CRC32C (over the payload as
 * stored, compressed or not), decompresses it by its codec and decodes its MessageBatch, making an
 * item of each message with `make`. A
 * Promise only when the codec works asynchronously (see codecs.ts). Value buffers are views into the
 * received gRPC message, or into the decompressed payload (no copy).
 */
export function decodeEntryPayload<T>(entry: pb.DeliveredEntry, make: MakeItem<T>): T[] | Promise<T[]> {
  const payload = entry.payload;
  const actual = crc32c(payload);
  if (actual !== entry.payloadCrc32c) {
    throw new BrookError(
      ErrorCode.ChecksumMismatch,
      `entry ${entry.ledgerId}:${entry.entryId}: payload CRC32C is ${actual}, the broker sent ${entry.payloadCrc32c}`,
    );
  }
  if (entry.codec === pb.Codec.CODEC_NONE) return decodeBatch(entry, payload, make);
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
      (bytes) => decodeBatch(entry, bytes, make),
      (error: unknown) => Promise.reject(named(error)),
    );
  }
  return decodeBatch(entry, uncompressed, make);
}

function decodeBatch<T>(entry: pb.DeliveredEntry, payload: Uint8Array, make: MakeItem<T>): T[] {
  const messages = decodeMessageBatch(payload, make);
  if (messages.length !== entry.messageCount) {
    throw new BrookError(
      ErrorCode.MalformedRequest,
      `entry ${entry.ledgerId}:${entry.entryId}: holds ${messages.length} messages, header says ${entry.messageCount}`,
    );
  }
  return messages;
}
