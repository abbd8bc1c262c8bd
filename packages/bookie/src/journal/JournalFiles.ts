import { constants } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Journal files in one directory: `<fileId as 12 hex digits>.journal`, ids increasing. Each file
 * starts with an 8-byte header, `BRKJ` + u32 BE format version, written and synced (with the
 * directory) before any record, so a file without a whole header is empty.
 */
export const JOURNAL_FILE_HEADER = Buffer.from([0x42, 0x52, 0x4b, 0x4a, 0, 0, 0, 1]);
const SUFFIX = '.journal';

export function journalFileName(dir: string, fileId: number): string {
  return join(dir, `${fileId.toString(16).padStart(12, '0')}${SUFFIX}`);
}

/** Ids of the journal files in `dir`, ascending. */
export async function listJournalFiles(dir: string): Promise<number[]> {
  await mkdir(dir, { recursive: true });
  const ids: number[] = [];
  for (const name of await readdir(dir)) {
    if (!name.endsWith(SUFFIX)) continue;
    const id = Number.parseInt(name.slice(0, -SUFFIX.length), 16);
    if (Number.isSafeInteger(id)) ids.push(id);
  }
  return ids.sort((a, b) => a - b);
}

/**
 * Opened with O_DSYNC: every write returns only once its data (and the metadata needed to read it
 * back) is on stable storage — what a write followed by fdatasync guarantees, in one system call
 * and one trip through the thread pool instead of two.
 */
const JOURNAL_OPEN_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_DSYNC;

/**
 * Creates a journal file with its header, durable (file and directory entry) on return. Writes to
 * the returned handle are durable when they return (O_DSYNC).
 */
export async function createJournalFile(dir: string, fileId: number): Promise<FileHandle> {
  const handle = await open(journalFileName(dir, fileId), JOURNAL_OPEN_FLAGS);
  try {
    await handle.write(JOURNAL_FILE_HEADER, 0, JOURNAL_FILE_HEADER.length, 0);
    await handle.datasync();
    await syncDirectory(dir);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function deleteJournalFile(dir: string, fileId: number): Promise<void> {
  await removeGradually(journalFileName(dir, fileId));
}

/** Bytes one truncate step of removeGradually frees. */
export const REMOVE_STEP_BYTES = 16 * 1024 * 1024;

/**
 * Removes a file by truncating it from the end, REMOVE_STEP_BYTES at a time, then unlinking it.
 * Why: unlinking half a gigabyte at once frees all its blocks in one filesystem-journal commit, and
 * every O_DSYNC journal write on the same disk waits for that commit (300–400 ms measured here). In
 * steps, each commit is small and the journal's writes go in between.
 */
export async function removeGradually(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    for (let size = (await handle.stat()).size; size > 0; ) {
      size = Math.max(0, size - REMOVE_STEP_BYTES);
      await handle.truncate(size);
    }
  } finally {
    await handle.close();
  }
  await unlink(path);
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
