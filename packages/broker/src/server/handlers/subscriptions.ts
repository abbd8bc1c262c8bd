import { BrookError, ErrorCode, type pb, validateSubscriptionName } from '@brook/protocol';
import type { CursorTarget } from '../../subscription/cursor/CursorReset.js';
import type { ServerContext } from '../ServerContext.js';
import { targetOf } from './seek.js';

/**
 * Admin calls on the subscriptions of one topic or partition, served by its owner (a broker that
 * does not own it answers NOT_OWNER and the client looks it up). A client applies a call on a
 * partitioned topic to each partition itself.
 */
export function listSubscriptions({ topics }: ServerContext) {
  return async (request: pb.ListSubscriptionsRequest): Promise<pb.IListSubscriptionsResponse> => ({
    subscriptions: (await topics.existing(request.topic)).subscriptionControl.list(),
  });
}

export function createSubscription({ topics }: ServerContext) {
  return async (request: pb.CreateSubscriptionRequest): Promise<pb.ICursorPosition> => {
    const name = validateSubscriptionName(request.subscription);
    const topic = await topics.existing(request.topic);
    return topic.subscriptionControl.create(name, startOf(request));
  };
}

export function deleteSubscription({ topics }: ServerContext) {
  return async (request: pb.DeleteSubscriptionRequest): Promise<pb.IDeleteSubscriptionResponse> => {
    const name = validateSubscriptionName(request.subscription);
    await (await topics.existing(request.topic)).subscriptionControl.delete(name, request.force);
    return {};
  };
}

export function resetCursor(context: ServerContext) {
  return (request: pb.ResetCursorRequest): Promise<pb.ICursorPosition> =>
    move(context, request.topic, request.subscription, targetOf(request));
}

export function skipMessages(context: ServerContext) {
  return (request: pb.SkipMessagesRequest): Promise<pb.ICursorPosition> =>
    move(context, request.topic, request.subscription, { kind: 'skip', count: request.count });
}

export function clearBacklog(context: ServerContext) {
  return (request: pb.ClearBacklogRequest): Promise<pb.ICursorPosition> =>
    move(context, request.topic, request.subscription, { kind: 'clearBacklog' });
}

/** The offsets a topic's readable messages span; a reader asks it to resolve Latest and for hasMessageAvailable. */
export function getTopicOffsets({ topics }: ServerContext) {
  return async (request: pb.TopicOffsetsRequest): Promise<pb.ITopicOffsets> => {
    const { positions } = (await topics.get(request.topic)).subscriptionControl;
    const [first, next] = await Promise.all([positions.earliest(), positions.latest()]);
    return { firstOffset: first.offset, nextOffset: next.offset };
  };
}

async function move(context: ServerContext, topicName: string, subscription: string, target: CursorTarget) {
  const name = validateSubscriptionName(subscription);
  const topic = await context.topics.existing(topicName);
  return topic.subscriptionControl.reset(name, target);
}

function startOf(request: pb.CreateSubscriptionRequest): Exclude<CursorTarget, { kind: 'skip' }> {
  if (request.start === 'messageId') {
    const id = request.messageId ?? {};
    return { kind: 'messageId', id: { ledgerId: id.ledgerId ?? 0, entryId: id.entryId ?? 0, offset: id.offset ?? 0 } };
  }
  if (request.start === 'initialPosition' && request.initialPosition === 1) return { kind: 'earliest' };
  if (request.start === undefined || request.initialPosition === 0) return { kind: 'latest' };
  throw new BrookError(ErrorCode.MalformedRequest, `unknown initial position ${request.initialPosition}`);
}
