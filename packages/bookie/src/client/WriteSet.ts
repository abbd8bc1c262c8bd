import { BrookError, ErrorCode } from '@brook/protocol';
import type { Fragment, LedgerMetadata } from './LedgerMetadata.js';

/**
 * Striping: entry e of a fragment goes to writeQuorum consecutive bookies of its ensemble, starting
 * at index e % ensembleSize and wrapping. The result holds ensemble indexes, in that order.
 */
export function writeSet(entryId: number, ensembleSize: number, writeQuorum: number): number[] {
  const first = entryId % ensembleSize;
  const indexes: number[] = [];
  for (let i = 0; i < writeQuorum; i++) indexes.push((first + i) % ensembleSize);
  return indexes;
}

/**
 * How many consecutive entries from `entryId` on the bookie at `index` holds (Infinity when every
 * bookie holds every entry). The bookie at position j of the entry's write set holds j + 1 of them.
 */
export function runLength(index: number, entryId: number, ensembleSize: number, writeQuorum: number): number {
  if (writeQuorum === ensembleSize) return Number.POSITIVE_INFINITY;
  const position = (index - (entryId % ensembleSize) + ensembleSize) % ensembleSize;
  return position < writeQuorum ? position + 1 : 0;
}

/** The fragment that holds `entryId`: the last one starting at or before it. */
export function fragmentOf(metadata: LedgerMetadata, entryId: number): Fragment {
  let found: Fragment | undefined;
  for (const fragment of metadata.ensembles) {
    if (fragment.firstEntryId > entryId) break;
    found = fragment;
  }
  if (found === undefined) {
    throw new BrookError(ErrorCode.Internal, `ledger ${metadata.ledgerId} has no fragment for entry ${entryId}`);
  }
  return found;
}

/** The fragment that receives new entries. */
export function lastFragment(metadata: LedgerMetadata): Fragment {
  const fragment = metadata.ensembles.at(-1);
  if (fragment === undefined) throw new BrookError(ErrorCode.Internal, `ledger ${metadata.ledgerId} has no ensemble`);
  return fragment;
}

/** Splits first..last at fragment boundaries: one range per fragment it touches, ascending. */
export function splitByFragment(
  metadata: LedgerMetadata,
  firstEntryId: number,
  lastEntryId: number,
): { fragment: Fragment; firstEntryId: number; lastEntryId: number }[] {
  const ranges: { fragment: Fragment; firstEntryId: number; lastEntryId: number }[] = [];
  const fragments = metadata.ensembles;
  for (let i = 0; i < fragments.length; i++) {
    const fragment = fragments[i]!;
    const end = (fragments[i + 1]?.firstEntryId ?? Number.POSITIVE_INFINITY) - 1;
    const from = Math.max(firstEntryId, fragment.firstEntryId);
    const to = Math.min(lastEntryId, end);
    if (from <= to) ranges.push({ fragment, firstEntryId: from, lastEntryId: to });
  }
  return ranges;
}
