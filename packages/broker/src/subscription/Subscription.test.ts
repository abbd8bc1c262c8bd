import { EmbeddedMetadataStore } from '@brook/metadata';
import { decodeEntry, encodeEntryHeader, type pb } from '@brook/protocol';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import type { Position } from '../ledger/Position.js';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import { Cursor } from './Cursor.js';
import { CursorStore } from './CursorStore.js';
import { ServerConsumer } from './ServerConsumer.js';
import { Subscription } from './Subscription.js';

const logger = pino({ level: 'silent' });

function entry(entryId: number): ReadEntry {
  const payload = Buffer.from(`e${entryId}`);
  const header = encodeEntryHeader({
    codec: 0,
    baseOffset: entryId,
    messageCount: 1,
    publishTime: 1,
    sequenceId: entryId,
    uncompressedSize: payload.length,
    payloadSize: payload.length,
    payloadCrc32c: 0,
    producerName: 'p',
  });
  const data = Buffer.concat([header, payload]);
  return { ledgerId: 1, entryId, entry: decodeEntry(data), size: data.length };
}

/** A two-entry log whose reads can be held, to interleave a consumer leaving with a read. */
class HeldLog {
  readonly entries = [entry(0), entry(1)];
  private held: (() => void) | undefined;
  hold = false;

  read = async (from: Position, max: number): Promise<ReadEntry[]> => {
    if (this.hold) await new Promise<void>((resolve) => (this.held = resolve));
    return this.entries.slice(from.entryId, from.entryId + max);
  };

  release(): void {
    this.hold = false;
    this.held?.();
  }

  get waiting(): boolean {
    return this.held !== undefined;
  }

  onAppend = () => () => {};
}

function consumer(id: number, received: number[]): ServerConsumer {
  return new ServerConsumer(
    id,
    `c${id}`,
    (entries: pb.IDeliveredEntry[]) => {
      for (const e of entries) received.push(e.baseOffset ?? -1);
      return true;
    },
    () => {},
  );
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the expected deliveries never happened');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('Subscription dispatch', () => {
  let store: EmbeddedMetadataStore;
  beforeEach(async () => {
    store = await EmbeddedMetadataStore.open();
  });
  afterEach(() => store.close());

  it('loses no redelivery when a consumer leaves while an entry for it is being read', async () => {
    const log = new HeldLog();
    const cursors = new CursorStore(store);
    const state = { markDelete: { ledgerId: 1, entryId: 0, offset: 0 }, ackedRanges: [] };
    const version = await cursors.write('t', 's', state, 0);
    const cursorOptions = {
      topic: 't',
      subscription: 's',
      store: cursors,
      persistIntervalMs: 60_000,
      maxPersistedAckRanges: 10,
      logger,
    };
    const subscription = new Subscription({
      name: 's',
      cursor: new Cursor(cursorOptions, state, version),
      ledger: log as unknown as ManagedLedger,
      maxUnackedMessages: 100,
      dispatchBatchEntries: 10,
      logger,
    });
    const gotA: number[] = [];
    const gotB: number[] = [];
    const gotC: number[] = [];
    const a = consumer(1, gotA);
    const b = consumer(2, gotB);
    subscription.addConsumer(a, 'Shared');
    subscription.addConsumer(b, 'Shared');
    subscription.flow(a, 1);
    subscription.flow(b, 1);
    await until(() => gotA.length + gotB.length === 2);

    // Entry 0 goes back for redelivery without its bytes; B is picked for it and the read is held.
    log.hold = true;
    const holderOfZero = gotA[0] === 0 ? a : b;
    const other = holderOfZero === a ? b : a;
    subscription.removeConsumer(holderOfZero);
    subscription.flow(other, 1);
    await until(() => log.waiting);
    // While the read is held, the picked consumer leaves too: both entries must come again.
    subscription.removeConsumer(other);
    const c = consumer(3, gotC);
    subscription.addConsumer(c, 'Shared');
    subscription.flow(c, 10);
    log.release();
    await until(() => gotC.length === 2);
    expect(gotC.sort()).toEqual([0, 1]);
    await subscription.close({ persist: false });
  });
});
