import type { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { Position } from '../ledger/Position.js';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import {
  openCursor,
  openSubscription,
  START,
  testEntry,
  until,
  useCursorTestbed,
} from '../testing/subscriptionTestbed.js';
import type { CursorState } from './cursor/CursorStore.js';
import { ServerConsumer } from './ServerConsumer.js';
import type { Subscription, SubscriptionType } from './Subscription.js';

const TOPIC = 'public/default/orders';

/** A one-message entry at offset entryId, delayed until deliverAt (0 = not delayed). */
const entry = (entryId: number, deliverAt = 0): ReadEntry => testEntry({ entryId, deliverAt });

class Log {
  constructor(readonly entries: ReadEntry[]) {}
  read = async (from: Position, max: number): Promise<ReadEntry[]> =>
    this.entries.slice(from.entryId, from.entryId + max);
  onAppend = () => () => {};
  readerAt = () => {};
  readerGone = () => {};
}

interface Received {
  offset: number;
  redeliveryCount: number;
  at: number;
}

function consumer(id: number, received: Received[]): ServerConsumer {
  return new ServerConsumer(
    id,
    `c${id}`,
    (entries: pb.IDeliveredEntry[]) => {
      for (const e of entries) {
        received.push({ offset: e.baseOffset ?? -1, redeliveryCount: e.redeliveryCount ?? 0, at: Date.now() });
      }
      return true;
    },
    () => {},
  );
}

const idOf = (offset: number): pb.IMessageIdData => ({ ledgerId: 1, entryId: offset, batchIndex: 0, offset });

describe('redelivery and delayed delivery in a subscription', () => {
  const testbed = useCursorTestbed();
  const cursorOptions = { topic: TOPIC, maxPersistedAckRanges: 3 };

  function subscription(log: Log, state = START, version?: number): Promise<Subscription> {
    const dispatch = { maxUnackedMessages: 100, dispatchBatchEntries: 10, maxDelayedDeliveryEntries: 2 };
    return openSubscription(testbed.cursors, log, { ...cursorOptions, ...dispatch, state, version });
  }

  async function stored(): Promise<{ state: CursorState; version: number }> {
    const cursor = (await testbed.cursors.list(TOPIC)).get('s');
    if (!cursor) throw new Error('cursor not persisted');
    return cursor;
  }

  it('Redeliver takes back only the named entries the consumer holds, each with its count one higher', async () => {
    const sub = await subscription(new Log([entry(0), entry(1), entry(2)]));
    const gotA: Received[] = [];
    const gotB: Received[] = [];
    const a = consumer(1, gotA);
    const b = consumer(2, gotB);
    sub.addConsumer(a, 'Shared');
    sub.addConsumer(b, 'Shared');
    sub.flow(a, 3);
    await until(() => gotA.length === 3);
    expect(sub.unackedMessages).toBe(3);

    // B holds nothing: its Redeliver changes nothing. Unknown offsets are ignored.
    sub.redeliver(b, [idOf(1), idOf(99)]);
    expect(sub.unackedMessages).toBe(3);

    sub.redeliver(a, [idOf(2), idOf(0)]);
    expect(sub.unackedMessages).toBe(1);
    expect(a.unacked).toBe(1);
    sub.flow(b, 10);
    await until(() => gotB.length === 2);
    // Redelivered in offset order, ahead of anything newer.
    expect(gotB.map((r) => [r.offset, r.redeliveryCount])).toEqual([
      [0, 1],
      [2, 1],
    ]);

    // No ids: everything the consumer holds.
    sub.flow(a, 10);
    sub.redeliver(b, []);
    await until(() => gotA.length + gotB.length === 7);
    const again = [...gotA.slice(3), ...gotB.slice(2)].sort((x, y) => x.offset - y.offset);
    expect(again.map((r) => [r.offset, r.redeliveryCount])).toEqual([
      [0, 2],
      [2, 2],
    ]);
    await sub.close({ persist: false });
  });

  it('acks offset ranges of the entries the consumer holds, as one id per message would', async () => {
    const batch = (entryId: number) => testEntry({ entryId, baseOffset: entryId * 10, messageCount: 10 });
    const sub = await subscription(new Log([batch(0), batch(1), batch(2)]));
    const gotA: Received[] = [];
    const gotB: Received[] = [];
    const a = consumer(1, gotA);
    const b = consumer(2, gotB);
    sub.addConsumer(a, 'Shared');
    sub.addConsumer(b, 'Shared');
    sub.flow(a, 20);
    await until(() => gotA.length === 2);
    sub.flow(b, 10);
    await until(() => gotB.length === 1);
    expect(sub.unackedMessages).toBe(30);
    // A: entry 0 whole, entry 1 but for 15. A range of B's entry, or past an entry's end, acks nothing more.
    sub.ackRanges(a, [
      { baseOffset: 0, from: 0, to: 10 },
      { baseOffset: 10, from: 10, to: 15 },
      { baseOffset: 10, from: 16, to: 99 },
      { baseOffset: 20, from: 20, to: 30 },
    ]);
    expect(sub.unackedMessages).toBe(11);
    expect(a.unacked).toBe(1);
    sub.ackRanges(b, [{ baseOffset: 20, from: 20, to: 30 }]);
    sub.ackRanges(a, [{ baseOffset: 10, from: 15, to: 16 }]);
    expect(sub.unackedMessages).toBe(0);
    await sub.close();
    expect((await stored()).state.markDelete.offset).toBe(30);
  });

  it('persists redelivery counts with the cursor and restores them when the entries are read again', async () => {
    const log = new Log([entry(0), entry(1), entry(2), entry(3), entry(4), entry(5)]);
    const sub = await subscription(log);
    const got: Received[] = [];
    const a = consumer(1, got);
    sub.addConsumer(a, 'Shared');
    sub.flow(a, 100);
    await until(() => got.length === 6);
    sub.redeliver(a, [idOf(1), idOf(2), idOf(3), idOf(4)]);
    await until(() => got.length === 10);
    sub.redeliver(a, [idOf(2)]);
    await until(() => got.length === 11);
    sub.ack(a, [idOf(0), idOf(3)], false);
    await sub.close();

    // Bounded by maxPersistedAckRanges (3): the lowest offsets are kept.
    const { state, version } = await stored();
    expect(state.markDelete.offset).toBe(1);
    expect(state.redeliveryCounts).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
    ]);

    const again = await subscription(log, state, version);
    const after: Received[] = [];
    const b = consumer(2, after);
    again.addConsumer(b, 'Shared');
    again.flow(b, 100);
    await until(() => after.length === 4);
    expect(after.map((r) => [r.offset, r.redeliveryCount])).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
      [5, 0],
    ]);
    await again.close({ persist: false });
  });

  it('loads a cursor written without redelivery counts, and writes none while nothing was redelivered', async () => {
    const old = JSON.parse(JSON.stringify(START)) as CursorState;
    expect('redeliveryCounts' in old).toBe(false);
    const version = await testbed.cursors.write(TOPIC, 's', old, 0);
    const cursor = openCursor(testbed.cursors, cursorOptions, old, version);
    const [first] = cursor.admit([entry(0), entry(1)]);
    expect(first?.redeliveryCount).toBe(0);
    if (first) cursor.ack(first, 0);
    await cursor.close();
    const { state } = await stored();
    expect(state).toEqual({ markDelete: { ledgerId: 1, entryId: 1, offset: 1 }, ackedRanges: [] });
  });

  it('holds delayed entries on Shared until due while newer entries flow past, and bounds what it holds', async () => {
    const now = Date.now();
    const log = new Log([entry(0, now + 300), entry(1), entry(2, now + 150), entry(3, now + 150), entry(4)]);
    const sub = await subscription(log);
    const got: Received[] = [];
    const a = consumer(1, got);
    sub.addConsumer(a, 'Shared');
    sub.flow(a, 100);
    // Holding two (the bound) it stops reading: entry 4 waits until something is due.
    await until(() => got.length === 1);
    expect(got.map((r) => r.offset)).toEqual([1]);
    expect(sub.unackedMessages).toBe(1);
    await until(() => got.length === 5);
    expect(got.map((r) => r.offset)).toEqual([1, 2, 3, 4, 0]);
    for (const r of got) {
      const due = r.offset === 0 ? now + 300 : r.offset === 2 || r.offset === 3 ? now + 150 : 0;
      expect(r.at).toBeGreaterThanOrEqual(due);
    }
    await sub.close({ persist: false });
  });

  it.each(['Exclusive'] as SubscriptionType[])('%s delivers delayed entries at once, in order', async (type) => {
    const log = new Log([entry(0, Date.now() + 60_000), entry(1)]);
    const sub = await subscription(log);
    const got: Received[] = [];
    const a = consumer(1, got);
    sub.addConsumer(a, type);
    sub.flow(a, 100);
    await until(() => got.length === 2);
    expect(got.map((r) => r.offset)).toEqual([0, 1]);
    await sub.close({ persist: false });
  });
});
