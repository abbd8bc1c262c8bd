import { ErrorCode } from '@brook/protocol';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBrokerConfig } from '../config.js';
import { EntryCache } from '../ledger/EntryCache.js';
import type { AppendBatch } from '../ledger/ManagedLedger.js';
import { ManagedLedgerMetadata } from '../ledger/ManagedLedgerMetadata.js';
import { defaultPolicies, type Policies, type PolicySource } from '../namespace/Policies.js';
import { CursorStore } from '../subscription/cursor/CursorStore.js';
import { appendBatch, topicDependencies, useBookieTestbed } from '../testing/bookieTestbed.js';
import { Topic } from './Topic.js';

const logger = pino({ level: 'silent' });
const config = parseBrokerConfig({ ledgerMaxEntries: 3, retentionCheckIntervalMs: 3_600_000 });

/** Policies a test changes as it goes; topics see each change (as from the namespace store). */
class TestPolicies implements PolicySource {
  current: Policies = { ...defaultPolicies(config), retention: { timeMinutes: -1, sizeMb: -1 } };
  private readonly listeners = new Set<(p: Policies) => void>();
  get(): Promise<Policies> {
    return Promise.resolve(this.current);
  }
  watch(_namespace: string, listener: (p: Policies) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(change: Partial<Policies>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }
}

/** A cursor store whose next write, once armed, waits until let go: a create or reset caught half-way. */
class HeldCursorStore extends CursorStore {
  private gate: { reached: () => void; released: Promise<void> } | undefined;

  /** Holds the next write; resolves once that write is reached, with the function that lets it go on. */
  holdNextWrite(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    return new Promise((reached) => {
      this.gate = { reached: () => reached(release), released };
    });
  }

