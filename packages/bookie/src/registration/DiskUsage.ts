import { readdir, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type { BookieInfo } from './BookieInfo.js';

export type DiskUsage = BookieInfo['disk'];

/** Size and space available to this (unprivileged) process of the file system holding `dir`. */
export async function diskUsage(dir: string): Promise<DiskUsage> {
  const stats = await statfs(dir);
  return { totalBytes: stats.blocks * stats.bsize, freeBytes: stats.bavail * stats.bsize };
}

/** Bytes of the regular files under `dir`, recursively (0 if it does not exist). */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(path);
    else if (entry.isFile()) total += (await stat(path).catch(() => undefined))?.size ?? 0;
  }
  return total;
}
