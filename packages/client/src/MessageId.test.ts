import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { ChunkedMessageId, MessageId } from './MessageId.js';

describe('MessageId', () => {
  it('round-trips through its compact string form ledgerId:entryId:batchIndex:partition:offset', () => {
    const id = new MessageId(3, 12, 40, 7, 123_456);
    expect(id.toString()).toBe('12:40:7:3:123456');
    const back = MessageId.fromString(id.toString());
    expect(back.equals(id)).toBe(true);
    expect(back).toEqual(id);
    expect(MessageId.fromString('1:2:0:-1:9')).toEqual(new MessageId(-1, 1, 2, 0, 9));
  });

  it('rejects malformed strings with INVALID_ARGUMENT', () => {
    for (const text of ['', '1:2:3:4', '1:2:3:4:x', '1:2:3:4:5:6', '1.5:2:3:4:5']) {
      expect(() => MessageId.fromString(text)).toThrow(BrookError);
      try {
        MessageId.fromString(text);
      } catch (error) {
        expect((error as BrookError).code).toBe(ErrorCode.InvalidArgument);
      }
    }
  });

  it('orders by partition, then offset, then position in the ledger', () => {
    const ids = [
      new MessageId(1, 5, 0, 0, 10),
      new MessageId(0, 9, 3, 1, 31),
      new MessageId(0, 9, 3, 0, 30),
      new MessageId(-1, 2, 0, 0, 99),
      new MessageId(0, 4, 8, 2, 12),
    ];
    const sorted = [...ids].sort((a, b) => a.compare(b)).map(String);
    expect(sorted).toEqual(['2:0:0:-1:99', '4:8:2:0:12', '9:3:0:0:30', '9:3:1:0:31', '5:0:0:1:10']);
    expect(new MessageId(0, 1, 1, 0, 5).compare(new MessageId(0, 1, 1, 0, 5))).toBe(0);
  });

  it('converts to and from the wire MessageIdData', () => {
    const id = new MessageId(2, 11, 22, 3, 4_000_000_000);
    const wire = pb.MessageIdData.decode(pb.MessageIdData.encode(id.toWire()).finish());
    expect(MessageId.fromWire(wire)).toEqual(id);
  });

  it('round-trips a chunked message id, which names every chunk and sits at the last one', () => {
    const chunks = [new MessageId(2, 7, 1, 0, 10), new MessageId(2, 7, 2, 0, 11), new MessageId(2, 8, 0, 0, 13)];
    const id = new ChunkedMessageId(chunks);
    expect(id.toString()).toBe('7:1:0:2:10,7:2:0:2:11,8:0:0:2:13');
    const back = MessageId.fromString(id.toString());
    expect(back).toBeInstanceOf(ChunkedMessageId);
    expect(back).toEqual(id);
    expect(back.parts()).toEqual(chunks);
    expect(back.equals(chunks[2] as MessageId)).toBe(true);
    expect((back as ChunkedMessageId).firstChunk).toEqual(chunks[0]);
    expect(new MessageId(0, 1, 1, 0, 1).parts()).toEqual([new MessageId(0, 1, 1, 0, 1)]);
    for (const text of ['1:2:0:-1:9,', '1:2:0:-1:9,x']) expect(() => MessageId.fromString(text)).toThrow(BrookError);
  });
});
