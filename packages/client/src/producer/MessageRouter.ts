import type { ProducerMessage } from '../Message.js';
import { keyPartition } from './keyHash.js';

/** Chooses the partition of a message sent to a partitioned topic; `partitions` is the count now. */
export type CustomRouter = (message: ProducerMessage, partitions: number) => number;

/**
 * - `RoundRobin` (default): keyed messages by key hash; the others spread over every partition —
 *   one message each when batching is off, and with batching on, one partition per batching window
 *   (`max(1, batching.maxDelayMs)` ms) so batches fill up, as Pulsar's router does.
 * - `Single`: keyed messages by key hash; the others all go to one partition picked at random.
 * - a function: it alone decides, for keyed messages too.
 */
export type Routing = 'RoundRobin' | 'Single' | CustomRouter;

export const ROUTING_MODES = ['RoundRobin', 'Single'] as const;

export interface RouterOptions {
  readonly batching: boolean;
  readonly batchingMaxDelayMs: number;
  /** Injected by tests. */
  readonly now?: () => number;
  /** A random non-negative integer; injected by tests. */
  readonly random?: () => number;
}

export interface MessageRouter {
  choose(message: ProducerMessage, partitions: number): number;
}

export function createRouter(routing: Routing, options: RouterOptions): MessageRouter {
  if (typeof routing === 'function') return { choose: routing };
  const random = options.random ?? (() => Math.floor(Math.random() * 0x7fffffff));
  const start = random();
  if (routing === 'Single') {
    return { choose: (message, partitions) => keyed(message, partitions) ?? start % partitions };
  }
  if (options.batching) {
    const now = options.now ?? Date.now;
    const switchMs = Math.max(1, options.batchingMaxDelayMs);
    return {
      choose: (message, partitions) =>
        keyed(message, partitions) ?? (Math.floor(now() / switchMs) + start) % partitions,
    };
  }
  let next = start;
  return {
    choose: (message, partitions) => {
      const byKey = keyed(message, partitions);
      if (byKey !== undefined) return byKey;
      next = (next + 1) % 0x7fffffff;
      return next % partitions;
    },
  };
}

function keyed(message: ProducerMessage, partitions: number): number | undefined {
  return message.key === undefined ? undefined : keyPartition(message.key, partitions);
}
