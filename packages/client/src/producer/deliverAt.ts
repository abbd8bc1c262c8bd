import { BrookError, ErrorCode } from '@brook/protocol';
import type { ProducerMessage } from '../Message.js';

/**
 * When a message may be delivered, ms since the epoch, from `deliverAt` or `deliverAfterMs` (taken
 * from the producer's clock now, as Pulsar's deliverAfter does); undefined for no delay. Shared and
 * Key_Shared subscriptions hold the message until then; Exclusive and Failover ones do not.
 */
export function deliverAtOf(message: ProducerMessage, now = Date.now()): number | undefined {
  const { deliverAt, deliverAfterMs } = message;
  if (deliverAt !== undefined && deliverAfterMs !== undefined)
    throw invalid('give deliverAt or deliverAfterMs, not both');
  if (deliverAt !== undefined) {
    if (!Number.isSafeInteger(deliverAt) || deliverAt < 0)
      throw invalid('deliverAt must be a non-negative integer (ms since the epoch)');
    return deliverAt === 0 ? undefined : deliverAt;
  }
  if (deliverAfterMs !== undefined) {
    if (!Number.isSafeInteger(deliverAfterMs) || deliverAfterMs < 0)
      throw invalid('deliverAfterMs must be a non-negative integer');
    return deliverAfterMs === 0 ? undefined : now + deliverAfterMs;
  }
  return undefined;
}

function invalid(why: string): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, `invalid message: ${why}`);
}
