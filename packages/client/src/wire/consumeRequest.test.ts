import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { serializeConsumeRequest } from './consumeRequest.js';

/** protobufjs's encoding is the reference: the broker decodes with it. */
function expectSameBytes(request: pb.ConsumeRequest.$Properties): void {
  const expected = Buffer.from(pb.ConsumeRequest.encode(request).finish());
  expect(serializeConsumeRequest(request).equals(expected)).toBe(true);
}

describe('serializeConsumeRequest', () => {
  it('writes an ack of ranges byte for byte as protobufjs does', () => {
    expectSameBytes({ ack: { ranges: [{ baseOffset: 0, from: 0, to: 1000 }] } });
    expectSameBytes({
      ack: {
        ranges: [
          { baseOffset: 1000, from: 1000, to: 1200 },
          { baseOffset: 1000, from: 1201, to: 2000 },
          { baseOffset: 2 ** 40, from: 2 ** 40 + 5, to: 2 ** 40 + 6 },
          { baseOffset: 2 ** 53 - 10, from: 2 ** 53 - 3, to: 2 ** 53 - 1 },
        ],
      },
    });
    expectSameBytes({
      ack: { ranges: Array.from({ length: 1000 }, (_, i) => ({ baseOffset: i * 7, from: i * 7, to: i * 7 + 7 })) },
    });
    expectSameBytes({ ack: { ranges: [] } });
  });

  it('leaves other requests to protobufjs: ids, cumulative acks, flow, subscribe', () => {
    expectSameBytes({
      ack: { ids: [{ partition: -1, ledgerId: 3, entryId: 4, batchIndex: 1, offset: 9 }], cumulative: true },
    });
    expectSameBytes({ ack: { ids: [{ offset: 9, batchIndex: 1 }], ranges: [{ baseOffset: 8, from: 8, to: 9 }] } });
    expectSameBytes({ flow: { permits: 500 } });
    expectSameBytes({ subscribe: { topic: 't', subscription: 's', consumerName: 'c', priorityLevel: 2 } });
    expectSameBytes({ redeliver: { ids: [{ offset: 1 }] } });
  });
});