  override async write(...args: Parameters<CursorStore['write']>): Promise<number> {
    const gate = this.gate;
    if (gate) {
      this.gate = undefined;
      gate.reached();
      await gate.released;
    }
    return super.write(...args);
  }
}

let sequence = 0;
function batch(bytes = 100): AppendBatch {
  return appendBatch(Buffer.alloc(bytes, 'x'), { sequenceId: sequence++ });
}

describe('TopicHousekeeping on a real bookie', () => {
  const testbed = useBookieTestbed();
  let policies: TestPolicies;
  const topics: Topic[] = [];

  const load = async (name: string, cursors?: CursorStore) => {
    const deps = topicDependencies(testbed, { config, entryCache: new EntryCache(1 << 20), policies, logger });
    const topic = await Topic.load(name, -1, cursors ? { ...deps, cursors } : deps);
    topics.push(topic);
    return topic;
  };

  const publish = async (topic: Topic, count: number, bytes = 100) => {
    for (let i = 0; i < count; i++) await topic.publish(batch(bytes));
  };

  /** The start of the ledger holding `offset`, as a point to acknowledge below. */
  const pointAt = (topic: Topic, offset: number) => {
    const ledger = topic.ledger.ledgers.find((l) => l.firstOffset === offset);
    if (!ledger) throw new Error(`no ledger starts at ${offset}`);
    return { ledgerId: ledger.ledgerId, entryId: 0, offset };
  };

  beforeEach(() => {
    policies = new TestPolicies();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(topics.splice(0).map((t) => t.close().catch(() => {})));
  });

  it('retention deletes consumed ledgers outside the policy, never the current one; Earliest starts at the new first entry', async () => {
    const topic = await load('public/default/retained');
    await publish(topic, 10); // ledgers [0,3) [3,6) [6,9) and the current one from 9
    const subscription = await topic.subscribe('s', 'Earliest');
    const listed = topic.ledger.ledgers.map((l) => l.ledgerId);
    expect(listed).toHaveLength(4);

    // Infinite retention keeps everything, even consumed.
    subscription.acknowledgeBelow(pointAt(topic, 6));
    await subscription.cursor.flush();
    expect((await topic.housekeeping.run()).trimmedLedgers).toEqual([]);

    // Retention 0: the two consumed ledgers go; the one the subscription is in stays.
    policies.set({ retention: { timeMinutes: 0, sizeMb: 0 } });
    expect((await topic.housekeeping.run()).trimmedLedgers).toEqual(listed.slice(0, 2));
    expect(topic.ledger.ledgers.map((l) => l.ledgerId)).toEqual(listed.slice(2));
    expect(topic.ledger.firstOffset).toBe(6);
    for (const ledgerId of listed.slice(0, 2)) {
      await expect(testbed.ledgers.getMetadata(ledgerId)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
    }
    const stored = await new ManagedLedgerMetadata(testbed.metadata).read(topic.name);
    expect(stored?.info.ledgers.map((l) => l.ledgerId)).toEqual(listed.slice(2));

    // A subscription created at Earliest now starts at the new first entry, and reads from a trimmed
    // position move on to the next ledger.
    const late = await topic.subscribe('late', 'Earliest');
    expect(late.cursor.markDeleteOffset).toBe(6);
    const read = await topic.ledger.read({ ledgerId: listed[0] as number, entryId: 0 }, 10);
    expect(read[0]?.entry.baseOffset).toBe(6);

    // Everything consumed by both: all closed ledgers go, the current one stays.
    const end = { ...topic.ledger.endPosition, offset: topic.ledger.nextOffset };
    subscription.acknowledgeBelow(end);
    late.acknowledgeBelow(end);
    await Promise.all([subscription.cursor.flush(), late.cursor.flush()]);
    expect((await topic.housekeeping.run()).trimmedLedgers).toEqual([listed[2]]);
    expect(topic.ledger.ledgers.map((l) => l.ledgerId)).toEqual([listed[3]]);
    await publish(topic, 1);
    expect(topic.ledger.nextOffset).toBe(11);
  });

  it('retention deletes nothing a subscription needs while it is skipped, reset or created (out of the map meanwhile)', async () => {
    const cursors = new HeldCursorStore(testbed.metadata);
    const topic = await load('public/default/moving', cursors);
    await publish(topic, 10); // ledgers [0,3) [3,6) [6,9) and the current one from 9
    await topic.subscribe('slow', 'Earliest');
    const listed = topic.ledger.ledgers.map((l) => l.ledgerId);
    policies.set({ retention: { timeMinutes: 0, sizeMb: 0 } });
    const trimmedWhile = async (move: () => Promise<unknown>) => {
      const reached = cursors.holdNextWrite();
      const moving = move();
      const release = await reached;
      const trimmed = (await topic.housekeeping.run()).trimmedLedgers;
      release();
      await moving;
      return trimmed;
    };

    // A skip in flight: 'slow' is out of the topic's map until its new cursor is written.
    const skipped = await trimmedWhile(async () => {
      const position = await topic.subscriptionControl.reset('slow', { kind: 'skip', count: 1 });
      expect(position.markDeleteOffset).toBe(1);
    });
    expect(skipped).toEqual([]);
    // A reset back to a point below the persisted mark-delete: both are kept while it is in flight.
    await topic.subscriptionControl.reset('slow', { kind: 'offset', offset: 6 });
    expect(await trimmedWhile(() => topic.subscriptionControl.reset('slow', { kind: 'offset', offset: 2 }))).toEqual(
      [],
    );
    expect(topic.subscriptions.get('slow')?.cursor.markDeleteOffset).toBe(2);

    // A first subscriber creating its subscription at Earliest, on a topic with no other one.
    await topic.subscriptionControl.delete('slow', true);
    expect(await trimmedWhile(() => topic.subscribe('fresh', 'Earliest'))).toEqual([]);
    expect(topic.subscriptions.get('fresh')?.cursor.markDeleteOffset).toBe(0);
    expect(topic.ledger.ledgers.map((l) => l.ledgerId)).toEqual(listed);
    for (const ledgerId of listed) await expect(testbed.ledgers.getMetadata(ledgerId)).resolves.toBeDefined();
    const [first] = await topic.ledger.read(topic.ledger.firstPosition, 1);
    expect(first?.entry.baseOffset).toBe(0);

    // Holds end with their operation: without subscriptions every closed ledger goes.
    await topic.subscriptionControl.delete('fresh', true);
    expect((await topic.housekeeping.run()).trimmedLedgers).toEqual(listed.slice(0, -1));
  });

  it('a topic without subscriptions counts as consumed; retention by size keeps the newest ledgers', async () => {
    const topic = await load('public/default/unsubscribed');
    await publish(topic, 12, 1000); // four closed ledgers of ~3 KB, then the current one
    policies.set({ retention: { timeMinutes: -1, sizeMb: 0 } });
    const listed = topic.ledger.ledgers.map((l) => l.ledgerId);
    expect((await topic.housekeeping.run()).trimmedLedgers).toEqual(listed.slice(0, -1));
    expect(topic.ledger.ledgers).toHaveLength(1);
  });

  it('message TTL acknowledges what a subscription left unacknowledged past the TTL, by publish time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const topic = await load('public/default/ttl');
    const subscription = await topic.subscribe('slow', 'Earliest');
    const caughtUp = await topic.subscribe('caught-up', 'Earliest');
    await publish(topic, 4);
    vi.setSystemTime(start + 10_000);
    await publish(topic, 2);
    caughtUp.acknowledgeBelow({ ...topic.ledger.endPosition, offset: 6 });

    expect((await topic.housekeeping.run()).expired.size).toBe(0); // TTL 0 = never
    policies.set({ messageTtlSeconds: 5 });
    const report = await topic.housekeeping.run();
    expect(report.expired).toEqual(new Map([['slow', 4]]));
    expect(subscription.cursor.markDeleteOffset).toBe(4);
    expect(subscription.cursor.backlog(topic.ledger.nextOffset)).toBe(2);
    expect(caughtUp.cursor.markDeleteOffset).toBe(6);

    // Later the rest expires too.
    vi.setSystemTime(start + 20_000);
    expect((await topic.housekeeping.run()).expired).toEqual(new Map([['slow', 2]]));
    expect(subscription.cursor.backlog(topic.ledger.nextOffset)).toBe(0);
  });

  it('consumer_backlog_eviction advances the slowest subscription until the backlog fits the quota', async () => {
    const topic = await load('public/default/evicted');
    const slow = await topic.subscribe('slow', 'Earliest');
    await publish(topic, 20, 1000);
    policies.set({ backlogQuota: { limitBytes: 8_000, limitTimeSeconds: -1, action: 'consumer_backlog_eviction' } });
    const report = await topic.housekeeping.run();
    expect(report.overQuota).toBe(false);
    expect(report.evicted.get('slow')).toBeGreaterThan(0);
    const left = slow.cursor.backlog(topic.ledger.nextOffset);
    // ~1.1 KB per stored entry: at most 8 KB of backlog is left, and not much less.
    expect(left).toBeGreaterThanOrEqual(5);
    expect(left).toBeLessThanOrEqual(7);
    expect(topic.housekeeping.gate.blocking).toBe(false);
  });

  it('producer_exception refuses publishes while over quota and lets them through once acknowledged', async () => {
    const topic = await load('public/default/refused');
    const subscription = await topic.subscribe('s', 'Earliest');
    await publish(topic, 5, 1000);
    policies.set({ backlogQuota: { limitBytes: 2_000, limitTimeSeconds: -1, action: 'producer_exception' } });
    expect((await topic.housekeeping.run()).overQuota).toBe(true);
    await expect(topic.publish(batch())).rejects.toMatchObject({ code: ErrorCode.ProducerBlockedQuotaExceeded });
    expect(topic.ledger.nextOffset).toBe(5);

    subscription.acknowledgeBelow({ ...topic.ledger.endPosition, offset: 5 });
    await topic.housekeeping.checkQuota();
    await expect(topic.publish(batch())).resolves.toMatchObject({ duplicate: false });
  });

  it('producer_request_hold holds publishes until the backlog is acknowledged, then appends them in order', async () => {
    const topic = await load('public/default/held');
    const subscription = await topic.subscribe('s', 'Earliest');
    await publish(topic, 5, 1000);
    policies.set({ backlogQuota: { limitBytes: -1, limitTimeSeconds: 0, action: 'producer_request_hold' } });
    expect((await topic.housekeeping.run()).overQuota).toBe(true);
    const held = [topic.publish(batch(), { holdMs: 10_000 }), topic.publish(batch(), { holdMs: 10_000 })];
    expect(topic.housekeeping.gate.heldCount).toBe(2);
    expect(topic.ledger.nextOffset).toBe(5);
    subscription.acknowledgeBelow({ ...topic.ledger.endPosition, offset: 5 });
    // No periodic check needed: held publishes make the gate measure again within ~200 ms.
    const outcomes = await Promise.all(held);
    expect(outcomes.map((o) => (o.duplicate ? -1 : o.result.baseOffset))).toEqual([5, 6]);
  });
});
