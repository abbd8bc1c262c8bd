import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { LedgerOptions } from './LedgerMetadata.js';
import { text, useLedgerTestbed } from './testing/ledgerTestbed.js';

describe('LedgerHandleReader', () => {
  const bed = useLedgerTestbed();

  /** A closed ledger of `count` entries; returns its id and its bookies in ensemble order. */
  async function closedLedger(options: LedgerOptions, count: number) {
    const writer = await bed.client.create(options);
    for (let n = 0; n < count; n++) await writer.append([Buffer.from(text(n))]);
    await writer.close();
    return { ledgerId: writer.ledgerId, bookies: bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId)) };
  }

  it('reads consecutive entries striped to the same bookie in one call per bookie (E=3, Qw=2)', async () => {
    const { ledgerId, bookies } = await closedLedger({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 }, 6);
    const reader = await bed.client.open(ledgerId, { recover: false });
    const entries = await reader.read(0, 5);
    expect(entries.map((e) => [e.entryId, e.data.toString()])).toEqual([0, 1, 2, 3, 4, 5].map((n) => [n, text(n)]));
    const ranges = bookies.map((bookie) => bookie.reads.map((r) => [r.firstEntryId, r.lastEntryId]));
    expect(ranges).toEqual([[[2, 3]], [[0, 1]], [[4, 5]]]);
  });

  it('reads a whole range from one bookie when every bookie holds every entry (E = Qw)', async () => {
    const { ledgerId, bookies } = await closedLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }, 10);
    const reader = await bed.client.open(ledgerId, { recover: false });
    expect(await reader.read(0, 9)).toHaveLength(10);
    expect(bookies.flatMap((bookie) => bookie.reads.map((r) => [r.firstEntryId, r.lastEntryId]))).toEqual([[0, 9]]);
  });

  it('verifies each CRC32C and reads the rest from the next bookie after a corrupt entry', async () => {
    const { ledgerId, bookies } = await closedLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }, 5);
    const [, next, preferred] = bookies;
    preferred!.corrupt(ledgerId, 2);
    const reader = await bed.client.open(ledgerId, { recover: false });
    const entries = await reader.read(0, 4);
    expect(entries.map((e) => e.data.toString())).toEqual([0, 1, 2, 3, 4].map(text));
    expect(preferred?.reads.map((r) => [r.firstEntryId, r.lastEntryId])).toEqual([[0, 4]]);
    expect(next?.reads.map((r) => [r.firstEntryId, r.lastEntryId])).toEqual([[2, 4]]);
  });

  it('fails with CHECKSUM_MISMATCH when every copy of an entry is corrupt', async () => {
    const { ledgerId, bookies } = await closedLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }, 3);
    for (const bookie of bookies) bookie.corrupt(ledgerId, 1);
    const reader = await bed.client.open(ledgerId, { recover: false });
    await expect(reader.read(0, 2)).rejects.toMatchObject({ code: ErrorCode.ChecksumMismatch });
    expect((await reader.read(0, 0))[0]?.data.toString()).toBe(text(0));
  });

  it('falls back to another bookie of the write set when one is unavailable', async () => {
    const { ledgerId, bookies } = await closedLedger({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 }, 6);
    bookies[1]!.failure = new BrookError(ErrorCode.Unavailable, 'down');
    const reader = await bed.client.open(ledgerId, { recover: false });
    expect((await reader.read(0, 5)).map((e) => e.data.toString())).toEqual([0, 1, 2, 3, 4, 5].map(text));
  });

  it('rejects ranges past the last entry or reversed', async () => {
    const { ledgerId } = await closedLedger({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 }, 3);
    const reader = await bed.client.open(ledgerId, { recover: false });
    expect(reader).toMatchObject({ closed: true, lastEntryId: 2 });
    await expect(reader.read(0, 3)).rejects.toMatchObject({ code: ErrorCode.EntryNotFound });
    await expect(reader.read(2, 1)).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });

  it('a non-recovering open of an open ledger reads up to the LAC the bookies report, without fencing', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    for (let n = 0; n < 4; n++) await writer.append([Buffer.from(text(n))]);
    const reader = await bed.client.open(writer.ledgerId, { recover: false });
    // The LAC rides on the next add, so the bookies know entries up to 2 are confirmed.
    expect(reader).toMatchObject({ closed: false, lastEntryId: 2 });
    expect((await reader.read(0, 2)).map((e) => e.data.toString())).toEqual([0, 1, 2].map(text));
    await expect(writer.append([Buffer.from(text(4))])).resolves.toBe(4);
  });
});
