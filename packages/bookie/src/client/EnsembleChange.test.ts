import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbeddedMetadataStore } from '../../../metadata/src/EmbeddedMetadataStore.js';
import { withReplacement } from './EnsembleChange.js';
import type { LedgerWriter } from './Ledger.js';
import { LedgerClient } from './LedgerClient.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import type { FakeBookie } from './testing/FakeBookie.js';
import { FakeBookiePool } from './testing/FakeBookiePool.js';

const text = (n: number) => `entry-${n}`;
const entry = (n: number) => [Buffer.from(text(n))];
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
/** Lets answered bookie requests run their callbacks. */
const callbacksRun = () => new Promise<void>((resolve) => setImmediate(resolve));
const down = (code: ErrorCode = ErrorCode.Unavailable) => new BrookError(code, 'bookie down');
const E3_QW2_QA2 = { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 };

/** A gate the test opens by hand. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('ensemble change', () => {
  let metadata: EmbeddedMetadataStore;
  let pool: FakeBookiePool;
  let client: LedgerClient;
  let logs: Record<string, unknown>[];

  async function setUp(bookieCount: number) {
    pool = new FakeBookiePool(bookieCount);
    logs = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    client = new LedgerClient({ metadata, bookies: pool, logger });
  }

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open({});
  });
  afterEach(async () => {
    await metadata.close();
  });

  /** Appends that record the order in which they complete. */
  function appender(writer: LedgerWriter) {
    const completed: number[] = [];
    const append = (n: number) =>
      writer.append(entry(n)).then((id) => {
        completed.push(id);
        return id;
      });
    return { completed, append };
  }

  async function bookiesOf(writer: LedgerWriter, fragment = 0): Promise<FakeBookie[]> {
    return pool.ensemble(await client.getMetadata(writer.ledgerId), fragment);
  }

  const spares = (used: readonly FakeBookie[]) => pool.bookies.filter((bookie) => !used.includes(bookie));
  const idsOf = (bookies: readonly (FakeBookie | undefined)[]) => bookies.map((bookie) => bookie?.id);
  const failHeld = (bookie: FakeBookie, error = down()) => {
    for (const held of bookie.held.splice(0)) held.fail(error);
  };

  it('replaces a bookie that fails mid-stream: pending and later adds complete in order, every entry reads back', async () => {
    await setUp(4);
    const writer = await client.create(E3_QW2_QA2);
    const [a, b, c] = await bookiesOf(writer);
    const [spare] = spares([a!, b!, c!]);
    const { completed, append } = appender(writer);
    for (const n of range(0, 2)) await append(n);

    b!.addMode = 'hold';
    const pending = range(3, 5).map(append);
    expect(b!.held.map((held) => held.request.entryId)).toEqual([3, 4]);
    await callbacksRun();
    // Entry 5 went to c and a and is acked, but waits for 3 and 4.
    expect(writer.lastAddConfirmed).toBe(2);
    b!.failure = down();
    failHeld(b!);
    const later = range(6, 8).map(append);

    await expect(Promise.all([...pending, ...later])).resolves.toEqual(range(3, 8));
    expect(completed).toEqual(range(0, 8));
    expect((await client.getMetadata(writer.ledgerId)).ensembles).toEqual([
      { firstEntryId: 0, bookies: idsOf([a, b, c]) },
      { firstEntryId: 3, bookies: idsOf([a, spare, c]) },
    ]);
    // The replacement got the pending adds of its index (3, 4) and the later ones (6, 7).
    expect(spare!.storedEntryIds(writer.ledgerId)).toEqual([3, 4, 6, 7]);
    expect(b!.storedEntryIds(writer.ledgerId)).toEqual([0, 1]);
    expect(logs.find((line) => line.msg === 'ensemble changed')).toMatchObject({
      ledgerId: writer.ledgerId,
      failedBookie: b!.id,
      replacement: spare!.id,
      firstEntryId: 3,
    });

    await writer.close();
    b!.failure = undefined;
    const reader = await client.open(writer.ledgerId, { recover: false });
    expect((await reader.read(0, 8)).map((e) => e.data.toString())).toEqual(range(0, 8).map(text));
    // Each entry comes from the fragment that covers it.
    expect(b!.reads.every((read) => read.lastEntryId <= 2)).toBe(true);
    expect(spare!.reads.length).toBeGreaterThan(0);
    expect(spare!.reads.every((read) => read.firstEntryId >= 3)).toBe(true);
  });

  it('an unconfirmed entry the failed bookie acked waits for the replacement’s ack: the new fragment holds it', async () => {
    await setUp(4);
    const writer = await client.create(E3_QW2_QA2);
    const [a, b, c] = await bookiesOf(writer);
    const [spare] = spares([a!, b!, c!]);
    for (const n of range(0, 2)) await writer.append(entry(n));
    a!.addMode = 'hold';
    spare!.addMode = 'hold';
    const pending = [writer.append(entry(3)), writer.append(entry(4))];
    await callbacksRun();
    // b acked 3 and 4, c acked 4: entry 4 has its quorum but waits for 3, held on a.
    b!.failure = down();
    pending.push(writer.append(entry(5)), writer.append(entry(6)));
    await callbacksRun();
    expect(spare!.held.map((held) => held.request.entryId)).toEqual([3, 4, 6]);

    a!.releaseAll();
    spare!.release(3);
    await expect(pending[0]).resolves.toBe(3);
    await callbacksRun();
    expect(writer.lastAddConfirmed).toBe(3);
    spare!.releaseAll();
    await expect(Promise.all(pending)).resolves.toEqual(range(3, 6));
    expect(spare!.storedEntryIds(writer.ledgerId)).toEqual([3, 4, 6]);
  });

  it.each([ErrorCode.Unavailable, ErrorCode.Timeout, ErrorCode.ChecksumMismatch, ErrorCode.Internal])(
    '%s from a bookie on an add replaces it',
    async (code) => {
      await setUp(4);
      const writer = await client.create(E3_QW2_QA2);
      const [, b] = await bookiesOf(writer);
      await writer.append(entry(0));
      b!.failure = down(code);
      await expect(writer.append(entry(1))).resolves.toBe(1);
      const { ensembles } = await client.getMetadata(writer.ledgerId);
      expect(ensembles.map((fragment) => fragment.firstEntryId)).toEqual([0, 1]);
      expect(ensembles[1]?.bookies).not.toContain(b!.id);
    },
  );

  it('two bookies failing at once are replaced one after the other, in one new fragment', async () => {
    await setUp(5);
    const writer = await client.create(E3_QW2_QA2);
    const [a, b, c] = await bookiesOf(writer);
    const { completed, append } = appender(writer);
    for (const n of range(0, 2)) await append(n);
    const placements = vi.spyOn(pool, 'writableBookies');
    const placement = gate();
    pool.placementGate = placement.promise;

    a!.addMode = 'hold';
    b!.addMode = 'hold';
    const pending = range(3, 5).map(append);
    failHeld(a!);
    failHeld(b!);
    await callbacksRun();
    expect(placements).toHaveBeenCalledTimes(1);
    placement.open();

    await expect(Promise.all(pending)).resolves.toEqual(range(3, 5));
    expect(placements).toHaveBeenCalledTimes(2);
    expect(completed).toEqual(range(0, 5));
    const { ensembles } = await client.getMetadata(writer.ledgerId);
    expect(ensembles).toHaveLength(2);
    expect(ensembles[1]?.firstEntryId).toBe(3);
    expect(ensembles[1]?.bookies[2]).toBe(c!.id);
    expect(new Set(ensembles[1]?.bookies.slice(0, 2))).toEqual(new Set(idsOf(spares([a!, b!, c!]))));
  });

  it('a later failure starts a third fragment and never brings back a bookie that failed before', async () => {
    await setUp(5);
    const writer = await client.create(E3_QW2_QA2);
    const [a, b, c] = await bookiesOf(writer);
    for (const n of range(0, 2)) await writer.append(entry(n));
    b!.failure = down();
    await writer.append(entry(3));
    const [, first] = await bookiesOf(writer, 1);
    const [second] = spares([a!, b!, c!, first!]);

    for (const n of range(4, 6)) await writer.append(entry(n));
    b!.failure = undefined; // back and writable, but it failed in this ledger
    c!.failure = down();
    for (const n of range(7, 9)) await writer.append(entry(n));

    expect((await client.getMetadata(writer.ledgerId)).ensembles).toEqual([
      { firstEntryId: 0, bookies: idsOf([a, b, c]) },
      { firstEntryId: 3, bookies: idsOf([a, first, c]) },
      { firstEntryId: 7, bookies: idsOf([a, first, second]) },
    ]);
    // Its last add was entry 3, the one it failed.
    expect(b!.adds.map((add) => add.entryId)).toEqual([0, 1, 3]);
    c!.failure = undefined;
    await writer.close();
    const reader = await client.open(writer.ledgerId, { recover: false });
    expect((await reader.read(0, 9)).map((e) => e.data.toString())).toEqual(range(0, 9).map(text));
  });

  it('with no bookie to take the place, NOT_ENOUGH_BOOKIES fails the writer and every pending add', async () => {
    await setUp(3);
    const writer = await client.create(E3_QW2_QA2);
    const [, b] = await bookiesOf(writer);
    await writer.append(entry(0));
    const placement = gate();
    pool.placementGate = placement.promise;
    b!.addMode = 'hold';
    const pending = [writer.append(entry(1)), writer.append(entry(2))];
    failHeld(b!);
    await callbacksRun();
    pending.push(writer.append(entry(3))); // held during the change
    placement.open();

    for (const add of pending) await expect(add).rejects.toMatchObject({ code: ErrorCode.NotEnoughBookies });
    await expect(writer.append(entry(4))).rejects.toMatchObject({ code: ErrorCode.NotEnoughBookies });
    expect(writer.lastAddConfirmed).toBe(0);
    expect((await client.getMetadata(writer.ledgerId)).ensembles).toHaveLength(1);
  });

  it('a ledger recovered by another client during the change fails the writer with LEDGER_FENCED', async () => {
    await setUp(4);
    const writer = await client.create(E3_QW2_QA2);
    const [, b] = await bookiesOf(writer);
    for (const n of range(0, 2)) await writer.append(entry(n));
    const placement = gate();
    pool.placementGate = placement.promise;
    b!.addMode = 'hold';
    const pending = writer.append(entry(3));
    failHeld(b!);
    await callbacksRun();
    b!.addMode = 'ack';

    const other = new LedgerClient({ metadata, bookies: pool });
    const reader = await other.open(writer.ledgerId, { recover: true });
    expect(reader.lastEntryId).toBe(3); // entry 3 reached a before the change: recovery keeps it
    placement.open();

    await expect(pending).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(writer.append(entry(4))).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(writer.close()).rejects.toBeInstanceOf(LedgerFencedError);
    expect(writer.lastAddConfirmed).toBe(2);
    expect(await client.getMetadata(writer.ledgerId)).toMatchObject({ state: 'CLOSED', lastEntryId: 3 });
    expect((await client.getMetadata(writer.ledgerId)).ensembles).toHaveLength(1);
  });

  it('close during a change waits for it and records the last entry and length', async () => {
    await setUp(4);
    const writer = await client.create(E3_QW2_QA2);
    const [, b] = await bookiesOf(writer);
    for (const n of range(0, 2)) await writer.append(entry(n));
    const placement = gate();
    pool.placementGate = placement.promise;
    b!.addMode = 'hold';
    const pending = [writer.append(entry(3)), writer.append(entry(4))];
    failHeld(b!);
    await callbacksRun();

    let closed = false;
    const closing = writer.close().then(() => {
      closed = true;
    });
    await callbacksRun();
    expect(closed).toBe(false);
    expect((await client.getMetadata(writer.ledgerId)).state).toBe('OPEN');
    placement.open();

    await closing;
    await expect(Promise.all(pending)).resolves.toEqual([3, 4]);
    const closedMetadata = await client.getMetadata(writer.ledgerId);
    expect(closedMetadata).toMatchObject({ state: 'CLOSED', lastEntryId: 4, length: 5 * text(0).length });
    expect(closedMetadata.ensembles.map((fragment) => fragment.firstEntryId)).toEqual([0, 3]);
  });

  it('recovery of a ledger written across an ensemble change recovers the new fragment’s tail', async () => {
    await setUp(4);
    const writer = await client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const [, b] = await bookiesOf(writer);
    for (const n of range(0, 1)) await writer.append(entry(n));
    b!.failure = down();
    for (const n of range(2, 3)) await writer.append(entry(n));
    // The writer crashes: entry 4 reaches two bookies of the new ensemble unacknowledged, entry 5 none.
    const [x, y, z] = await bookiesOf(writer, 1);
    x!.addMode = 'store-silently';
    y!.addMode = 'store-silently';
    z!.addMode = 'drop';
    writer.append(entry(4)).catch(() => undefined);
    for (const bookie of [x!, y!, z!]) bookie.addMode = 'drop';
    writer.append(entry(5)).catch(() => undefined);
    for (const bookie of [x!, y!, z!]) bookie.addMode = 'ack';

    const reader = await client.open(writer.ledgerId, { recover: true });
    expect(reader).toMatchObject({ closed: true, lastEntryId: 4 });
    expect(await client.getMetadata(writer.ledgerId)).toMatchObject({ length: 5 * text(0).length });
    expect([x, y, z].every((bookie) => bookie?.isFenced(writer.ledgerId))).toBe(true);
    expect((await reader.read(0, 4)).map((e) => e.data.toString())).toEqual(range(0, 4).map(text));
    await expect(writer.append(entry(6))).rejects.toBeInstanceOf(LedgerFencedError);
  });
});

