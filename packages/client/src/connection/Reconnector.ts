import { BrookError, ErrorCode, type TopicName, toBrookError } from '@brook/protocol';
import { Backoff, type BackoffConfig } from './Backoff.js';
import type { Connection } from './Connection.js';
import type { ConnectionPool } from './ConnectionPool.js';

/** Opens a producer's or consumer's stream on the broker found by lookup. */
export type OpenStream<S> = (connection: Connection, signal: AbortSignal, timeoutMs: number) => Promise<S>;

export interface Opened<S> {
  readonly stream: S;
  /** `brook://host:port` of the broker the stream is open on. */
  readonly brokerUrl: string;
}

export interface ReconnectorConfig {
  readonly operationTimeoutMs: number;
  readonly reconnect: BackoffConfig;
}

/**
 * Binds one producer or consumer to its topic's current owner: look the topic up, open the stream
 * there, and on a retriable failure of either step (NOT_OWNER, UNAVAILABLE, a broker going away
 * mid-handshake...) wait the next backoff and start over. A non-retriable error is final. One
 * attempt runs at a time; cancel() aborts it, clears its timer and makes it reject with
 * ALREADY_CLOSED. A stream that opens after cancel() is the caller's to close.
 */
export class Reconnector {
  private readonly backoff: Backoff;
  private controller: AbortController | undefined;

  constructor(
    private readonly pool: ConnectionPool,
    private readonly topic: TopicName,
    private readonly config: ReconnectorConfig,
  ) {
    this.backoff = new Backoff(config.reconnect);
  }

  /** The first open: retries at once and then with backoff, until operationTimeoutMs passed; rejects with the last error. */
  open<S>(openStream: OpenStream<S>): Promise<Opened<S>> {
    return this.run(openStream, Date.now() + this.config.operationTimeoutMs, false);
  }

  /**
   * After the stream broke: waits the backoff first, then retries until it works, cancel() or a
   * non-retriable error. CONSUMER_BUSY is retried here, as Pulsar clients do: the consumer holding
   * the subscription is most likely this one's old stream, which the broker has not yet seen end
   * (a connection the client gave up on after missed pings).
   */
  reopen<S>(openStream: OpenStream<S>): Promise<Opened<S>> {
    return this.run(openStream, undefined, true);
  }

  cancel(): void {
    this.controller?.abort();
  }

  private async run<S>(openStream: OpenStream<S>, deadline: number | undefined, reopening: boolean) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const operationTimeoutMs = this.config.operationTimeoutMs;
    try {
      if (reopening) await sleep(this.backoff.next(), signal);
      for (;;) {
        const timeoutMs =
          deadline === undefined
            ? operationTimeoutMs
            : Math.max(1, Math.min(operationTimeoutMs, deadline - Date.now()));
        try {
          const connection = await this.pool.lookup(this.topic, { signal, timeoutMs });
          const stream = await openStream(connection, signal, timeoutMs);
          this.backoff.reset();
          return { stream, brokerUrl: `brook://${connection.address}` };
        } catch (thrown) {
          const error = toBrookError(thrown);
          if (signal.aborted) throw cancelled();
          if (!error.retriable && !(reopening && error.code === ErrorCode.ConsumerBusy)) throw error;
          const delay = this.backoff.next();
          if (deadline !== undefined && Date.now() + delay >= deadline) throw error;
          await sleep(delay, signal);
        }
      }
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}

function cancelled(): BrookError {
  return new BrookError(ErrorCode.AlreadyClosed, 'closed while reconnecting');
}

/** Resolves after ms; rejects with ALREADY_CLOSED (and clears the timer) once signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
