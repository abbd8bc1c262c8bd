/** When the current ledger of a topic is closed and a new one started. */
export interface RolloverPolicy {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
}

export interface CurrentLedgerUsage {
  entries: number;
  bytes: number;
  openedAt: number;
}

export function shouldRollOver(policy: RolloverPolicy, usage: CurrentLedgerUsage, now: number): boolean {
  return (
    usage.entries >= policy.maxEntries || usage.bytes >= policy.maxBytes || now - usage.openedAt >= policy.maxAgeMs
  );
}