describe('withReplacement', () => {
  const open: LedgerMetadata = {
    ledgerId: 7,
    ensembleSize: 3,
    writeQuorum: 2,
    ackQuorum: 2,
    state: 'OPEN',
    lastEntryId: -1,
    length: 0,
    ensembles: [
      { firstEntryId: 0, bookies: ['a', 'b', 'c'] },
      { firstEntryId: 5, bookies: ['a', 'd', 'c'] },
    ],
    masterKey: '00',
    createdAt: 0,
    properties: {},
  };

  it('appends a fragment from the first unconfirmed entry with the failed index swapped', () => {
    expect(withReplacement(open, { index: 0, bookieId: 'a', firstEntryId: 9 }, 'e').ensembles).toEqual([
      ...open.ensembles,
      { firstEntryId: 9, bookies: ['e', 'd', 'c'] },
    ]);
  });

  it('rewrites the last fragment instead of appending an empty one when it starts at the same entry', () => {
    expect(withReplacement(open, { index: 2, bookieId: 'c', firstEntryId: 5 }, 'e').ensembles).toEqual([
      { firstEntryId: 0, bookies: ['a', 'b', 'c'] },
      { firstEntryId: 5, bookies: ['a', 'd', 'e'] },
    ]);
  });

  it('refuses a ledger that is no longer OPEN, or whose ensemble changed under the writer', () => {
    const failure = { index: 1, bookieId: 'd', firstEntryId: 9 };
    expect(() => withReplacement({ ...open, state: 'IN_RECOVERY' }, failure, 'e')).toThrow(LedgerFencedError);
    expect(() => withReplacement(open, { ...failure, bookieId: 'b' }, 'e')).toThrow(LedgerFencedError);
  });
});
