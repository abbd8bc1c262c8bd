import { BrookError, ErrorCode } from '@brook/protocol';

/** How a bookie keeps its registration under `/brook/bookies/`; parsed once by `parseBookieRegistrationConfig`. */
export interface BookieRegistrationConfig {
  /** TTL of the bookie's session: a bookie that stops renewing it leaves the registry this long after. */
  ttlMs: number;
  /** How often free disk space is measured and the record rewritten. */
  diskCheckIntervalMs: number;
  /** Below this many free bytes on the ledger directory's file system the bookie registers readonly. */
  minFreeDiskBytes: number;
  /**
   * How long `start()` waits for a registration under the same id to go (this bookie's previous run,
   * killed less than a TTL ago) before it fails.
   */
  claimTimeoutMs: number;
  /** Backoff between attempts to register again after the session was lost: first delay, then doubling up to max. */
  retryInitialMs: number;
  retryMaxMs: number;
}

export const BOOKIE_REGISTRATION_DEFAULTS: BookieRegistrationConfig = {
  ttlMs: 10_000,
  diskCheckIntervalMs: 10_000,
  minFreeDiskBytes: 1024 * 1024 * 1024,
  claimTimeoutMs: 30_000,
  retryInitialMs: 100,
  retryMaxMs: 5_000,
};

/** Validates a (partial) registration config over the defaults; INVALID_CONFIG names the offending field. */
export function parseBookieRegistrationConfig(input: unknown = {}): BookieRegistrationConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalid('registration', 'must be an object');
  const root = input as Record<string, unknown>;
  const d = BOOKIE_REGISTRATION_DEFAULTS;
  const config: BookieRegistrationConfig = {
    ttlMs: int(root, 'ttlMs', d.ttlMs, 1_000),
    diskCheckIntervalMs: int(root, 'diskCheckIntervalMs', d.diskCheckIntervalMs, 10),
    minFreeDiskBytes: int(root, 'minFreeDiskBytes', d.minFreeDiskBytes, 0),
    claimTimeoutMs: int(root, 'claimTimeoutMs', d.claimTimeoutMs, 0),
    retryInitialMs: int(root, 'retryInitialMs', d.retryInitialMs, 1),
    retryMaxMs: int(root, 'retryMaxMs', d.retryMaxMs, 1),
  };
  if (config.retryMaxMs < config.retryInitialMs) invalid('registration.retryMaxMs', 'must be at least retryInitialMs');
  return config;
}

function int(obj: Record<string, unknown>, field: string, fallback: number, min: number): number {
  const value = obj[field] ?? fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    invalid(`registration.${field}`, `must be an integer >= ${min}`);
  }
  return value;
}

function invalid(field: string, rule: string): never {
  throw new BrookError(ErrorCode.InvalidConfig, `bookie config: ${field} ${rule}`);
}
