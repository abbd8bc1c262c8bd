import { BrookError, ErrorCode } from '@brook/protocol';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { ReadEntry } from '../../ledger/ReadEntry.js';
import { openCursor, testEntry, useCursorTestbed } from '../../testing/subscriptionTestbed.js';
import { Cursor } from './Cursor.js';
import type { CursorState, CursorStore } from './CursorStore.js';

const TOPIC = 'public/default/orders';
const logger = pino({ level: 'silent' });

/** Entries of `count` messages each, from (ledger 7, entry 0) and offset 0. */
function entries(...counts: number[]): ReadEntry[] {
  let offset = 0;
  return counts.map((messageCount, entryId) => {
    const entry = testEntry({ ledgerId: 7, entryId, baseOffset: offset, messageCount, payload: `batch-${entryId}` });
    offset += messageCount;
    return entry;
  });
}

describe('Cursor', () => {
  const testbed = useCursorTestbed();

  async function newCursor(state: CursorState): Promise<Cursor> {
    const version = await testbed.cursors.write(TOPIC, 'audit', state, 0);
    return open(state, version);
  }

  function open(state: CursorState, version: number): Cursor {
    return openCursor(
      testbed.cursors,
      { topic: TOPIC, subscription: 'audit', maxPersistedAckRanges: 100 },
      state,
      version,
    );
  }

  async function reload(): Promise<Cursor> {
    const stored = (await testbed.cursors.list(TOPIC)).get('audit');
    if (!stored) throw new Error('cursor not persisted');
    return open(stored.state, stored.version);
  }

  const start: CursorState = { markDelete: { ledgerId: 7, entryId: 0, offset: 0 }, ackedRanges: [] };

  it('persists ack holes and, after a reload, redelivers exactly the unacknowledged messages', async () => {
    const cursor = await newCursor(start);
    const admitted = cursor.admit(entries(3, 3, 3));
    expect(admitted.map((e) => e.baseOffset)).toEqual([0, 3, 6]);
    const [first, second, third] = admitted;
    if (!first || !second || !third) throw new Error('expected three entries');
    for (const i of [0, 1, 2]) cursor.ack(first, i);
    cursor.ack(second, 1);
    cursor.ack(third, 0);
    cursor.ack(third, 2);
    expect(cursor.markDeleteOffset).toBe(3);
    await cursor.close();

    const reloaded = await reload();
    expect(reloaded.persistedMarkDeleteOffset).toBe(3);
    expect(reloaded.position).toEqual({ ledgerId: 7, entryId: 1 });
    const redelivered = reloaded.admit(entries(3, 3, 3).slice(1));
    expect(redelivered.map((e) => [e.baseOffset, [...e.acked].sort()])).toEqual([
      [3, [1]],
      [6, [0, 2]],
    ]);
    expect(reloaded.backlog(9)).toBe(3);
  });

  it('skips entries acknowledged in full before the reload', async () => {
    const cursor = await newCursor(start);
    const [first, second, third] = cursor.admit(entries(2, 2, 2));
    if (!first || !second || !third) throw new Error('expected three entries');
    cursor.ack(first, 0);
    cursor.ack(second, 0);
    cursor.ack(second, 1);
    await cursor.close();

    const reloaded = await reload();
    const redelivered = reloaded.admit(entries(2, 2, 2));
    expect(redelivered.map((e) => e.baseOffset)).toEqual([0, 4]);
    expect([...(redelivered[0]?.acked ?? [])]).toEqual([0]);
  });

  it('moves the mark-delete point to the read position once everything is acknowledged', async () => {
    const cursor = await newCursor(start);
    for (const entry of cursor.admit(entries(2, 1))) for (let i = 0; i < entry.count; i++) cursor.ack(entry, i);
    expect(cursor.markDeleteOffset).toBe(3);
    await cursor.close();
    const reloaded = await reload();
    expect(reloaded.position).toEqual({ ledgerId: 7, entryId: 2 });
    expect(reloaded.backlog(3)).toBe(0);
  });

  it('ignores a repeated or out-of-range acknowledgement', async () => {
    const cursor = await newCursor(start);
    const [entry] = cursor.admit(entries(2));
    if (!entry) throw new Error('expected an entry');
    expect(cursor.ack(entry, 0)).toBe(true);
    expect(cursor.ack(entry, 0)).toBe(false);
    expect(cursor.ack(entry, 5)).toBe(false);
    expect(cursor.backlog(2)).toBe(1);
  });

  it('retries a failed persist on its own, without waiting for another ack', async () => {
    let failures = 1;
    const flaky = Object.create(testbed.cursors) as CursorStore;
    flaky.write = (...args) => {
      if (failures-- > 0) return Promise.reject(new BrookError(ErrorCode.Unavailable, 'metadata store unreachable'));
      return testbed.cursors.write(...args);
    };
    const version = await testbed.cursors.write(TOPIC, 'audit', start, 0);
    const options = {
      topic: TOPIC,
      subscription: 'audit',
      store: flaky,
      persistIntervalMs: 10,
      maxPersistedAckRanges: 100,
      logger,
    };
    const cursor = new Cursor(options, start, version);
    const [entry] = cursor.admit(entries(1));
    if (!entry) throw new Error('expected an entry');
    cursor.ack(entry, 0);
    const deadline = Date.now() + 5_000;
    while ((await testbed.cursors.list(TOPIC)).get('audit')?.state.markDelete.offset !== 1) {
      if (Date.now() > deadline) throw new Error('the cursor was never persisted');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(failures).toBe(-1);
    await cursor.close({ persist: false });
  });

  it('persists at most maxPersistedAckRanges ranges', async () => {
    const cursor = await newCursor(start);
    const admitted = cursor.admit(entries(...Array.from({ length: 300 }, () => 1)));
    admitted.forEach((entry, i) => {
      if (i % 2 === 1) cursor.ack(entry, 0);
    });
    await cursor.close();
    const stored = (await testbed.cursors.list(TOPIC)).get('audit');
    expect(stored?.state.ackedRanges).toHaveLength(100);
    expect(stored?.state.markDelete.offset).toBe(0);
  });

  it("a new owner's takeover makes the previous owner's late write fail, not the new owner's writes", async () => {
    const old = await newCursor(start);
    const [first, second] = old.admit(entries(1, 1));
    old.ack(first!, 0);
    // The new owner takes the topic over while the old one still holds an unpersisted ack.
    const taken = (await testbed.cursors.takeOver(TOPIC)).get('audit')!;
    const owner = open(taken.state, taken.version);
    old.ack(second!, 0);
    await expect(old.flush()).rejects.toMatchObject({ code: 'TOPIC_BUSY' });
    const [again] = owner.admit(entries(1, 1));
    owner.ack(again!, 0);
    await owner.flush();
    expect((await testbed.cursors.list(TOPIC)).get('audit')?.state.markDelete.offset).toBe(1);
  });
});
