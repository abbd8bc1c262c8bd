import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import type { BookiePool } from './BookiePool.js';
import { type UnframedEntry, unframe } from './EntryFrame.js';
import type { Fragment, LedgerMetadata } from './LedgerMetadata.js';
import { isNotFound } from './bookieAnswers.js';
import { writeSet } from './WriteSet.js';

type Answer = UnframedEntry | 'missing' | BrookError;

/**
 * Reads one entry past the LAC during recovery, from every bookie of its write set at once. The
 * entry exists as soon as one bookie returns it with a good checksum. It is missing once
 * Qw - Qa + 1 bookies say they do not have it: no ack quorum can then have held it, so the writer
 * never confirmed it. When the answers decide neither, rejects with the last error.
 */
export function readForRecovery(
  pool: BookiePool,
  metadata: LedgerMetadata,
  fragment: Fragment,
  entryId: number,
): Promise<UnframedEntry | undefined> {
  const { ledgerId, ensembleSize, writeQuorum, ackQuorum } = metadata;
  const bookies = writeSet(entryId, ensembleSize, writeQuorum).map((index) => fragment.bookies[index]!);
  const missingQuorum = writeQuorum - ackQuorum + 1;
  return new Promise((resolve, reject) => {
    let unanswered = bookies.length;
    let missing = 0;
    let fault: BrookError | undefined;
    let done = false;
    const onAnswer = (answer: Answer) => {
      if (done) return;
      unanswered--;
      if (answer === 'missing') {
        missing++;
      } else if (answer instanceof BrookError) {
        fault = answer;
      } else {
        done = true;
        resolve(answer);
        return;
      }
      if (missing >= missingQuorum) {
        done = true;
        resolve(undefined);
      } else if (unanswered === 0) {
        done = true;
        reject(fault ?? new BrookError(ErrorCode.Internal, `entry ${ledgerId}:${entryId} undecided`));
      }
    };
    for (const bookieId of bookies) void askOne(pool, bookieId, ledgerId, entryId).then(onAnswer);
  });
}

async function askOne(pool: BookiePool, bookieId: string, ledgerId: number, entryId: number): Promise<Answer> {
  try {
    const entries = await pool.client(bookieId).read({ ledgerId, firstEntryId: entryId, lastEntryId: entryId });
    const stored = entries.find((entry) => entry.entryId === entryId);
    return stored === undefined ? 'missing' : unframe(ledgerId, stored);
  } catch (error) {
    const brookError = toBrookError(error);
    return isNotFound(brookError) ? 'missing' : brookError;
  }
}
