import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntryHeader, type EntryHeader } from './entry.js';
import { ErrorCode } from './errors.js';

const payload = Buffer.from('batch-payload');
const header: EntryHeader = {
  codec: 2,
  baseOffset: 2 ** 40 + 5,
  messageCount: 3,
  publishTime: 1_795_000_000_123,
  sequenceId: 77,
  uncompressedSize: 64,
  payloadSize: payload.length,
  payloadCrc32c: crc32c(payload),
  producerName: 'p-1',
};

/** Format version 1, byte for byte. Changing it breaks every stored entry: bump the version instead. */
const GOLDEN_V1 =
  'b70e0102' + // magic, version 1, codec 2
  '0000010000000005' + // base offset 2^40 + 5
  '00000003' + // message count
  '000001a1ee565e7b' + // publish time
  '000000000000004d' + // first sequence id
  '00000040' + // uncompressed size
  '0000000d' + // payload size
  crc32c(payload).toString(16).padStart(8, '0') +
  '0003' + // producer name length
  Buffer.from('p-1').toString('hex');

describe('stored entry format', () => {
  it('encodes the version 1 header byte for byte', () => {
    expect(encodeEntryHeader(header).toString('hex')).toBe(GOLDEN_V1);
  });

  it('decodes header and payload, the payload as a view of the stored bytes', () => {
    const stored = Buffer.concat([encodeEntryHeader(header), payload]);
    const decoded = decodeEntry(stored, { verifyPayload: true });
    expect({ ...decoded, payload: undefined }).toEqual({ ...header, payload: undefined });
    expect(decoded.payload.equals(payload)).toBe(true);
    expect(decoded.payload.buffer).toBe(stored.buffer);
  });

  it('rejects damaged entries with CHECKSUM_MISMATCH', () => {
    const stored = Buffer.concat([encodeEntryHeader(header), payload]);
    const badMagic = Buffer.from(stored);
    badMagic[0] = 0;
    const badPayload = Buffer.from(stored);
    badPayload.writeUInt8(badPayload.readUInt8(badPayload.length - 1) ^ 1, badPayload.length - 1);
    for (const damaged of [badMagic, stored.subarray(0, stored.length - 1), stored.subarray(0, 10)]) {
      expect(() => decodeEntry(damaged)).toThrow(expect.objectContaining({ code: ErrorCode.ChecksumMismatch }));
    }
    expect(() => decodeEntry(badPayload, { verifyPayload: true })).toThrow(
      expect.objectContaining({ code: ErrorCode.ChecksumMismatch }),
    );
  });
});
