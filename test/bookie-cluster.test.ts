import {
  BOOKIES_PREFIX,
  bookieKey,
  decodeBookieInfo,
  GrpcBookieClient,
  LedgerClient,
  RegistryBookiePool,
} from '@brook/bookie';
import { EtcdMetadataStore } from '@brook/metadata';
import { ErrorCode } from '@brook/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookieProcess } from './harness/BookieProcess.js';
import { eventually } from './harness/collect.js';
import { EtcdProcess } from './harness/EtcdProcess.js';

/**
 * Four `brook bookie` processes registered in a real etcd, and a ledger client in the test process
 * that finds them through the registry. Four, not three: with E = 3 an ensemble change needs a
 * bookie outside the ensemble to replace the killed one.
 */
const TTL_MS = 2_000;
const ENTRIES = 2_000;
const FRAME_BYTES = 8; // the ledger client's per-entry length header
const quorums = { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 };
const payload = (i: number) => Buffer.from(`entry-${i}-${'x'.repeat(200)}`);
const sorted = (ids: string[]) => [...ids].sort();

describe('brook bookie processes registered in etcd', () => {
  let etcd: EtcdProcess;
  let bookies: BookieProcess[] = [];
  let metadata: EtcdMetadataStore;
  let pool: RegistryBookiePool;
  let ledgers: LedgerClient;
  const byAddress = (address: string) => bookies.find((bookie) => bookie.address === address)!;

  // Shared by the tests below, which run in order.
  let ledgerId = -1;
  let victim: BookieProcess;
  let killedAt = 0;
  let firstFragmentEnd = 0;
  let victimIndex = -1;

  beforeAll(async () => {
    etcd = await EtcdProcess.start();
    const metadataUrl = `etcd://127.0.0.1:${etcd.clientPort}`;
    const config = { registration: { ttlMs: TTL_MS, diskCheckIntervalMs: 500, minFreeDiskBytes: 0 } };
    bookies = await Promise.all(Array.from({ length: 4 }, () => BookieProcess.start({ metadataUrl, config })));
    metadata = await EtcdMetadataStore.connect({ endpoints: [etcd.endpoint] });
    pool = new RegistryBookiePool({ metadata, clientOptions: { timeoutMs: 5_000 } });
    await pool.start();
    ledgers = new LedgerClient({ metadata, bookies: pool });
  });

  afterAll(async () => {
    await pool?.close();
    await metadata?.close();
    await Promise.all(bookies.map((bookie) => bookie.close()));
    await etcd?.close();
  });

  it('every bookie registers under /brook/bookies/ and the pool lists it writable', async () => {
    const addresses = bookies.map((bookie) => bookie.address);
    const listed = await metadata.list(BOOKIES_PREFIX);
    expect(sorted(listed.map((kv) => kv.key))).toEqual(sorted(addresses.map(bookieKey)));
    for (const kv of listed) {
      const info = decodeBookieInfo(kv.value);
      expect(info).toMatchObject({ address: info?.id, state: 'writable' });
      expect(info?.disk.totalBytes).toBeGreaterThan(0);
      expect(info?.disk.freeBytes).toBeGreaterThan(0);
    }
    expect(sorted(await pool.writableBookies())).toEqual(sorted(addresses));
    const ready = await fetch(`${bookies[0]!.httpUrl}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${bookies[0]!.httpUrl}/metrics`)).text();
    expect(metrics).toContain('brook_bookie_adds_total');
  });

  it('a writer (E=3, Qw=2, Qa=2) keeps appending through a SIGKILLed bookie, and a fresh reader reads every entry in order', async () => {
    const writer = await ledgers.create(quorums);
    ledgerId = writer.ledgerId;
    const created = await ledgers.getMetadata(ledgerId);
    victimIndex = 0;
    victim = byAddress(created.ensembles[0]!.bookies[victimIndex]!);

    const startedAt = Date.now();
    const completedAt: number[] = [];
    const inflight = new Set<Promise<void>>();
    let killed: Promise<number | null> | undefined;
    for (let i = 0; i < ENTRIES; i++) {
      if (i === ENTRIES / 2) {
        killedAt = Date.now();
        killed = victim.kill('SIGKILL');
      }
      const add = writer.append([payload(i)]).then((entryId) => {
        expect(entryId).toBe(i);
        completedAt[i] = Date.now();
      });
      inflight.add(add);
      void add.finally(() => inflight.delete(add)).catch(() => undefined);
      if (inflight.size >= 64) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await killed;
    await writer.close();

    const writtenAt = Date.now();
    const afterKill = completedAt.filter((at) => at >= killedAt);
    const pause = Math.max(...afterKill.slice(1).map((at, i) => at - afterKill[i]!));
    console.log(
      `bookie-cluster: ${ENTRIES} appends in ${writtenAt - startedAt} ms; longest pause between completions after the kill ${pause} ms`,
    );

    const { ensembles, state, lastEntryId } = await ledgers.getMetadata(ledgerId);
    expect(state).toBe('CLOSED');
    expect(lastEntryId).toBe(ENTRIES - 1);
    expect(ensembles.length).toBeGreaterThanOrEqual(2);
    expect(ensembles.at(-1)!.bookies).not.toContain(victim.address);
    firstFragmentEnd = ensembles[1]!.firstEntryId;

    const readFrom = Date.now();
    const reader = await ledgers.open(ledgerId, { recover: false });
    expect(reader.lastEntryId).toBe(ENTRIES - 1);
    for (let first = 0; first < ENTRIES; first += 500) {
      const entries = await reader.read(first, first + 499);
      entries.forEach((entry, i) => {
        expect(entry.entryId).toBe(first + i);
        expect(entry.data.equals(payload(first + i))).toBe(true);
      });
    }
    console.log(`bookie-cluster: fresh reader read ${ENTRIES} entries in ${Date.now() - readFrom} ms`);
  });

  it("the killed bookie's registration disappears after its session TTL", async () => {
    await eventually(async () => (await metadata.get(bookieKey(victim.address))) === undefined, 10_000);
    const goneAfter = Date.now() - killedAt;
    console.log(`bookie-cluster: kill → registration gone ${goneAfter} ms (TTL ${TTL_MS} ms)`);
    expect(goneAfter).toBeLessThan(TTL_MS * 2 + 2_000);
    await eventually(async () => !(await pool.writableBookies()).includes(victim.address), 5_000);
  });

  it('a restarted bookie registers again and serves the entries it stored before the kill', async () => {
    const restartedAt = Date.now();
    await victim.restart();
    await eventually(async () => (await pool.writableBookies()).includes(victim.address), 10_000);
    console.log(`bookie-cluster: restart → registered and listed ${Date.now() - restartedAt} ms`);

    // Its own subchannel: grpc-js would share the pool's, which may still be backing off from the kill.
    const direct = new GrpcBookieClient({
      address: victim.address,
      channelOptions: { 'grpc.use_local_subchannel_pool': 1 },
    });
    try {
      const held: number[] = [];
      for (let entryId = 0; entryId < firstFragmentEnd; entryId++) {
        if ((victimIndex - (entryId % 3) + 3) % 3 < quorums.writeQuorum) held.push(entryId);
      }
      expect(held.length).toBeGreaterThan(0);
      for (let i = 0; i < held.length; i += 100) {
        const batch = held.slice(i, i + 100);
        const read = await Promise.all(
          batch.map((entryId) => direct.read({ ledgerId, firstEntryId: entryId, lastEntryId: entryId })),
        );
        read.forEach(([entry], j) => {
          expect(entry?.entryId).toBe(batch[j]);
          expect(entry?.data.subarray(FRAME_BYTES).equals(payload(batch[j]!))).toBe(true);
        });
      }
    } finally {
      await direct.close();
    }
  });

  it("a second client's recovery fences the ledger across processes: the first writer's next append fails with LEDGER_FENCED", async () => {
    const writer = await ledgers.create(quorums);
    for (let i = 0; i < 10; i++) await writer.append([payload(i)]);

    const otherMetadata = await EtcdMetadataStore.connect({ endpoints: [etcd.endpoint] });
    const otherPool = new RegistryBookiePool({ metadata: otherMetadata });
    try {
      const other = new LedgerClient({ metadata: otherMetadata, bookies: otherPool });
      const recovered = await other.open(writer.ledgerId, { recover: true });
      expect(recovered.closed).toBe(true);
      expect(recovered.lastEntryId).toBe(9);
      await expect(writer.append([payload(10)])).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    } finally {
      await otherPool.close();
      await otherMetadata.close();
    }
  });

  it('SIGTERM closes a bookie cleanly: it exits 0 and its registration goes at once', async () => {
    const leaving = bookies.find((bookie) => bookie !== victim)!;
    const stoppedAt = Date.now();
    expect(await leaving.kill('SIGTERM')).toBe(0);
    expect(await metadata.get(bookieKey(leaving.address))).toBeUndefined();
    console.log(`bookie-cluster: SIGTERM → exited and unregistered ${Date.now() - stoppedAt} ms`);
  });
});
