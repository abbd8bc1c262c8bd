import { BrookError, ErrorCode } from '@brook/protocol';

/** Everything a bookie needs to run; parsed once by `parseBookieConfig`, then passed down typed. */
export interface BookieConfig {
  /** Where journal files live; put it on its own disk for fsync latency. */
  journalDir: string;
  /** Entry logs and the RocksDB index (ledger + entry → location, per-ledger state). */
  ledgerDir: string;
  /** The write cache is flushed to entry logs + index at least this often. */
  flushIntervalMs: number;
  /** ...and as soon as it holds this many bytes. */
  writeCacheMaxBytes: number;
  /** An entry log rolls once it reaches this size; at most 4 GiB (locations are logId << 32 | offset). */
  entryLogSizeLimit: number;
  /** Garbage collection of deleted ledgers and entry-log compaction runs this often; 0 = never. */
  gcIntervalMs: number;
  /** A sealed entry log with less than this share of live bytes is compacted (0 = only empty logs go). */
  compactionThreshold: number;
  journal: {
    /** Most bytes written by one write + fdatasync (group commit). */
    maxGroupBytes: number;
    /** Appends wait (back-pressure) while this many bytes are queued and not yet durable. */
    maxQueuedBytes: number;
    /** A journal file rolls once it reaches this size. */
    fileSizeLimit: number;
  };
  grpc: { host: string; port: number };
}

export const BOOKIE_DEFAULTS: BookieConfig = {
  journalDir: 'data/bookie/journal',
  ledgerDir: 'data/bookie/ledgers',
  flushIntervalMs: 1000,
  writeCacheMaxBytes: 64 * 1024 * 1024,
  entryLogSizeLimit: 1024 * 1024 * 1024,
  gcIntervalMs: 300_000,
  compactionThreshold: 0.5,
  journal: {
    maxGroupBytes: 4 * 1024 * 1024,
    maxQueuedBytes: 64 * 1024 * 1024,
    fileSizeLimit: 512 * 1024 * 1024,
  },
  grpc: { host: '0.0.0.0', port: 3181 },
};

const MAX_ENTRY_LOG_SIZE = 2 ** 32 - 1;

/** Validates a (partial) bookie config over the defaults; throws INVALID_CONFIG naming the offending field. */
export function parseBookieConfig(input: unknown = {}): BookieConfig {
  const root = asObject(input, 'bookie');
  const journal = asObject(root.journal ?? {}, 'journal');
  const grpc = asObject(root.grpc ?? {}, 'grpc');
  const d = BOOKIE_DEFAULTS;
  const config: BookieConfig = {
    journalDir: str(root, 'journalDir', d.journalDir),
    ledgerDir: str(root, 'ledgerDir', d.ledgerDir),
    flushIntervalMs: int(root, 'flushIntervalMs', d.flushIntervalMs, 1),
    writeCacheMaxBytes: int(root, 'writeCacheMaxBytes', d.writeCacheMaxBytes, 1),
    entryLogSizeLimit: int(root, 'entryLogSizeLimit', d.entryLogSizeLimit, 1024, MAX_ENTRY_LOG_SIZE),
    gcIntervalMs: int(root, 'gcIntervalMs', d.gcIntervalMs, 0),
    compactionThreshold: fraction(root, 'compactionThreshold', d.compactionThreshold),
    journal: {
      maxGroupBytes: int(journal, 'journal.maxGroupBytes', d.journal.maxGroupBytes, 1),
      maxQueuedBytes: int(journal, 'journal.maxQueuedBytes', d.journal.maxQueuedBytes, 1),
      fileSizeLimit: int(journal, 'journal.fileSizeLimit', d.journal.fileSizeLimit, 1024),
    },
    grpc: {
      host: str(grpc, 'grpc.host', d.grpc.host),
      port: int(grpc, 'grpc.port', d.grpc.port, 0, 65_535),
    },
  };
  if (config.journal.maxQueuedBytes < config.journal.maxGroupBytes) {
    invalid('journal.maxQueuedBytes', 'must be at least journal.maxGroupBytes');
  }
  return config;
}

function invalid(field: string, rule: string): never {
  throw new BrookError(ErrorCode.InvalidConfig, `bookie config: ${field} ${rule}`);
}

function asObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(field, 'must be an object');
  return value as Record<string, unknown>;
}

function leaf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function str(obj: Record<string, unknown>, path: string, fallback: string): string {
  const value = obj[leaf(path)] ?? fallback;
  if (typeof value !== 'string' || value.length === 0) invalid(path, 'must be a non-empty string');
  return value;
}

function fraction(obj: Record<string, unknown>, path: string, fallback: number): number {
  const value = obj[leaf(path)] ?? fallback;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) invalid(path, 'must be a number in [0, 1]');
  return value;
}

function int(obj: Record<string, unknown>, path: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  const value = obj[leaf(path)] ?? fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    invalid(path, `must be an integer in [${min}, ${max}]`);
  }
  return value;
}
