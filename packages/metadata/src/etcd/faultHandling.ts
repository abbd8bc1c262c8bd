import { type IOptions, isRecoverableError } from 'etcd3';

type FaultHandling = NonNullable<IOptions['faultHandling']>;
type CallPolicy = NonNullable<FaultHandling['global']>;
type Backoff = NonNullable<FaultHandling['watchBackoff']>;
type PolicyContext = Parameters<Parameters<CallPolicy['execute']>[0]>[0];

/** A call not sent because its endpoint's breaker is open; etcd3 then tries the next endpoint. */
export class EndpointUnavailableError extends Error {
  constructor(endpoint: string) {
    super(`etcd endpoint ${endpoint} failed repeatedly and is skipped for now`);
    this.name = 'EndpointUnavailableError';
  }
}

/**
 * Sends each call once. etcd3 retries failed calls three times by default, but a put or a
 * transaction that failed in transit may have been applied: retried, a create-if-absent that won
 * would report that it lost. The caller sees UNAVAILABLE (retriable) and decides.
 */
export function sendOnce(): CallPolicy {
  return policy((call, signal) => Promise.resolve().then(() => call({ signal })));
}

/**
 * A circuit breaker per endpoint: after `failures` connection failures in a row, calls skip the
 * endpoint for `coolDownMs` (etcd3 moves them to another endpoint); after that, calls go to it
 * again and the first failure reopens the breaker at once.
 */
export function endpointBreaker(endpoint: string, failures = 3, coolDownMs = 1_000): CallPolicy {
  let consecutiveFailures = 0;
  let openUntil = 0;
  return policy(async (call, signal) => {
    if (Date.now() < openUntil) throw new EndpointUnavailableError(endpoint);
    try {
      const result = await call({ signal });
      consecutiveFailures = 0;
      return result;
    } catch (error) {
      if (error instanceof Error && isRecoverableError(error) && ++consecutiveFailures >= failures) {
        openUntil = Date.now() + coolDownMs;
      }
      throw error;
    }
  });
}

/** Delays between attempts to re-establish the watch stream: doubling from `initialMs` up to `maxMs`. */
export function reconnectBackoff(initialMs = 100, maxMs = 2_000): Backoff {
  return { duration: initialMs, next: () => reconnectBackoff(Math.min(initialMs * 2, maxMs), maxMs) };
}

const neverAborted = new AbortController().signal;

function policy(
  execute: <T>(call: (context: PolicyContext) => PromiseLike<T> | T, signal: AbortSignal) => Promise<T>,
): CallPolicy {
  const noEvents = () => ({ dispose: () => undefined });
  return {
    _altReturn: undefined as never,
    onSuccess: noEvents,
    onFailure: noEvents,
    execute: (call, signal) => execute(call, signal ?? neverAborted),
  };
}
