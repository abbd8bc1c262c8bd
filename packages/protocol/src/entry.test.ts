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

/** Format version 1, as older entries were stored: still decoded. */
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

/** Format version 2, byte for byte. Changing it breaks every stored entry: bump the version instead. */
const keyed: EntryHeader = { ...header, deliverAt: 1_795_000_060_000, key: 'k€' };
const GOLDEN_V2 =
  'b70e0202' + // magic, version 2, codec 2
  GOLDEN_V1.slice(8, 92) + // offset .. producer name length, as in version 1
  '000001a1ee574860' + // deliver at
  '0005' + // key length + 1
  Buffer.from('p-1').toString('hex') +
  Buffer.from('k€').toString('hex');

describe('stored entry format', () => {
  it('encodes the version 2 header byte for byte', () => {
    expect(encodeEntryHeader(keyed).toString('hex')).toBe(GOLDEN_V2);
  });

  it('decodes version 1 entries, which have no key and no delivery time', () => {
    const stored = Buffer.concat([Buffer.from(GOLDEN_V1, 'hex'), payload]);
    const decoded = decodeEntry(stored, { verifyPayload: true });
    expect({ ...decoded, payload: undefined }).toEqual({ ...header, deliverAt: 0, key: undefined, payload: undefined });
    expect(decoded.payload.equals(payload)).toBe(true);
  });

  it('decodes key and delivery time, and tells an empty key from none', () => {
    for (const key of ['k€', '', undefined]) {
      const stored = Buffer.concat([encodeEntryHeader({ ...keyed, key }), payload]);
      const decoded = decodeEntry(stored, { verifyPayload: true });
      expect(decoded.key).toBe(key);
      expect(decoded.deliverAt).toBe(keyed.deliverAt);
      expect(decoded.payload.equals(payload)).toBe(true);
    }
  });

  it('decodes header and payload, the payload as a view of the stored bytes', () => {
    const stored = Buffer.concat([encodeEntryHeader(header), payload]);
    const decoded = decodeEntry(stored, { verifyPayload: true });
    expect({ ...decoded, payload: undefined }).toEqual({ ...header, deliverAt: 0, key: undefined, payload: undefined });
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
