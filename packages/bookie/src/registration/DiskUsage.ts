import { statfs } from 'node:fs/promises';
import type { BookieInfo } from './BookieInfo.js';

export type DiskUsage = BookieInfo['disk'];

/** Size and space available to this (unprivileged) process of the file system holding `dir`. */
export async function diskUsage(dir: string): Promise<DiskUsage> {
  const stats = await statfs(dir);
  return { totalBytes: stats.blocks * stats.bsize, freeBytes: stats.bavail * stats.bsize };
}
