import type { ServerConsumer } from './ServerConsumer.js';

/** Picks which consumer the next entry goes to; each subscription type has one. */
export interface ConsumerSelector {
  /** Whether another consumer may join a subscription that has `current` consumers. */
  admits(current: number): boolean;
  pick(consumers: readonly ServerConsumer[]): ServerConsumer | undefined;
}

/** Exclusive: one consumer gets everything; a second one is refused. */
export const exclusiveSelector: ConsumerSelector = {
  admits: (current) => current === 0,
  pick: (consumers) => {
    const only = consumers[0];
    return only?.ready ? only : undefined;
  },
};

/** Shared: entries go round-robin to the consumers that have permits. */
export function sharedSelector(): ConsumerSelector {
  let next = 0;
  return {
    admits: () => true,
    pick: (consumers) => {
      for (let i = 0; i < consumers.length; i++) {
        const consumer = consumers[(next + i) % consumers.length] as ServerConsumer;
        if (!consumer.ready) continue;
        next = (next + i + 1) % consumers.length;
        return consumer;
      }
      return undefined;
    },
  };
}
