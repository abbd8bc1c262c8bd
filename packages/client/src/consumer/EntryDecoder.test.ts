import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { compress } from '../wire/codecs.js';
import type { BatchMessage } from '../wire/messageBatch.js';
import { type DecodedEntry, EntryDecoder } from './EntryDecoder.js';

async function entry(entryId: number, codec: pb.Codec, value: string, corrupt = false): Promise<pb.DeliveredEntry> {
  const raw = Buffer.from(pb.MessageBatch.encode({ messages: [{ value: Buffer.from(value) }] }).finish());
  const payload = await compress(codec, raw);
  const stored = corrupt ? Buffer.alloc(payload.length, 1) : payload;
  return pb.DeliveredEntry.create({
    entryId,
    messageCount: 1,
    codec,
    uncompressedSize: raw.length,
    payloadCrc32c: crc32c(stored),
    payload: stored,
  });
}

const contentOf = (d: DecodedEntry<string>) => (d.singles instanceof BrookError ? d.singles.code : d.singles[0]);
/** Each message as its value's text. */
const valueText = (_entry: pb.DeliveredEntry, fields: BatchMessage) => fields.value.toString();

describe('EntryDecoder', () => {
  it('hands entries on in delivery order though zstd decodes asynchronously, a corrupt one as its error', async () => {
    const out: DecodedEntry<string>[] = [];
    const decoder = new EntryDecoder<string, string>((decoded) => out.push(...decoded), valueText);
    const entries = await Promise.all([
      entry(0, pb.Codec.CODEC_ZSTD, 'a'),
      entry(1, pb.Codec.CODEC_NONE, 'b'),
      entry(2, pb.Codec.CODEC_LZ4, 'c', true),
      entry(3, pb.Codec.CODEC_ZSTD, 'd'),
      entry(4, pb.Codec.CODEC_SNAPPY, 'e'),
    ]);
    decoder.push(entries.slice(0, 3), 's');
    decoder.push(entries.slice(3), 's');
    expect(out).toEqual([]);
    await expect.poll(() => out.length).toBe(5);
    expect(out.map(contentOf)).toEqual(['a', 'b', ErrorCode.ChecksumMismatch, 'd', 'e']);
  });

  it('drops entries still decoding when reset, and decodes plain entries in the same call', async () => {
    const out: DecodedEntry<string>[] = [];
    const decoder = new EntryDecoder<string, string>((decoded) => out.push(...decoded), valueText);
    decoder.push([await entry(0, pb.Codec.CODEC_ZSTD, 'old')], 'old stream');
    decoder.reset();
    decoder.push([await entry(0, pb.Codec.CODEC_NONE, 'new')], 'new stream');
    expect(out.map(contentOf)).toEqual(['new']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(out.map(contentOf)).toEqual(['new']);
  });
});
