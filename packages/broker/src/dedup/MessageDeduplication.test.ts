import { Writable } from 'node:stream';
import { BrookError, ErrorCode } from '@brook/protocol';
import { pino } from 'pino';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBrokerConfig } from '../config.js';
import { EntryCache } from '../ledger/EntryCache.js';
import type { AppendBatch } from '../ledger/ManagedLedger.js';
import { DefaultPolicySource } from '../namespace/Policies.js';
import { appendBatch, topicDependencies, useBookieTestbed } from '../testing/bookieTestbed.js';
import { Topic, type TopicDependencies } from '../topic/Topic.js';
import { DedupSnapshotStore } from './DedupSnapshotStore.js';

const TOPIC = 'public/default/dedup';

function batch(producerName: string, sequenceId: number, messageCount = 1): AppendBatch {
  return appendBatch(Buffer.from(`${producerName}:${sequenceId}`), { messageCount, sequenceId, producerName });
}

/** Log lines as objects, to see how many entries a recovery replayed. */
function capturingLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

describe('producer de-duplication on a real bookie', () => {
  const testbed = useBookieTestbed();
  let snapshots: DedupSnapshotStore;
  let deps: TopicDependencies;
  let logs: Record<string, unknown>[];

  beforeEach(() => {
    logs = [];
    snapshots = new DedupSnapshotStore(testbed.metadata);
    const config = parseBrokerConfig({ dedupSnapshotInterval: 3, ledgerMaxEntries: 4 });
    deps = topicDependencies(testbed, {
      config,
      policies: new DefaultPolicySource(config),
      entryCache: new EntryCache(0),
      dedupSnapshots: snapshots,
      logger: capturingLogger(logs),
    });
  });

  const replayedCounts = () => logs.filter((l) => l.msg === 'dedup recovered').map((l) => l.replayed);

  it('stores a batch resent with the same first sequence id once', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    const first = await topic.publish(batch('p', 0, 2));
    expect(first.duplicate).toBe(false);
    expect(await topic.publish(batch('p', 0, 2))).toEqual({ duplicate: true });
    expect(topic.ledger.nextOffset).toBe(2);
    expect(await topic.lastSequenceId('p')).toBe(1);
    await topic.close();
  });

  it('counts a batch overlapping the stored range as a duplicate, by its first sequence id', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    await topic.publish(batch('p', 0, 5));
    expect(await topic.publish(batch('p', 4, 3))).toEqual({ duplicate: true });
    expect((await topic.publish(batch('p', 5, 3))).duplicate).toBe(false);
    expect(topic.ledger.nextOffset).toBe(8);
    expect(await topic.lastSequenceId('p')).toBe(7);
    await topic.close();
  });

  it('keeps two producer names independent', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    await topic.publish(batch('a', 10));
    expect((await topic.publish(batch('b', 0))).duplicate).toBe(false);
    expect((await topic.publish(batch('b', 10))).duplicate).toBe(false);
    expect(await topic.publish(batch('a', 10))).toEqual({ duplicate: true });
    expect([await topic.lastSequenceId('a'), await topic.lastSequenceId('b'), await topic.lastSequenceId('c')]).toEqual(
      [10, 10, -1],
    );
    await topic.close();
  });

  it('reports a resend of an in-flight batch as a duplicate only after the original is stored', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    const original = topic.publish(batch('p', 0, 3));
    const resend = topic.publish(batch('p', 1, 3));
    const [o, r] = await Promise.all([original, resend]);
    expect(o.duplicate).toBe(false);
    expect(r).toEqual({ duplicate: true });
    expect(topic.ledger.nextOffset).toBe(3);
    await topic.close();
  });

  it('rebuilds the state after a takeover from the snapshot plus the entries written after it', async () => {
    const old = await Topic.load(TOPIC, -1, deps);
    for (let i = 0; i < 6; i++) await old.publish(batch(i % 2 === 0 ? 'a' : 'b', i * 10, 2));
    // Snapshots every 3 entries: the one after the 6th entry holds a: 40+1, b: 50+1.
    await vi.waitFor(async () => {
      expect((await snapshots.read(TOPIC))?.snapshot.producers).toEqual({ a: 41, b: 51 });
    });
    await old.publish(batch('a', 60, 2));
    // The old owner neither closes nor snapshots again: a crash. The new owner fences its ledger.
    const taken = await Topic.load(TOPIC, -1, deps);
    expect(replayedCounts().at(-1)).toBe(1);
    expect(await taken.lastSequenceId('a')).toBe(61);
    expect(await taken.lastSequenceId('b')).toBe(51);
    expect(await taken.publish(batch('a', 60, 2))).toEqual({ duplicate: true });
    expect(await taken.publish(batch('b', 50, 2))).toEqual({ duplicate: true });
    expect((await taken.publish(batch('b', 52, 2))).duplicate).toBe(false);
    expect(taken.ledger.nextOffset).toBe(16);
    // The load wrote a fresh snapshot at the end of the log, so a stale owner's write fails.
    expect((await snapshots.read(TOPIC))?.snapshot.producers).toEqual({ a: 61, b: 51 });
    await old.close().catch(() => {});
    await taken.close();
  });

  it('rebuilds the state after an unload and load from the snapshot written on close', async () => {
    const first = await Topic.load(TOPIC, -1, deps);
    for (let i = 0; i < 5; i++) await first.publish(batch('p', i));
    await first.close();
    expect((await snapshots.read(TOPIC))?.snapshot.producers).toEqual({ p: 4 });

    const second = await Topic.load(TOPIC, -1, deps);
    expect(replayedCounts().at(-1)).toBe(0);
    expect(await second.lastSequenceId('p')).toBe(4);
    expect(await second.publish(batch('p', 4))).toEqual({ duplicate: true });
    await second.close();
  });

  it('replays the whole log when there is no snapshot', async () => {
    const { dedupSnapshots: _, ...withoutSnapshots } = deps;
    const first = await Topic.load(TOPIC, -1, withoutSnapshots);
    for (let i = 0; i < 6; i++) await first.publish(batch('p', i));
    await first.close();
    expect(await snapshots.read(TOPIC)).toBeUndefined();

    const second = await Topic.load(TOPIC, -1, deps);
    expect(replayedCounts().at(-1)).toBe(6);
    expect(await second.lastSequenceId('p')).toBe(5);
    await second.close();
  });

  it('leaves no trace of a batch whose append failed', async () => {
    const old = await Topic.load(TOPIC, -1, deps);
    await old.publish(batch('p', 0));
    const taken = await Topic.load(TOPIC, -1, deps); // fences the old owner's ledger
    await expect(old.publish(batch('p', 1))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    expect(old.ledger.failed).toBeDefined();
    // The resend on the failed topic is refused, not taken for a duplicate.
    await expect(old.publish(batch('p', 1))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    await old.close().catch(() => {});
    await taken.close();

    const reloaded = await Topic.load(TOPIC, -1, deps);
    expect(await reloaded.lastSequenceId('p')).toBe(0);
    expect((await reloaded.publish(batch('p', 1))).duplicate).toBe(false);
    await reloaded.close();
  });

  it('waits before writing a snapshot again after a write failed, so a store that fails fast does not starve the event loop', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    let writes = 0;
    const write = vi.spyOn(snapshots, 'write').mockImplementation(() => {
      writes++;
      // Fails at once, as etcd does while its endpoint is skipped; a retry loop stops here rather than hang the test.
      return writes > 50
        ? new Promise(() => {})
        : Promise.reject(new BrookError(ErrorCode.Unavailable, 'etcd is down'));
    });
    for (let i = 0; i < 4; i++) await topic.publish(batch('p', i));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toBe(1);
    expect(logs.filter((l) => l.msg === 'dedup snapshot failed')).toHaveLength(1);
    write.mockRestore();
    await topic.close();
    expect((await snapshots.read(TOPIC))?.snapshot.producers).toEqual({ p: 3 });
  });

  it('deletes the snapshot with the topic', async () => {
    const topic = await Topic.load(TOPIC, -1, deps);
    for (let i = 0; i < 4; i++) await topic.publish(batch('p', i));
    await topic.delete();
    expect(await snapshots.read(TOPIC)).toBeUndefined();
  });
});
