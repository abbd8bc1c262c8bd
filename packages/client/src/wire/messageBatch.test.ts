import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { type BatchMessage, decodeMessageBatch } from './messageBatch.js';

/** What a consumer keeps of each message: a copy of the reused fields. */
const copy = (fields: BatchMessage) => ({ ...fields, value: Buffer.from(fields.value) });

/** protobufjs's decoding is the reference: producers encode with it (or byte for byte as it does). */
function expectSameAsProtobufjs(messages: pb.SingleMessage.$Properties[]): void {
  const bytes = Buffer.from(pb.MessageBatch.encode({ messages }).finish());
  const expected = pb.MessageBatch.decode(bytes).messages.map((single) => ({
    value: Buffer.from(single.value ?? []),
    key: single.key ?? undefined,
    properties: Object.keys(single.properties ?? {}).length > 0 ? single.properties : undefined,
    eventTime: single.eventTime,
    uuid: single.uuid ?? undefined,
    chunkId: single.chunkId,
    numChunks: single.numChunks,
    totalSize: single.totalSize,
  }));
  const decoded = decodeMessageBatch(bytes, copy).map((m) => ({
    ...m,
    properties: m.properties && Object.keys(m.properties).length > 0 ? m.properties : undefined,
  }));
  expect(decoded).toEqual(expected);
}

describe('decodeMessageBatch', () => {
  it('reads what protobufjs reads: values, keys, event times, properties, chunk fields', () => {
    expectSameAsProtobufjs([
      { value: Buffer.alloc(100, 1) },
      { value: Buffer.alloc(0) },
      { value: Buffer.from('v'), key: 'k', eventTime: 1_795_000_000_000 },
      { value: Buffer.from('v'), key: '' },
      { value: Buffer.from('p'), properties: { a: '1', b: 'ü' }, key: 'with-props' },
      { value: Buffer.alloc(300, 7), uuid: 'p-1-2', chunkId: 3, numChunks: 9, totalSize: 5 * 1024 * 1024 * 9 },
      { value: Buffer.from('unicode key'), key: 'ключ' },
      { value: Buffer.from('large time'), eventTime: 2 ** 52 + 1 },
    ]);
    expectSameAsProtobufjs([]);
  });

  it('gives values as views into the payload, not copies', () => {
    const bytes = Buffer.from(pb.MessageBatch.encode({ messages: [{ value: Buffer.from('abc') }] }).finish());
    const [value] = decodeMessageBatch(bytes, (fields) => fields.value);
    expect(value?.buffer).toBe(bytes.buffer);
    expect(value?.toString()).toBe('abc');
  });

  it('makes each item with its index', () => {
    const bytes = pb.MessageBatch.encode({
      messages: [{ value: Buffer.from('a') }, { value: Buffer.from('b') }],
    }).finish();
    expect(decodeMessageBatch(bytes, (fields, index) => `${index}:${fields.value}`)).toEqual(['0:a', '1:b']);
  });

  it('reads fields it does not know, and repeated fields, as protobufjs does', () => {
    const writer = pb.MessageBatch.encode({ messages: [{ value: Buffer.from('first') }] });
    const single = new pb.SingleMessage({ value: Buffer.from('x'), key: 'k' });
    const bytes = Buffer.concat([
      writer.finish(),
      // A SingleMessage with an unknown varint field 15 and its value given twice (the last one counts).
      Buffer.from([0x0a, 0x0b, 0x78, 0x01, 0x0a, 0x01, 0x61, 0x0a, 0x01, 0x62, 0x12, 0x01, 0x6b]),
      pb.MessageBatch.encode({ messages: [single] }).finish(),
    ]);
    const expected = pb.MessageBatch.decode(bytes).messages.map((m) => [
      Buffer.from(m.value ?? []).toString(),
      m.key ?? undefined,
    ]);
    expect(expected).toEqual([
      ['first', undefined],
      ['b', 'k'],
      ['x', 'k'],
    ]);
    expect(decodeMessageBatch(bytes, (f) => [f.value.toString(), f.key])).toEqual(expected);
  });

  it('throws on a truncated payload, as protobufjs does', () => {
    const bytes = Buffer.from(pb.MessageBatch.encode({ messages: [{ value: Buffer.alloc(50, 1) }] }).finish());
    const truncated = bytes.subarray(0, bytes.length - 10);
    expect(() => pb.MessageBatch.decode(truncated)).toThrow();
    expect(() => decodeMessageBatch(truncated, copy)).toThrow();
  });
});
