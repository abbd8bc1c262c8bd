import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { serializeConsumeResponse, WRITTEN_FIELDS } from './consumeResponse.js';

function payload(size: number): Buffer {
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i += 11) buf[i] = i % 256;
  return buf;
}

/** protobufjs's encoding is the reference: the client decodes with it. */
function expectSameBytes(response: pb.IConsumeResponse): void {
  const expected = Buffer.from(pb.ConsumeResponse.encode(response).finish());
  expect(serializeConsumeResponse(response).equals(expected)).toBe(true);
}

const full: pb.IDeliveredEntry = {
  ledgerId: 2 ** 40 + 3,
  entryId: 129,
  baseOffset: 1_000_000_007,
  messageCount: 1000,
  publishTime: 1_795_000_000_123,
  producerName: 'producer-é',
  sequenceId: 2 ** 33,
  codec: pb.Codec.CODEC_LZ4,
  uncompressedSize: 0xfffffff0,
  payloadCrc32c: 0xdeadbeef,
  payload: payload(3_000_000),
  redeliveryCount: 2,
  ackedIndexes: [0, 1, 127, 128, 70_000],
};

describe('serializeConsumeResponse', () => {
  it('writes deliveries byte for byte as protobufjs does', () => {
    expectSameBytes({
      deliveries: {
        entries: [
          full,
          { ledgerId: 0, entryId: 0, messageCount: 1, producerName: '', payload: payload(100), ackedIndexes: [] },
          { ledgerId: 5, entryId: 1, payload: Buffer.alloc(0) },
        ],
      },
    });
    expectSameBytes(pb.ConsumeResponse.create({ deliveries: { entries: [full] } }));
    expectSameBytes({ deliveries: { entries: [] } });
  });

  it('leaves other responses to protobufjs', () => {
    expectSameBytes({ subscribed: { consumerId: 3 } } as pb.IConsumeResponse);
    expectSameBytes({ seekCompleted: { offset: 9 } });
    expectSameBytes({ activeChange: { active: true } });
  });

  it('writes every field DeliveredEntry has (a new field must be added here too)', () => {
    const fields = Object.keys(pb.DeliveredEntry.prototype).filter((name) => name !== 'toJSON');
    expect(new Set(fields)).toEqual(WRITTEN_FIELDS);
  });

  it('round-trips through the decoder the client uses', () => {
    const decoded = pb.ConsumeResponse.decode(serializeConsumeResponse({ deliveries: { entries: [full, full] } }));
    const entry = decoded.deliveries?.entries?.[1];
    expect(Number(entry?.ledgerId)).toBe(full.ledgerId);
    expect(entry?.ackedIndexes).toEqual(full.ackedIndexes);
    expect(Buffer.from(entry?.payload ?? []).equals(full.payload as Buffer)).toBe(true);
  });
});
