import { BrookError, ErrorCode, type pb, toBrookError } from '@brook/protocol';
import type { CursorTarget } from '../../subscription/cursor/CursorReset.js';
import type { Subscription } from '../../subscription/Subscription.js';
import type { Topic } from '../../topic/Topic.js';
import type { SubscriptionStream } from '../../topic/SubscriptionControl.js';

/** Where a reader's non-durable subscription starts: after (or at) start_message_id, else the initial position. */
export function readerStart(request: pb.ISubscribe): Exclude<CursorTarget, { kind: 'skip' }> {
  const id = request.startMessageId;
  if (id) {
    const offset = id.offset ?? 0;
    return { kind: 'offset', offset: request.startInclusive ? offset : offset + 1 };
  }
  return request.initialPosition === 1 ? { kind: 'earliest' } : { kind: 'latest' };
}

/** The target of a Seek or ResetCursor request: a message id, a publish time or an offset. */
export function targetOf(request: {
  target?: string | null;
  messageId?: pb.IMessageIdData | null;
  publishTime?: number | null;
  offset?: number | null;
}): Exclude<CursorTarget, { kind: 'skip' }> {
  switch (request.target) {
    case 'messageId': {
      const id = request.messageId ?? {};
      return {
        kind: 'messageId',
        id: { ledgerId: id.ledgerId ?? 0, entryId: id.entryId ?? 0, offset: id.offset ?? 0 },
      };
    }
    case 'publishTime':
      return { kind: 'publishTime', publishTime: request.publishTime ?? 0 };
    case 'offset':
      return { kind: 'offset', offset: request.offset ?? 0 };
    default:
      throw new BrookError(
        ErrorCode.MalformedRequest,
        'a seek or reset names a message id, a publish time or an offset',
      );
  }
}

/**
 * A consumer's Seek: moves its subscription (every consumer of it resubscribes at the new
 * position), answers SeekCompleted, then ends this stream with SUBSCRIPTION_RESET like the others,
 * so the consumer drops what it had queued and resubscribes. A failed seek ends the stream with its error.
 */
export async function seek(
  topic: Topic,
  subscription: Subscription,
  request: pb.Seek,
  stream: SubscriptionStream,
  reply: (response: pb.IConsumeResponse) => void,
): Promise<void> {
  try {
    const position = await topic.subscriptionControl.reset(subscription.name, targetOf(request), stream);
    reply({ seekCompleted: { offset: position.markDeleteOffset } });
    stream.close(new BrookError(ErrorCode.SubscriptionReset, `subscription ${subscription.name} was reset by a seek`));
  } catch (error) {
    stream.close(toBrookError(error));
  }
}
