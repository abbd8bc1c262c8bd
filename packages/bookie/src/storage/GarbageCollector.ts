import type { MetadataStore } from '@brook/metadata';
import { type Logger, pino } from 'pino';
import { LEDGERS_PREFIX } from '../client/LedgerMetadataStore.js';
import type { BookieMetrics } from '../metrics.js';
import { type CompactionResult, EntryLogCompactor } from './EntryLogCompactor.js';
import type { LedgerStorage } from './LedgerStorage.js';

export interface GarbageCollectorOptions {
  storage: LedgerStorage;
  /** Where ledger metadata lives (`/brook/ledgers/<id>`): a ledger without it was deleted. */
  metadata: Pick<MetadataStore, 'get'>;
  /** Flushes storage and checkpoints the journal, so a restart does not replay deleted ledgers back. */
  checkpoint: () => Promise<void>;
  /** Time between runs; 0 = only when asked (`run()`). */
  intervalMs: number;
  compactionThreshold: number;
  logger?: Logger;
  metrics?: Pick<
    BookieMetrics,
    'gcRuns' | 'gcDeletedLedgers' | 'gcReclaimedBytes' | 'gcCompactedBytes' | 'entryLogBytes'
  >;
}

export interface GarbageCollectionResult extends CompactionResult {
  deletedLedgers: number[];
}

/** Metadata lookups in flight at once while checking which ledgers still exist. */
const LOOKUP_CONCURRENCY = 16;

/**
 * Reclaims the space of deleted ledgers (BookKeeper's GarbageCollectorThread). Each run:
 * 1. takes the ids of the ledgers stored here, then asks the metadata store which of them still
 *    have metadata. The order matters: a ledger's metadata is written before any of its entries
 *    reach a bookie, so a ledger seen here whose metadata is absent afterwards was deleted.
 *    Nothing is deleted when the store cannot be read, or when it has never handed out a ledger id
 *    (a bookie pointed at the wrong metadata store must not wipe itself);
 * 2. checkpoints, then drops the deleted ledgers' state and index entries;
 * 3. compacts entry logs (EntryLogCompactor).
 * Runs never overlap; `close()` stops the timer and waits for a run in progress to stop.
 */
export class GarbageCollector {
  private readonly logger: Logger;
  private readonly compactor: EntryLogCompactor;
  private readonly closed = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<GarbageCollectionResult> | undefined;

  constructor(private readonly options: GarbageCollectorOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.compactor = new EntryLogCompactor({
      storage: options.storage,
      threshold: options.compactionThreshold,
      logger: this.logger,
    });
  }

  start(): void {
    if (this.options.intervalMs <= 0 || this.timer || this.closed.signal.aborted) return;
    this.timer = setInterval(() => {
      this.run().catch((err: unknown) =>
        this.logger.warn({ err }, 'garbage collection failed; retrying next interval'),
      );
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /** Runs once now, or joins the run in progress. */
  run(): Promise<GarbageCollectionResult> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  async close(): Promise<void> {
    this.closed.abort();
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async runOnce(): Promise<GarbageCollectionResult> {
    const { storage, metrics } = this.options;
    const started = performance.now();
    const deletedLedgers = await this.findDeletedLedgers();
    if (deletedLedgers.length > 0 && !this.closed.signal.aborted) {
      await this.options.checkpoint();
      for (const ledgerId of deletedLedgers) {
        if (this.closed.signal.aborted) break;
        await storage.deleteLedger(ledgerId);
      }
      this.logger.info({ ledgers: deletedLedgers }, 'deleted ledgers garbage collected');
    }
    const compaction = await this.compactor.run(this.closed.signal);
    metrics?.gcRuns.inc();
    metrics?.gcDeletedLedgers.inc(deletedLedgers.length);
    metrics?.gcReclaimedBytes.inc(compaction.reclaimedBytes);
    metrics?.gcCompactedBytes.inc(compaction.compactedBytes);
    metrics?.entryLogBytes.set(await storage.entryLogBytes());
    const result = { deletedLedgers, ...compaction };
    this.logger.info(
      { ...result, deletedLedgers: deletedLedgers.length, ms: Math.round(performance.now() - started) },
      'garbage collection done',
    );
    return result;
  }

  private async findDeletedLedgers(): Promise<number[]> {
    const { storage, metadata } = this.options;
    const stored = storage.ledgerIds();
    if (stored.length === 0) return [];
    if (!(await metadata.get(`${LEDGERS_PREFIX}_idgen`))) {
      this.logger.warn('the metadata store has never created a ledger; garbage collection skipped');
      return [];
    }
    const deleted: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < stored.length && !this.closed.signal.aborted) {
        const ledgerId = stored[next++] as number;
        if (!(await metadata.get(`${LEDGERS_PREFIX}${ledgerId}`))) deleted.push(ledgerId);
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_CONCURRENCY, stored.length) }, worker));
    return deleted.sort((a, b) => a - b);
  }
}
