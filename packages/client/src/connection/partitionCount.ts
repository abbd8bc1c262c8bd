import { type BrookError, ErrorCode, type TopicName, toBrookError } from '@brook/protocol';
import { CLIENT_DEFAULTS } from '../ClientConfig.js';
import { Backoff, type BackoffConfig } from './Backoff.js';
import type { ConnectionPool } from './ConnectionPool.js';

/**
 * How many partitions `topic` has, as any broker reads it from metadata: 0 = not partitioned.
 *
 * Producers, consumers and readers ask this before they open, so it retries as their opening
 * does: a retriable failure (no broker answers, or every one is cut off from its metadata store,
 * as while etcd comes back) is asked again after a backoff until `timeoutMs` has passed since the
 * first ask; a non-retriable one is final. Only the last failure is thrown, except that a call cut
 * short by this deadline throws the failure that kept it asking, which says more.
 */
export async function partitionCount(
  pool: ConnectionPool,
  topic: TopicName,
  timeoutMs: number,
  retry: BackoffConfig = CLIENT_DEFAULTS.reconnect,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const backoff = new Backoff(retry);
  let retried: BrookError | undefined;
  for (;;) {
    const callTimeoutMs = Math.max(1, deadline - Date.now());
    try {
      return await pool.anyBroker(async (c) => {
        const reply = await c.unary(c.broker.getPartitionedMetadata, c.broker, { topic: topic.full }, callTimeoutMs);
        return reply.partitions;
      });
    } catch (thrown) {
      const error = toBrookError(thrown);
      const delay = backoff.next();
      if (!error.retriable || Date.now() + delay >= deadline) {
        throw error.code === ErrorCode.Timeout && retried ? retried : error;
      }
      retried = error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
