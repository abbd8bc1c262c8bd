import type { BrookError } from '@brook/protocol';

/**
 * A status change of a producer or consumer, from its `events()`. `disconnected`: its stream broke
 * with a retriable error and it is reconnecting (sends wait, iteration pauses). `reconnected`: its
 * stream is open again, on the broker named. `active` / `inactive` (Failover consumers): whether
 * the broker now delivers the topic's (or partition's) messages to this consumer; a new listener
 * first gets the current one. A non-retriable error or close() ends the events.
 */
export type ClientEvent =
  | { readonly type: 'disconnected'; readonly error: BrookError }
  | { readonly type: 'reconnected'; readonly brokerUrl: string }
  | { readonly type: 'active' | 'inactive'; readonly topic: string };
