import { EmbeddedMetadataStore } from '@brook/metadata';
import type { pb } from '@brook/protocol';
import type { Position } from '../../ledger/Position.js';
import type { ReadEntry } from '../../ledger/ReadEntry.js';
import { openSubscription, testEntry } from '../../testing/subscriptionTestbed.js';
import { CursorStore } from '../cursor/CursorStore.js';
import { ServerConsumer } from '../ServerConsumer.js';
import type { Subscription, SubscriptionType } from '../Subscription.js';

/** An in-memory topic log of one ledger: entry i has offsets from the sum of the counts before it. */
export class MemoryLog {
  readonly entries: ReadEntry[] = [];
  private nextOffset = 0;
  private readonly listeners = new Set<() => void>();

  /** Appends one entry of `count` messages whose batch shares `key` (undefined: no key). */
  append(key: string | undefined, count = 1): ReadEntry {
    const entry = testEntry({ entryId: this.entries.length, baseOffset: this.nextOffset, messageCount: count, key });
    this.entries.push(entry);
    this.nextOffset += count;
    for (const listener of this.listeners) listener();
    return entry;
  }

  read = async (from: Position, max: number): Promise<ReadEntry[]> =>
    this.entries.slice(from.entryId, from.entryId + max);

  onAppend = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readerAt = (): void => {};
  readerGone = (): void => {};
}

/** One delivery a TestConsumer received. */
export interface Received {
  readonly offset: number;
  readonly count: number;
  readonly redeliveryCount: number;
}

/** A consumer that records what it receives and the active/inactive notices it gets. */
export class TestConsumer {
  readonly received: Received[] = [];
  readonly notices: boolean[] = [];
  readonly server: ServerConsumer;
  onReceive: (received: Received) => void = () => {};

  constructor(id: number, name: string, priorityLevel = 0) {
    this.server = new ServerConsumer(
      id,
      name,
      (entries: pb.IDeliveredEntry[]) => {
        for (const e of entries) {
          const received = {
            offset: Number(e.baseOffset ?? -1),
            count: e.messageCount ?? 0,
            redeliveryCount: e.redeliveryCount ?? 0,
          };
          this.received.push(received);
          this.onReceive(received);
        }
        return true;
      },
      () => {},
      { priorityLevel, onActiveChange: (active) => this.notices.push(active) },
    );
  }

  get offsets(): number[] {
    return this.received.map((r) => r.offset);
  }
}

export interface DispatchTestbed {
  readonly log: MemoryLog;
  readonly subscription: Subscription;
  consumer(name: string, options?: { priorityLevel?: number; permits?: number }): TestConsumer;
  leave(consumer: TestConsumer): void;
  flow(consumer: TestConsumer, permits: number): void;
  /** Acknowledges every message of the entries at these base offsets. */
  ack(consumer: TestConsumer, offsets: readonly number[]): void;
  /** Lets dispatch run until it has nothing more to do. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A Subscription of `type` over a MemoryLog, starting at offset 0, with a cursor in an embedded store. */
export async function dispatchTestbed(
  type: SubscriptionType,
  options: { partition?: number; maxUnackedMessages?: number; dispatchBatchEntries?: number } = {},
): Promise<DispatchTestbed> {
  const store = await EmbeddedMetadataStore.open();
  const log = new MemoryLog();
  const subscription = await openSubscription(new CursorStore(store), log, {
    topic: 't',
    maxPersistedAckRanges: 1000,
    maxUnackedMessages: options.maxUnackedMessages ?? 10_000,
    dispatchBatchEntries: options.dispatchBatchEntries ?? 10,
    partition: options.partition ?? -1,
  });
  let nextId = 0;
  return {
    log,
    subscription,
    consumer(name, { priorityLevel = 0, permits = 0 } = {}) {
      const consumer = new TestConsumer(++nextId, name, priorityLevel);
      subscription.addConsumer(consumer.server, type);
      if (permits > 0) subscription.flow(consumer.server, permits);
      return consumer;
    },
    leave: (consumer) => subscription.removeConsumer(consumer.server),
    flow: (consumer, permits) => subscription.flow(consumer.server, permits),
    ack(consumer, offsets) {
      const ids: pb.IMessageIdData[] = [];
      for (const offset of offsets) {
        const entry = log.entries.find((e) => e.entry.baseOffset === offset);
        for (let i = 0; i < (entry?.entry.messageCount ?? 1); i++) ids.push({ offset: offset + i, batchIndex: i });
      }
      subscription.ack(consumer.server, ids, false);
    },
    settle: () => settle(() => log.entries.length + subscription.unackedMessages),
    async close() {
      await subscription.close({ persist: false });
      await store.close();
    },
  };
}

/**
 * Runs the event loop until dispatch is idle: no scheduled or running pass, seen over several
 * turns of the loop (dispatch is scheduled with setImmediate and reads complete as promises).
 */
async function settle(progress: () => number): Promise<void> {
  let quiet = 0;
  let last = progress();
  for (let turns = 0; quiet < 5; turns++) {
    if (turns > 10_000) throw new Error('dispatch never settled');
    await new Promise((resolve) => setImmediate(resolve));
    const now = progress();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
