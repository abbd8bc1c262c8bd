import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { serializeAddRequest, WRITTEN_FIELDS } from './addRequest.js';

function chunk(size: number, seed: number): Buffer {
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i += 7) buf[i] = (i + seed) % 256;
  return buf;
}

/** protobufjs's encoding is the reference: the bookie decodes with it. */
function expectSameBytes(request: pb.IAddRequest): void {
  const expected = Buffer.from(pb.AddRequest.encode(request).finish());
  expect(serializeAddRequest(request).equals(expected)).toBe(true);
}

describe('serializeAddRequest', () => {
  it('writes entries byte for byte as protobufjs does', () => {
    expectSameBytes({
      entries: [
        { ledgerId: 0, entryId: 0, masterKey: Buffer.alloc(0), lac: -1, data: [], crc32c: 0, recovery: false },
        {
          ledgerId: 2 ** 40 + 3,
          entryId: 1_000_000,
          masterKey: chunk(20, 1),
          lac: 999_999,
          data: [chunk(12, 2), chunk(56, 3), chunk(300_000, 4)],
          crc32c: 0xfffffff0,
          recovery: true,
        },
        { ledgerId: 7, entryId: 1, masterKey: chunk(20, 5), lac: 0, data: [Buffer.alloc(0)], crc32c: 1 },
      ],
    });
  });

  it('writes an empty request as protobufjs does', () => {
    expectSameBytes({ entries: [] });
    expectSameBytes({});
  });

  it('leaves unusual values to protobufjs', () => {
    expectSameBytes({ entries: [{ ledgerId: 1, entryId: 2, lac: -2, data: [chunk(5, 6)], crc32c: 3 }] });
    expectSameBytes({ entries: [{ ledgerId: 1.5, entryId: 2, lac: 1, data: [chunk(5, 6)] }] });
  });

  it('writes every field AddEntry has (a new field must be added here too)', () => {
    const fields = Object.keys(pb.AddEntry.prototype).filter((name) => name !== 'toJSON');
    expect(new Set(fields)).toEqual(WRITTEN_FIELDS);
  });

  it('round-trips through the decoder the bookie uses', () => {
    const entry = { ledgerId: 9, entryId: 4, masterKey: chunk(20, 7), lac: 3, data: [chunk(40, 8)], crc32c: 77 };
    const decoded = pb.AddRequest.decode(serializeAddRequest({ entries: [entry, { ...entry, lac: -1 }] }));
    expect(decoded.entries).toHaveLength(2);
    expect(Number(decoded.entries[1]?.lac)).toBe(-1);
    expect(Number(decoded.entries[0]?.lac)).toBe(3);
    expect(Buffer.from(decoded.entries[0]?.data?.[0] ?? []).equals(entry.data[0] as Buffer)).toBe(true);
  });
});
