import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '@brook/protocol';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedMetadataStore } from '../../../metadata/src/EmbeddedMetadataStore.js';
import { Bookie } from '../Bookie.js';
import { LedgerClient } from '../client/LedgerClient.js';
import { LocalBookieClient } from '../client/LocalBookieClient.js';
import { StaticBookiePool } from '../client/StaticBookiePool.js';
import { parseBookieConfig } from '../config.js';

/** Entries of ~2 KB in logs of at most 64 KB: about 30 entries per log. */
const ENTRY_BYTES = 2000;
const LOG_LIMIT = 64 * 1024;
const ONE = { ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 };

const payload = (ledger: number, entry: number) => Buffer.alloc(ENTRY_BYTES, `${ledger}:${entry};`);

describe('bookie garbage collection and entry-log compaction', () => {
  let dir: string;
  let metadata: EmbeddedMetadataStore;
  let bookie: Bookie;
  let registry: Registry;

  const startBookie = async (overrides: Record<string, unknown> = {}) => {
    const config = parseBookieConfig({
      journalDir: join(dir, 'journal'),
      ledgerDir: join(dir, 'ledgers'),
      entryLogSizeLimit: LOG_LIMIT,
      flushIntervalMs: 3_600_000,
      gcIntervalMs: 0,
      ...overrides,
    });
    registry = new Registry();
    bookie = new Bookie({ config, registry, metadata });
    await bookie.start();
    return new LedgerClient({ metadata, bookies: new StaticBookiePool([new LocalBookieClient(bookie)]) });
  };

  /** Writes `entries` entries to each new ledger, interleaved one ledger at a time per flush. */
  const writeLedgers = async (client: LedgerClient, count: number, entries: number) => {
    const writers = await Promise.all(Array.from({ length: count }, () => client.create(ONE)));
    for (let e = 0; e < entries; e++) {
      await Promise.all(writers.map((w) => w.append([payload(w.ledgerId, e)])));
      // Flush every few rounds so that each entry log holds entries of every ledger.
      if (e % 4 === 3) await bookie.flush();
    }
    await Promise.all(writers.map((w) => w.close()));
    await bookie.flush();
    return writers.map((w) => w.ledgerId);
  };

  const readAll = async (client: LedgerClient, ledgerId: number, entries: number) => {
    const reader = await client.open(ledgerId, { recover: false });
    const read = await reader.read(0, entries - 1);
    expect(read.length).toBe(entries);
    expect(read.every((e, i) => e.data.equals(payload(ledgerId, i)))).toBe(true);
  };

  const logFiles = async () => (await readdir(join(dir, 'ledgers', 'entrylogs'))).filter((f) => f.endsWith('.log'));

  const metric = async (name: string) => {
    const found = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
    return found?.values[0]?.value ?? 0;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'brook-gc-'));
    metadata = await EmbeddedMetadataStore.open({ path: join(dir, 'metadata') });
  });

  afterEach(async () => {
    await bookie?.close();
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('deletes ledgers whose metadata is gone, compacts sparse logs, and live entries read back, also after a restart', async () => {
    let client = await startBookie();
    const ledgers = await writeLedgers(client, 4, 60);
    const [keep, ...drop] = ledgers as [number, ...number[]];
    const before = await bookie.entryLogBytes();
    const logsBefore = await logFiles();
    expect(logsBefore.length).toBeGreaterThan(5);

    for (const ledgerId of drop) await client.delete(ledgerId);
    const result = await bookie.gc();

    expect(result.deletedLedgers).toEqual(drop);
    expect(result.removedLogs).toBeGreaterThan(0);
    expect(result.compactedBytes).toBeGreaterThan(0);
    const after = await bookie.entryLogBytes();
    // Three of four ledgers went: the logs shrink to roughly a quarter (plus the current log).
    expect(after).toBeLessThan(before * 0.5);
    expect(result.reclaimedBytes).toBeGreaterThan(before * 0.5);
    expect(await metric('brook_bookie_gc_runs_total')).toBe(1);
    expect(await metric('brook_bookie_gc_deleted_ledgers_total')).toBe(3);
    expect(await metric('brook_bookie_gc_compacted_bytes_total')).toBe(result.compactedBytes);
    expect(await metric('brook_bookie_entry_log_bytes')).toBe(after);

    await readAll(client, keep, 60);
    for (const ledgerId of drop) {
      await expect(bookie.read({ ledgerId, firstEntryId: 0, lastEntryId: 0 })).rejects.toMatchObject({
        code: ErrorCode.LedgerNotFound,
      });
    }

    await bookie.close();
    client = await startBookie();
    await readAll(client, keep, 60);
    for (const ledgerId of drop) {
      await expect(bookie.read({ ledgerId, firstEntryId: 0, lastEntryId: 0 })).rejects.toMatchObject({
        code: ErrorCode.LedgerNotFound,
      });
    }
    // Nothing more to do: a second run changes nothing but the (new) empty pre-restart log.
    const again = await bookie.gc();
    expect(again.deletedLedgers).toEqual([]);
    expect(again.compactedBytes).toBe(0);
  });

  it('leaves logs that are mostly live alone, and removes a log once nothing in it lives', async () => {
    const client = await startBookie({ compactionThreshold: 0.2 });
    const ledgers = await writeLedgers(client, 2, 40);
    const before = await bookie.entryLogBytes();
    await client.delete(ledgers[1] as number);

    // Half of each log is live, above the 0.2 threshold: nothing is compacted.
    const half = await bookie.gc();
    expect(half.deletedLedgers).toEqual([ledgers[1]]);
    expect(half.compactedBytes).toBe(0);
    expect(await bookie.entryLogBytes()).toBeGreaterThanOrEqual(before);
    await readAll(client, ledgers[0] as number, 40);

    await client.delete(ledgers[0] as number);
    const none = await bookie.gc();
    expect(none.deletedLedgers).toEqual([ledgers[0]]);
    expect(none.compactedBytes).toBe(0);
    expect(none.removedLogs).toBeGreaterThan(0);
    // Only the current log (the one entries still go to) is left.
    expect(await logFiles()).toHaveLength(1);
  });

  it('never touches the current log or entries still in the write cache', async () => {
    const client = await startBookie();
    const [cached] = await writeLedgers(client, 1, 10);
    const writer = await client.create(ONE);
    for (let e = 0; e < 5; e++) await writer.append([payload(writer.ledgerId, e)]);
    await client.delete(cached as number);
    const result = await bookie.gc();
    expect(result.deletedLedgers).toEqual([cached]);
    // The open ledger's entries sit in the write cache, unflushed: they still read back.
    const read = await bookie.read({ ledgerId: writer.ledgerId, firstEntryId: 0, lastEntryId: 4 });
    expect(read.map((e) => e.entryId)).toEqual([0, 1, 2, 3, 4]);
    await bookie.flush();
    expect((await bookie.read({ ledgerId: writer.ledgerId, firstEntryId: 4, lastEntryId: 4 }))[0]?.entryId).toBe(4);
  });

  it('deletes nothing when the metadata store never created a ledger (a bookie pointed at the wrong store)', async () => {
    const client = await startBookie();
    const [ledgerId] = await writeLedgers(client, 1, 5);
    const empty = await EmbeddedMetadataStore.open({});
    await bookie.close();
    const config = parseBookieConfig({
      journalDir: join(dir, 'journal'),
      ledgerDir: join(dir, 'ledgers'),
      gcIntervalMs: 0,
    });
    bookie = new Bookie({ config, registry: new Registry(), metadata: empty });
    await bookie.start();
    const result = await bookie.gc();
    expect(result.deletedLedgers).toEqual([]);
    expect(await bookie.read({ ledgerId: ledgerId as number, firstEntryId: 0, lastEntryId: 4 })).toHaveLength(5);
    await empty.close();
  });
});
