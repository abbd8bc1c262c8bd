import { beforeEach, describe, expect, it } from 'vitest';
import { appendBatch, managedLedgerOptions, useBookieTestbed } from '../testing/bookieTestbed.js';
import { until } from '../testing/subscriptionTestbed.js';
import { EntryCache } from './EntryCache.js';
import { type AppendBatch, ManagedLedger, type ManagedLedgerOptions } from './ManagedLedger.js';

const TOPIC = 'public/default/ml';

function batch(messageCount: number, text: string): AppendBatch {
  return appendBatch(Buffer.from(text), { messageCount });
}

describe('ManagedLedger on a real bookie', () => {
  const testbed = useBookieTestbed();
  let options: ManagedLedgerOptions;

  beforeEach(() => {
    options = managedLedgerOptions(testbed, 3);
  });

  /** A log with an entry cache of its own, rolling over only every 100 entries. */
  async function openCached(): Promise<{ cache: EntryCache; ml: ManagedLedger }> {
    const cache = new EntryCache(1 << 20);
    const rollover = { ...options.rollover, maxEntries: 100 };
    return { cache, ml: await ManagedLedger.open(TOPIC, { ...options, cache, rollover }) };
  }

  it('assigns continuous offsets across rollovers and reads across ledgers', async () => {
    const ml = await ManagedLedger.open(TOPIC, options);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => ml.append(batch(2, `b${i}`))));
    expect(results.map((r) => r.baseOffset)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(new Set(results.map((r) => r.ledgerId)).size).toBe(4);
    expect(ml.nextOffset).toBe(20);

    const texts: string[] = [];
    let position = ml.firstPosition;
    for (;;) {
      const entries = await ml.read(position, 100);
      if (entries.length === 0) break;
      for (const e of entries) texts.push(e.entry.payload.toString());
      const last = entries.at(-1);
      if (!last) break;
      position = { ledgerId: last.ledgerId, entryId: last.entryId + 1 };
    }
    expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => `b${i}`));
    await ml.close();
  });

  it('serves cached entries with the fields of stored ones, in the same order', async () => {
    // One field order gives appended and read entries one hidden class (see appendToWriter).
    const cache = new EntryCache(1 << 20);
    const ml = await ManagedLedger.open(TOPIC, { ...options, cache });
    await ml.append({ ...batch(3, 'keyed'), key: 'k', deliverAt: 0 });
    await ml.append(batch(1, 'plain'));
    expect(cache.size).toBeGreaterThan(0);
    const cached = await ml.read(ml.firstPosition, 10);
    const stored = await (await ManagedLedger.open(TOPIC, options)).read(ml.firstPosition, 10);
    expect(stored).toHaveLength(2);
    for (const [i, { entry }] of cached.entries()) {
      const from = stored[i]!.entry;
      expect(Object.keys(entry)).toEqual(Object.keys(from));
      expect({ ...entry, payload: entry.payload.toString() }).toEqual({ ...from, payload: from.payload.toString() });
    }
  });

  it('evicts what every active reader has passed, and keeps what no active reader has read', async () => {
    const { cache, ml } = await openCached();
    const [a, b] = [await ml.append(batch(1, 'a')), await ml.append(batch(1, 'b'))];
    const cached = () => [a, b].map((r) => cache.get(r.ledgerId, r.entryId)?.entry.payload.toString());
    expect(cached()).toEqual(['a', 'b']);

    const fast = {};
    const slow = {};
    ml.readerAt(fast, { ledgerId: b.ledgerId, entryId: b.entryId + 1 });
    expect(cached()).toEqual([undefined, undefined]);
    const c = await ml.append(batch(1, 'c'));
    const d = await ml.append(batch(1, 'd'));
    ml.readerAt(slow, { ledgerId: c.ledgerId, entryId: c.entryId });
    ml.readerAt(fast, { ledgerId: d.ledgerId, entryId: d.entryId + 1 });
    expect(cache.get(c.ledgerId, c.entryId)).toBeDefined();
    ml.readerAt(slow, { ledgerId: d.ledgerId, entryId: d.entryId });
    expect(cache.get(c.ledgerId, c.entryId)).toBeUndefined();
    expect(cache.get(d.ledgerId, d.entryId)).toBeDefined();
    ml.readerGone(slow);
    expect(cache.get(d.ledgerId, d.entryId)).toBeUndefined();
    ml.readerGone(fast);
    await ml.append(batch(1, 'e'));
    expect(cache.size).toBeGreaterThan(0);
  });

  it('reads ahead into the cache for an active reader catching up, and not for other reads', async () => {
    const { cache, ml } = await openCached();
    for (let i = 0; i < 20; i++) await ml.append(batch(1, `m${i}`));
    const first = ml.firstPosition;
    cache.clear();
    expect(await ml.read(first, 2)).toHaveLength(2);
    expect(cache.size).toBe(0);

    const reader = {};
    ml.readerAt(reader, first);
    const read = await ml.read(first, 2);
    ml.readerAt(reader, { ledgerId: first.ledgerId, entryId: 2 });
    await until(() => cache.get(first.ledgerId, 19) !== undefined);
    const rest = await ml.read({ ledgerId: first.ledgerId, entryId: 2 }, 100);
    expect([...read, ...rest].map((e) => e.entry.payload.toString())).toEqual(
      Array.from({ length: 20 }, (_, i) => `m${i}`),
    );
    expect(cache.get(first.ledgerId, 1)).toBeUndefined();
  });

  it('recovers a ledger left open by a writer that stopped, and continues its offsets', async () => {
    const first = await ManagedLedger.open(TOPIC, { ...options, rollover: { ...options.rollover, maxEntries: 100 } });
    await Promise.all([first.append(batch(5, 'a')), first.append(batch(5, 'b'))]);
    // No close: the ledger stays OPEN in metadata, as after a crash.
    const second = await ManagedLedger.open(TOPIC, options);
    expect(second.nextOffset).toBe(10);
    expect((await second.append(batch(1, 'c'))).baseOffset).toBe(10);
    const firstLedger = second.firstPosition;
    expect((await second.read(firstLedger, 10)).map((e) => e.entry.baseOffset)).toEqual([0, 5]);
    await second.close();
  });

  it('fails for good once its ledger was fenced by a new owner', async () => {
    const first = await ManagedLedger.open(TOPIC, { ...options, rollover: { ...options.rollover, maxEntries: 100 } });
    await first.append(batch(1, 'a'));
    const second = await ManagedLedger.open(TOPIC, options);
    await expect(first.append(batch(1, 'late'))).rejects.toMatchObject({ code: 'LEDGER_FENCED' });
    expect(first.failed?.code).toBe('LEDGER_FENCED');
    await expect(first.append(batch(1, 'later'))).rejects.toMatchObject({ code: 'LEDGER_FENCED' });
    expect((await second.append(batch(1, 'b'))).baseOffset).toBe(1);
    await second.close();
  });
});
