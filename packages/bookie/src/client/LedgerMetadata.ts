/**
 * What the metadata store keeps for one ledger, at `/brook/ledgers/<ledgerId>` as JSON, updated by
 * compare-and-set. Entry e of a fragment is written to writeQuorum bookies of its ensemble,
 * starting at index e % ensembleSize (striping); an add completes once ackQuorum acknowledged.
 */
export interface LedgerMetadata {
  ledgerId: number;
  ensembleSize: number;
  writeQuorum: number;
  ackQuorum: number;
  state: LedgerState;
  /** Set when CLOSED: the last entry of the ledger, -1 if empty. */
  lastEntryId: number;
  /** Set when CLOSED: total bytes of the ledger's entries. */
  length: number;
  /** Fragments by first entry id, ascending; the last one receives new entries. */
  ensembles: Fragment[];
  /** Hex of the writer's master key. */
  masterKey: string;
  createdAt: number;
  /** Free-form labels, e.g. the managed ledger that owns this ledger. */
  properties: Record<string, string>;
}

export type LedgerState = 'OPEN' | 'IN_RECOVERY' | 'CLOSED';

export interface Fragment {
  firstEntryId: number;
  bookies: string[];
}

export interface LedgerOptions {
  ensembleSize: number;
  writeQuorum: number;
  ackQuorum: number;
  properties?: Record<string, string>;
}
