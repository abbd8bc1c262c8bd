import { pb } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { BatchPayloadWriter, encodeSingleMessage, framedSize, valueOnlySize } from './batchPayload.js';

describe('BatchPayloadWriter', () => {
  it('writes byte for byte what pb.MessageBatch.encode produces', () => {
    const big = Buffer.alloc(300, 7);
    const messages: pb.SingleMessage.$Properties[] = [
      { value: Buffer.from('a') },
      { value: big, key: 'k', properties: { a: '1', b: 'two' }, eventTime: 1_700_000_000_000 },
      { value: Buffer.alloc(0) },
      { value: Buffer.alloc(0), key: '' },
      { value: Buffer.alloc(200_000, 3) },
    ];
    const writer = new BatchPayloadWriter();
    let size = 0;
    for (const m of messages) {
      const value = m.value as Uint8Array;
      if (m.key === undefined && m.properties === undefined && m.eventTime === undefined) {
        writer.appendValue(value);
        size += framedSize(valueOnlySize(value.length));
      } else {
        const single = encodeSingleMessage(value, m.key ?? undefined, m.properties ?? undefined, m.eventTime ?? 0);
        writer.appendEncoded(single);
        size += framedSize(single.length);
      }
    }
    expect(writer.size).toBe(size);
    const batch = writer.take(42, messages.length);
    const expected = Buffer.from(pb.MessageBatch.encode({ messages }).finish());
    expect(Buffer.from(batch.payload as Uint8Array).equals(expected)).toBe(true);
    expect(batch).toMatchObject({
      sequenceId: 42,
      messageCount: messages.length,
      codec: pb.Codec.CODEC_NONE,
      uncompressedSize: expected.length,
      payloadCrc32c: crc32c(expected),
    });
    expect(writer.size).toBe(0);
  });

  it('copies values, so a sender may reuse its buffer right after send', () => {
    const writer = new BatchPayloadWriter();
    const reused = Buffer.from('first');
    writer.appendValue(reused);
    reused.write('xxxxx');
    const decoded = pb.MessageBatch.decode(writer.take(0, 1).payload as Uint8Array);
    expect(Buffer.from(decoded.messages[0]?.value as Uint8Array).toString()).toBe('first');
  });
});
