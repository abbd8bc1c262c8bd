import type { OutstandingEntry } from '../cursor/Cursor.js';
import type { ServerConsumer } from '../ServerConsumer.js';

/**
 * Decides which consumer each entry goes to; each subscription type has one. The subscription
 * tells it when consumers join or leave, then, for every dispatch pass, offers the queued entries
 * in offset order to a DispatchPass. Entries the pass declines stay queued, in order, and later
 * entries may go out before them (Key_Shared lets other keys pass a blocked one).
 */
export interface ConsumerSelector {
  /** Whether another consumer may join a subscription that has `current` consumers. */
  admits(current: number): boolean;
  /**
   * Whether the subscription keeps reading past queued entries that cannot go out yet (bounded
   * read-ahead), so entries for other consumers keep flowing. Otherwise it reads only once the
   * queue is empty.
   */
  readonly readsPastBlocked: boolean;
  /**
   * The consumers are now `consumers` (one joined or left). Returns the consumers still present
   * whose unacknowledged entries must be taken back for redelivery (Failover: one that stopped
   * being active).
   */
  consumersChanged(consumers: readonly ServerConsumer[]): readonly ServerConsumer[];
  /** Starts a dispatch pass over the queue. */
  startPass(consumers: readonly ServerConsumer[]): DispatchPass;
}

export interface DispatchPass {
  /**
   * The consumer `entry` goes to now, or undefined if it waits. Entries are offered in offset
   * order; a consumer returned receives the entry (the pick is final).
   */
  pick(entry: OutstandingEntry): ServerConsumer | undefined;
}

/** Exclusive: one consumer gets everything; a second one is refused. */
export const exclusiveSelector: ConsumerSelector = {
  admits: (current) => current === 0,
  readsPastBlocked: false,
  consumersChanged: () => [],
  startPass: (consumers) => ({
    pick: () => {
      const only = consumers[0];
      return only?.ready ? only : undefined;
    },
  }),
};

/** Shared: entries go round-robin to the consumers that have permits. */
export function sharedSelector(): ConsumerSelector {
  let next = 0;
  return {
    admits: () => true,
    readsPastBlocked: false,
    consumersChanged: () => [],
    startPass: (consumers) => ({
      pick: () => {
        for (let i = 0; i < consumers.length; i++) {
          const consumer = consumers[(next + i) % consumers.length] as ServerConsumer;
          if (!consumer.ready) continue;
          next = (next + i + 1) % consumers.length;
          return consumer;
        }
        return undefined;
      },
    }),
  };
}
