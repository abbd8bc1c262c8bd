import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendBatch, managedLedgerOptions, useBookieTestbed } from '../testing/bookieTestbed.js';
import { type AppendBatch, type AppendResult, ManagedLedger } from './ManagedLedger.js';
import { PositionFinder, type PositionSource } from './PositionFinder.js';

const T0 = 1_700_000_000_000;

function batch(messageCount: number): AppendBatch {
  return appendBatch(Buffer.from(`batch of ${messageCount}`), { messageCount });
}

/** The managed ledger's reads, counted. */
function counting(ml: ManagedLedger): { source: PositionSource; reads: () => number } {
  let reads = 0;
  const source: PositionSource = {
    get ledgers() {
      return ml.ledgers;
    },
    get endPosition() {
      return ml.endPosition;
    },
    read: (from, max) => {
      reads++;
      return ml.read(from, max);
    },
  };
  return { source, reads: () => reads };
}

describe('PositionFinder on a real bookie-backed managed ledger', () => {
  const testbed = useBookieTestbed();
  let ml: ManagedLedger;
  /** 40 entries of 1..3 messages, appended one millisecond apart (10 ms apart from the 20th on), 5 per ledger. */
  let appended: (AppendResult & { messageCount: number; publishTime: number })[];

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // No entry cache: every header the finder looks at is read from the bookie.
    ml = await ManagedLedger.open('public/default/finder', managedLedgerOptions(testbed, 5));
    appended = [];
    let time = T0;
    for (let i = 0; i < 40; i++) {
      time += i < 20 ? 1 : 10;
      vi.setSystemTime(time);
      const messageCount = (i % 3) + 1;
      appended.push({ ...(await ml.append(batch(messageCount))), messageCount, publishTime: time });
    }
  });

  afterEach(async () => {
    vi.useRealTimers();
    await ml.close();
  });

  const total = () => {
    const last = appended.at(-1) as (typeof appended)[number];
    return last.baseOffset + last.messageCount;
  };

  it('finds the entry holding every offset, starting at that message, in O(log n) reads', async () => {
    expect(ml.ledgerCount).toBeGreaterThanOrEqual(8);
    const { source, reads } = counting(ml);
    const finder = new PositionFinder(source);
    let maxReads = 0;
    for (const entry of appended) {
      for (let i = 0; i < entry.messageCount; i++) {
        const before = reads();
        const found = await finder.byOffset(entry.baseOffset + i);
        maxReads = Math.max(maxReads, reads() - before);
        expect(found).toEqual({
          position: { ledgerId: entry.ledgerId, entryId: entry.entryId },
          offset: entry.baseOffset + i,
        });
      }
    }
    // 5 entries per ledger: at most ceil(log2(5 + 1)) = 3 header reads.
    expect(maxReads).toBeLessThanOrEqual(3);
  });

  it('puts offsets past the end at the end, where the next entry will be written', async () => {
    const finder = new PositionFinder(ml);
    for (const offset of [total(), total() + 1, 1e12]) {
      expect(await finder.byOffset(offset)).toEqual({ position: ml.endPosition, offset: total() });
    }
    expect(await finder.latest()).toEqual({ position: ml.endPosition, offset: total() });
    const next = await ml.append(batch(2));
    expect(await finder.byOffset(total())).toEqual({
      position: { ledgerId: next.ledgerId, entryId: next.entryId },
      offset: total(),
    });
  });

  it('puts offsets before the oldest stored message on it, after old ledgers were trimmed', async () => {
    const finder = new PositionFinder(ml);
    const first = appended[0] as (typeof appended)[number];
    expect(await finder.earliest()).toEqual({ position: { ledgerId: first.ledgerId, entryId: 0 }, offset: 0 });
    await ml.trim(2);
    const oldest = appended.find((e) => e.ledgerId === ml.ledgers[0]?.ledgerId) as (typeof appended)[number];
    const expected = { position: { ledgerId: oldest.ledgerId, entryId: 0 }, offset: oldest.baseOffset };
    expect(await finder.byOffset(0)).toEqual(expected);
    expect(await finder.earliest()).toEqual(expected);
  });

  it('finds the first entry published at or after a time, in O(log ledgers + log entries) reads', async () => {
    const { source, reads } = counting(ml);
    const finder = new PositionFinder(source);
    let maxReads = 0;
    for (let time = T0 - 5; time <= T0 + 240; time++) {
      const before = reads();
      const found = await finder.byPublishTime(time);
      maxReads = Math.max(maxReads, reads() - before);
      const expected = appended.find((e) => e.publishTime >= time);
      if (!expected) {
        expect(found).toEqual({ position: ml.endPosition, offset: total() });
        continue;
      }
      expect(found).toEqual({
        position: { ledgerId: expected.ledgerId, entryId: expected.entryId },
        offset: expected.baseOffset,
      });
    }
    // 8 ledgers of 5 entries: ceil(log2(9)) + ceil(log2(6)) + 1 = 8 reads, not 40.
    expect(maxReads).toBeLessThanOrEqual(8);
  });

  it('starts a publish-time search at the ledger holding fromOffset, and reads no ledger closed before the time', async () => {
    const ledgersRead = new Set<number>();
    const finder = new PositionFinder({
      get ledgers() {
        return ml.ledgers;
      },
      get endPosition() {
        return ml.endPosition;
      },
      read: (from, max) => {
        ledgersRead.add(from.ledgerId);
        return ml.read(from, max);
      },
    });
    const at = (i: number) => appended[i] as (typeof appended)[number];
    // Everything is newer than T0 - 5: the answer is the first entry of the ledger holding entry 12.
    expect(await finder.byPublishTime(T0 - 5, { fromOffset: at(12).baseOffset })).toEqual({
      position: { ledgerId: at(10).ledgerId, entryId: 0 },
      offset: at(10).baseOffset,
    });
    // An answer past fromOffset is the one a search of the whole log finds.
    const time = at(37).publishTime;
    ledgersRead.clear();
    expect(await finder.byPublishTime(time, { fromOffset: at(3).baseOffset })).toEqual(
      await new PositionFinder(ml).byPublishTime(time),
    );
    const closedBefore = ml.ledgers.filter((l) => l.closedAt !== undefined && l.closedAt < time).map((l) => l.ledgerId);
    expect(closedBefore.length).toBeGreaterThan(0);
    expect(closedBefore.filter((id) => ledgersRead.has(id))).toEqual([]);
  });

  it('cuts a ledger at a share of its entries, moving on to the next ledger or the end past its last', async () => {
    const finder = new PositionFinder(ml);
    const at = (i: number) => appended[i] as (typeof appended)[number];
    const ledgerId = at(10).ledgerId;
    const point = (i: number) => ({
      position: { ledgerId: at(i).ledgerId, entryId: at(i).entryId },
      offset: at(i).baseOffset,
    });
    expect(await finder.inLedger(ledgerId, 0)).toEqual(point(10));
    expect(await finder.inLedger(ledgerId, 0.4)).toEqual(point(12));
    expect(await finder.inLedger(ledgerId, 1)).toEqual(point(15));
    const last = ml.ledgers.at(-1)?.ledgerId as number;
    expect(await finder.inLedger(last, 1)).toEqual(await finder.latest());
    await expect(finder.inLedger(999_999, 0.5)).rejects.toMatchObject({ code: 'LEDGER_NOT_FOUND' });
  });

  it('finds a message id by its entry, and by its offset when the entry does not hold it', async () => {
    const finder = new PositionFinder(ml);
    const entry = appended[13] as (typeof appended)[number];
    const id = { ledgerId: entry.ledgerId, entryId: entry.entryId, offset: entry.baseOffset + entry.messageCount - 1 };
    expect(await finder.byMessageId(id)).toEqual({
      position: { ledgerId: entry.ledgerId, entryId: entry.entryId },
      offset: id.offset,
    });
    const stale = { ledgerId: 999_999, entryId: 0, offset: entry.baseOffset };
    expect(await finder.byMessageId(stale)).toEqual({
      position: { ledgerId: entry.ledgerId, entryId: entry.entryId },
      offset: entry.baseOffset,
    });
  });

  it('refuses a negative or fractional offset, a negative time and an id without a position', async () => {
    const finder = new PositionFinder(ml);
    await expect(finder.byOffset(-1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(finder.byOffset(1.5)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(finder.byPublishTime(-1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(finder.byMessageId({ ledgerId: -1, entryId: -1, offset: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('PositionFinder on an empty log', () => {
  const testbed = useBookieTestbed();

  it('answers the end for every target', async () => {
    const ml = await ManagedLedger.open('public/default/empty', managedLedgerOptions(testbed, 5));
    try {
      const finder = new PositionFinder(ml);
      const end = { position: ml.endPosition, offset: 0 };
      expect(await finder.byOffset(0)).toEqual(end);
      expect(await finder.byOffset(7)).toEqual(end);
      expect(await finder.byPublishTime(0)).toEqual(end);
      expect(await finder.earliest()).toEqual(end);
    } finally {
      await ml.close();
    }
  });
});
