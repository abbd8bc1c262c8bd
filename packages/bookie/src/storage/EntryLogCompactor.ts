import { type Logger, pino } from 'pino';
import type { ScannedFrame } from './EntryLogger.js';
import type { LedgerStorage } from './LedgerStorage.js';

export interface EntryLogCompactorOptions {
  storage: LedgerStorage;
  /** A sealed log whose live bytes are below this fraction of its frames is compacted (0 = never, 1 = always). */
  threshold: number;
  logger?: Logger;
}

export interface CompactionResult {
  /** Sealed logs deleted: those with nothing live, and those compacted. */
  removedLogs: number;
  /** Net disk bytes given back: removed files minus the live bytes copied out of them. */
  reclaimedBytes: number;
  /** Live bytes copied into the current log. */
  compactedBytes: number;
}

/** Live entries are moved in steps of about this many bytes, each its own sync + index batch. */
const RELOCATE_STEP_BYTES = 4 * 1024 * 1024;

/**
 * Gives back the space of deleted ledgers in sealed entry logs (BookKeeper's entry-log compaction).
 * Rules:
 * - only sealed logs are touched, never the current one, and never the write cache;
 * - a frame is live while its ledger exists here and the index points at it; a log's live share is
 *   estimated from what it holds per ledger (scanned once per log and remembered: sealed logs
 *   never change) and which of those ledgers still exist;
 * - a log with nothing live is deleted; one below `threshold` has its live frames copied to the
 *   current log, synced, and the index pointed at the copies (synced) before the old file is
 *   deleted. A crash anywhere in between leaves an unreferenced copy or an unreferenced old log —
 *   garbage a later run removes — never an index entry pointing at a missing file.
 */
export class EntryLogCompactor {
  private readonly logger: Logger;
  /** Per sealed log: frame bytes by ledger id. */
  private readonly usage = new Map<number, Map<number, number>>();

  constructor(private readonly options: EntryLogCompactorOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
  }

  async run(signal?: AbortSignal): Promise<CompactionResult> {
    const { storage, threshold } = this.options;
    const result: CompactionResult = { removedLogs: 0, reclaimedBytes: 0, compactedBytes: 0 };
    const sealed = await storage.sealedLogs();
    for (const logId of this.usage.keys()) if (!sealed.includes(logId)) this.usage.delete(logId);
    for (const logId of sealed) {
      if (signal?.aborted) break;
      const byLedger = await this.measure(logId);
      let total = 0;
      let live = 0;
      for (const [ledgerId, bytes] of byLedger) {
        total += bytes;
        if (storage.ledger(ledgerId)) live += bytes;
      }
      if (live > 0 && live / total >= threshold) continue;
      const fileBytes = await storage.logBytes(logId);
      let copied = 0;
      if (live > 0) {
        const moved = await this.compact(logId, signal);
        if (moved === undefined) break;
        copied = moved;
      }
      await storage.removeLog(logId);
      this.usage.delete(logId);
      result.removedLogs++;
      result.compactedBytes += copied;
      result.reclaimedBytes += Math.max(0, fileBytes - copied);
      this.logger.info({ logId, fileBytes, liveBytes: live, copiedBytes: copied }, 'entry log removed');
    }
    return result;
  }

  /** Frame bytes per ledger of a sealed log, scanned on first use. */
  private async measure(logId: number): Promise<Map<number, number>> {
    let byLedger = this.usage.get(logId);
    if (!byLedger) {
      byLedger = new Map();
      for await (const frame of this.options.storage.scanLog(logId)) {
        byLedger.set(frame.ledgerId, (byLedger.get(frame.ledgerId) ?? 0) + frame.bytes);
      }
      this.usage.set(logId, byLedger);
    }
    return byLedger;
  }

  /** Copies the log's live frames to the current log; undefined if aborted before it finished. */
  private async compact(logId: number, signal?: AbortSignal): Promise<number | undefined> {
    const { storage } = this.options;
    let copied = 0;
    let step: ScannedFrame[] = [];
    let stepBytes = 0;
    for await (const frame of storage.scanLog(logId)) {
      if (!storage.ledger(frame.ledgerId)) continue;
      step.push(frame);
      stepBytes += frame.bytes;
      if (stepBytes < RELOCATE_STEP_BYTES) continue;
      if (signal?.aborted) return undefined;
      copied += (await storage.relocate(step)).bytes;
      step = [];
      stepBytes = 0;
    }
    if (signal?.aborted) return undefined;
    if (step.length > 0) copied += (await storage.relocate(step)).bytes;
    return copied;
  }
}
