import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrookError, ErrorCode } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBookieMetrics } from '../metrics.js';
import { Journal, type JournalOptions } from './Journal.js';
import { journalFileName } from './JournalFiles.js';
import type { AddRecord, JournalMark, JournalRecord } from './JournalRecord.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brook-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function journal(options: Partial<JournalOptions> = {}): Journal {
  return new Journal({ dir, maxGroupBytes: 1 << 20, maxQueuedBytes: 8 << 20, fileSizeLimit: 64 << 20, ...options });
}

function add(entryId: number, size = 100): AddRecord {
  const data = Buffer.alloc(size, entryId % 251);
  return {
    kind: 'add',
    ledgerId: 7,
    entryId,
    masterKey: Buffer.from('key'),
    lac: entryId - 1,
    data: [data],
    crc32c: crc32c(data),
  };
}

async function replayAll(from?: JournalMark): Promise<JournalRecord[]> {
  const records: JournalRecord[] = [];
  const j = journal();
  await j.replay(from, (record) => {
    records.push(record);
  });
  await j.close();
  return records;
}

describe('Journal', () => {
  it('commits concurrent appends in groups: far fewer fdatasyncs than appends, resolved in order', async () => {
    const metrics = createBookieMetrics(new Registry());
    const j = journal({ metrics });
    await j.start();
    const marks = await Promise.all(Array.from({ length: 2000 }, (_, i) => j.append(add(i, 1024))));
    await j.close();
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.offset).toBeGreaterThan(marks[i - 1]!.offset);
    const syncs = (await metrics.journalSyncs.get()).values[0]!.value;
    expect((await metrics.journalAppends.get()).values[0]!.value).toBe(2000);
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThan(2000 / 10);
  });

  it('replays every record after a restart, in order, and only those after a checkpoint', async () => {
    const j = journal();
    await j.start();
    const marks = await Promise.all([
      j.append(add(0)),
      j.append(add(1, 0)),
      j.append({ kind: 'fence', ledgerId: 7, masterKey: Buffer.from('key') }),
      j.append(add(2, 5000)),
    ]);
    await j.close();

    const records = await replayAll();
    expect(records.map((r) => r.kind)).toEqual(['add', 'add', 'fence', 'add']);
    const last = records[3] as AddRecord;
    expect(last).toMatchObject({ ledgerId: 7, entryId: 2, lac: 1, crc32c: add(2, 5000).crc32c });
    expect(Buffer.concat(last.data)).toEqual(Buffer.alloc(5000, 2));
    expect(records[2]).toEqual({ kind: 'fence', ledgerId: 7, masterKey: Buffer.from('key') });

    const after = await replayAll(marks[1]);
    expect(after.map((r) => r.kind)).toEqual(['fence', 'add']);
  });

  it('drops a torn tail record and truncates the file there', async () => {
    const j = journal();
    await j.start();
    const marks = await Promise.all([j.append(add(0)), j.append(add(1)), j.append(add(2))]);
    await j.close();
    const file = journalFileName(dir, marks[2]!.fileId);
    await truncate(file, marks[2]!.offset - 10);

    expect((await replayAll()).map((r) => (r as AddRecord).entryId)).toEqual([0, 1]);
    expect((await stat(file)).size).toBe(marks[1]!.offset);
  });

  it('treats a CRC mismatch in the final record as a torn tail', async () => {
    const j = journal();
    await j.start();
    const marks = await Promise.all([j.append(add(0)), j.append(add(1))]);
    await j.close();
    const file = journalFileName(dir, marks[1]!.fileId);
    await corruptByte(file, marks[1]!.offset - 50);

    expect((await replayAll()).map((r) => (r as AddRecord).entryId)).toEqual([0]);
    expect((await stat(file)).size).toBe(marks[0]!.offset);
  });

  it('rejects replay with CHECKSUM_MISMATCH when a record before the tail fails its CRC', async () => {
    const j = journal();
    await j.start();
    const marks = await Promise.all([j.append(add(0)), j.append(add(1))]);
    await j.close();
    await corruptByte(journalFileName(dir, marks[0]!.fileId), marks[0]!.offset - 50);

    const error = await replayAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrookError);
    expect((error as BrookError).code).toBe(ErrorCode.ChecksumMismatch);
  });

  it('rolls files at the size limit and deletes files wholly before a checkpoint', async () => {
    const j = journal({ fileSizeLimit: 4096, maxGroupBytes: 2048 });
    await j.start();
    const marks = await Promise.all(Array.from({ length: 20 }, (_, i) => j.append(add(i, 1000))));
    const fileIds = new Set(marks.map((m) => m.fileId));
    expect(fileIds.size).toBeGreaterThan(3);
    await j.checkpoint(marks[15]!);
    await j.close();
    const remaining = (await readdir(dir)).length;
    expect(remaining).toBeLessThan(fileIds.size);
    const replayed = await replayAll(marks[15]);
    expect(replayed.map((r) => (r as AddRecord).entryId)).toEqual([16, 17, 18, 19]);
  });

  it('makes appends wait for room past maxQueuedBytes, keeping groups within maxGroupBytes', async () => {
    const metrics = createBookieMetrics(new Registry());
    const j = journal({ maxQueuedBytes: 4096, maxGroupBytes: 2048, metrics });
    await j.start();
    const marks = await Promise.all(Array.from({ length: 50 }, (_, i) => j.append(add(i, 1000))));
    await j.close();
    expect(new Set(marks.map((m) => m.offset)).size).toBe(50);
    expect((await metrics.journalSyncs.get()).values[0]!.value).toBeGreaterThanOrEqual(25);
    expect((await replayAll()).length).toBe(50);
  });

  it('rejects appends after close', async () => {
    const j = journal();
    await j.start();
    await j.close();
    await expect(j.append(add(0))).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
  });
});

async function corruptByte(file: string, offset: number): Promise<void> {
  const bytes = await readFile(file);
  bytes[offset] = (bytes[offset]! ^ 0xff) & 0xff;
  await writeFile(file, bytes);
}
