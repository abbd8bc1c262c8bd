import { BrookError, ErrorCode } from '@brook/protocol';
import { type FoundPosition, type PositionFinder, pointOf } from '../../ledger/PositionFinder.js';
import type { CursorState } from './CursorStore.js';

/**
 * Where a subscription is moved to. `offset`, `messageId`: that message is the next one delivered;
 * `publishTime`: the first message published at or after it; `skip`: past the next `count`
 * unacknowledged messages; `clearBacklog`: past everything stored.
 */
export type CursorTarget =
  | { readonly kind: 'earliest' }
  | { readonly kind: 'latest' }
  | { readonly kind: 'offset'; readonly offset: number }
  | { readonly kind: 'publishTime'; readonly publishTime: number }
  | { readonly kind: 'messageId'; readonly id: { ledgerId: number; entryId: number; offset: number } }
  | { readonly kind: 'skip'; readonly count: number }
  | { readonly kind: 'clearBacklog' };

/**
 * Refuses a malformed target with INVALID_ARGUMENT: counts, offsets, publish times and the parts of
 * a message id must be non-negative safe integers. Checked before a move changes anything, so a bad
 * request leaves the subscription and its consumers as they were.
 */
export function validateTarget(target: CursorTarget): void {
  switch (target.kind) {
    case 'offset':
      requireNatural(target.offset, 'offset');
      return;
    case 'publishTime':
      requireNatural(target.publishTime, 'publish time');
      return;
    case 'messageId':
      requireNatural(target.id.ledgerId, 'message id ledger id');
      requireNatural(target.id.entryId, 'message id entry id');
      requireNatural(target.id.offset, 'message id offset');
      return;
    case 'skip':
      requireNatural(target.count, 'number of messages to skip');
      return;
    case 'earliest':
    case 'latest':
    case 'clearBacklog':
      return;
    default:
      throw new BrookError(ErrorCode.InvalidArgument, `unknown cursor target ${(target as { kind: unknown }).kind}`);
  }
}

function requireNatural(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BrookError(ErrorCode.InvalidArgument, `the ${what} must be a non-negative integer, got ${value}`);
  }
}

/**
 * The cursor state after moving to `target`, for every target but `skip`: a fresh cursor there. A
 * reset drops every acknowledgement above the new mark-delete point, as Pulsar's reset does: what
 * follows it is delivered again.
 */
export async function stateAt(
  finder: PositionFinder,
  target: Exclude<CursorTarget, { kind: 'skip' }>,
): Promise<CursorState> {
  const found = await positionOf(finder, target);
  return { markDelete: pointOf(found), ackedRanges: [] };
}

/**
 * The cursor state after skipping `count` unacknowledged messages from `current` (the state just
 * flushed). Acknowledgements above the new mark-delete point are kept: a skip acknowledges `count`
 * more messages and changes nothing else.
 */
export async function stateAfterSkipping(
  finder: PositionFinder,
  current: CursorState,
  count: number,
): Promise<CursorState> {
  validateTarget({ kind: 'skip', count });
  const end = await finder.latest();
  const found = await finder.byOffset(Math.min(offsetAfterSkipping(current, count), end.offset));
  const ackedRanges = current.ackedRanges
    .filter(([, to]) => to > found.offset)
    .map(([from, to]): [number, number] => [Math.max(from, found.offset), to]);
  return { markDelete: pointOf(found), ackedRanges };
}

/** `next`, the state a move from `current` built, one reset generation on (see CursorState). */
export function afterMove(current: CursorState, next: CursorState): CursorState {
  return { ...next, resetGeneration: (current.resetGeneration ?? 0) + 1 };
}

function positionOf(finder: PositionFinder, target: Exclude<CursorTarget, { kind: 'skip' }>): Promise<FoundPosition> {
  switch (target.kind) {
    case 'earliest':
      return finder.earliest();
    case 'latest':
    case 'clearBacklog':
      return finder.latest();
    case 'offset':
      return finder.byOffset(target.offset);
    case 'publishTime':
      return finder.byPublishTime(target.publishTime);
    case 'messageId':
      return finder.byMessageId(target.id);
  }
}

/** The offset past the first `count` unacknowledged messages at or after the mark-delete point. */
export function offsetAfterSkipping(state: CursorState, count: number): number {
  let at = state.markDelete.offset;
  let remaining = count;
  for (const [from, to] of state.ackedRanges) {
    if (to <= at) continue;
    const unacked = Math.max(0, from - at);
    if (unacked >= remaining) return at + remaining;
    remaining -= unacked;
    at = Math.max(at, to);
  }
  return at + remaining;
}
