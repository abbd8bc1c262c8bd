import { BrookError, ErrorCode } from '@brook/protocol';
import type { FoundPosition, PositionFinder } from '../ledger/PositionFinder.js';
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
 * The cursor state after moving to `target`, for every target but `skip`: a fresh cursor there. A
 * reset drops every acknowledgement above the new mark-delete point, as Pulsar's reset does: what
 * follows it is delivered again.
 */
export async function stateAt(
  finder: PositionFinder,
  target: Exclude<CursorTarget, { kind: 'skip' }>,
): Promise<CursorState> {
  const found = await positionOf(finder, target);
  return { markDelete: { ...found.position, offset: found.offset }, ackedRanges: [] };
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
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new BrookError(
      ErrorCode.InvalidArgument,
      `the number of messages to skip must be a non-negative integer, got ${count}`,
    );
  }
  const end = await finder.latest();
  const found = await finder.byOffset(Math.min(offsetAfterSkipping(current, count), end.offset));
  const ackedRanges = current.ackedRanges
    .filter(([, to]) => to > found.offset)
    .map(([from, to]): [number, number] => [Math.max(from, found.offset), to]);
  return { markDelete: { ...found.position, offset: found.offset }, ackedRanges };
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
