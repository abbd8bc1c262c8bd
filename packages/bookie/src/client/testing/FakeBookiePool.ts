import { BrookError, ErrorCode } from '@brook/protocol';
import type { BookieClient } from '../BookieClient.js';
import type { BookiePool } from '../BookiePool.js';
import type { LedgerMetadata } from '../LedgerMetadata.js';
import { FakeBookie } from './FakeBookie.js';

/** A pool of FakeBookies named `bookie-0`, `bookie-1`, ...; all writable unless marked otherwise. */
export class FakeBookiePool implements BookiePool {
  readonly bookies: FakeBookie[];
  readonly readOnly = new Set<string>();
  /** While set, writableBookies() waits for it: holds a placement (e.g. an ensemble change) mid-way. */
  placementGate: Promise<void> | undefined;

  constructor(count: number) {
    this.bookies = Array.from({ length: count }, (_, i) => new FakeBookie(`bookie-${i}`));
  }

  async writableBookies(): Promise<string[]> {
    await this.placementGate;
    return this.bookies.map((bookie) => bookie.id).filter((id) => !this.readOnly.has(id));
  }

  client(id: string): BookieClient {
    return this.bookie(id);
  }

  bookie(id: string): FakeBookie {
    const bookie = this.bookies.find((candidate) => candidate.id === id);
    if (bookie === undefined) throw new BrookError(ErrorCode.Unavailable, `no bookie ${id}`);
    return bookie;
  }

  /** The bookies of one fragment of a ledger, in ensemble order. */
  ensemble(metadata: LedgerMetadata, fragment = 0): FakeBookie[] {
    const bookies = metadata.ensembles[fragment]?.bookies ?? [];
    return bookies.map((id) => this.bookie(id));
  }

  async close(): Promise<void> {}
}
