import { BrookError, ErrorCode, type TopicName, toBrookError } from '@brook/protocol';
import { parseBrokerUrl } from './brokerUrl.js';
import { Connection } from './Connection.js';

/**
 * Connections by broker address. The service address is where lookups go; each topic is then
 * served by the broker the lookup names, over a channel shared with everything else bound there.
 * Any broker answers Lookup, so when the service broker is unreachable the others this pool knows
 * are asked in turn.
 */
export class ConnectionPool {
  private readonly connections = new Map<string, Connection>();
  private closed = false;

  constructor(
    readonly serviceAddresses: readonly string[],
    private readonly operationTimeoutMs: number,
  ) {}

  get(address: string): Connection {
    if (this.closed) throw new BrookError(ErrorCode.AlreadyClosed, 'the client is closed');
    let connection = this.connections.get(address);
    if (!connection) {
      connection = new Connection(address);
      this.connections.set(address, connection);
    }
    return connection;
  }

  /** The first service broker: where metadata-only admin calls go. */
  service(): Connection {
    return this.get(this.serviceAddresses[0] as string);
  }

  /**
   * The connection to the broker that owns topic, as Lookup answers (an empty answer names the
   * broker asked). The service brokers are asked first, in order; on a retriable failure, every
   * other known broker; the first answer wins. Rejects with the first error when nobody answers.
   */
  async lookup(topic: TopicName, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Connection> {
    const known = [...this.connections.keys()].filter((a) => !this.serviceAddresses.includes(a));
    const candidates = [...this.serviceAddresses, ...known];
    let first: BrookError | undefined;
    for (const candidate of candidates) {
      const connection = this.get(candidate);
      try {
        const reply = await connection.unary(
          connection.broker.lookup,
          connection.broker,
          { topic: topic.full },
          options.timeoutMs ?? this.operationTimeoutMs,
          options.signal,
        );
        return this.get(reply.brokerUrl ? parseBrokerUrl(reply.brokerUrl, 'Lookup.broker_url') : candidate);
      } catch (thrown) {
        const error = toBrookError(thrown);
        if (!error.retriable || options.signal?.aborted) throw error;
        first ??= error;
      }
    }
    throw first as BrookError;
  }

  /**
   * A call any broker can answer from metadata (partition counts): the service brokers are asked
   * first, in order, then every other known broker on a retriable failure; the first answer wins.
   */
  async anyBroker<T>(call: (connection: Connection) => Promise<T>): Promise<T> {
    const known = [...this.connections.keys()].filter((a) => !this.serviceAddresses.includes(a));
    let first: BrookError | undefined;
    for (const candidate of [...this.serviceAddresses, ...known]) {
      try {
        return await call(this.get(candidate));
      } catch (thrown) {
        const error = toBrookError(thrown);
        if (!error.retriable) throw error;
        first ??= error;
      }
    }
    throw first as BrookError;
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }
}
