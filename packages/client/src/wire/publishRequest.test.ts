import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { serializePublishRequest, WRITTEN_FIELDS } from './publishRequest.js';

function payload(size: number): Buffer {
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i += 13) buf[i] = i % 256;
  return buf;
}

/** protobufjs's encoding is the reference: the broker decodes with it. */
function expectSameBytes(request: pb.PublishRequest.$Properties): void {
  const expected = Buffer.from(pb.PublishRequest.encode(request).finish());
  expect(serializePublishRequest(request).equals(expected)).toBe(true);
}

describe('serializePublishRequest', () => {
  it('writes a request of batches byte for byte as protobufjs does', () => {
    expectSameBytes({
      batches: {
        batches: [
          {
            sequenceId: 0,
            messageCount: 1,
            codec: 0,
            uncompressedSize: 3,
            payloadCrc32c: 0xfffffff0,
            payload: payload(3),
          },
          {
            sequenceId: 2 ** 40 + 7,
            messageCount: 1000,
            codec: pb.Codec.CODEC_ZSTD,
            uncompressedSize: 300_000,
            payloadCrc32c: 1,
            payload: payload(200_000),
            key: 'ключ-1',
            deliverAt: 1_795_000_000_000,
          },
          { sequenceId: 5, messageCount: 2, payload: payload(3_000_000), key: '' },
          { sequenceId: 9, messageCount: 1, payload: Buffer.alloc(0) },
        ],
      },
    });
  });

  it('writes an empty list of batches as protobufjs does', () => {
    expectSameBytes({ batches: { batches: [] } });
    expectSameBytes({ batches: {} });
  });

  it('leaves open requests and unusual values to protobufjs', () => {
    expectSameBytes({ open: { topic: 'persistent://public/default/t', producerName: 'p', sendTimeoutMs: 30_000 } });
    expectSameBytes({
      batches: { batches: [{ sequenceId: 1, messageCount: 1, payload: payload(10), key: 'a\uD800b' }] },
    });
  });

  it('writes every field PublishBatch has (a new field must be added here too)', () => {
    const fields = Object.keys(pb.PublishBatch.prototype).filter((name) => name !== 'toJSON');
    expect(new Set(fields)).toEqual(WRITTEN_FIELDS);
  });

  it('round-trips through the decoder the broker uses', () => {
    const batch = { sequenceId: 77, messageCount: 3, uncompressedSize: 50, payloadCrc32c: 123, payload: payload(50) };
    const decoded = pb.PublishRequest.decode(serializePublishRequest({ batches: { batches: [batch, batch] } }));
    expect(decoded.batches?.batches).toHaveLength(2);
    expect(Number(decoded.batches?.batches?.[1]?.sequenceId)).toBe(77);
    expect(Buffer.from(decoded.batches?.batches?.[1]?.payload ?? []).equals(batch.payload)).toBe(true);
  });
});
