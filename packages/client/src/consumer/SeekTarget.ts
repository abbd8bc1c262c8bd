import { BrookError, ErrorCode, type pb } from '@brook/protocol';
import { MessageId } from '../MessageId.js';

/**
 * Where `seek` moves a subscription: a message (delivered next), a publish time (the first message
 * published at or after it: a Date, or `{ publishTime }` in ms since the epoch), an offset (the
 * message with that offset is delivered next), or the oldest stored message / the end of the topic.
 * Targets before the oldest stored message land on it; past the end, on the end.
 */
export type SeekTarget =
  | MessageId
  | Date
  | { readonly publishTime: number }
  | { readonly offset: number }
  | 'Earliest'
  | 'Latest';

/** The Seek request for `target`; bad input is refused here (INVALID_ARGUMENT) and never reaches the broker. */
export function seekRequest(target: SeekTarget): pb.Seek.$Properties {
  if (target === 'Earliest') return { offset: 0 };
  if (target === 'Latest') return { offset: Number.MAX_SAFE_INTEGER };
  if (target instanceof MessageId) {
    if (!target.hasPosition) {
      throw new BrookError(ErrorCode.InvalidArgument, `message id ${target} has no position to seek to`);
    }
    return { messageId: target.toWire() };
  }
  if (target instanceof Date) return { publishTime: nonNegative(target.getTime(), 'publish time') };
  if (typeof target === 'object' && target !== null) {
    if ('publishTime' in target) return { publishTime: nonNegative(target.publishTime, 'publishTime') };
    if ('offset' in target) return { offset: nonNegative(target.offset, 'offset') };
  }
  throw new BrookError(
    ErrorCode.InvalidArgument,
    `seek to a MessageId, a Date, { publishTime }, { offset }, 'Earliest' or 'Latest', not ${JSON.stringify(target)}`,
  );
}

function nonNegative(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new BrookError(ErrorCode.InvalidArgument, `${field} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}
