import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bookie } from './Bookie.js';
import type { AddEntryRequest } from './client/BookieClient.js';
import { parseBookieConfig } from './config.js';

let dir: string;
const open: Bookie[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brook-bookie-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.close()));
  await rm(dir, { recursive: true, force: true });
});

async function startBookie(overrides: Record<string, unknown> = {}): Promise<Bookie> {
  const config = parseBookieConfig({ journalDir: join(dir, 'journal'), ledgerDir: join(dir, 'ledgers'), ...overrides });
  const bookie = new Bookie({ config, registry: new Registry() });
  open.push(bookie);
  await bookie.start();
  return bookie;
}

const KEY = Buffer.from('master-key');

function entry(ledgerId: number, entryId: number, extra: Partial<AddEntryRequest> = {}): AddEntryRequest {
  const data = [Buffer.from(`ledger ${ledgerId} `), Buffer.from(`entry ${entryId}`)];
  return { ledgerId, entryId, masterKey: KEY, lac: entryId - 1, data, crc32c: crc32c(Buffer.concat(data)), ...extra };
}

const text = (data: Buffer) => data.toString();

describe('Bookie', () => {
  it('reads back entries from the write cache, and from entry logs + index after a restart', async () => {
    let bookie = await startBookie();
    await Promise.all(Array.from({ length: 10 }, (_, i) => bookie.addEntry(entry(1, i))));
    await bookie.addEntry(entry(2, 0));
    const cached = await bookie.read({ ledgerId: 1, firstEntryId: 0, lastEntryId: 9 });
    expect(cached.map((e) => text(e.data))).toEqual(Array.from({ length: 10 }, (_, i) => `ledger 1 entry ${i}`));
    await bookie.flush();
    await bookie.close();

    bookie = await startBookie();
    const stored = await bookie.read({ ledgerId: 1, firstEntryId: 3, lastEntryId: 20 });
    expect(stored.map((e) => e.entryId)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(text(stored[0]!.data)).toBe('ledger 1 entry 3');
    expect(stored[0]!.crc32c).toBe(entry(1, 3).crc32c);
    expect(await bookie.readLac(1)).toEqual({ lac: 8, lastEntryId: 9 });
  });

  it('reads a run across entry logs and the write cache in order, and stops at a gap in the logs', async () => {
    const bookie = await startBookie({ entryLogSizeLimit: 64 * 1024 });
    // Sizes around the 4 KiB a span reads past its last frame, so some frames need a read of their own.
    const big = (ledgerId: number, entryId: number) => {
      const data = [Buffer.alloc(1_000 + ((entryId * 2_531) % 9_000), entryId)];
      return { ...entry(ledgerId, entryId), data, crc32c: crc32c(data[0]!) };
    };
    for (let i = 0; i < 40; i++) await bookie.addEntry(big(6, i));
    await bookie.flush();
    for (let i = 40; i < 50; i++) await bookie.addEntry(big(6, i));
    const read = await bookie.read({ ledgerId: 6, firstEntryId: 0, lastEntryId: 49 });
    expect(read.map((e) => e.entryId)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    for (const e of read) expect(e.data.equals(big(6, e.entryId).data[0]!)).toBe(true);
    expect((await bookie.read({ ledgerId: 6, firstEntryId: 0, lastEntryId: 49, maxBytes: 10_000 })).length).toBe(2);

    for (const id of [0, 1, 2, 4]) await bookie.addEntry(big(7, id));
    await bookie.flush();
    expect((await bookie.read({ ledgerId: 7, firstEntryId: 0, lastEntryId: 9 })).map((e) => e.entryId)).toEqual([
      0, 1, 2,
    ]);
  });

  it('replays adds that were journaled but never flushed', async () => {
    let bookie = await startBookie({ flushIntervalMs: 3_600_000 });
    for (let i = 0; i < 5; i++) await bookie.addEntry(entry(3, i));
    await bookie.close();
    // close() flushes; start again without a checkpoint to force a full journal replay
    await rm(join(dir, 'ledgers'), { recursive: true });

    bookie = await startBookie();
    const entries = await bookie.read({ ledgerId: 3, firstEntryId: 0, lastEntryId: 4 });
    expect(entries.map((e) => text(e.data))).toEqual(Array.from({ length: 5 }, (_, i) => `ledger 3 entry ${i}`));
    expect(await bookie.readLac(3)).toEqual({ lac: 3, lastEntryId: 4 });
  });

  it('stops a read at maxBytes and at the first missing entry, and reports missing ledgers and entries', async () => {
    const bookie = await startBookie();
    for (const id of [0, 1, 2, 4]) await bookie.addEntry(entry(5, id));
    expect((await bookie.read({ ledgerId: 5, firstEntryId: 0, lastEntryId: 9 })).length).toBe(3);
    expect((await bookie.read({ ledgerId: 5, firstEntryId: 0, lastEntryId: 9, maxBytes: 20 })).length).toBe(1);
    await expect(bookie.read({ ledgerId: 5, firstEntryId: 3, lastEntryId: 3 })).rejects.toMatchObject({
      code: ErrorCode.EntryNotFound,
    });
    await expect(bookie.read({ ledgerId: 99, firstEntryId: 0, lastEntryId: 0 })).rejects.toMatchObject({
      code: ErrorCode.LedgerNotFound,
    });
    await expect(bookie.readLac(99)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
  });

  it('a fenced ledger rejects adds from the old writer, accepts recovery adds, and stays fenced after a restart', async () => {
    let bookie = await startBookie();
    await bookie.addEntry(entry(4, 0));
    await bookie.addEntry(entry(4, 1));
    expect(await bookie.fence(4, KEY)).toEqual({ lac: 0, lastEntryId: 1 });
    await expect(bookie.addEntry(entry(4, 2))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    await bookie.addEntry(entry(4, 2, { recovery: true }));
    await bookie.close();

    bookie = await startBookie();
    await expect(bookie.addEntry(entry(4, 3))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    expect(await bookie.readLac(4)).toEqual({ lac: 1, lastEntryId: 2 });
  });

  it('fencing an unknown ledger creates it fenced with the master key, durably', async () => {
    let bookie = await startBookie({ flushIntervalMs: 3_600_000 });
    expect(await bookie.fence(8, KEY)).toEqual({ lac: -1, lastEntryId: -1 });
    await bookie.close();
    await rm(join(dir, 'ledgers'), { recursive: true });
    bookie = await startBookie();
    await expect(bookie.addEntry(entry(8, 0))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    await expect(bookie.fence(8, Buffer.from('other'))).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
  });

  it('rejects an add whose master key differs from the ledger’s', async () => {
    const bookie = await startBookie();
    await bookie.addEntry(entry(6, 0));
    await expect(bookie.addEntry(entry(6, 1, { masterKey: Buffer.from('intruder') }))).rejects.toMatchObject({
      code: ErrorCode.Unauthorized,
    });
    expect(await bookie.readLac(6)).toEqual({ lac: -1, lastEntryId: 0 });
  });

  it('stores nothing for an add whose data does not match its CRC32C', async () => {
    const bookie = await startBookie();
    await expect(bookie.addEntry(entry(9, 0, { crc32c: 12345 }))).rejects.toMatchObject({
      code: ErrorCode.ChecksumMismatch,
    });
    await expect(bookie.readLac(9)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
  });

  it('rejects a read of an entry corrupted in its entry log with CHECKSUM_MISMATCH', async () => {
    let bookie = await startBookie();
    await bookie.addEntry(entry(10, 0));
    await bookie.close();
    const logs = join(dir, 'ledgers', 'entrylogs');
    const [log] = (await readdir(logs)).sort();
    const bytes = await readFile(join(logs, log!));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(join(logs, log!), bytes);

    bookie = await startBookie();
    await expect(bookie.read({ ledgerId: 10, firstEntryId: 0, lastEntryId: 0 })).rejects.toMatchObject({
      code: ErrorCode.ChecksumMismatch,
    });
  });

  it('deletes a ledger so that it is gone, also after a restart', async () => {
    let bookie = await startBookie();
    await bookie.addEntry(entry(11, 0));
    await bookie.addEntry(entry(12, 0));
    await bookie.deleteLedger(11);
    await expect(bookie.readLac(11)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
    await bookie.close();
    bookie = await startBookie();
    await expect(bookie.read({ ledgerId: 11, firstEntryId: 0, lastEntryId: 0 })).rejects.toMatchObject({
      code: ErrorCode.LedgerNotFound,
    });
    expect((await bookie.read({ ledgerId: 12, firstEntryId: 0, lastEntryId: 0 })).length).toBe(1);
  });

  it('flushes when the write cache passes its size limit', async () => {
    const bookie = await startBookie({ flushIntervalMs: 3_600_000, writeCacheMaxBytes: 64 * 1024 });
    const data = Buffer.alloc(8 * 1024, 1);
    for (let i = 0; i < 40; i++) {
      await bookie.addEntry({
        ledgerId: 13,
        entryId: i,
        masterKey: KEY,
        lac: i - 1,
        data: [data],
        crc32c: crc32c(data),
      });
    }
    const logs = join(dir, 'ledgers', 'entrylogs');
    const [log] = (await readdir(logs)).sort();
    expect((await readFile(join(logs, log!))).length).toBeGreaterThan(64 * 1024);
    expect((await bookie.read({ ledgerId: 13, firstEntryId: 0, lastEntryId: 39 })).length).toBe(40);
  });

  it('close is idempotent, safe before start finished, and later calls reject ALREADY_CLOSED', async () => {
    const config = parseBookieConfig({ journalDir: join(dir, 'j'), ledgerDir: join(dir, 'l') });
    const bookie = new Bookie({ config, registry: new Registry() });
    const started = bookie.start();
    await Promise.all([bookie.close(), bookie.close()]);
    await started;
    await expect(bookie.addEntry(entry(1, 0))).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
  });
});
