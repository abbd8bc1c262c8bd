import { EmbeddedMetadataStore } from '@brook/metadata';
import { decodeEntry, encodeEntryHeader } from '@brook/protocol';
import { pino } from 'pino';
import { afterEach, beforeEach } from 'vitest';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import { Cursor } from '../subscription/cursor/Cursor.js';
import { type CursorState, CursorStore } from '../subscription/cursor/CursorStore.js';
import { Subscription, type SubscriptionLog, type SubscriptionOptions } from '../subscription/Subscription.js';

const logger = pino({ level: 'silent' });

/**
 * A stored entry as a managed ledger reads it: `messageCount` messages from `baseOffset` (the entry
 * id unless given), published at 1 by producer 'p', with an optional shared key and delivery time.
 */
export function testEntry(entry: {
  entryId: number;
  ledgerId?: number;
  baseOffset?: number;
  messageCount?: number;
  key?: string | undefined;
  deliverAt?: number;
  payload?: string;
}): ReadEntry {
  const { entryId, ledgerId = 1, baseOffset = entryId, messageCount = 1 } = entry;
  const payload = Buffer.from(entry.payload ?? `e${entryId}`);
  const header = encodeEntryHeader({
    codec: 0,
    baseOffset,
    messageCount,
    publishTime: 1,
    sequenceId: baseOffset,
    uncompressedSize: payload.length,
    payloadSize: payload.length,
    payloadCrc32c: 0,
    producerName: 'p',
    key: entry.key,
    deliverAt: entry.deliverAt ?? 0,
  });
  const data = Buffer.concat([header, payload]);
  return { ledgerId, entryId, entry: decodeEntry(data), size: data.length };
}

/** A cursor store on a memory-only metadata store. */
export interface CursorTestbed {
  readonly store: EmbeddedMetadataStore;
  readonly cursors: CursorStore;
}

/** Registers hooks that give each test of the enclosing describe a fresh CursorTestbed, closed after it. */
export function useCursorTestbed(): CursorTestbed {
  let current: CursorTestbed | undefined;
  beforeEach(async () => {
    const store = await EmbeddedMetadataStore.open();
    current = { store, cursors: new CursorStore(store) };
  });
  afterEach(async () => {
    await current?.store.close();
    current = undefined;
  });
  const now = (): CursorTestbed => {
    if (!current) throw new Error('the cursor testbed is only there inside a test');
    return current;
  };
  return {
    get store() {
      return now().store;
    },
    get cursors() {
      return now().cursors;
    },
  };
}

/** Where a test cursor is: subscription `subscription` of `topic`, persisted only on close or flush. */
export interface TestCursorOptions {
  topic: string;
  subscription?: string;
  maxPersistedAckRanges: number;
}

/** A cursor at `state`, which the store holds at `version`. */
export function openCursor(
  cursors: CursorStore,
  options: TestCursorOptions,
  state: CursorState,
  version: number,
): Cursor {
  const { topic, subscription = 's', maxPersistedAckRanges } = options;
  return new Cursor(
    { topic, subscription, store: cursors, persistIntervalMs: 60_000, maxPersistedAckRanges, logger },
    state,
    version,
  );
}

/** The start of ledger 1: a cursor that has acknowledged nothing. */
export const START: CursorState = { markDelete: { ledgerId: 1, entryId: 0, offset: 0 }, ackedRanges: [] };

/**
 * A subscription over `log`. Its cursor is at `state` (START by default), written to the store
 * first unless `version` says the store already holds it.
 */
export async function openSubscription(
  cursors: CursorStore,
  log: SubscriptionLog,
  options: TestCursorOptions & { state?: CursorState; version?: number | undefined } & Omit<
      SubscriptionOptions,
      'name' | 'cursor' | 'ledger' | 'logger'
    >,
): Promise<Subscription> {
  const { topic, subscription = 's', maxPersistedAckRanges, state = START, version, ...dispatch } = options;
  const stored = version ?? (await cursors.write(topic, subscription, state, 0));
  const cursor = openCursor(cursors, { topic, subscription, maxPersistedAckRanges }, state, stored);
  return new Subscription({ ...dispatch, name: subscription, cursor, ledger: log, logger });
}

/** Resolves once `condition` holds, checking every millisecond; fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the expected deliveries never happened');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
