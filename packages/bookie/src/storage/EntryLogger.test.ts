import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32c } from '@node-rs/crc32';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryLogger, MAX_SPAN_BYTES, readSpans } from './EntryLogger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brook-entrylog-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An entry as the write cache holds it: a small header chunk and a payload of `size` bytes. */
function entry(entryId: number, size: number): Buffer[] {
  const header = Buffer.alloc(64, 0xee);
  header.writeUInt32BE(entryId, 0);
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i += 97) payload[i] = (entryId + i) % 256;
  return [header, payload];
}

describe('EntryLogger', () => {
  it('reads back small and large entries, written in place or copied, after a flush', async () => {
    const log = new EntryLogger({ dir, sizeLimit: 64 * 1024 * 1024 });
    await log.start();
    const sizes = [10, 100_000, 5, 16 * 1024, 16 * 1024 - 1, 300_000, 0, 1_000_000, 7];
    const appended = sizes.map((size, entryId) => {
      const data = entry(entryId, size);
      const bytes = Buffer.concat(data);
      return { entryId, bytes, location: log.append(9, entryId, data, bytes.length, crc32c(bytes)) };
    });
    await log.flush();
    for (const { entryId, bytes, location } of appended) {
      const read = await log.read(location);
      expect(read).toMatchObject({ ledgerId: 9, entryId, crc32c: crc32c(bytes) });
      expect(read.data.equals(bytes)).toBe(true);
    }
    await log.close();
  });

  it('keeps every entry readable across writes of many megabytes, in large and small write units, and log rolls', async () => {
    const log = new EntryLogger({ dir, sizeLimit: 3 * 1024 * 1024 });
    await log.start();
    const appended: Array<{ entryId: number; bytes: Buffer; location: number }> = [];
    for (let entryId = 0; entryId < 120; entryId++) {
      const data = entry(entryId, entryId % 3 === 0 ? 200_000 : 3_000);
      const bytes = Buffer.concat(data);
      appended.push({ entryId, bytes, location: log.append(4, entryId, data, bytes.length, crc32c(bytes)) });
      if (entryId === 60) {
        await log.flush();
        log.expectFlush(0); // the smallest write units from here on
      }
    }
    await log.flush();
    expect(log.currentLogId).toBeGreaterThan(2);
    for (const { entryId, bytes, location } of appended) {
      const read = await log.read(location);
      expect(read.entryId).toBe(entryId);
      expect(read.data.equals(bytes)).toBe(true);
    }
    const scanned = [];
    for (const logId of await log.sealedLogIds())
      for await (const frame of log.scan(logId)) scanned.push(frame.entryId);
    expect(scanned).toEqual(appended.map((a) => a.entryId).slice(0, scanned.length));
    await log.close();
  });

  it('fails a read of a log being removed instead of reopening it, and leaves no file behind', async () => {
    const log = new EntryLogger({ dir, sizeLimit: 1024 * 1024 });
    await log.start();
    const data = entry(0, 600_000);
    const bytes = Buffer.concat(data);
    const first = log.append(5, 0, data, bytes.length, crc32c(bytes));
    log.append(5, 1, data, bytes.length, crc32c(bytes)); // rolls: the first log is sealed
    await log.flush();
    const [sealed] = await log.sealedLogIds();
    expect((await log.read(first)).data.equals(bytes)).toBe(true);

    const removing = log.removeLog(sealed as number);
    await expect(log.read(first)).rejects.toThrow(/being removed/);
    await removing;
    await expect(log.read(first)).rejects.toThrow();
    expect(await log.sealedLogIds()).toEqual([]);
    await log.close();
  });

  it('splits locations into spans where the log changes, a location goes back, or a span grows too long', () => {
    const at = (logId: number, offset: number) => logId * 2 ** 32 + offset;
    expect(readSpans([at(1, 8), at(1, 100), at(2, 8), at(2, 50), at(2, 20), at(2, 20 + MAX_SPAN_BYTES + 1)])).toEqual([
      [at(1, 8), at(1, 100)],
      [at(2, 8), at(2, 50)],
      [at(2, 20)],
      [at(2, 20 + MAX_SPAN_BYTES + 1)],
    ]);
    expect(readSpans([])).toEqual([]);
  });
});
