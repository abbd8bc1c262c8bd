import { toBrookError } from '@brook/protocol';
import type { LedgerTail } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import { awaitCoverage } from './QuorumCoverage.js';
import { isNotFound } from './bookieAnswers.js';
import { lastFragment } from './WriteSet.js';

/**
 * The last add confirmed of an unclosed ledger as its last fragment's bookies know it: the highest
 * LAC among answers covering every write set with Qw - Qa + 1 bookies. Entries before the last
 * fragment were all confirmed when it was started, so the result is at least the entry before it.
 */
export async function readLastAddConfirmed(pool: BookiePool, metadata: LedgerMetadata): Promise<number> {
  return tailOf(metadata, (bookieId) =>
    pool
      .client(bookieId)
      .readLac(metadata.ledgerId)
      .catch((error: unknown) => {
        if (isNotFound(toBrookError(error))) return { lac: -1, lastEntryId: -1 };
        throw error;
      }),
  );
}

/**
 * Fences the ledger on its last fragment's bookies, so that they refuse the writer's adds, and
 * returns the highest LAC they reported. Fencing is complete once every write set has
 * Qw - Qa + 1 fenced bookies: the writer can then no longer reach ackQuorum on any entry.
 */
export async function fenceLedger(pool: BookiePool, metadata: LedgerMetadata): Promise<number> {
  const masterKey = Buffer.from(metadata.masterKey, 'hex');
  return tailOf(metadata, (bookieId) => pool.client(bookieId).fence(metadata.ledgerId, masterKey));
}

async function tailOf(metadata: LedgerMetadata, ask: (bookieId: string) => Promise<LedgerTail>): Promise<number> {
  const fragment = lastFragment(metadata);
  const needed = metadata.writeQuorum - metadata.ackQuorum + 1;
  const tails = await awaitCoverage(fragment.bookies, metadata.writeQuorum, needed, async (id) => ask(id));
  return Math.max(fragment.firstEntryId - 1, ...tails.map((tail) => tail.lac));
}
