import { Counter, Gauge, Histogram, type Metric, type Registry, register } from 'prom-client';

/**
 * Every bookie metric, by name and help text. Metrics live on the registry given (default: the
 * global one); creating them twice on one registry (two bookies in one process, tests) reuses
 * the registered metric instead of throwing.
 */
export interface BookieMetrics {
  journalSyncSeconds: Histogram;
  journalSyncs: Counter;
  journalAppends: Counter;
  journalGroupRecords: Histogram;
  journalGroupBytes: Histogram;
  addsTotal: Counter<'result'>;
  readsTotal: Counter<'result'>;
  writeCacheBytes: Gauge;
  flushSeconds: Histogram;
  gcRuns: Counter;
  gcDeletedLedgers: Counter;
  gcReclaimedBytes: Counter;
  gcCompactedBytes: Counter;
  entryLogBytes: Gauge;
}

export function createBookieMetrics(registry: Registry = register): BookieMetrics {
  const once = <T extends Metric>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T) ?? make();
  const registers = [registry];
  return {
    journalSyncSeconds: once(
      'brook_bookie_journal_sync_seconds',
      () =>
        new Histogram({
          name: 'brook_bookie_journal_sync_seconds',
          help: 'Latency of one journal group write + fdatasync',
          buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5],
          registers,
        }),
    ),
    journalSyncs: once(
      'brook_bookie_journal_syncs_total',
      () => new Counter({ name: 'brook_bookie_journal_syncs_total', help: 'Journal fdatasync calls', registers }),
    ),
    journalAppends: once(
      'brook_bookie_journal_appends_total',
      () =>
        new Counter({
          name: 'brook_bookie_journal_appends_total',
          help: 'Records made durable in the journal',
          registers,
        }),
    ),
    journalGroupRecords: once(
      'brook_bookie_journal_group_records',
      () =>
        new Histogram({
          name: 'brook_bookie_journal_group_records',
          help: 'Records written per journal group commit',
          buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096],
          registers,
        }),
    ),
    journalGroupBytes: once(
      'brook_bookie_journal_group_bytes',
      () =>
        new Histogram({
          name: 'brook_bookie_journal_group_bytes',
          help: 'Bytes written per journal group commit',
          buckets: [1024, 8192, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216],
          registers,
        }),
    ),
    addsTotal: once(
      'brook_bookie_adds_total',
      () =>
        new Counter({
          name: 'brook_bookie_adds_total',
          help: 'Entry adds by result code',
          labelNames: ['result'],
          registers,
        }),
    ),
    readsTotal: once(
      'brook_bookie_reads_total',
      () =>
        new Counter({
          name: 'brook_bookie_reads_total',
          help: 'Entry reads by result code',
          labelNames: ['result'],
          registers,
        }),
    ),
    writeCacheBytes: once(
      'brook_bookie_write_cache_bytes',
      () =>
        new Gauge({
          name: 'brook_bookie_write_cache_bytes',
          help: 'Bytes in the write cache (active + flushing)',
          registers,
        }),
    ),
    flushSeconds: once(
      'brook_bookie_flush_seconds',
      () =>
        new Histogram({
          name: 'brook_bookie_flush_seconds',
          help: 'Latency of one ledger storage flush (entry log fsync + index batch)',
          buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
          registers,
        }),
    ),
    gcRuns: once(
      'brook_bookie_gc_runs_total',
      () => new Counter({ name: 'brook_bookie_gc_runs_total', help: 'Garbage collection runs completed', registers }),
    ),
    gcDeletedLedgers: once(
      'brook_bookie_gc_deleted_ledgers_total',
      () =>
        new Counter({
          name: 'brook_bookie_gc_deleted_ledgers_total',
          help: 'Ledgers whose metadata was gone and whose state and index entries were deleted',
          registers,
        }),
    ),
    gcReclaimedBytes: once(
      'brook_bookie_gc_reclaimed_bytes_total',
      () =>
        new Counter({
          name: 'brook_bookie_gc_reclaimed_bytes_total',
          help: 'Disk bytes given back by removing entry logs (net of live bytes copied out)',
          registers,
        }),
    ),
    gcCompactedBytes: once(
      'brook_bookie_gc_compacted_bytes_total',
      () =>
        new Counter({
          name: 'brook_bookie_gc_compacted_bytes_total',
          help: 'Live entry bytes copied out of sparse entry logs by compaction',
          registers,
        }),
    ),
    entryLogBytes: once(
      'brook_bookie_entry_log_bytes',
      () =>
        new Gauge({
          name: 'brook_bookie_entry_log_bytes',
          help: 'Bytes of all entry log files, as of the last start or garbage collection',
          registers,
        }),
    ),
  };
}
